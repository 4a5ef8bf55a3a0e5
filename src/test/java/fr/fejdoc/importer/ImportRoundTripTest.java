package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of the issue: every example project and 50 synthetic ones, built as DOCX and as
 * PDF, imported back, give the same facts (Tableaux 1–3, partners, financing, bilan, identity) and
 * the same section texts. The models are compared (ModelFacts), not the YAML text; the share found
 * per block is printed.
 */
class ImportRoundTripTest {
  /**
   * 50 synthetic projects (fewer with -Dfejdoc.roundtrip.synthetic=N while working on a reader).
   */
  static final int SYNTHETIC = Integer.getInteger("fejdoc.roundtrip.synthetic", 50);

  @TempDir Path tmp;

  /** Imports the documents of {@code dir} written in {@code format} into a project folder. */
  static Project roundTrip(Path dir, String format, Path into) throws Exception {
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, byte[]> d : Rendered.documents(dir, format).entrySet()) {
      drafts.add(Importer.read(Sources.read(d.getValue(), d.getKey() + "." + format)));
    }
    Path out = Rendered.write(drafts, into.resolve(dir.getFileName().toString()));
    return ProjectLoader.load(out, out.getFileName().toString()).project();
  }

  private record Result(Map<String, int[]> perBlock, List<String> notes) {}

  private Result run(List<Path> projects, String format) throws Exception {
    Map<String, int[]> total = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (Path dir : projects) {
      Map<String, Map<String, String>> original = ModelFacts.of(Rendered.model(dir));
      Map<String, Map<String, String>> imported;
      try {
        imported = ModelFacts.of(roundTrip(dir, format, tmp.resolve(format)));
      } catch (NotImportable e) {
        notes.add(dir.getFileName() + ": not importable: " + e.key());
        imported = Map.of();
      }
      ModelFacts.Comparison c = ModelFacts.compare(original, imported);
      ModelFacts.add(total, c);
      for (String d : c.differences().subList(0, Math.min(8, c.differences().size()))) {
        notes.add(dir.getFileName() + " " + d);
      }
      for (String d : c.invented().subList(0, Math.min(4, c.invented().size()))) {
        notes.add(dir.getFileName() + " INVENTÉ " + d);
      }
    }
    return new Result(total, notes);
  }

  @Test
  void examplesAndSyntheticProjectsComeBackFromDocx() throws Exception {
    check("docx");
  }

  @Test
  void examplesAndSyntheticProjectsComeBackFromPdf() throws Exception {
    check("pdf");
  }

  private void check(String format) throws Exception {
    List<Path> projects = new ArrayList<>(Rendered.examples());
    if (SYNTHETIC > 0) projects.addAll(Rendered.synthetic(tmp.resolve("synth"), SYNTHETIC));
    Result r = run(projects, format);
    System.out.println(
        ModelFacts.table(
            "Aller-retour " + format + " (" + projects.size() + " projets)", r.perBlock()));
    r.notes().stream().limit(200).forEach(System.out::println);
    assertThat(ModelFacts.total(r.perBlock())).as("facts compared").isGreaterThan(10_000);
    // measured: DOCX 99.3 %, PDF 99.0 % (55 projects); every block is printed above
    assertThat(ModelFacts.share(r.perBlock()))
        .as("share of the facts back from " + format)
        .isGreaterThanOrEqualTo(format.equals("docx") ? 0.99 : 0.988);
  }
}

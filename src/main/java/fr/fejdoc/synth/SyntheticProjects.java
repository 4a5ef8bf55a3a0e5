package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seeded generator of valid synthetic experiments, for tests and benchmarks.
 *
 * <p>Project {@code k} of a run depends only on the run's seed and {@code k}: the same seed gives
 * byte-identical files, and the first projects of a larger run are those of a smaller one. Every
 * project has an experiment.yaml (Tableau 1, 2, 3, partners; a bilan for about 60 %) and a
 * restitution finale; about half have one or two notes d'étape, about a quarter a fiche
 * d'expérience. Figures add up the way {@code fejdoc check} requires: characteristic blocks split
 * the young entered exactly, stages never grow, phases are dated in order inside the experiment,
 * stated shares come from the amounts by largest remainder, the planned bilan balances and its FEJ
 * line equals the FEJ partner's amount. A few bilans (about 4 % of projects) are deliberately
 * unbalanced on the actual side, which {@code check} reports as a warning.
 */
public final class SyntheticProjects {
  static final long RESTITUTION = 100;
  static final long NOTES = 200;
  static final long SHEET = 300;

  /** Dossier numbers have at most five digits: AP1_99999 is the last project of a run. */
  public static final int MAX_COUNT = 99_999;

  private SyntheticProjects() {}

  /** A generated project: its folder name and its files (name → text), sorted by name. */
  public record Project(String folder, SortedMap<String, String> files) {}

  /**
   * Writes {@code count} project folders under {@code outDir} (created if needed). Files of a
   * folder that this run does not write again (documents of an earlier run with another seed) are
   * removed, so that each folder holds exactly one generated project.
   */
  public static void generate(Path outDir, int count, long seed) throws IOException {
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count outside 0.." + MAX_COUNT + ": " + count);
    }
    Files.createDirectories(outDir);
    for (int k = 0; k < count; k++) {
      Project p = project(seed, k);
      Path dir = outDir.resolve(p.folder());
      Files.createDirectories(dir);
      removeStale(dir, p);
      for (Map.Entry<String, String> e : p.files().entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Project {@code index} of the run {@code seed}, all files in memory. */
  public static Project project(long seed, int index) {
    ExperimentFactory.Generated g = ExperimentFactory.create(seed, index);
    Facts f = g.facts();
    SortedMap<String, String> files = new TreeMap<>();
    files.put("experiment.yaml", YamlWriter.write(g.yaml(), ExperimentYaml.comments(f)));
    files.put("restitution-finale.md", restitution(f));
    files.putAll(notes(f));
    if (f.hasSheet) files.put("fiche-experience.md", sheet(f));
    return new Project(f.folder, Collections.unmodifiableSortedMap(files));
  }

  /** The folder name of project {@code index} ("AP1_001", "APDOM1_002"...). */
  public static String folderName(long seed, int index) {
    return ExperimentFactory.create(seed, index).facts().folder;
  }

  /** The experiment.yaml of project {@code index}. */
  public static String experimentYaml(long seed, int index) {
    ExperimentFactory.Generated g = ExperimentFactory.create(seed, index);
    return YamlWriter.write(g.yaml(), ExperimentYaml.comments(g.facts()));
  }

  /** The restitution-finale.md of project {@code index}. */
  public static String restitutionMarkdown(long seed, int index) {
    return restitution(ExperimentFactory.create(seed, index).facts());
  }

  /** The notes d'étape of project {@code index} (file name → text; often none). */
  public static Map<String, String> progressNotes(long seed, int index) {
    return notes(ExperimentFactory.create(seed, index).facts());
  }

  /** The fiche-experience.md of project {@code index}, when it has one. */
  public static Optional<String> experienceSheet(long seed, int index) {
    Facts f = ExperimentFactory.create(seed, index).facts();
    return f.hasSheet ? Optional.of(sheet(f)) : Optional.empty();
  }

  private static String restitution(Facts f) {
    return RestitutionWriter.write(f, new Dice(Seeds.derive(f.seed, RESTITUTION)));
  }

  private static Map<String, String> notes(Facts f) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < f.notes.size(); i++) {
      LocalDate asOf = f.notes.get(i);
      Dice d = new Dice(Seeds.derive(f.seed, NOTES + i));
      out.put(ProgressNoteWriter.fileName(asOf), ProgressNoteWriter.write(f, d, asOf));
    }
    return out;
  }

  private static String sheet(Facts f) {
    return ExperienceSheetWriter.write(f, new Dice(Seeds.derive(f.seed, SHEET)));
  }

  private static void removeStale(Path dir, Project p) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean ours =
            name.equals("experiment.yaml")
                || name.equals("restitution-finale.md")
                || name.equals("fiche-experience.md")
                || (name.startsWith("note-etape-") && name.endsWith(".md"));
        if (ours && !p.files().containsKey(name) && Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }
}

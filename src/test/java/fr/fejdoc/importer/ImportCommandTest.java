package fr.fejdoc.importer;

import static fr.fejdoc.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.CommandRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fejdoc importer} end to end: a restitution finale in Word and its annexes in PDF make one
 * checked project; a file that cannot be read costs that file alone, with a French message, and
 * nothing of it is written.
 */
class ImportCommandTest {
  @TempDir Path tmp;

  @Test
  void aRestitutionAndItsAnnexesMakeOneCheckedProject() throws Exception {
    Map<String, byte[]> docx = Rendered.documents(Path.of("projects/AP1_027"), "docx");
    Map<String, byte[]> pdf = Rendered.documents(Path.of("projects/AP1_027"), "pdf");
    Path note = tmp.resolve("restitution.docx");
    Path annexes = tmp.resolve("annexes.pdf");
    Files.write(note, docx.get("restitution-finale"));
    Files.write(annexes, pdf.get("annexes"));
    Path out = tmp.resolve("out");
    Run r = run("importer", note.toString(), annexes.toString(), "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("note de restitution finale importée dans")
        .contains("annexes (tableaux) importée dans")
        .contains("Tableau 1 (publics) :")
        .contains("0 erreur(s)");
    assertThat(r.code()).as(r.out()).isZero();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("AP1_027");
    }
    Path dir = out.resolve("AP1_027");
    String yaml = Files.readString(dir.resolve("experiment.yaml"));
    assertThat(yaml)
        .contains("importé de " + note)
        .contains("importé de " + annexes)
        .contains("# importé : paragraphe ")
        // the note's own Tableau 1 and the annexes' give the same figures: no value to review
        .doesNotContain("lu aussi dans");
    assertThat(dir.resolve("restitution-finale.md")).exists();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
          .containsExactly("restitution-finale.md");
    }
  }

  @Test
  void aFileThatCannotBeReadCostsThatFileAlone() throws Exception {
    Map<String, byte[]> docx = Rendered.documents(Path.of("projects/AP1_140"), "docx");
    Path good = tmp.resolve("note.docx");
    Files.write(good, docx.values().iterator().next());
    byte[] pdf = Rendered.documents(Path.of("projects/AP1_140"), "pdf").values().iterator().next();
    Path cut = tmp.resolve("tronque.pdf");
    Files.write(cut, Arrays.copyOf(pdf, pdf.length / 2));
    Path out = tmp.resolve("out");
    Run r = run("importer", cut.toString(), good.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(cut.toString())
        .doesNotContain("Exception")
        .doesNotContain("fr.fejdoc");
    assertThat(out.resolve("AP1_140/experiment.yaml")).exists();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("AP1_140");
    }
    Run en =
        run("importer", cut.toString(), "--out", tmp.resolve("out2").toString(), "--lang", "en");
    assertThat(en.err()).contains(cut.toString()).doesNotContain("Exception");
    assertThat(tmp.resolve("out2")).doesNotExist();
  }
}

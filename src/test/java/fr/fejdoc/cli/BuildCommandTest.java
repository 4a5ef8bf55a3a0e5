package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fejdoc build}: documents per project, and the catalogue for a folder of projects. */
class BuildCommandTest {
  @TempDir Path out;

  @Test
  void aFolderOfProjectsAlsoGetsItsCatalogue() throws Exception {
    int code = Main.run("build", "-q", "--format", "html", "--out", out.toString(), "projects");
    assertThat(code).isZero();
    assertThat(out.resolve("AP1_027/restitution-finale.html")).isRegularFile();
    assertThat(out.resolve("catalogue/index.html")).isRegularFile();
    assertThat(out.resolve("catalogue/experiences.csv")).isRegularFile();
    // the catalogue links what this build has just written, and only that
    String page = Files.readString(out.resolve("catalogue/experiences/AP1_027.html"));
    assertThat(page)
        .contains("href=\"../../AP1_027/restitution-finale.html\"")
        .doesNotContain("restitution-finale.pdf");
  }

  @Test
  void theCatalogueBaseUrlIsForwardedAndCheckedBeforeAnyWork() throws Exception {
    int code =
        Main.run(
            "build",
            "-q",
            "--format",
            "html",
            "--base-url",
            "https://fej.example.fr/catalogue/",
            "--out",
            out.toString(),
            "projects");
    assertThat(code).isZero();
    assertThat(Files.readString(out.resolve("catalogue/sitemap.xml")))
        .contains("https://fej.example.fr/catalogue/index.html");
    Path elsewhere = out.resolve("refus");
    code =
        Main.run(
            "build", "-q", "--base-url", "javascript:x", "--out", elsewhere.toString(), "projects");
    assertThat(code).isEqualTo(2);
    assertThat(elsewhere).doesNotExist(); // nothing was built
  }

  @Test
  void aFullBuildStampsItsFilesAPartialOneRemovesTheStamp() throws Exception {
    Path stamp = out.resolve("AP1_027/" + fr.fejdoc.write.ProjectWriter.STAMP);
    assertThat(Main.run("build", "-q", "--out", out.toString(), "projects/AP1_027")).isZero();
    assertThat(Files.readAllLines(stamp))
        .hasSize(
            12) // the fingerprint, the request, then the 10 files (html, pdf, docx, odt × 2, xlsx,
        // ods)
        .contains("restitution-finale.pdf", "annexes.xlsx", "annexes.ods");
    assertThat(fr.fejdoc.write.ProjectWriter.upToDate(Path.of("projects/AP1_027"), out, "AP1_027"))
        .hasSize(10);
    // only some documents: the folder mixes inputs, so it is no longer stamped
    assertThat(
            Main.run(
                "build", "-q", "--doc", "annexes", "--out", out.toString(), "projects/AP1_027"))
        .isZero();
    assertThat(stamp).doesNotExist();
  }

  @Test
  void aPartialBuildOfAFolderLeavesTheCatalogueAlone() {
    int code = Main.run("build", "-q", "--doc", "annexes", "--out", out.toString(), "projects");
    assertThat(code).isZero();
    assertThat(out.resolve("AP1_027/annexes.xlsx")).isRegularFile();
    assertThat(out.resolve("AP1_027/restitution-finale.pdf")).doesNotExist();
    assertThat(out.resolve("catalogue")).doesNotExist();
  }

  @Test
  void oneProjectGetsItsDocumentsOnly() {
    int code =
        Main.run("build", "-q", "--format", "html", "--out", out.toString(), "projects/AP1_140");
    assertThat(code).isZero();
    assertThat(out.resolve("AP1_140/note-etape-2010-12-31.html")).isRegularFile();
    assertThat(Files.exists(out.resolve("catalogue"))).isFalse();
  }

  @Test
  void theCatalogueCanBeLeftOut() {
    int code =
        Main.run(
            "build",
            "-q",
            "--format",
            "html",
            "--sans-catalogue",
            "--out",
            out.toString(),
            "projects");
    assertThat(code).isZero();
    assertThat(Files.exists(out.resolve("catalogue"))).isFalse();
  }

  /** AP1_027 copied with a realised error (FEJ106: sexe 43 + 62 for 104 young), maybe accepted. */
  private Path ap1027WithAnError(Path root, String acknowledgements) throws Exception {
    Path dir = TestProjects.ap1027WithAnError(root);
    Path yaml = dir.resolve("experiment.yaml");
    Files.writeString(yaml, Files.readString(yaml) + acknowledgements);
    return dir;
  }

  @Test
  void anAcknowledgedErrorDoesNotStopTheDocumentsButFailsCheckStrict(@TempDir Path in)
      throws Exception {
    Path refused = ap1027WithAnError(in.resolve("a"), "");
    assertThat(Main.run("check", refused.toString())).isEqualTo(1);
    assertThat(
            Main.run(
                "build",
                "-q",
                "--format",
                "html",
                "--out",
                out.resolve("a").toString(),
                refused.toString()))
        .isEqualTo(1);
    // written, but as a draft (see DraftBuildTest), and never stamped
    assertThat(Files.readString(out.resolve("a/AP1_027/restitution-finale.html")))
        .contains("BROUILLON — non conforme — 1 erreur<");
    assertThat(out.resolve("a/AP1_027/" + fr.fejdoc.write.ProjectWriter.STAMP)).doesNotExist();

    Path accepted =
        ap1027WithAnError(
            in.resolve("b"),
            """
            constats_acceptes:
              - code: FEJ106
                lieu: experiment.yaml:134
                raison: "Sexe relevé à l'entrée, une jeune comptée deux fois."
            """);
    assertThat(Main.run("check", accepted.toString())).isZero();
    assertThat(Main.run("check", "--strict", accepted.toString())).isEqualTo(1);
    assertThat(
            Main.run(
                "build",
                "-q",
                "--format",
                "html",
                "--out",
                out.resolve("b").toString(),
                accepted.toString()))
        .isZero();
    assertThat(Files.readString(out.resolve("b/AP1_027/restitution-finale.html")))
        .doesNotContain("draft-mark\"", "BROUILLON — non conforme");
  }
}

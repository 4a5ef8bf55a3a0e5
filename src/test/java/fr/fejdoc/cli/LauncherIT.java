package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a holder types it: {@code ./fejdoc} (the launcher script, on the
 * jar "package" has just built) on the example projects, then a typing mistake. Runs after
 * "package" (failsafe), so the launcher finds its jar up to date and does not build it again.
 */
class LauncherIT {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private static Run fejdoc(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "fejdoc"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    // both streams are small; read them fully before waiting
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("fejdoc %s finished", command).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void buildsTheExampleProjectsAndTheirCatalogue() throws Exception {
    Path out = tmp.resolve("output");
    Run r = fejdoc("build", "projects", "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("construction du programme");
    assertThat(r.out())
        // every document in HTML, PDF, DOCX and ODT, the annexes also in XLSX and ODS
        .contains("5 projets : 28 fichiers écrits")
        .contains("expérimentations dans");
    // 13: AP1_393's note d'étape is not to be published, so not written
    for (String f :
        List.of(
            "AP1_027/restitution-finale.pdf",
            "AP1_027/restitution-finale.docx",
            "AP1_027/annexes.xlsx",
            "AP1_027/annexes.ods",
            "AP1_027/restitution-finale.odt",
            "AP1_140/note-etape-2010-12-31.html",
            "passeport-accueil-commun/fiche-experience.pdf",
            "catalogue/index.html",
            "catalogue/catalogue.pdf",
            "catalogue/experiences.csv")) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
  }

  @Test
  void aMistypedCommandIsExplainedInFrench() throws Exception {
    Run r = fejdoc("chek");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("argument inattendu : chek")
        .contains("vouliez-vous dire check")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBrokenProjectGivesItsPlaceAndExitCodeOne() throws Exception {
    Path project = tmp.resolve("AP1_027");
    Files.createDirectories(project);
    for (Path f : Files.list(Path.of("projects/AP1_027")).filter(Files::isRegularFile).toList()) {
      Files.copy(f, project.resolve(f.getFileName().toString()));
    }
    Path yaml = project.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    assertThat(text).contains("filles: {entre: 42}");
    Files.writeString(yaml, text.replace("filles: {entre: 42}", "filles: {entre: 41}"));
    Run r = fejdoc("check", project.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("experiment.yaml").contains("FEJ106").contains("écart : 1");
  }
}

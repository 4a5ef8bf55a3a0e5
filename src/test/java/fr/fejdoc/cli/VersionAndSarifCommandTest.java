package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.report.SarifSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fejdoc --version}, and {@code check --format sarif|gitlab} on the command line. */
class VersionAndSarifCommandTest {

  private static String pomVersion() throws Exception {
    Matcher m =
        Pattern.compile("<artifactId>fejdoc</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void versionSaysTheProgramTheRegistryAndTheJdk() throws Exception {
    CommandRun.Run french = CommandRun.run("--version");
    assertThat(french.code()).isZero();
    assertThat(french.out().lines().toList())
        .containsExactly(
            "fejdoc " + pomVersion(),
            "registre des formulaires du FEJ " + fr.fejdoc.model.form.FormRegistry.VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    CommandRun.Run en = CommandRun.run("--version", "--lang", "en");
    assertThat(en.code()).isZero();
    assertThat(en.out().lines().toList())
        .containsExactly(
            "fejdoc " + pomVersion(),
            "FEJ form registry " + fr.fejdoc.model.form.FormRegistry.VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    assertThat(CommandRun.run("-V").out()).isEqualTo(french.out());
  }

  @Test
  void checkWritesSarifAndCodeQuality(@TempDir Path tmp) throws Exception {
    Path sarif = tmp.resolve("fejdoc.sarif");
    CommandRun.Run run =
        CommandRun.run(
            "check",
            "projects/AP1_027",
            "--format",
            "sarif",
            "-o",
            sarif.toString(),
            "--docs-url",
            "https://example.org/fejdoc/docs");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("1 projet vérifié"); // the summary, on stderr with -o
    String text = Files.readString(sarif);
    assertThat(SarifSchema.errors(text)).isEmpty();
    JsonNode driver = SarifSchema.parse(text).get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("rules").get(0).get("helpUri").asText())
        .isEqualTo("https://example.org/fejdoc/docs/constats.md#fej001");

    CommandRun.Run stdout =
        CommandRun.run(
            "check",
            "projects/AP1_027",
            "--format",
            "sarif",
            "--docs-url",
            "https://example.org/fejdoc/docs/");
    assertThat(stdout.out()).isEqualTo(text); // same input, same bytes
    CommandRun.Run gitlab = CommandRun.run("check", "projects/AP1_027", "--format", "gitlab");
    assertThat(gitlab.code()).isZero();
    assertThat(SarifSchema.parse(gitlab.out()).isArray()).isTrue();
    assertThat(CommandRun.run("check", "projects/AP1_027", "--format", "codequality").out())
        .isEqualTo(gitlab.out());
  }

  @Test
  void oneCheckWritesSeveralReports(@TempDir Path tmp) throws Exception {
    Path sarif = tmp.resolve("a.sarif");
    Path quality = tmp.resolve("q.json");
    CommandRun.Run run =
        CommandRun.run(
            "check",
            "projects/AP1_027",
            "--format",
            "github",
            "--rapport",
            "sarif=" + sarif,
            "--report",
            "gitlab=" + quality);
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("::warning file=projects/AP1_027/");
    assertThat(Files.readString(sarif))
        .isEqualTo(CommandRun.run("check", "projects/AP1_027", "--format", "sarif").out());
    assertThat(Files.readString(quality))
        .isEqualTo(CommandRun.run("check", "projects/AP1_027", "--format", "gitlab").out());
    for (String bad : new String[] {"sarif", "=x", "sarif=", "pdf=x.pdf"}) {
      CommandRun.Run r = CommandRun.run("check", "projects/AP1_027", "--rapport", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).startsWith("fejdoc : ").doesNotContain("Exception");
      assertThat(r.out()).as(bad).isEmpty();
    }
  }

  @Test
  void aBadFormatOrDocsUrlIsAUsageError() {
    CommandRun.Run bad = CommandRun.run("check", "projects/AP1_027", "--format", "sarifs");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("format inconnu « sarifs »").contains("sarif");
    for (String url : new String[] {"docs/", "ftp://example.org/docs/", "https://x/?q=1", "::"}) {
      CommandRun.Run r =
          CommandRun.run("check", "projects/AP1_027", "--format", "sarif", "--docs-url", url);
      assertThat(r.code()).as(url).isEqualTo(2);
      assertThat(r.err()).as(url).contains("--docs-url").doesNotContain("Exception");
      assertThat(r.out()).as(url).isEmpty();
    }
  }
}

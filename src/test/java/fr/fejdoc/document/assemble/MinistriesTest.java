package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's ministeres.yaml: every malformed one is a located French finding. */
class MinistriesTest {
  @TempDir Path tmp;

  private static final Messages FR = Messages.of(Messages.Lang.FR);
  private static final String FILE = "projects/X/templates/ministeres.yaml";

  private Path project(String yaml) throws IOException {
    Path dir = tmp.resolve("X");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/ministeres.yaml"), yaml);
    return dir;
  }

  private Finding failing(String yaml) throws IOException {
    Path dir = project(yaml);
    Throwable t = catchThrowable(() -> Ministries.at(dir, "projects/X", YearMonth.of(2013, 1)));
    assertThat(t).as(yaml).isInstanceOf(FindingException.class);
    Finding f = ((FindingException) t).finding();
    String fr = FR.format(f);
    assertThat(fr)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain(tmp.toString());
    assertThat(f.loc().file()).isEqualTo(FILE);
    return f;
  }

  @Test
  void theBlockInForceAtTheDateIsChosenWhateverTheOrder() throws IOException {
    Path dir =
        project(
            """
            - depuis: 2014-04
              ministere: Troisième
            - depuis: 2009-01
              ministere: Premier
            - depuis: 2012-05
              ministere: Deuxième
            """);
    assertThat(Ministries.at(dir, "projects/X", YearMonth.of(2013, 1)).get("ministere"))
        .isEqualTo("Deuxième");
    assertThat(Ministries.at(dir, "projects/X", YearMonth.of(2020, 1)).get("ministere"))
        .isEqualTo("Troisième");
    assertThat(Ministries.at(dir, "projects/X", null).get("ministere")).isEqualTo("Premier");
    assertThat(Ministries.at(dir, "projects/X", YearMonth.of(2001, 1)).get("ministere"))
        .isEqualTo("Premier");
  }

  @Test
  void theDefaultsAreReadWithoutAProjectFile() {
    assertThat(Ministries.at(tmp, "projects/X", YearMonth.of(2013, 1)).get("site"))
        .isEqualTo("www.experimentation.jeunes.gouv.fr");
  }

  @Test
  void aBadDateIsLocated() throws IOException {
    Finding f = failing("- depuis: 2012-05\n  ministere: A\n- depuis: 2012-13\n  ministere: B\n");
    assertThat(f.code()).isEqualTo(Code.INVALID_DATE);
    assertThat(f.loc().line()).isEqualTo(3);
    assertThat(FR.format(f)).contains("2012-13");
    Finding g = failing("- depuis: bientôt\n  ministere: A\n");
    assertThat(g.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(g.loc().line()).isEqualTo(1);
  }

  @Test
  void aMissingDateIsLocated() throws IOException {
    Finding f = failing("- ministere: A\n");
    assertThat(f.code()).isEqualTo(Code.MISSING_FIELD);
  }

  @Test
  void unknownKeysAreNamedWithTheClosestKnownOne() throws IOException {
    Finding f = failing("- depuis: 2012-05\n  ministre: A\n");
    assertThat(f.code()).isEqualTo(Code.UNKNOWN_KEY);
    assertThat(f.loc()).hasToString(FILE + ":2:3");
    assertThat(FR.format(f)).contains("ministre").contains("ministere");
  }

  @Test
  void wrongTypesAreLocated() throws IOException {
    assertThat(failing("depuis: 2012-05\n").code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(failing("- 2012-05\n").code()).isEqualTo(Code.WRONG_TYPE);
    Finding f = failing("- depuis: 2012-05\n  ministere: [a, b]\n");
    assertThat(f.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(f.loc().line()).isEqualTo(2);
    assertThat(failing("- depuis: [2012-05]\n").code()).isEqualTo(Code.WRONG_TYPE);
  }

  @Test
  void brokenYamlIsLocated() throws IOException {
    Finding f = failing("- depuis: 2012-05\n  ministere: \"non fermé\n");
    assertThat(f.code()).isEqualTo(Code.YAML_SYNTAX);
    assertThat(f.loc().line()).isPositive();
    assertThat(failing("- depuis: 2012-05\n  depuis: 2013-05\n").code())
        .isEqualTo(Code.YAML_DUPLICATE_KEY);
    assertThat(failing("").code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(failing("a: &a [*a]\n").code()).isIn(Code.YAML_SYNTAX, Code.YAML_ALIASES);
  }

  @Test
  void aHugeFileIsRefusedBeforeReading() throws IOException {
    Finding f = failing("- depuis: 2012-05\n  ministere: " + "x".repeat(2_000_000) + "\n");
    assertThat(f.code()).isEqualTo(Code.YAML_TOO_LARGE);
  }

  @Test
  void aFileLinkedOutOfTheProjectIsNotRead() throws IOException {
    Path outside = tmp.resolve("autre/ministeres.yaml");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "- depuis: 2009-01\n  ministere: SECRET\n");
    Path dir = tmp.resolve("X");
    Files.createDirectories(dir.resolve("templates"));
    Files.createSymbolicLink(dir.resolve("templates/ministeres.yaml"), outside);
    Throwable t = catchThrowable(() -> Ministries.at(dir, "projects/X", YearMonth.of(2013, 1)));
    Finding f = ((FindingException) t).finding();
    assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
    assertThat(f.loc().file()).isEqualTo(FILE);
    Files.delete(dir.resolve("templates/ministeres.yaml"));
    Files.createSymbolicLink(dir.resolve("templates/ministeres.yaml"), Path.of("/etc/passwd"));
    t = catchThrowable(() -> Ministries.at(dir, "projects/X", YearMonth.of(2013, 1)));
    assertThat(((FindingException) t).finding().code()).isEqualTo(Code.LINK_OUTSIDE);
  }
}

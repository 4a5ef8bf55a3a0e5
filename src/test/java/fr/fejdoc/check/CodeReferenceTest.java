package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.finding.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/constats.md is exactly what the codes and messages generate. */
class CodeReferenceTest {
  private static final Path REFERENCE = Path.of("docs", "constats.md");

  @Test
  void committedReferenceIsTheGeneratedOne() throws IOException {
    String generated = CodeReference.markdown();
    if (Boolean.parseBoolean(System.getProperty("fejdoc.updateGolden", "false").strip())) {
      Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as(
            "docs/constats.md differs from the codes: run ./mvn21 test -Dtest=CodeReferenceTest"
                + " -Dfejdoc.updateGolden=true and commit")
        .isEqualTo(generated);
  }

  @Test
  void everyCodeIsListedWithItsSeverity() {
    String md = CodeReference.markdown();
    for (Code c : Code.values()) assertThat(md).contains("| " + c.id() + " | ");
    assertThat(md)
        .contains("| FEJ304 | erreur | oui |")
        .contains("| FEJ304 | avertissement | oui |")
        .contains("| FEJ062 | erreur | non |")
        .doesNotContain("{0}");
  }
}

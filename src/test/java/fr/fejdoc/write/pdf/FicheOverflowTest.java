package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page rule of the fiche synthétique, as the PDF writer lays it out (FEJ054). */
class FicheOverflowTest {

  @TempDir Path tmp;

  @Test
  void theExampleProjectsFichesFitOnOnePage() {
    for (String project : List.of("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun")) {
      Checker.Checked c =
          fr.fejdoc.write.LayoutRule.checker().check(Examples.PROJECTS.resolve(project), project);
      assertThat(c.findings()).extracting(Finding::code).doesNotContain(Code.FICHE_OVERFLOW);
    }
  }

  @Test
  void aLongDescriptifOverflowsAndIsNamed() throws Exception {
    Path dir = copy(Examples.PROJECTS.resolve("AP1_027"), tmp.resolve("AP1_027"));
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml, StandardCharsets.UTF_8);
    StringBuilder longer = new StringBuilder("  descriptif: >\n");
    for (int i = 0; i < 30; i++) {
      longer
          .append("    Mise en place d'une plateforme départementale pour réduire les inégalités")
          .append(" touchant les jeunes suivis par la Mission Locale, phase ")
          .append(i + 1)
          .append(".\n");
    }
    assertThat(text).contains("  descriptif: >\n");
    Files.writeString(yaml, text.replace("  descriptif: >\n", longer), StandardCharsets.UTF_8);

    Checker.Checked c = fr.fejdoc.write.LayoutRule.checker().check(dir, "AP1_027");
    List<Finding> overflow =
        c.findings().stream().filter(f -> f.code() == Code.FICHE_OVERFLOW).toList();
    assertThat(overflow).hasSize(1);
    Finding f = overflow.get(0);
    assertThat(f.code().id()).isEqualTo("FEJ054");
    assertThat(f.loc().file()).endsWith("experiment.yaml");
    assertThat(f.loc().line()).isPositive();
    String fr = Messages.of(Messages.Lang.FR).format(f);
    assertThat(fr)
        .contains("ne tient pas sur une page")
        .contains("cm")
        .containsPattern("« Descriptif synthétique du dispositif expérimenté » \\(\\d+ lignes\\)")
        .contains("Raccourcissez");
    // the longest field comes first
    assertThat(fr.indexOf("Descriptif synthétique")).isLessThan(fr.indexOf("Partenaires"));
    String en = Messages.of(Messages.Lang.EN).format(f);
    assertThat(en).contains("does not fit on one page").containsPattern("\\(\\d+ lines\\)");

    // and the PDF shows it: the fiche runs onto more pages
    var assembled =
        Assembler.assemble(c.project()).stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    assertThat(PdfLayout.pagesOf(assembled.doc(), "fiche-synthetique")).isGreaterThan(1);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }
}

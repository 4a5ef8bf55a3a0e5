package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.render;
import static fr.fejdoc.report.ReportFixtures.share;
import static fr.fejdoc.report.ReportFixtures.wholeFile;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

  @Test
  void oneAnnotationPerFindingThenTheSummary() {
    List<String> lines = render("github", List.of(ap1027())).lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith(
            "::warning file=projects/AP1_027/experiment.yaml,line=99,col=66,title=fejdoc FEJ301::");
    assertThat(lines.get(1)).startsWith("::notice file=projects/AP1_027/experiment.yaml,line=103,");
    assertThat(lines.get(2))
        .isEqualTo(
            "::error file=projects/AP1_027/experiment.yaml,line=135,col=7,title=fejdoc FEJ106::"
                + "Tableau 1 : la somme par sexe (103) diffère du total des jeunes entrés (104) —"
                + " écart : 1. Corrigez une ligne, ou indiquez inclut_adultes: true si des adultes"
                + " sont comptés dans une ligne « Autres ».");
    assertThat(lines.get(3))
        .startsWith(
            "::warning file=projects/AP1_027/restitution-finale.md,line=10,col=1,title=fejdoc"
                + " FEJ042::");
    assertThat(lines.get(4))
        .isEqualTo("1 projet vérifié : 1 erreur, 2 avertissements, 1 information.");
  }

  @Test
  void percentSignsOfTheMessageAreEscaped() {
    String line = render("github", List.of(checked("AP1_027", share()))).lines().findFirst().get();
    String message = line.substring(line.indexOf("::", 2) + 2);
    assertThat(message)
        .startsWith(
            "part déclarée pour autofinancement : 27 %25, mais les montants donnent 25,97 %25")
        .doesNotContain("% ");
  }

  @Test
  void propertiesEscapeColonCommaPercentAndNewlines() {
    String nasty = "ligne 1\nligne 2\r50 % : a, b";
    Finding f =
        Finding.of(
            Code.YAML_SYNTAX,
            new Loc("projets:a,b/100%/x.yaml", 3, 4),
            new Localized(nasty, nasty));
    String line = render("github", List.of(checked("x", f))).lines().findFirst().get();
    assertThat(line)
        .startsWith(
            "::error file=projets%3Aa%2Cb/100%25/x.yaml,line=3,col=4,title=fejdoc FEJ003::");
    String message = line.substring(line.indexOf("FEJ003::") + "FEJ003::".length());
    // data keeps ':' and ',' (only properties escape them) but never a raw newline or '%'
    assertThat(message)
        .isEqualTo(
            Messages.of(Messages.Lang.FR)
                .format(f)
                .replace("%", "%25")
                .replace("\r", "%0D")
                .replace("\n", "%0A"));
    assertThat(message).contains("ligne 1%0Aligne 2%0D50 %25 : a, b");
    assertThat(GithubReporter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    assertThat(GithubReporter.data("a:b,c%d\r\ne")).isEqualTo("a:b,c%25d%0D%0Ae");
  }

  @Test
  void wholeFileFindingHasNoLine() {
    String line =
        render("github", List.of(checked("vide", wholeFile("projects/vide"))))
            .lines()
            .findFirst()
            .get();
    assertThat(line).startsWith("::error file=projects/vide,title=fejdoc FEJ010::");
  }

  @Test
  void strictTurnsWarningsIntoErrorsButNotNotices() {
    List<String> lines =
        render("github", List.of(ap1027()), Messages.Lang.FR, true).lines().toList();
    assertThat(lines.get(0)).startsWith("::error file=");
    assertThat(lines.get(1)).startsWith("::notice file=");
    assertThat(lines.get(3)).startsWith("::error file=");
  }

  @Test
  void englishAnnotations() {
    List<String> lines =
        render("github", List.of(ap1027()), Messages.Lang.EN, false).lines().toList();
    assertThat(lines.get(2)).contains("::Table 1: the sum by sex (103)");
    assertThat(lines.get(0)).contains("::stated share of self-funding: 27 %25");
    assertThat(lines.get(4)).startsWith("1 project checked: 1 error, 2 warnings");
  }
}

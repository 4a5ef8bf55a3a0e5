package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.girls;
import static fr.fejdoc.report.ReportFixtures.missingIntroduction;
import static fr.fejdoc.report.ReportFixtures.rate;
import static fr.fejdoc.report.ReportFixtures.render;
import static fr.fejdoc.report.ReportFixtures.share;
import static fr.fejdoc.report.ReportFixtures.wholeFile;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.TestProjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {
  private static final Messages FR = Messages.of(Messages.Lang.FR);

  @Test
  void findingsGroupedByFileSortedByLineThenASummary() {
    String out = render("text", List.of(ap1027()));
    assertThat(out.lines().toList())
        .containsExactly(
            "projects/AP1_027/experiment.yaml",
            "  99:66    avertissement FEJ301  " + FR.format(share()),
            "  103:20   information   FEJ110  " + FR.format(rate()),
            "  135:7    erreur        FEJ106  Tableau 1 : la somme par sexe (103) diffère du total"
                + " des jeunes entrés (104) — écart : 1. Corrigez une ligne, ou indiquez"
                + " inclut_adultes: true si des adultes sont comptés dans une ligne « Autres ».",
            "projects/AP1_027/restitution-finale.md",
            "  10:1     avertissement FEJ042  " + FR.format(missingIntroduction()),
            "",
            "1 projet vérifié : 1 erreur, 2 avertissements, 1 information.");
    // French thousands are separated by a narrow no-break space
    assertThat(FR.format(share()).replace('\u202F', ' ').replace('\u00A0', ' '))
        .contains("27 %", "25,97 %", "56 838,64 €", "218 848,64 €");
    assertThat(FR.format(rate())).contains("104 jeunes entrés pour 120 prévus", "87 %");
  }

  @Test
  void wholeFileFindingHasADashForItsPlace() {
    String out = render("text", List.of(checked("vide", wholeFile("projects/vide"))));
    assertThat(out.lines().toList())
        .containsExactly(
            "projects/vide",
            "  -        erreur        FEJ010  " + FR.format(wholeFile("projects/vide")),
            "",
            "1 projet vérifié : 1 erreur, 0 avertissement, 0 information.");
  }

  @Test
  void cleanProjectsGiveOnlyTheSummary() {
    String out = render("text", List.of(checked("AP1_140"), checked("AP1_393")));
    assertThat(out.lines().toList())
        .containsExactly("2 projets vérifiés : 0 erreur, 0 avertissement, 0 information.");
  }

  @Test
  void eachProjectKeepsItsFilesTogether() {
    String out =
        render(
            "text",
            List.of(
                checked("AP1_027", girls()),
                checked("AP1_140", wholeFile("projects/AP1_140")),
                checked("AP1_393")));
    assertThat(out.lines().toList())
        .containsExactly(
            "projects/AP1_027/experiment.yaml",
            "  135:7    erreur        FEJ106  " + FR.format(girls()),
            "projects/AP1_140",
            "  -        erreur        FEJ010  " + FR.format(wholeFile("projects/AP1_140")),
            "",
            "3 projets vérifiés : 2 erreurs, 0 avertissement, 0 information.");
  }

  @Test
  void englishSwitchesSeveritiesMessagesAndSummary() {
    String out = render("text", List.of(ap1027()), Messages.Lang.EN, false);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(3))
        .isEqualTo(
            "  135:7    error         FEJ106  Table 1: the sum by sex (103) differs from the total"
                + " of young people entered (104) — gap: 1. Fix a row, or set inclut_adultes: true"
                + " if adults are counted in an \"Autres\" row.");
    assertThat(lines.get(1))
        .startsWith("  99:66    warning       FEJ301  stated share of self-funding: 27 %, but the")
        .contains("25.97 %", "56,838.64 €", "218,848.64 €");
    assertThat(lines.get(2))
        .startsWith("  103:20   info          FEJ110  Table 1: 104 young people entered for 120");
    assertThat(lines.get(lines.size() - 1)).startsWith("1 project checked: 1 error, 2 warnings");
    assertThat(out).doesNotContain("erreur", "avertissement", "Tableau");
  }

  @Test
  void checkerOutputIsSortedWhateverTheOrderOfTheRules(@TempDir Path root) {
    // the budget (checked after Tableau 1) comes first in the file; the note sorts after the yaml
    String yaml =
        TestProjects.yaml(
            """
            budget:
              charges:
                "64": {prevu: 1000, realise: 900}
              produits:
                "74": {prevu: 1200, realise: 900}
            beneficiaires:
              periodes: [Année 1, Année 2]
              entres:
                jeunes: [64, 40]
              jeunes:
                sexe:
                  filles: {entre: 41}
                  garcons: {entre: 62}
            """);
    Path dir =
        TestProjects.write(
            root,
            TestProjects.FOLDER,
            TestProjects.files(
                "experiment.yaml",
                yaml,
                "note.md",
                TestProjects.document(TestProjects.NOTE_FRONT_MATTER, TestProjects.OBJECTIVES)));
    Checker.Checked c = TestProjects.check(dir);
    List<String> lines = render("text", List.of(c)).lines().toList();

    assertThat(lines)
        .filteredOn(l -> !l.startsWith(" ") && l.startsWith("prj/"))
        .containsExactly("prj/experiment.yaml", "prj/note.md");
    List<Integer> yamlLines = new ArrayList<>();
    for (String l : lines.subList(1, lines.indexOf("prj/note.md"))) {
      yamlLines.add(Integer.parseInt(l.strip().split(":")[0]));
    }
    assertThat(yamlLines).hasSize(2).isSorted();
    assertThat(lines.get(1)).contains("FEJ306");
    assertThat(lines.get(2)).contains("FEJ106");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("1 projet vérifié : 1 erreur, 2 avertissements, 0 information.");
  }

  @Test
  void unknownFormatFallsBackToText() {
    assertThat(Reporter.of("text")).isInstanceOf(TextReporter.class);
    assertThat(Reporter.of("nimporte")).isInstanceOf(TextReporter.class);
    assertThat(Reporter.of("json")).isInstanceOf(JsonReporter.class);
    assertThat(Reporter.of("github")).isInstanceOf(GithubReporter.class);
    assertThat(Reporter.of("junit")).isInstanceOf(JunitReporter.class);
  }
}

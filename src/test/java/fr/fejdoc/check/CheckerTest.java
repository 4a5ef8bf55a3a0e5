package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.seen;
import static fr.fejdoc.check.TestProjects.write;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself: every rule runs, findings sorted, sums deferred on unreadable figures. */
class CheckerTest {
  @TempDir Path root;

  private static final String BROKEN_AND_WRONG =
      """
      beneficiaires:
        periodes: [Année 1, Année 2]
        entres:
          jeunes: [douze, 40]
        jeunes:
          sexe:
            filles: {entre: 41}
            garcons: {entre: 62}
      """;

  @Test
  void anUnreadableFigureDefersTheSumsButNotTheOtherRules() {
    Path dir = write(root, "AP1_028", files(EXPERIMENT, yaml(BROKEN_AND_WRONG)));
    List<Seen> seen = seen(TestProjects.check(dir));
    assertThat(seen)
        .extracting(Seen::code)
        .containsExactlyInAnyOrder(Code.DOSSIER_FOLDER, Code.WRONG_TYPE, Code.SUMS_DEFERRED);
    assertThat(seen).contains(new Seen(Code.SUMS_DEFERRED, EXPERIMENT, 0, List.of("1")));
  }

  @Test
  void readableFiguresAreSummed() {
    Path dir =
        write(root, "AP1_027", files(EXPERIMENT, yaml(BROKEN_AND_WRONG.replace("douze", "64"))));
    assertThat(seen(TestProjects.check(dir)))
        .extracting(Seen::code)
        .containsExactly(Code.T1_CHARACTERISTICS);
  }

  @Test
  void unreadableValuesOfADocumentDoNotDeferTheSums() {
    Path dir =
        write(
            root,
            "AP1_027",
            files(
                EXPERIMENT,
                yaml(BROKEN_AND_WRONG.replace("douze", "64")),
                "note.md",
                TestProjects.note().replace("au: 2010-12-31", "au: 2010-02-30")));
    assertThat(seen(TestProjects.check(dir)))
        .extracting(Seen::code)
        .contains(Code.INVALID_DATE, Code.T1_CHARACTERISTICS)
        .doesNotContain(Code.SUMS_DEFERRED);
  }

  @Test
  void findingsOfEveryRuleAreSortedByFileLineAndColumn() {
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
              abandons: [65, 41]
            """);
    Path dir =
        write(
            root,
            "AP1_028",
            files(
                EXPERIMENT,
                yaml,
                "a-note.md",
                TestProjects.document(TestProjects.NOTE_FRONT_MATTER, TestProjects.OBJECTIVES)));
    List<Finding> findings = TestProjects.check(dir).findings();
    assertThat(findings).hasSizeGreaterThanOrEqualTo(5).isSorted();
    List<String> order = new ArrayList<>();
    for (Finding f : findings) order.add(f.loc().file() + ":" + f.loc().line() + " " + f.code());
    assertThat(order)
        .containsExactly(
            "prj/a-note.md:11 SECTION_MISSING",
            "prj/experiment.yaml:1 DOSSIER_FOLDER",
            "prj/experiment.yaml:5 BUDGET_PLANNED_BALANCE",
            "prj/experiment.yaml:14 T1_ABANDONS",
            "prj/experiment.yaml:14 T1_ABANDONS");
    assertThat(findings.get(3).loc().column()).isLessThan(findings.get(4).loc().column());
  }

  @Test
  void aProjectWithErrorsStillGetsEveryFinding() {
    Checker.Checked c =
        TestProjects.check(
            write(
                root,
                "AP1_028",
                files(
                    EXPERIMENT,
                    yaml(
                        """
                        beneficiaires:
                          periodes: [Année 1]
                          prevus: {jeunes: 120, adultes: 5, total: 120}
                          entres:
                            jeunes: [10]
                          abandons: [11]
                        partenaires:
                          financiers:
                            - {nom: Région, categorie: cofinancement, montant: 1000}
                        """))));
    assertThat(c.findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(
            Code.DOSSIER_FOLDER, Code.T1_TOTAL, Code.T1_ABANDONS, Code.T1_RATE, Code.FIN_NO_FEJ);
    assertThat(c.hasErrors()).isTrue();
    // realised figures (abandons above the entered) are an error; planned ones (total) a warning
    assertThat(c.count(Severity.ERROR)).isEqualTo(1);
    assertThat(c.count(Severity.WARNING)).isEqualTo(3);
  }

  @Test
  void aMisspeltKeyInAFigureBlockDefersTheSums() {
    Path dir =
        write(
            root,
            "AP1_027",
            files(
                EXPERIMENT,
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres: {jeunes: [64, 40]}
                      jeunes:
                        sexe:
                          filles: {entrer: 42}
                          garcons: {entre: 62}
                    """)));
    assertThat(seen(TestProjects.check(dir)))
        .extracting(Seen::code)
        .containsExactlyInAnyOrder(Code.UNKNOWN_KEY, Code.SUMS_DEFERRED);
  }
}

package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.Summary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real figures never block a holder's note: planned figures (the application's forecast) that do
 * not add up are warnings, realised ones errors; any finding can be acknowledged in experiment.yaml
 * ({@code constats_acceptes}) with a reason, and then no longer fails {@code check} (but does under
 * --strict).
 */
class AcknowledgementTest {
  @TempDir Path root;
  private int projects;

  /**
   * Planned ages (40 + 10) against "17 à 20" young planned: FEJ107 at "age:"; the sexe of the 18
   * young entered adds up to 9: FEJ106 at "sexe:".
   */
  static final String BODY =
      """
      beneficiaires:
        periodes: [Année 1, Année 2]
        prevus: {jeunes: 17 à 20}
        entres:
          jeunes: [10, 8]
        jeunes:
          age:
            "16_18": {prevu: 40}
            "18_25": {prevu: 10}
          sexe:
            filles: {entre: 5}
            garcons: {entre: 4}
      """;

  private String yaml(String acknowledgements) {
    return TestProjects.yaml(BODY + acknowledgements);
  }

  private Checker.Checked check(String yaml) {
    Path dir =
        TestProjects.write(
            root.resolve("p" + projects++),
            TestProjects.FOLDER,
            TestProjects.files(EXPERIMENT, yaml));
    return TestProjects.check(dir);
  }

  private static List<Finding> of(Checker.Checked c, Code code) {
    return c.findings().stream().filter(f -> f.code() == code).toList();
  }

  private static int line(String yaml, String anchor) {
    return TestProjects.lineOf(yaml, anchor);
  }

  @Test
  void plannedFiguresAreWarningsRealisedOnesErrorsWithTheSameIds() {
    for (Code planned :
        List.of(
            Code.T1_TOTAL,
            Code.T1_CHARACTERISTICS_PLANNED,
            Code.BUDGET_DETAIL_SUM_PLANNED,
            Code.BUDGET_TOTAL_PLANNED,
            Code.BUDGET_PLANNED_BALANCE)) {
      assertThat(planned.severity()).as("%s", planned).isEqualTo(Severity.WARNING);
    }
    for (Code realised :
        List.of(
            Code.T1_CHARACTERISTICS,
            Code.T1_INTAKE_TOTAL,
            Code.T1_ABANDONS,
            Code.BUDGET_DETAIL_SUM,
            Code.BUDGET_TOTAL,
            Code.BUDGET_FEJ_MISMATCH)) {
      assertThat(realised.severity()).as("%s", realised).isEqualTo(Severity.ERROR);
    }
    // ids are stable: only the severity of the planned side differs
    assertThat(Code.BUDGET_DETAIL_SUM_PLANNED.id()).isEqualTo(Code.BUDGET_DETAIL_SUM.id());
    assertThat(Code.BUDGET_TOTAL_PLANNED.id()).isEqualTo(Code.BUDGET_TOTAL.id());
    assertThat(Code.T1_CHARACTERISTICS_PLANNED.id()).isEqualTo("FEJ107");
    assertThat(Code.BUDGET_PLANNED_BALANCE.id()).isEqualTo("FEJ306");
  }

  @Test
  void inconsistentPlannedFiguresAloneDoNotFailCheck() {
    String yaml = TestProjects.yaml(BODY.replace("{entre: 5}", "{entre: 14}"));
    Checker.Checked c = check(yaml);
    List<Finding> planned = of(c, Code.T1_CHARACTERISTICS_PLANNED);
    assertThat(planned).hasSize(1);
    // the warning names the figures
    assertThat(Messages.of(Messages.Lang.FR).format(planned.get(0)))
        .contains("(50)", "(17 à 20)", "constats_acceptes");
    assertThat(of(c, Code.T1_CHARACTERISTICS)).isEmpty();
    assertThat(c.hasErrors()).isFalse();
    assertThat(Summary.of(List.of(c)).fails(false)).isFalse();
    assertThat(Summary.of(List.of(c)).fails(true)).isTrue();
  }

  @Test
  void withoutAcknowledgementTheRealisedErrorFails() {
    Checker.Checked c = check(yaml(""));
    assertThat(of(c, Code.T1_CHARACTERISTICS)).singleElement().matches(Finding::counts);
    assertThat(c.hasErrors()).isTrue();
    assertThat(c.acknowledged()).isZero();
  }

  @Test
  void aCodeAloneAcknowledgesEveryFindingOfThatCode() {
    String yaml =
        yaml(
            """
            constats_acceptes:
              - code: FEJ106
                raison: "Sexe non relevé pour 9 jeunes."
              - {code: "107", raison: Chiffres prévus de la demande de 2009}
            """);
    Checker.Checked c = check(yaml);
    Finding realised = of(c, Code.T1_CHARACTERISTICS).get(0);
    assertThat(realised.acknowledged()).isTrue();
    assertThat(realised.acknowledgement()).isEqualTo("Sexe non relevé pour 9 jeunes.");
    assertThat(of(c, Code.T1_CHARACTERISTICS_PLANNED).get(0).acknowledgement())
        .isEqualTo("Chiffres prévus de la demande de 2009");
    assertThat(c.hasErrors()).isFalse();
    assertThat(c.count(Severity.ERROR)).isZero();
    assertThat(c.count(Severity.WARNING)).isZero();
    assertThat(c.acknowledged()).isEqualTo(2);
    assertThat(of(c, Code.ACKNOWLEDGEMENT_UNUSED)).isEmpty();
    assertThat(of(c, Code.UNKNOWN_KEY)).isEmpty();
    Summary s = Summary.of(List.of(c));
    assertThat(s.fails(false)).isFalse();
    assertThat(s.fails(true)).as("--strict still fails").isTrue();
    assertThat(s.line(Messages.of(Messages.Lang.FR)))
        .endsWith("0 erreur, 0 avertissement, 0 information. 2 constats acceptés, hors décompte.");
  }

  @Test
  void aCodeAndAFileAcknowledgeOnlyFindingsOfThatFile() {
    String yaml =
        yaml(
            """
            constats_acceptes:
              - {code: FEJ106, lieu: experiment.yaml, raison: Sexe non relevé}
              - {code: FEJ107, lieu: restitution-finale.md, raison: Ailleurs}
            """);
    Checker.Checked c = check(yaml);
    assertThat(of(c, Code.T1_CHARACTERISTICS).get(0).acknowledged()).isTrue();
    assertThat(of(c, Code.T1_CHARACTERISTICS_PLANNED).get(0).acknowledged()).isFalse();
    Finding unused = of(c, Code.ACKNOWLEDGEMENT_UNUSED).get(0);
    assertThat(unused.loc().file()).isEqualTo("prj/experiment.yaml");
    assertThat(unused.loc().line()).isEqualTo(line(yaml, "lieu: restitution-finale.md"));
    assertThat(unused.severity()).isEqualTo(Severity.WARNING);
    assertThat(Messages.of(Messages.Lang.FR).format(unused))
        .contains("FEJ107", "à restitution-finale.md", "constats_acceptes");
    assertThat(c.hasErrors()).isFalse();
    assertThat(c.count(Severity.WARNING)).isEqualTo(2); // FEJ107 and the unused acknowledgement
  }

  @Test
  void aCodeAFileAndALineAcknowledgeOnlyTheFindingOnThatLine() {
    String body = yaml("constats_acceptes:\n");
    int sexe = line(body, "    sexe:");
    int age = line(body, "    age:");
    String yaml =
        body
            + "  - {code: FEJ106, lieu: \"experiment.yaml:"
            + sexe
            + "\", raison: Sexe non relevé}\n"
            + "  - {code: FEJ107, lieu: \"prj/experiment.yaml:"
            + age
            + ":5\", raison: Copié du rapport}\n"
            + "  - {code: FEJ106, lieu: \"experiment.yaml:"
            + age
            + "\", raison: Mauvaise ligne}\n";
    Checker.Checked c = check(yaml);
    assertThat(of(c, Code.T1_CHARACTERISTICS).get(0).acknowledgement())
        .isEqualTo("Sexe non relevé");
    // the place as the reports print it, project folder and column included, matches too
    assertThat(of(c, Code.T1_CHARACTERISTICS_PLANNED).get(0).acknowledgement())
        .isEqualTo("Copié du rapport");
    assertThat(of(c, Code.ACKNOWLEDGEMENT_UNUSED))
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line()).isEqualTo(line(yaml, "Mauvaise ligne")));
    assertThat(c.hasErrors()).isFalse();
  }

  @Test
  void limitsThatProtectTheBuildCannotBeAcknowledged() {
    for (String id :
        List.of(
            "FEJ012", "FEJ013", "FEJ014", "FEJ015", "FEJ055", "FEJ060", "FEJ065", "FEJ075",
            "FEJ080")) {
      assertThat(Code.acknowledgeable(id)).as(id).isFalse();
    }
    assertThat(Code.CONTROL_CHARACTER.acknowledgeable()).isFalse();
    assertThat(Code.ACKNOWLEDGEMENT_UNUSED.acknowledgeable()).isFalse();
    assertThat(Code.T1_CHARACTERISTICS.acknowledgeable()).isTrue();
    String yaml =
        yaml(
            """
            constats_acceptes:
              - {code: FEJ062, raison: Trop long}
              - {code: FEJ999, raison: Inconnu}
            """);
    Checker.Checked c = check(yaml);
    Finding refused = of(c, Code.ACKNOWLEDGEMENT_REFUSED).get(0);
    assertThat(refused.loc().line()).isEqualTo(line(yaml, "FEJ062"));
    assertThat(Messages.of(Messages.Lang.FR).format(refused)).contains("FEJ062", "ne peut pas");
    assertThat(of(c, Code.ACKNOWLEDGEMENT_UNUSED))
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line()).isEqualTo(line(yaml, "FEJ999")));
    assertThat(c.hasErrors()).isTrue(); // FEJ106 is still an error
  }

  @Test
  void anAcknowledgementWithoutAReasonIsRefusedByTheLoader() {
    String yaml = yaml("constats_acceptes:\n  - {code: FEJ106}\n");
    Checker.Checked c = check(yaml);
    assertThat(of(c, Code.MISSING_FIELD)).isNotEmpty();
    assertThat(of(c, Code.T1_CHARACTERISTICS).get(0).acknowledged()).isFalse();
    Checker.Checked blank = check(yaml("constats_acceptes:\n  - {code: FEJ106, raison: \"  \"}\n"));
    assertThat(of(blank, Code.MISSING_FIELD))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsExactly("constats_acceptes[1].raison"));
    assertThat(of(blank, Code.T1_CHARACTERISTICS).get(0).acknowledged()).isFalse();
  }
}

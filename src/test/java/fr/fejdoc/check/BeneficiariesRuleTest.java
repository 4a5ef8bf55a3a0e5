package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tableau 1 cases beyond the table of {@link RuleCases}: stages, messages, known bugs. */
class BeneficiariesRuleTest {
  @TempDir Path root;

  private Checker.Checked check(String yamlBody) {
    return TestProjects.check(write(root, FOLDER, files(EXPERIMENT, yaml(yamlBody))));
  }

  @Test
  void characteristicsMessageReadsAsInChecksMd() {
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: [Année 1, Année 2]
              entres: {jeunes: [64, 40]}
              jeunes:
                sexe:
                  filles: {entre: 41}
                  garcons: {entre: 62}
            """);
    assertThat(c.findings()).hasSize(1);
    Finding f = c.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(Messages.of(Messages.Lang.FR).format(f))
        .contains("la somme par sexe (103) diffère du total des jeunes entrés (104) — écart : 1");
    assertThat(Messages.of(Messages.Lang.EN).format(f))
        .contains("the sum by sex (103) differs from the total of young people entered (104)")
        .contains("gap: 1");
  }

  @Test
  void rateIsAnInformationRoundedToTheNearestPercent() {
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: [Année 1, Année 2, Année 3]
              prevus: {jeunes: 120, adultes: 0}
              entres:
                jeunes: [64, 40, null]
                adultes: [0, 0, null]
            """);
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(Messages.of(Messages.Lang.FR).format(f))
                  .isEqualTo(
                      "Tableau 1 : 104 jeunes entrés pour 120 prévus ;"
                          + " taux de réalisation : 87 %.");
            });
    assertThat(c.hasErrors()).isFalse();
  }

  @Test
  void aStageIsComparedWithThePreviousStageGiven() {
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: {phases: [Phase 1, Phase 2, Phase 3]}
              entres:
                jeunes: [40, null, 36]
              abandons: [5, null, null]
            """);
    assertThat(seen(c))
        .containsExactly(
            new Seen(
                Code.T1_STAGE_EXCEEDS,
                EXPERIMENT,
                8,
                List.of("jeunes", "Phase 3", "36", "Phase 1", "40", "5", "35")));
  }

  @Test
  void stagesYoungOnlyCohortOfChecksMdWithRateIsConsistent() {
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: {phases: [Phase 1, Phase 2]}
              prevus: {jeunes: 40}
              entres:
                jeunes: [40, 11]
              abandons: [19, 3]
              total_entres: {jeunes: 8}
            """);
    // the cohort as it ends (8) is the total: 8 / 40 = 20 %
    assertThat(seen(c))
        .containsExactly(
            new Seen(Code.T1_RATE, EXPERIMENT, 7, List.of("8", "jeunes", "40", "20 %")));
  }

  @Test
  void plannedCharacteristicsIncludeAdultsWhenTheHolderSaysSo() {
    Checker.Checked c =
        check(
            """
            beneficiaires:
              prevus: {jeunes: 17 à 20, adultes: 3}
              jeunes:
                inclut_adultes: true
                sexe:
                  filles: {prevu: 11}
                  garcons: {prevu: 11}
            """);
    assertThat(c.findings()).isEmpty();
  }

  @Test
  void stagesWithAdultsOfInputMdAreConsistent() {
    // INPUT.md: "for stages of one cohort, total_entres: {jeunes: 8, adultes: 1}"; CHECKS.md: 40
    // young in phase 1, 19 leaving, 11 in phase 2, 8 at the end — with one adult throughout.
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: {phases: [Phase 1, Phase 2]}
              entres:
                jeunes: [40, 11]
                adultes: [1, 1]
              abandons: [19, 3]
              total_entres: {jeunes: 8, adultes: 1}
            """);
    assertThat(c.findings()).isEmpty();
  }

  @Test
  void abandonsOfAdultsDoNotShrinkTheYoungOfTheNextStage() {
    // 45 people in phase 1 (40 young, 5 adults); 10 leave (the 5 adults and 5 young); 35 young go
    // on to phase 2: consistent (35 ≤ 45 − 10).
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: {phases: [Phase 1, Phase 2]}
              entres:
                jeunes: [40, 35]
                adultes: [5, 0]
              abandons: [10, null]
            """);
    assertThat(c.findings()).isEmpty();
  }

  @Test
  void aStageCannotHoldMorePeopleThanThePreviousLessItsAbandons() {
    // phase 1: 40 young + 5 adults = 45; 5 leave; phase 2: 38 young + 5 adults = 43 > 40
    Checker.Checked c =
        check(
            """
            beneficiaires:
              periodes: {phases: [Phase 1, Phase 2]}
              entres:
                jeunes: [40, 38]
                adultes: [5, 5]
              abandons: [5, null]
            """);
    assertThat(c.findings()).extracting(Finding::code).contains(Code.T1_STAGE_EXCEEDS);
  }
}

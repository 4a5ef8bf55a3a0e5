package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference cases of CHECKS.md: the example projects (the seeds' real figures) pass, and the
 * few things really wrong in them are reported with their figures.
 */
class ReferenceProjectsTest {

  private static Checker.Checked check(String project) {
    return fr.fejdoc.write.LayoutRule.checker()
        .check(Path.of("projects", project), "projects/" + project);
  }

  private static List<Seen> seenIn(Checker.Checked c, String project) {
    return c.findings().stream()
        .map(TestProjects::seen)
        .map(
            s ->
                new Seen(
                    s.code(),
                    s.file().replace("projects/" + project + "/", ""),
                    s.line(),
                    s.args()))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun", "exemple-complet"})
  void exampleProjectHasNoError(String project) {
    Checker.Checked c = check(project);
    assertThat(c.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .as("errors of %s", project)
        .isEmpty();
    assertThat(Summary.of(List.of(c)).fails(false)).isFalse();
  }

  @Test
  void everyExampleProjectIsTested() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("projects"))) {
      assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun", "exemple-complet");
    }
  }

  @Test
  void ap1027ReportsOnlyTheAutofinancementShare() {
    List<Seen> seen = seenIn(check("AP1_027"), "AP1_027");
    assertThat(seen)
        .filteredOn(s -> s.code().name().startsWith("FIN_"))
        .containsExactly(
            new Seen(
                Code.FIN_SHARE_MISMATCH,
                "experiment.yaml",
                99,
                List.of("autofinancement", "27", "25.97", "56838.64", "218848.64")));
  }

  @Test
  void ap1027ReportsTheRateOfBeneficiariesReached() {
    List<Seen> seen = seenIn(check("AP1_027"), "AP1_027");
    assertThat(seen)
        .filteredOn(s -> s.code().severity() == Severity.INFO)
        .containsExactly(
            new Seen(
                Code.T1_RATE, "experiment.yaml", 103, List.of("104", "jeunes", "120", "87 %")));
  }

  @Test
  void ap1027FindingsAreTheKnownOnes() {
    // Besides the share and the rate, two true warnings: the seed gives no dates for the
    // evaluation phase ("periode: null"), and its restitution has no Introduction.
    assertThat(seenIn(check("AP1_027"), "AP1_027"))
        .containsExactly(
            new Seen(
                Code.FIN_SHARE_MISMATCH,
                "experiment.yaml",
                99,
                List.of("autofinancement", "27", "25.97", "56838.64", "218848.64")),
            new Seen(Code.T1_RATE, "experiment.yaml", 103, List.of("104", "jeunes", "120", "87 %")),
            new Seen(
                Code.T2_PHASE_DATES_MISSING,
                "experiment.yaml",
                231,
                List.of("Achèvement de l'évaluation")),
            new Seen(Code.SECTION_MISSING, "restitution-finale.md", 14, List.of("Introduction")));
  }

  @Test
  void completeExampleShowsItsInconsistenciesAsWarningsAndItsAcknowledgement() {
    Checker.Checked c = check("exemple-complet");
    // planned figures of an old application that do not add up: warned, here acknowledged
    assertThat(c.findings())
        .filteredOn(f -> f.code() == Code.T1_CHARACTERISTICS_PLANNED)
        .isNotEmpty()
        .allMatch(f -> f.acknowledgement() != null);
    // the bilan that does not balance is a warning, never an error
    assertThat(c.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(c.count(Severity.WARNING) + c.acknowledged()).isGreaterThanOrEqualTo(1);
    // its imbalance is explained in budget.commentaires: information, not asked for again
    assertThat(c.findings()).extracting(f -> f.code()).doesNotContain(Code.BUDGET_ACTUAL_IMBALANCE);
    assertThat(c.findings())
        .filteredOn(f -> f.code() == Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.args())
                    .last()
                    .isEqualTo("budget.commentaires ; budget.charges.62.commentaires"));
    // a phase's total row that does not match its lines: the holder's figure, warned
    assertThat(c.findings()).extracting(f -> f.code()).contains(Code.T2_TOTAL_ETP);
  }

  @Test
  void notesDEtapeOfAp1140AndAp1393HaveNoFinding() {
    assertThat(check("AP1_140").findings()).isEmpty();
    assertThat(check("AP1_393").findings()).isEmpty();
  }

  @Test
  void experienceSheetWithoutDossierIsOnlyWarned() {
    assertThat(seenIn(check("passeport-accueil-commun"), "passeport-accueil-commun"))
        .containsExactly(new Seen(Code.DOSSIER_ABSENT, "experiment.yaml", 4, List.of()));
  }

  @Test
  void ap1027WithFortyOneGirlsFailsOnTheSexeBlock(@TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("AP1_027");
    copyFolder(Path.of("projects/AP1_027"), copy);
    Path yaml = copy.resolve("experiment.yaml");
    String text = Files.readString(yaml, StandardCharsets.UTF_8);
    String girls = "      filles: {entre: 42}";
    assertThat(text).containsOnlyOnce(girls);
    Files.writeString(
        yaml, text.replace(girls, "      filles: {entre: 41}"), StandardCharsets.UTF_8);
    // the finding points at the block that does not add up: "sexe:", just above the filles line
    int line = TestProjects.lineOf(text, "    sexe:");
    assertThat(line).isEqualTo(TestProjects.lineOf(text, girls) - 1);

    Checker.Checked c = fr.fejdoc.write.LayoutRule.checker().check(copy, "AP1_027");
    List<Seen> errors =
        c.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(TestProjects::seen)
            .toList();
    assertThat(errors)
        .containsExactly(
            new Seen(
                Code.T1_CHARACTERISTICS,
                "AP1_027/experiment.yaml",
                line,
                List.of("sexe", "103", "jeunes entrés", "104", "1")));
    assertThat(Summary.of(List.of(c)).fails(false)).isTrue();
    assertThat(c.hasErrors()).isTrue();
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}

package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.RuleCases.Case;
import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.model.finding.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the table of {@link RuleCases}: positive cases give their finding, negative ones do not. */
class RuleCasesTest {

  static List<Case> positive() {
    return RuleCases.positive();
  }

  static List<Case> negative() {
    return RuleCases.negative();
  }

  private static List<Seen> run(Case c, Path root) {
    Path dir = TestProjects.write(root, c.folder(), c.files());
    return TestProjects.seen(TestProjects.check(dir));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positive")
  void positiveCaseGivesExactlyItsFindings(Case c, @TempDir Path root) {
    List<Seen> seen = run(c, root);
    assertThat(seen)
        .as("findings of %s", c)
        .containsExactlyInAnyOrderElementsOf(c.expectedFindings());
    assertThat(seen).extracting(Seen::code).contains(c.about());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negative")
  void negativeCaseDoesNotGiveItsCode(Case c, @TempDir Path root) {
    List<Seen> seen = run(c, root);
    assertThat(seen).extracting(Seen::code).as("findings of %s", c).doesNotContain(c.about());
    assertThat(seen)
        .as("findings of %s", c)
        .containsExactlyInAnyOrderElementsOf(c.expectedFindings());
  }

  @Test
  void everyRuleCodeHasAPositiveAndANegativeCase() {
    Set<Code> positive = RuleCases.positive().stream().map(Case::about).collect(Collectors.toSet());
    Set<Code> negative = RuleCases.negative().stream().map(Case::about).collect(Collectors.toSet());
    assertThat(positive).containsAll(RuleCases.ruleCodes());
    assertThat(negative).containsAll(RuleCases.ruleCodes());
  }

  @Test
  void positiveCasesExpectOnlyFindingsOfTheirRuleCodes() {
    for (Case c : RuleCases.positive()) {
      for (RuleCases.Expect e : c.expected()) {
        assertThat(RuleCases.ruleCodes()).as("%s", c).contains(e.code());
      }
    }
  }
}

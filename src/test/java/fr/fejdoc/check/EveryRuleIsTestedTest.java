package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.RuleCases.Case;
import fr.fejdoc.check.TestProjects.Seen;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every rule is needed: each positive case of {@link RuleCases} loses its findings when its
 * rule is left out of the checker, and gives them with that rule alone.
 */
class EveryRuleIsTestedTest {

  /** The rules every command runs: the model's and the fiche's layout rule from above. */
  static List<Rule> rules() {
    return fr.fejdoc.write.LayoutRule.checker().rules();
  }

  private static List<Case> casesOf(Rule rule) {
    return RuleCases.positive().stream().filter(c -> c.rule() == rule.getClass()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void findingsDisappearWithoutTheRule(Rule rule, @TempDir Path root) {
    List<Case> cases = casesOf(rule);
    assertThat(cases).as("positive cases of %s", rule.getClass().getSimpleName()).isNotEmpty();
    List<Rule> others = TestProjects.listWithout(rule.getClass());
    for (Case c : cases) {
      Path dir =
          TestProjects.write(
              root.resolve(Integer.toString(cases.indexOf(c))), c.folder(), c.files());
      List<Seen> expected = c.expectedFindings();

      List<Seen> all = TestProjects.seen(TestProjects.check(dir));
      assertThat(all).as("with every rule: %s", c).containsAll(expected);

      List<Seen> without = TestProjects.seen(TestProjects.check(dir, others));
      assertThat(without)
          .as("without %s: %s", rule.getClass().getSimpleName(), c)
          .doesNotContainAnyElementsOf(expected);
      assertThat(without).extracting(Seen::code).as("%s", c).doesNotContain(c.about());

      List<Seen> alone = TestProjects.seen(TestProjects.check(dir, List.of(rule)));
      assertThat(alone)
          .as("with %s alone: %s", rule.getClass().getSimpleName(), c)
          .containsAll(expected);
    }
  }

  @Test
  void everyRuleOfTheCheckerHasCasesAndEveryCaseARuleOfTheChecker() {
    Set<Class<?>> registered = new HashSet<>();
    for (Rule r : rules()) registered.add(r.getClass());
    Set<Class<?>> tested = new HashSet<>();
    for (Case c : RuleCases.positive()) tested.add(c.rule());
    for (Case c : RuleCases.negative()) assertThat(registered).contains(c.rule());
    assertThat(tested).isEqualTo(registered);
  }

  @Test
  void theDefaultCheckerRunsEveryRule() {
    assertThat(rules())
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactly(
            "IdentityRule",
            "BeneficiariesRule",
            "ActionsRule",
            "FinancingRule",
            "BudgetRule",
            "DocumentsRule",
            "LayoutRule");
  }
}

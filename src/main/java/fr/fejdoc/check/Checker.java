package fr.fejdoc.check;

import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loads a project and runs every rule on it. */
public final class Checker {
  /** Every rule, in the order of CHECKS.md. */
  public static final List<Rule> RULES =
      List.of(
          new IdentityRule(),
          new BeneficiariesRule(),
          new ActionsRule(),
          new FinancingRule(),
          new BudgetRule(),
          new DocumentsRule());

  private final List<Rule> rules;

  public Checker() {
    this(RULES);
  }

  public Checker(List<Rule> rules) {
    this.rules = rules;
  }

  /** A checked project: the model (possibly partial) and every finding, sorted by place. */
  public record Checked(Project project, List<Finding> findings) {
    public long count(Severity s) {
      return findings.stream().filter(f -> f.severity() == s).count();
    }

    public boolean hasErrors() {
      return count(Severity.ERROR) > 0;
    }
  }

  public Checked check(Path dir, String display) {
    ProjectLoader.Loaded loaded = ProjectLoader.load(dir, display);
    List<Finding> findings = new ArrayList<>(loaded.findings());
    for (Rule rule : rules) rule.check(loaded.project(), findings);
    Collections.sort(findings);
    return new Checked(loaded.project(), List.copyOf(findings));
  }
}

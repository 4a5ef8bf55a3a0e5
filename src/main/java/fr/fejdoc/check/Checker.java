package fr.fejdoc.check;

import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
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
          new DocumentsRule(),
          new LayoutRule());

  /** Findings after which a figure is missing from the model though the holder wrote one. */
  private static final java.util.Set<Code> UNREADABLE_VALUES =
      java.util.EnumSet.of(
          Code.WRONG_TYPE,
          Code.NEGATIVE,
          Code.INVALID_CHOICE,
          Code.INVALID_DATE,
          Code.UNKNOWN_KEY,
          Code.UNKNOWN_KEY_NO_SUGGESTION,
          Code.YAML_DUPLICATE_KEY);

  private final List<Rule> rules;

  public Checker() {
    this(RULES);
  }

  public Checker(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * A checked project: the model (possibly partial), every finding sorted by place, and the project
   * folder as displayed to the user.
   */
  public record Checked(Project project, List<Finding> findings, String display) {
    public Checked(Project project, List<Finding> findings) {
      this(project, findings, project.name());
    }

    /** The same project with {@code more} findings (from building it), sorted by place. */
    public Checked with(List<Finding> more) {
      if (more.isEmpty()) return this;
      List<Finding> all = new ArrayList<>(findings);
      all.addAll(more);
      Collections.sort(all);
      return new Checked(project, List.copyOf(all), display);
    }

    public long count(Severity s) {
      return findings.stream().filter(f -> f.severity() == s).count();
    }

    public boolean hasErrors() {
      return count(Severity.ERROR) > 0;
    }
  }

  /**
   * Loads and checks the project in {@code dir}, within the project's time budget; whatever goes
   * wrong (a bug, exhausted stack or memory, the budget spent) is one finding of this project.
   */
  public Checked check(Path dir, String display) {
    try (Deadline.Scope budget = Deadline.start(Boundary.projectBudget())) {
      Boundary.Outcome<Checked> done =
          Boundary.run(Loc.of(display), display, () -> run(dir, display));
      if (!done.failed()) return done.value();
      String name = dir.getFileName() == null ? display : dir.getFileName().toString();
      return new Checked(new Project(name, dir, null, List.of()), List.of(done.failure()), display);
    }
  }

  private Checked run(Path dir, String display) {
    ProjectLoader.Loaded loaded = ProjectLoader.load(dir, display);
    List<Finding> findings = new ArrayList<>(loaded.findings());
    long unreadable =
        loaded.findings().stream()
            .filter(f -> f.loc().file().endsWith(ProjectLoader.EXPERIMENT_FILE))
            .filter(f -> UNREADABLE_VALUES.contains(f.code()))
            .count();
    Loc facts = Loc.of(ProjectLoader.join(display, ProjectLoader.EXPERIMENT_FILE));
    for (Rule rule : rules) {
      Deadline.check();
      if (unreadable > 0 && rule.addsFiguresUp()) continue;
      // a rule that fails (a project's own template for the fiche, a bug) costs its findings only
      List<Finding> own = new ArrayList<>();
      Boundary.Outcome<Boolean> done =
          Boundary.run(
              facts,
              display,
              () -> {
                rule.check(loaded.project(), own);
                return true;
              });
      findings.addAll(own);
      if (done.failed()) {
        findings.add(done.failure());
        if (done.failure().code() == Code.TIME_BUDGET) break;
      }
    }
    if (unreadable > 0) {
      String file = ProjectLoader.join(display, ProjectLoader.EXPERIMENT_FILE);
      findings.add(Finding.of(Code.SUMS_DEFERRED, fr.fejdoc.model.Loc.of(file), unreadable));
    }
    Collections.sort(findings);
    return new Checked(loaded.project(), List.copyOf(findings), display);
  }
}

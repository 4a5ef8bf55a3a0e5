package fr.fejdoc.check;

import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Acknowledgement;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loads a project and runs every rule on it. */
public final class Checker {
  /**
   * Every rule on the model, in the order of CHECKS.md; the fiche's one-page rule needs the layout
   * and lives above (the write package's LayoutRule.checker() adds it).
   */
  public static final List<Rule> RULES =
      List.of(
          new IdentityRule(),
          new BeneficiariesRule(),
          new ActionsRule(),
          new FinancingRule(),
          new BudgetRule(),
          new DocumentsRule());

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

  /** The rules this checker runs, in order. */
  public List<Rule> rules() {
    return rules;
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

    /** Findings of severity {@code s} that count (acknowledged ones do not). */
    public long count(Severity s) {
      return findings.stream().filter(f -> f.counts() && f.severity() == s).count();
    }

    /** Acknowledged errors and warnings (they fail {@code check --strict} only). */
    public long acknowledged() {
      return findings.stream()
          .filter(f -> f.acknowledged() && f.severity() != Severity.INFO)
          .count();
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
    boolean complete = unreadable == 0;
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
        complete = false;
        if (done.failure().code() == Code.TIME_BUDGET) break;
      }
    }
    if (unreadable > 0) {
      String file = ProjectLoader.join(display, ProjectLoader.EXPERIMENT_FILE);
      findings.add(Finding.of(Code.SUMS_DEFERRED, fr.fejdoc.model.Loc.of(file), unreadable));
    }
    findings = acknowledge(loaded.project(), findings, display, complete);
    Collections.sort(findings);
    return new Checked(loaded.project(), List.copyOf(findings), display);
  }

  /**
   * Applies the acknowledgements of experiment.yaml ({@code constats_acceptes}): each finding one
   * matches carries its reason. One that matches nothing is a warning at its own line (only when
   * every rule ran: a rule left out would have given the finding); one naming a limit that protects
   * the build is refused with a warning.
   */
  static List<Finding> acknowledge(
      Project project, List<Finding> findings, String display, boolean complete) {
    if (project == null || project.experiment() == null) return findings;
    List<Acknowledgement> all = project.experiment().acknowledgements();
    if (all.isEmpty()) return findings;
    List<Finding> out = new ArrayList<>(findings);
    List<Finding> more = new ArrayList<>();
    for (Acknowledgement a : all) {
      Deadline.check();
      String id = a.code().value();
      if (!Code.acknowledgeable(id)) {
        more.add(Finding.of(Code.ACKNOWLEDGEMENT_REFUSED, a.loc(), id));
        continue;
      }
      boolean used = false;
      for (int i = 0; i < out.size(); i++) {
        Finding f = out.get(i);
        if (!f.code().acknowledgeable()) continue;
        String file = relative(f.loc().file(), display);
        if (!a.matches(f.code().id(), file, f.loc().line())) continue;
        used = true;
        if (!f.acknowledged()) out.set(i, f.acknowledge(a.reason().value()));
      }
      if (!used && complete) {
        Object place =
            a.place() == null ? "" : new Localized(" à " + a.place(), " at " + a.place());
        more.add(Finding.of(Code.ACKNOWLEDGEMENT_UNUSED, a.loc(), id, place));
      }
    }
    out.addAll(more);
    return out;
  }

  /** A finding's file relative to the project folder as displayed (unchanged when outside it). */
  private static String relative(String file, String display) {
    String f = file.replace('\\', '/');
    String d = display.replace('\\', '/');
    if (d.isEmpty() || d.equals(".")) return f;
    String prefix = d.endsWith("/") ? d : d + "/";
    return f.startsWith(prefix) ? f.substring(prefix.length()) : f;
  }
}

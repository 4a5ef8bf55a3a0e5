package fr.fejdoc.check;

import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Finding;
import java.util.List;

/** One family of checks over a loaded project; adds what it finds to {@code out}. */
public interface Rule {
  void check(Project project, List<Finding> out);

  /**
   * Whether the rule adds figures up: such a rule is not run while a figure of experiment.yaml is
   * unreadable, since a sum over the readable ones alone would report gaps that are not there.
   */
  default boolean addsFiguresUp() {
    return false;
  }
}

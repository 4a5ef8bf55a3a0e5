package fr.fejdoc.check;

import fr.fejdoc.model.Project;
import java.util.List;

/** One family of checks over a loaded project; adds what it finds to {@code out}. */
public interface Rule {
  void check(Project project, List<Finding> out);
}

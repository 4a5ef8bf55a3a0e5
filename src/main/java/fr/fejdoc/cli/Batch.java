package fr.fejdoc.cli;

import fr.fejdoc.check.Checker;
import fr.fejdoc.load.ProjectFinder;
import java.util.List;

/** Checks many projects on every core; results come back in the order given. */
final class Batch {
  private Batch() {}

  static List<Checker.Checked> check(List<ProjectFinder.Found> projects) {
    Checker checker = new Checker();
    return projects.parallelStream().map(f -> checker.check(f.dir(), f.display())).toList();
  }
}

package fr.fejdoc.cli;

import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.ProjectPool;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.model.Loc;
import java.util.List;

/** Checks many projects on every core; results come back in the order given. */
final class Batch {
  private Batch() {}

  static List<Checker.Checked> check(List<ProjectFinder.Found> projects) {
    Checker checker = new Checker();
    return ProjectPool.map(
        projects,
        f -> checker.check(f.dir(), f.display()),
        (f, t) -> {
          String name =
              f.dir().getFileName() == null ? f.display() : f.dir().getFileName().toString();
          return new Checker.Checked(
              new fr.fejdoc.model.Project(name, f.dir(), null, List.of()),
              List.of(Boundary.finding(t, Loc.of(f.display()), f.display())),
              f.display());
        });
  }
}

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

  /**
   * A project that brings its own templates ({@code templates/}) has its documents assembled too,
   * so that a template that fails, loops or reads outside the project is found by {@code check},
   * not first by {@code build}. Other projects use the program's templates, tested with it.
   */
  static Checker.Checked withTemplates(Checker.Checked checked) {
    if (checked.hasErrors()) return checked;
    if (!java.nio.file.Files.isDirectory(checked.project().dir().resolve("templates")))
      return checked;
    var assembled = fr.fejdoc.write.ProjectWriter.assemble(checked);
    return assembled.failed() ? checked.with(List.of(assembled.failure())) : checked;
  }

  static List<Checker.Checked> check(List<ProjectFinder.Found> projects) {
    Checker checker = fr.fejdoc.write.LayoutRule.checker();
    return ProjectPool.map(
        projects,
        f -> withTemplates(checker.check(f.dir(), f.display())),
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

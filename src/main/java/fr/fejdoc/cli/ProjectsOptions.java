package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads projects takes: the paths and the language of its messages. */
public final class ProjectsOptions {
  @Parameters(
      paramLabel = "CHEMIN",
      arity = "0..*",
      description = "Dossier d'un projet ou dossier de projets (par défaut : projects/).")
  public List<Path> paths;

  @Option(
      names = "--lang",
      paramLabel = "LANGUE",
      defaultValue = "fr",
      description = "Langue des messages : fr (par défaut) ou en.")
  public String lang;

  public Messages messages() {
    return Messages.of(Messages.Lang.parse(lang));
  }

  /** The project folders named on the command line (projects/ by default). */
  public List<ProjectFinder.Found> projects() throws IOException {
    return ProjectFinder.find(
        paths == null || paths.isEmpty() ? List.of(Path.of("projects")) : paths);
  }
}

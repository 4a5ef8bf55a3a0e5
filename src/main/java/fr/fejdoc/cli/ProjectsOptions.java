package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What every command that reads projects takes: the paths and the language of its messages. Given
 * to picocli as specifications, not annotations: reading annotations means reflection and a proxy
 * class made for each annotation type, most of a cold {@code check}'s start (see {@link
 * CheckCommand}).
 */
public final class ProjectsOptions {
  private final PositionalParamSpec paths =
      PositionalParamSpec.builder()
          .paramLabel(Labels.PATH)
          .arity("0..*")
          .type(List.class)
          .auxiliaryTypes(Path.class)
          .descriptionKey("cli.projects.paths")
          .build();

  private final OptionSpec lang =
      OptionSpec.builder("--lang")
          .paramLabel(Labels.LANG)
          .type(String.class)
          .defaultValue("fr")
          .descriptionKey("cli.projects.lang")
          .build();

  /** fejdoc's own {@code --lang} (before the command's name), or null. */
  private OptionSpec parentLang;

  /**
   * Adds the paths and {@code --lang} to {@code command}; a {@code --lang} given to fejdoc itself
   * ({@code fejdoc --lang en check}) is the command's when the command is given none.
   */
  void addTo(CommandSpec command) {
    command.addPositional(paths);
    command.addOption(lang);
    if (command.parent() != null) parentLang = command.parent().findOption("--lang");
  }

  /** The paths named on the command line; null when none is. */
  public List<Path> paths() {
    List<Path> named = paths.getValue();
    return named == null || named.isEmpty() ? null : named;
  }

  /** The language given by {@code --lang}, else by fejdoc's own, else "fr". */
  public String lang() {
    if (lang.originalStringValues().isEmpty()
        && parentLang != null
        && parentLang.getValue() instanceof String outer) return outer;
    String given = lang.getValue();
    return given == null ? "fr" : given;
  }

  public Messages messages() {
    return Messages.of(Messages.Lang.parse(lang()));
  }

  /** The project folders named on the command line (projects/ by default). */
  public List<ProjectFinder.Found> projects() throws IOException {
    List<Path> named = paths();
    return ProjectFinder.find(named == null ? List.of(Path.of("projects")) : named);
  }

  /** A command that reads projects: {@link Main} gives it these options. */
  interface Reader {
    ProjectsOptions projects();
  }
}

package fr.fejdoc.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into project folders: a folder holding experiment.yaml
 * is a project; any other folder is a folder of projects (its sub-folders with an experiment.yaml
 * or a Markdown file; hidden ones are skipped).
 *
 * <p>A project given on the command line may be a symbolic link (it is used as its target). In a
 * folder of projects, a sub-folder that is a link leading out of that folder is listed without
 * looking into it; {@link ProjectLoader} then refuses it ({@code LINK_OUTSIDE}) without reading
 * anything there. Projects are displayed relative to the working folder when inside it, else from
 * the name of the folder given (never as an absolute path of this machine: findings are published
 * in the catalogue).
 */
public final class ProjectFinder {
  private ProjectFinder() {}

  /** A project folder and how to display it. */
  public record Found(Path dir, String display) {}

  public static List<Found> find(List<Path> paths) throws IOException {
    List<Found> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) throw new java.nio.file.NoSuchFileException(p.toString());
      String base = projectDisplay(p);
      if (Files.exists(p.resolve(ProjectLoader.EXPERIMENT_FILE), LinkOption.NOFOLLOW_LINKS)) {
        // a link given on the command line is the user's own choice: used as its target
        out.add(new Found(Files.isSymbolicLink(p) ? p.toRealPath() : p, base));
        continue;
      }
      Path boundary = p.toRealPath();
      try (Stream<Path> s = Files.list(p)) {
        for (Path sub : s.filter(Files::isDirectory).sorted().toList()) {
          String name = sub.getFileName().toString();
          if (name.startsWith(".") || name.startsWith("_")) continue;
          String display = ProjectLoader.join(base, name);
          if (Files.isSymbolicLink(sub) && !sub.toRealPath().startsWith(boundary)) {
            // not looked into: the loader reports the link and reads nothing through it
            out.add(new Found(sub, display));
          } else if (Files.exists(
                  sub.resolve(ProjectLoader.EXPERIMENT_FILE), LinkOption.NOFOLLOW_LINKS)
              || hasMarkdown(sub)) {
            out.add(new Found(sub, display));
          }
        }
      }
    }
    return out;
  }

  private static boolean hasMarkdown(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(x -> x.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"));
    }
  }

  /**
   * How a project folder (or folder of projects) given on the command line is displayed in
   * findings: relative to the working folder when inside it, else its own name (findings reach the
   * public catalogue: no absolute path of this machine).
   */
  static String projectDisplay(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    if (abs.startsWith(cwd)) return display(p);
    Path name = abs.getFileName();
    return name == null ? "." : name.toString();
  }

  /** The path as the user would type it: relative to the working folder when inside it. */
  public static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return s.isEmpty() ? "." : s.replace('\\', '/');
  }
}

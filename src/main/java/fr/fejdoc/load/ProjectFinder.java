package fr.fejdoc.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into project folders: a folder holding experiment.yaml
 * is a project; any other folder is a folder of projects (its sub-folders with an experiment.yaml
 * or a Markdown file; hidden ones are skipped).
 */
public final class ProjectFinder {
  private ProjectFinder() {}

  /** A project folder and how to display it. */
  public record Found(Path dir, String display) {}

  public static List<Found> find(List<Path> paths) throws IOException {
    List<Found> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) throw new java.nio.file.NoSuchFileException(p.toString());
      if (Files.isRegularFile(p.resolve(ProjectLoader.EXPERIMENT_FILE))) {
        out.add(new Found(p, display(p)));
        continue;
      }
      try (Stream<Path> s = Files.list(p)) {
        for (Path sub : s.filter(Files::isDirectory).sorted().toList()) {
          String name = sub.getFileName().toString();
          if (name.startsWith(".") || name.startsWith("_")) continue;
          if (Files.isRegularFile(sub.resolve(ProjectLoader.EXPERIMENT_FILE)) || hasMarkdown(sub)) {
            out.add(new Found(sub, display(sub)));
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

  /** The path as the user would type it: relative to the working folder when inside it. */
  public static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return s.isEmpty() ? "." : s.replace('\\', '/');
  }
}

package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads one project folder: {@code experiment.yaml} and every Markdown document beside it. Each
 * file is read on its own, so a broken document never hides the others' findings.
 */
public final class ProjectLoader {
  public static final String EXPERIMENT_FILE = "experiment.yaml";

  private ProjectLoader() {}

  /** A loaded project and the findings of reading it. */
  public record Loaded(Project project, List<Finding> findings) {}

  /**
   * Reads {@code dir}; {@code display} is how paths are shown (relative to the working folder).
   * Only files whose real path is inside the folder's real path are read (see {@link
   * ProjectFiles}): a link leading out gives {@link Code#LINK_OUTSIDE} and nothing of its target.
   */
  /**
   * The project's name as {@link #load} gives it: its folder's name ({@code "fejdoc build ."}: the
   * working folder's name).
   */
  public static String name(Path dir, String display) {
    String name = dir.getFileName() == null ? display : dir.getFileName().toString();
    if (name.equals(".") || name.equals("..") || name.isEmpty()) {
      try {
        Path root = ProjectFiles.root(dir);
        if (root.getFileName() != null) name = root.getFileName().toString();
      } catch (IOException e) {
        // unreadable: load says why
      }
    }
    return name;
  }

  public static Loaded load(Path dir, String display) {
    List<Finding> findings = new ArrayList<>();
    String name = dir.getFileName() == null ? display : dir.getFileName().toString();
    Path root;
    try {
      if (ProjectFiles.linksOutOfParent(dir)) {
        // a folder of projects holding a link to a folder elsewhere: not read at all
        findings.add(Finding.of(Code.LINK_OUTSIDE, Loc.of(display), display));
        return new Loaded(new Project(name, dir, null, List.of()), findings);
      }
      root = ProjectFiles.root(dir);
      if ((name.equals(".") || name.equals("..") || name.isEmpty()) && root.getFileName() != null)
        name = root.getFileName().toString(); // "fejdoc build ." names the project by its folder
      Localized oversized = ProjectFiles.oversized(root);
      if (oversized != null) {
        findings.add(Finding.of(Code.PROJECT_TOO_LARGE, Loc.of(display), oversized));
        return new Loaded(new Project(name, dir, null, List.of()), findings);
      }
    } catch (IOException e) {
      findings.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              Loc.of(display),
              new Localized(IoMessages.french(e), IoMessages.english(e))));
      return new Loaded(new Project(name, dir, null, List.of()), findings);
    }

    String yamlFile = join(display, EXPERIMENT_FILE);
    Experiment experiment = null;
    Path yamlPath = readable(root, EXPERIMENT_FILE, display, Loc.of(yamlFile), findings);
    if (yamlPath == null) {
      if (findings.stream().noneMatch(f -> f.code() == Code.LINK_OUTSIDE))
        findings.add(Finding.of(Code.PROJECT_EMPTY, Loc.of(display), EXPERIMENT_FILE));
    } else {
      String text = TextFiles.read(yamlPath, yamlFile, findings);
      if (text != null) {
        YamlReader.Result yaml = YamlReader.read(text, yamlFile, 0);
        findings.addAll(yaml.findings());
        if (Reader.absent(yaml.root()) && yaml.findings().isEmpty()) {
          findings.add(Finding.of(Code.MISSING_FIELD, new Loc(yamlFile, 1, 1), "dossier"));
        }
        if (!Reader.absent(yaml.root())) {
          experiment = ExperimentLoader.load(yaml.root(), new Reader(yamlFile, findings));
        }
      }
    }

    List<Document> documents = new ArrayList<>();
    for (Path md : markdownFiles(dir, display, findings)) {
      String file = join(display, md.getFileName().toString());
      Path real = readable(root, md.getFileName().toString(), display, Loc.of(file), findings);
      if (real == null) continue;
      String text = TextFiles.read(real, file, findings);
      if (text == null) continue;
      Document d = DocumentLoader.load(text, md, file, findings);
      if (d != null) documents.add(d);
    }
    return new Loaded(new Project(name, dir, experiment, documents), findings);
  }

  /**
   * The real path of the regular file {@code relative} of the project, or null: absent (nothing
   * said), or a link leading out of the folder ({@link Code#LINK_OUTSIDE} at {@code loc}).
   */
  private static Path readable(
      Path root, String relative, String display, Loc loc, List<Finding> findings) {
    // tests of types, not a switch on them: each such switch makes a class the first time it runs
    // (SwitchBootstraps), milliseconds of every cold check
    ProjectFiles.Lookup found = ProjectFiles.lookup(root, relative);
    if (found instanceof ProjectFiles.Inside in)
      return Files.isRegularFile(in.real()) ? in.real() : null;
    if (found instanceof ProjectFiles.Link l)
      findings.add(Finding.of(Code.LINK_OUTSIDE, loc, join(display, l.link())));
    return null; // missing, or outside the folder
  }

  private static List<Path> markdownFiles(Path dir, String display, List<Finding> findings) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException io =
          e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
      findings.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              Loc.of(display),
              new Localized(IoMessages.french(io), IoMessages.english(io))));
      return List.of();
    }
  }

  /** A file of a project folder as displayed. */
  public static String join(String dir, String file) {
    if (dir.isEmpty() || dir.equals(".")) return file;
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }
}

package fr.fejdoc.load;

import fr.fejdoc.check.Code;
import fr.fejdoc.check.Finding;
import fr.fejdoc.check.Localized;
import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
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

  /** Reads {@code dir}; {@code display} is how paths are shown (relative to the working folder). */
  public static Loaded load(Path dir, String display) {
    List<Finding> findings = new ArrayList<>();
    String name = dir.getFileName() == null ? display : dir.getFileName().toString();
    Path yamlPath = dir.resolve(EXPERIMENT_FILE);
    String yamlFile = join(display, EXPERIMENT_FILE);
    Experiment experiment = null;
    if (!Files.isRegularFile(yamlPath)) {
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
      String text = TextFiles.read(md, file, findings);
      if (text == null) continue;
      Document d = DocumentLoader.load(text, md, file, findings);
      if (d != null) documents.add(d);
    }
    return new Loaded(new Project(name, dir, experiment, documents), findings);
  }

  private static List<Path> markdownFiles(Path dir, String display, List<Finding> findings) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      findings.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              Loc.of(display),
              new Localized(IoMessages.french(e), IoMessages.english(e))));
      return List.of();
    }
  }

  /** A file of a project folder as displayed. */
  public static String join(String dir, String file) {
    if (dir.isEmpty() || dir.equals(".")) return file;
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }
}

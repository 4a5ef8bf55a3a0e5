package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.html.HtmlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test helper: the HTML edition of the example projects, made the way {@code fejdoc build} makes it
 * (check, assemble, {@link HtmlWriter} with the project's folder as resources).
 */
final class Editions {
  /** The example projects (the surefire working folder is the repository root). */
  static final Path PROJECTS = Path.of("projects");

  /** The checked-in expected HTML: {@code golden/<project>/<document>.html}. */
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final Map<Path, List<Edition>> CACHE = new ConcurrentHashMap<>();

  private Editions() {}

  /** One written document: its project, its name (file stem) and its bytes. */
  record Edition(String project, String name, byte[] bytes) {
    String html() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The path of the file under an output or golden folder: {@code <project>/<name>.html}. */
    String file() {
      return project + "/" + name + ".html";
    }

    @Override
    public String toString() {
      return file();
    }
  }

  /**
   * The example project folders, sorted: every folder of {@code projects/} that holds an
   * experiment.yaml or a Markdown file, hidden ones and those starting with "_" excepted (what
   * {@code fejdoc build projects} finds).
   */
  static List<Path> exampleProjects() throws IOException {
    try (Stream<Path> s = Files.list(PROJECTS)) {
      List<Path> dirs =
          s.filter(Files::isDirectory)
              .filter(
                  d -> {
                    String n = d.getFileName().toString();
                    return !n.startsWith(".") && !n.startsWith("_");
                  })
              .filter(Editions::isProject)
              .sorted()
              .toList();
      assertThat(dirs).as("example projects in %s", PROJECTS.toAbsolutePath()).isNotEmpty();
      return dirs;
    }
  }

  private static boolean isProject(Path dir) {
    if (Files.isRegularFile(dir.resolve("experiment.yaml"))) return true;
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(f -> f.getFileName().toString().endsWith(".md"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Every document of every example project, in project then document order (cached). */
  static List<Edition> examples() throws Exception {
    List<Edition> all = new ArrayList<>();
    for (Path p : exampleProjects()) all.addAll(cached(p));
    return all;
  }

  /** One document of an example project, e.g. {@code example("AP1_027", "annexes")}. */
  static Edition example(String project, String name) throws Exception {
    List<Edition> docs = cached(PROJECTS.resolve(project));
    return docs.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no document "
                        + name
                        + " in "
                        + project
                        + "; documents: "
                        + docs.stream().map(Edition::name).toList()));
  }

  private static List<Edition> cached(Path dir) throws Exception {
    Path key = dir.toAbsolutePath().normalize();
    List<Edition> hit = CACHE.get(key);
    if (hit != null) return hit;
    List<Edition> docs = render(dir, true);
    CACHE.put(key, docs);
    return docs;
  }

  /**
   * Checks, assembles and writes every document of the project in {@code dir}. With {@code
   * requireClean}, a project with errors fails the test (fejdoc build would write nothing for it);
   * without, the documents are written all the same (to test the writer on hostile input).
   */
  static List<Edition> render(Path dir, boolean requireClean) throws Exception {
    String display = dir.toString().replace('\\', '/');
    Checker.Checked checked = fr.fejdoc.write.LayoutRule.checker().check(dir, display);
    if (requireClean) {
      List<Finding> errors =
          checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      assertThat(errors).as("check errors in %s", display).isEmpty();
    }
    List<Assembler.Assembled> docs = Assembler.assemble(checked.project());
    Resources resources = Resources.folder(dir);
    HtmlWriter writer = new HtmlWriter();
    List<Edition> out = new ArrayList<>();
    for (Assembler.Assembled a : docs) {
      out.add(new Edition(checked.project().name(), a.name(), writer.write(a.doc(), resources)));
    }
    assertThat(out.stream().map(Edition::name).collect(Collectors.toSet()))
        .as("document names of %s", display)
        .hasSize(out.size());
    return List.copyOf(out);
  }
}

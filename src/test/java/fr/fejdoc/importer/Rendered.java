package fr.fejdoc.importer;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.Project;
import fr.fejdoc.synth.SyntheticProjects;
import fr.fejdoc.write.LayoutRule;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Test helper for the importer: a project as fejdoc builds it (checked, assembled, written in a
 * format), the example projects, and synthetic projects written by {@link SyntheticProjects}.
 */
public final class Rendered {
  private Rendered() {}

  /** The example projects (surefire runs in the repository root), sorted. */
  public static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("projects"))) {
      return s.filter(d -> Files.isRegularFile(d.resolve("experiment.yaml"))).sorted().toList();
    }
  }

  /** The synthetic projects every importer test shares: written once per test JVM. */
  private static final int SHARED = 80;

  private static Path shared;
  private static int sharedCount;
  private static final Map<String, Map<String, byte[]>> DOCUMENTS = new ConcurrentHashMap<>();
  private static final Map<Path, Project> MODELS = new ConcurrentHashMap<>();

  /**
   * The first {@code count} of the synthetic projects (seed 2026), written once per test JVM in a
   * folder of their own ({@code dir} is not used: kept so callers need not change) and rendered
   * once per format, so the importer's tests do not build the same projects again and again.
   */
  public static synchronized List<Path> synthetic(Path dir, int count) throws IOException {
    if (shared == null || count > sharedCount) {
      Path d = Files.createTempDirectory("fejdoc-import-synth");
      sharedCount = Math.max(SHARED, count);
      SyntheticProjects.generate(d, sharedCount, 2026);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (Stream<Path> s = Files.walk(d)) {
                      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                      }
                    } catch (IOException e) {
                      // a temporary folder left behind: nothing else to do at exit
                    }
                  }));
      shared = d;
    }
    try (Stream<Path> s = Files.list(shared)) {
      List<Path> all = s.filter(Files::isDirectory).sorted().toList();
      return all.subList(0, Math.min(count, all.size()));
    }
  }

  /** The project as the checks load it (its model). */
  public static Project model(Path dir) {
    return MODELS.computeIfAbsent(
        dir.toAbsolutePath().normalize(),
        d -> LayoutRule.checker().check(dir, dir.getFileName().toString()).project());
  }

  /** Every document of the project in {@code format} ("docx", "pdf", "html"): name to bytes. */
  public static Map<String, byte[]> documents(Path dir, String format) throws Exception {
    String key = dir.toAbsolutePath().normalize() + "|" + format;
    Map<String, byte[]> hit = DOCUMENTS.get(key);
    if (hit != null) return hit;
    Checker.Checked checked = LayoutRule.checker().check(dir, dir.getFileName().toString());
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
      out.put(a.name(), Writers.all().get(format).write(a.doc(), Resources.folder(dir)));
    }
    Map<String, byte[]> done = java.util.Collections.unmodifiableMap(out);
    DOCUMENTS.put(key, done);
    return done;
  }

  /** The sources of every document of the project in {@code format}. */
  public static List<Source> sources(Path dir, String format) throws Exception {
    List<Source> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : documents(dir, format).entrySet()) {
      out.add(Sources.read(e.getValue(), e.getKey() + "." + format));
    }
    return out;
  }

  /**
   * Writes the drafts of one imported project into {@code dir} (created) as fejdoc importer writes
   * it, without the command's atomic move: experiment.yaml, the documents, the pictures.
   */
  public static Path write(List<Draft> drafts, Path dir) throws IOException {
    ProjectDraft.Files files = ProjectDraft.files(drafts, "schema.json", null);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files.texts().entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, byte[]> f : files.pictures().entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    return dir;
  }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Writes {@code count} synthetic projects (seed 2026) under {@code dir}; their folders. */
  public static List<Path> synthetic(Path dir, int count) throws IOException {
    SyntheticProjects.generate(dir, count, 2026);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** The project as the checks load it (its model). */
  public static Project model(Path dir) {
    return LayoutRule.checker().check(dir, dir.getFileName().toString()).project();
  }

  /** Every document of the project in {@code format} ("docx", "pdf", "html"): name to bytes. */
  public static Map<String, byte[]> documents(Path dir, String format) throws Exception {
    Checker.Checked checked = LayoutRule.checker().check(dir, dir.getFileName().toString());
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
      out.put(a.name(), Writers.all().get(format).write(a.doc(), Resources.folder(dir)));
    }
    return out;
  }

  /** The sources of every document of the project in {@code format}. */
  public static List<Source> sources(Path dir, String format) throws Exception {
    List<Source> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : documents(dir, format).entrySet()) {
      out.add(Sources.read(e.getValue(), e.getKey() + "." + format));
    }
    return out;
  }
}

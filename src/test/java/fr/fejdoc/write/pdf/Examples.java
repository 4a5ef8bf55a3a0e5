package fr.fejdoc.write.pdf;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.write.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example projects of projects/, checked and assembled once. */
final class Examples {
  /** One assembled document of an example project. */
  record Example(String project, Path dir, Assembler.Assembled doc) {
    Resources resources() {
      return Resources.folder(dir);
    }

    @Override
    public String toString() {
      return project + "/" + doc.name();
    }
  }

  static final Path PROJECTS = Path.of("projects");

  private static List<Example> all;

  private Examples() {}

  static synchronized List<Example> all() {
    if (all != null) return all;
    List<Example> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(PROJECTS)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Checker.Checked checked = fr.fejdoc.write.LayoutRule.checker().check(dir, dir.toString());
        for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
          out.add(new Example(dir.getFileName().toString(), dir, a));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    all = List.copyOf(out);
    return all;
  }

  static Example get(String project, String docPrefix) {
    return all().stream()
        .filter(e -> e.project().equals(project) && e.doc().name().startsWith(docPrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no example " + project + "/" + docPrefix));
  }
}

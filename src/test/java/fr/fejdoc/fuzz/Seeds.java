package fr.fejdoc.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seed inputs read from the repository itself, so that they follow the examples and the bad-input
 * corpus as those change: the example projects ({@code projects/}) and the bad-input corpus ({@code
 * src/test/resources/badinput}). Jazzer runs them as regression inputs in every build and mutates
 * them when fuzzing. Paths are relative to the project root (Maven's working folder).
 */
final class Seeds {
  static final Path PROJECTS = Path.of("projects");
  static final Path BAD_INPUT = Path.of("src", "test", "resources", "badinput");

  /** Markup as the default templates render it for the examples, and every element once. */
  static final Path MARKUP =
      Path.of("src", "test", "resources", "fr", "fejdoc", "fuzz", "seeds", "markup");

  /** The line that separates experiment.yaml from the document in a whole-project input. */
  static final String DOCUMENT_LINE = "%%% ";

  private Seeds() {}

  /** Every experiment.yaml of the examples and of the bad-input corpus. */
  static Stream<Arguments> experiments() {
    return named(files("experiment.yaml"));
  }

  /** Every Markdown document of the examples and of the bad-input corpus. */
  static Stream<Arguments> documents() {
    return named(files(".md"));
  }

  /** The markup seeds ({@link #MARKUP}). */
  static Stream<Arguments> markups() {
    return named(list(MARKUP));
  }

  /**
   * The short markup seeds (at most 4 KB: every element once, a fiche synthétique, short annexes),
   * for the target that writes every format: mutating long documents would cost seconds an input.
   */
  static Stream<Arguments> shortMarkups() {
    return named(list(MARKUP).stream().filter(p -> size(p) <= 4096).toList());
  }

  /**
   * Each example project (and the bad-input corpus's valid base) as one whole-project input per
   * document: experiment.yaml, a {@link #DOCUMENT_LINE} naming the document, the document.
   */
  static Stream<Arguments> projects() {
    List<Arguments> out = new ArrayList<>();
    List<Path> dirs = new ArrayList<>(list(PROJECTS).stream().filter(Files::isDirectory).toList());
    dirs.add(BAD_INPUT.resolve("base"));
    for (Path dir : dirs) {
      Path yaml = dir.resolve("experiment.yaml");
      if (!Files.isRegularFile(yaml)) continue;
      for (Path md : list(dir)) {
        if (!md.getFileName().toString().endsWith(".md")) continue;
        String input = read(yaml) + "\n" + DOCUMENT_LINE + md.getFileName() + "\n" + read(md);
        out.add(
            Arguments.of(
                Named.of(
                    dir.getFileName() + "/" + md.getFileName(),
                    input.getBytes(StandardCharsets.UTF_8))));
      }
    }
    return out.stream();
  }

  /** Files of the examples and of the bad-input corpus whose name ends with {@code suffix}. */
  private static List<Path> files(String suffix) {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(PROJECTS, BAD_INPUT)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) throw new IllegalStateException("no seed *" + suffix + " found");
    return out;
  }

  private static Stream<Arguments> named(List<Path> files) {
    return files.stream()
        .map(
            p -> {
              try {
                return Arguments.of(Named.of(p.toString(), Files.readAllBytes(p)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

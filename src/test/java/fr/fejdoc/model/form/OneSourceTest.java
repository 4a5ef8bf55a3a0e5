package fr.fejdoc.model.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The forms' wording is typed once, in {@link FormRegistry}: no other main source builds a plan
 * item, and the tables that used to hold copies of it are gone.
 */
class OneSourceTest {
  private static final Path MAIN = Path.of("src/main/java/fr/fejdoc");
  private static final Path REGISTRY = MAIN.resolve("model/form");

  /** Main sources outside the registry, with their text. */
  private static List<Path> others() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(REGISTRY))
          .toList();
    }
  }

  /** The files of {@code files} whose text contains {@code needle}. */
  static List<String> containing(List<Path> files, String needle) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files) if (Files.readString(f).contains(needle)) out.add(f.toString());
    return out;
  }

  @Test
  void onlyTheRegistryWritesAFormsPlan() throws IOException {
    List<Path> others = others();
    assertThat(others).hasSizeGreaterThan(100);
    assertThat(containing(others, "new Item(")).isEmpty();
    assertThat(containing(others, "new FormPlan.Item(")).isEmpty();
    assertThat(containing(others, "\"Rappel des objectifs")).isEmpty();
    assertThat(containing(others, "\"Bénéficiaires indirects\"")).isEmpty();
  }

  @Test
  void theOldTablesAreGone() {
    assertThat(MAIN.resolve("document/assemble/FormLabels.java")).doesNotExist();
  }

  @Test
  void theSearchCanFail() throws IOException {
    List<Path> registry;
    try (Stream<Path> s = Files.walk(REGISTRY)) {
      registry = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(containing(registry, "\"Bénéficiaires indirects\"")).isNotEmpty();
  }
}

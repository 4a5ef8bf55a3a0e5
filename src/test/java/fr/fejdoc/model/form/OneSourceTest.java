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

  /** Same words, other meaning: the catalogue's column of an experiment's regions. */
  private static final List<String> COINCIDENCES = List.of("Région(s)");

  /**
   * Lists whose words the templates also print as fixed texts (page headers name the fund and the
   * form); the Java sources still may not copy them.
   */
  private static final List<ClosedList> TEMPLATE_TEXTS =
      List.of(FormRegistry.FORMS, FormRegistry.FUNDING_CATEGORIES);

  /**
   * No other main source or template types a label of a closed list (as a Java string literal, or
   * as text of a template): the documents, checks, reference and catalogue read it from the
   * registry. The synthetic projects (package synth) are left out: they write what holders type,
   * and holders repeat the form's words.
   */
  @Test
  void noOtherSourceTypesALabelOfAClosedList() throws IOException {
    List<Path> others =
        others().stream().filter(p -> !p.startsWith(MAIN.resolve("synth"))).toList();
    List<Path> templates;
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      templates = s.filter(p -> p.toString().endsWith(".ftlx")).toList();
    }
    assertThat(templates).isNotEmpty();
    List<String> copies = new ArrayList<>();
    for (ClosedList list : FormRegistry.lists()) {
      for (Entry e : list.entries()) {
        for (String label : new java.util.LinkedHashSet<>(List.of(e.label(), e.shortLabel()))) {
          if (COINCIDENCES.contains(label)) continue;
          for (String f : containing(others, "\"" + label + "\"")) {
            copies.add(list.name() + "." + e.key() + " « " + label + " » in " + f);
          }
          if (label.length() < 12 || TEMPLATE_TEXTS.contains(list)) continue;
          for (String f : containing(templates, label)) {
            copies.add(list.name() + "." + e.key() + " « " + label + " » in " + f);
          }
        }
      }
    }
    assertThat(copies).isEmpty();
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

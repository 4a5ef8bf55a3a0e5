package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files of {@code fejdoc nouveau} against the registry and the form: every key of {@link Keys}
 * is written (and nothing else), each after its hint; every part of the plan is a heading, in
 * order; the YAML validates against the generated schemas. A key or a part added to the registry or
 * the plan must appear here without touching {@link ProjectTemplate}.
 */
class ProjectTemplateTest {

  /** Every key path of a described tree: {@code a.b}, {@code a[].b} inside a list of blocks. */
  private static Set<String> registry(KeySpec block, String prefix, Set<String> out) {
    for (KeySpec k : block.children()) {
      String path = prefix + k.name();
      out.add(path);
      registry(k, path + (k.kind() == KeySpec.Kind.BLOCK_LIST ? "[]." : "."), out);
    }
    return out;
  }

  /** Every key path written in a YAML text, read as an editor reads it. */
  private static Set<String> written(String yaml) {
    Object root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return written(root, "", new LinkedHashSet<>());
  }

  private static Set<String> written(Object node, String prefix, Set<String> out) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String path = prefix + e.getKey();
        out.add(path);
        Object v = e.getValue();
        if (v instanceof List<?> l) {
          assertThat(l).as("the list %s holds one item to copy", path).hasSize(1);
          written(l.get(0), path + "[].", out);
        } else {
          written(v, path + ".", out);
        }
      }
    }
    return out;
  }

  private static String frontMatter(String document) {
    List<String> lines = Arrays.asList(document.split("\n", -1));
    int close = DocumentLoader.frontMatterEnd(lines);
    assertThat(close).isPositive();
    return String.join("\n", lines.subList(1, close));
  }

  private static String body(String document) {
    List<String> lines = Arrays.asList(document.split("\n", -1));
    return String.join("\n", lines.subList(DocumentLoader.frontMatterEnd(lines) + 1, lines.size()));
  }

  @Test
  void experimentYamlWritesEveryKeyOfTheRegistryAndNothingElse() {
    String yaml = ProjectTemplate.experiment("../../schemas/experiment.schema.json", null);
    Set<String> expected = registry(Keys.experimentSpec(), "", new LinkedHashSet<>());
    assertThat(expected).hasSizeGreaterThan(300); // the whole registry, budget included
    assertThat(written(yaml)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(yaml)
        .startsWith("# yaml-language-server: $schema=../../schemas/experiment.schema.json\n");
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void frontMatterWritesEveryKeyOfItsRegistry(DocumentKind kind) {
    String doc = ProjectTemplate.document(kind, null);
    Set<String> expected = registry(Keys.documentSpec(kind.key()), "", new LinkedHashSet<>());
    assertThat(written(frontMatter(doc))).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Each key's line follows comment lines holding its description and, when given, example. */
  @Test
  void everyKeyComesAfterItsFrenchHint() {
    String yaml = ProjectTemplate.experiment("schemas/experiment.schema.json", null);
    List<String> lines = yaml.lines().toList();
    int checked = 0;
    for (KeySpec top : Keys.experimentSpec().children()) {
      for (KeySpec k : List.of(top)) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith(KeyReference.quoted(k.name()) + ":")) at = i;
        }
        assertThat(at).as(k.name()).isPositive();
        StringBuilder hint = new StringBuilder();
        for (int i = at - 1; i >= 0 && lines.get(i).startsWith("#"); i--) {
          hint.insert(0, lines.get(i).substring(1).strip() + " ");
        }
        String firstWords = k.description().split("\\s+")[0];
        assertThat(hint.toString()).as(k.name()).contains(firstWords);
        if (!k.example().isEmpty()) {
          assertThat(hint.toString().replaceAll("\\s+", " "))
              .as(k.name())
              .contains("Exemple : " + k.example().replaceAll("\\s+", " "));
        }
        if (!k.values().isEmpty()) assertThat(hint.toString()).contains("Valeurs :");
        if (k.required()) assertThat(hint.toString()).contains("Obligatoire");
        checked++;
      }
    }
    assertThat(checked).isEqualTo(Keys.experimentSpec().children().size());
    for (String line : lines) assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyPartOfTheFormIsAHeadingInOrderWithAHintThatIsAComment(DocumentKind kind) {
    String doc = ProjectTemplate.document(kind, null);
    List<String> body = body(doc).lines().toList();
    List<Headings.Heading> headings = Headings.find(body);
    List<FormPlan.Item> plan = FormPlan.of(kind).items();
    assertThat(headings.stream().map(Headings.Heading::id).toList())
        .containsExactlyElementsOf(plan.stream().map(FormPlan.Item::id).toList());
    for (int i = 0; i < plan.size(); i++) {
      FormPlan.Item item = plan.get(i);
      assertThat(Headings.normalize(headings.get(i).title()))
          .isEqualTo(Headings.normalize(item.title()));
      assertThat(body.get(headings.get(i).line()))
          .startsWith("# " + (item.number().isEmpty() ? "" : item.number() + " ") + item.title());
    }
    // under each heading: only a comment (the hint), naming the part
    String text = body(doc);
    String[] parts = text.split("(?m)^# .*$");
    assertThat(parts).hasSize(plan.size() + 1);
    for (int i = 1; i < parts.length; i++) {
      String under = parts[i].strip();
      assertThat(under).startsWith("<!--").endsWith("-->");
      assertThat(under.substring(4, under.length() - 3)).doesNotContain("--").doesNotContain("<");
      assertThat(under.replaceAll("\\s+", " ")).contains(plan.get(i - 1).title());
    }
  }

  @Test
  void aNoteDatedGetsItsDateAndItsFileName() {
    LocalDate d = LocalDate.of(2010, 12, 31);
    assertThat(ProjectTemplate.documentFile(DocumentKind.NOTE_ETAPE, d))
        .isEqualTo("note-etape-2010-12-31.md");
    assertThat(ProjectTemplate.documentFile(DocumentKind.NOTE_ETAPE, null))
        .isEqualTo("note-etape.md");
    assertThat(frontMatter(ProjectTemplate.document(DocumentKind.NOTE_ETAPE, d)))
        .contains("\nau: 2010-12-31\n")
        .contains("\ndocument: note_etape\n");
    assertThat(frontMatter(ProjectTemplate.document(DocumentKind.NOTE_ETAPE, null)))
        .contains("\nau:\n");
  }

  @Test
  void theWrittenYamlValidatesAgainstTheSchemas() {
    JsonNode experiment = KeySchemaTest.json(ProjectTemplate.experiment("x", "AP1_027"));
    assertThat(KeySchemaTest.validator(KeySchema.EXPERIMENT_FILE).validate(experiment)).isEmpty();
    assertThat(experiment.path("dossier").asText()).isEqualTo("AP1_027");
    for (DocumentKind kind : DocumentKind.values()) {
      for (LocalDate d : new LocalDate[] {null, LocalDate.of(2011, 6, 30)}) {
        if (d != null && kind != DocumentKind.NOTE_ETAPE) continue;
        JsonNode fm = KeySchemaTest.json(frontMatter(ProjectTemplate.document(kind, d)));
        assertThat(KeySchemaTest.validator(KeySchema.documentFile(kind.key())).validate(fm))
            .as(kind.key())
            .isEmpty();
      }
    }
    // and a misspelt key in the same file is flagged by the same schema (the check can fail)
    String typo = ProjectTemplate.experiment("x", null).replace("\ntitre:", "\ntitr:");
    assertThat(
            KeySchemaTest.validator(KeySchema.EXPERIMENT_FILE).validate(KeySchemaTest.json(typo)))
        .isNotEmpty();
  }

  @Test
  void everyKindOfDocumentHasACommandLineName() {
    List<DocumentKind> named = new ArrayList<>(ProjectTemplate.DOCUMENTS.values());
    assertThat(named).containsExactlyInAnyOrder(DocumentKind.values());
  }
}

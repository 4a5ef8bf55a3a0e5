package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The generated JSON Schemas, read by a standard validator (networknt, draft 2020-12): every
 * example project's experiment.yaml and every document's front matter validate; a misspelt key, a
 * wrong value of a closed list and a missing required key are rejected.
 */
class KeySchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  static JsonSchema validator(String file) {
    return schema(file);
  }

  private static JsonSchema schema(String file) {
    return FACTORY.getSchema(KeySchema.all().get(file));
  }

  /** YAML as the editor's language server reads it (YAML 1.2, keys as strings), as JSON. */
  static JsonNode json(String yaml) {
    Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return JSON.valueToTree(stringKeys(value));
  }

  private static Object stringKeys(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), stringKeys(x)));
      return out;
    }
    if (v instanceof List<?> l) return l.stream().map(KeySchemaTest::stringKeys).toList();
    return v;
  }

  private static List<Path> projects() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("projects"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("experiment.yaml"))).sorted().toList();
    }
  }

  @Test
  void everyExampleExperimentValidates() throws IOException {
    JsonSchema schema = schema(KeySchema.EXPERIMENT_FILE);
    List<Path> projects = projects();
    assertThat(projects).hasSizeGreaterThanOrEqualTo(4);
    for (Path p : projects) {
      String yaml = Files.readString(p.resolve("experiment.yaml"), StandardCharsets.UTF_8);
      assertThat(schema.validate(json(yaml))).as(p.toString()).isEmpty();
    }
  }

  @Test
  void everyExampleDocumentsFrontMatterValidates() throws IOException {
    int seen = 0;
    for (Path p : projects()) {
      List<Path> docs;
      try (Stream<Path> s = Files.list(p)) {
        docs = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      }
      for (Path doc : docs) {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        int close = DocumentLoader.frontMatterEnd(lines);
        if (close < 0) continue;
        JsonNode fm = json(String.join("\n", lines.subList(1, close)));
        String kind = fm.path("document").asText();
        Set<ValidationMessage> errors = schema(KeySchema.documentFile(kind)).validate(fm);
        assertThat(errors).as(doc.toString()).isEmpty();
        seen++;
      }
    }
    assertThat(seen).isGreaterThanOrEqualTo(4);
  }

  /**
   * Editors' YAML servers (VS Code's YAML extension included) read draft-07 keywords and only part
   * of 2020-12: the schemas keep to the keywords both drafts read the same way.
   */
  @Test
  void schemasUseOnlyKeywordsDraft07EditorsUnderstand() {
    List<String> later =
        List.of(
            "prefixItems",
            "$defs",
            "unevaluated",
            "dependentRequired",
            "dependentSchemas",
            "$dynamicRef",
            "$anchor",
            "\"items\": [",
            "\"$ref\"");
    KeySchema.all()
        .forEach(
            (name, json) -> {
              for (String keyword : later) assertThat(json).as(name).doesNotContain(keyword);
              assertThat(json)
                  .as(name)
                  .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
            });
  }

  @Test
  void aMisspeltKeyIsRejected() {
    JsonSchema schema = schema(KeySchema.EXPERIMENT_FILE);
    String ok = minimal("");
    assertThat(schema.validate(json(ok))).isEmpty();
    Set<ValidationMessage> top = schema.validate(json(ok + "titr: Faute\n"));
    assertThat(messages(top)).anyMatch(m -> m.contains("titr"));
    Set<ValidationMessage> deep =
        schema.validate(
            json(ok + "beneficiaires:\n  jeunes:\n    sexe:\n      fille: {entre: 3}\n"));
    assertThat(messages(deep)).anyMatch(m -> m.contains("fille"));
  }

  @Test
  void aWrongValueOfAClosedListIsRejected() {
    JsonSchema schema = schema(KeySchema.EXPERIMENT_FILE);
    assertThat(
            schema.validate(
                json(minimal("") + "beneficiaires:\n  suivi_mission_locale: {prevu: toutes}\n")))
        .isNotEmpty();
    assertThat(
            schema.validate(json(minimal("") + "outils:\n  - {nom: Guide, format: numerique}\n")))
        .isNotEmpty();
    assertThat(
            schema.validate(
                json(
                    minimal("")
                        + "beneficiaires:\n  echelle: {realise: [departementale, monde]}\n")))
        .isNotEmpty();
    assertThat(
            schema.validate(
                json(
                    minimal("")
                        + "beneficiaires:\n  echelle: {realise: [departementale, regionale]}\n")))
        .isEmpty();
  }

  @Test
  void aMissingRequiredKeyIsRejected() {
    JsonSchema schema = schema(KeySchema.EXPERIMENT_FILE);
    String noTitle = minimal("").replace("titre: Essai\n", "");
    assertThat(messages(schema.validate(json(noTitle)))).anyMatch(m -> m.contains("titre"));
  }

  @Test
  void frontMatterSchemasRejectAnotherDocumentsKey() {
    JsonSchema note = schema(KeySchema.documentFile("note_etape"));
    assertThat(note.validate(json("document: note_etape\nau: 2010-12-31\n"))).isEmpty();
    assertThat(note.validate(json("document: note_etape\nau: 2010-12-31\nchapeau: x\n")))
        .isNotEmpty();
    assertThat(note.validate(json("document: note_etap\nau: 2010-12-31\n"))).isNotEmpty();
  }

  private static String minimal(String more) {
    return "dossier: AP1_001\n"
        + "titre: Essai\n"
        + "porteur: {nom: Mission Locale}\n"
        + "calendrier: {demarrage: 2010-01}\n"
        + more;
  }

  private static List<String> messages(Set<ValidationMessage> set) {
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : set) out.add(m.getMessage());
    return out;
  }
}

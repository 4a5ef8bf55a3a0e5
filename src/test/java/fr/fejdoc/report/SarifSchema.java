package fr.fejdoc.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, errata 01: src/test/resources/sarif, see its
 * README), read by a standard validator (networknt, draft-04, formats asserted): what SARIF tests
 * validate against.
 */
public final class SarifSchema {
  private SarifSchema() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      if (in == null) throw new IllegalStateException("missing /sarif/sarif-schema-2.1.0.json");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON text, parsed strictly. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** What the schema says is wrong with {@code json}: empty when it is a valid SARIF 2.1.0 log. */
  public static List<String> errors(String json) {
    return SCHEMA.validate(parse(json)).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }
}

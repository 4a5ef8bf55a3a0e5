package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's open data as French portals expect it: datapackage.json and the Table Schema
 * (experiences.schema.json) valid against the Frictionless profiles (src/test/resources/opendata),
 * the Licence Ouverte 2.0 declared, the metadata schema.data.gouv.fr asks of a schema, a CSV in
 * UTF-8 with commas whose every cell is of its column's type, and the validation able to fail.
 */
class OpenDataTest {
  @TempDir static Path tmp;
  static Path site;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() throws IOException {
    site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
  }

  private static JsonSchema profile(String name) throws IOException {
    try (InputStream in = OpenDataTest.class.getResourceAsStream("/opendata/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
    }
  }

  private static JsonNode read(String file) throws IOException {
    return JSON.readTree(Files.readAllBytes(site.resolve(file)));
  }

  @Test
  void theDataPackageAndTheTableSchemaAreValidAndTheValidationCanFail() throws IOException {
    JsonNode dp = read(CatalogueData.DATAPACKAGE);
    JsonNode schema = read(CatalogueData.SCHEMA);
    assertThat(profile("datapackage.json").validate(dp)).isEmpty();
    assertThat(profile("tableschema.json").validate(schema)).isEmpty();
    // a field of an unknown type, a package without resources: refused
    JsonNode broken =
        JSON.readTree(
            new String(
                    Files.readAllBytes(site.resolve(CatalogueData.SCHEMA)), StandardCharsets.UTF_8)
                .replaceFirst("\"type\": \"integer\"", "\"type\": \"entier\""));
    assertThat(profile("tableschema.json").validate(broken)).isNotEmpty();
    assertThat(profile("datapackage.json").validate(JSON.readTree("{\"name\": \"x\"}")))
        .isNotEmpty();
  }

  @Test
  void theLicenceIsTheLicenceOuverteAndTheSchemaCarriesWhatSchemaDataGouvFrAsks()
      throws IOException {
    for (String file : List.of(CatalogueData.DATAPACKAGE, CatalogueData.SCHEMA)) {
      JsonNode licence = read(file).get("licenses").get(0);
      assertThat(licence.get("name").asText()).as(file).isEqualTo("etalab-2.0");
      assertThat(licence.get("title").asText()).contains("Licence Ouverte", "2.0");
    }
    JsonNode schema = read(CatalogueData.SCHEMA);
    for (String key :
        List.of(
            "$schema",
            "name",
            "title",
            "description",
            "countryCode",
            "version",
            "created",
            "lastModified",
            "contributors",
            "fields",
            "missingValues",
            "primaryKey")) assertThat(schema.has(key)).as(key).isTrue();
    assertThat(schema.get("countryCode").asText()).isEqualTo("FR");
    for (JsonNode f : schema.get("fields")) {
      assertThat(f.get("title").asText()).as(f.toString()).isNotBlank();
      assertThat(f.get("description").asText()).as(f.toString()).isNotBlank();
      assertThat(f.has("example")).as(f.toString()).isTrue();
      assertThat(cellFits(f, f.get("example").asText())).as(f.toString()).isTrue();
    }
    // the data package refers to this schema for its CSV, which is UTF-8 with commas
    JsonNode csv = read(CatalogueData.DATAPACKAGE).get("resources").get(0);
    assertThat(csv.get("path").asText()).isEqualTo(CatalogueData.CSV);
    assertThat(csv.get("schema").asText()).isEqualTo(CatalogueData.SCHEMA);
    assertThat(csv.get("encoding").asText()).isEqualTo("utf-8");
    assertThat(csv.get("dialect").get("delimiter").asText()).isEqualTo(",");
  }

  @Test
  void everyCellOfTheCsvIsOfItsColumnsTypeAndConstraints() throws IOException {
    JsonNode schema = read(CatalogueData.SCHEMA);
    String text =
        new String(Files.readAllBytes(site.resolve(CatalogueData.CSV)), StandardCharsets.UTF_8);
    assertThat(text).doesNotStartWith("\uFEFF"); // UTF-8 without a byte-order mark
    Map<String, Map<String, String>> rows = CatalogueFixtures.csvByProject(text);
    assertThat(rows).isNotEmpty();
    Set<String> keys = new HashSet<>();
    for (Map<String, String> row : rows.values()) {
      for (JsonNode f : schema.get("fields")) {
        String v = row.get(f.get("name").asText());
        assertThat(v).as(f.get("name").asText()).isNotNull();
        assertThat(cellFits(f, v)).as(f.get("name").asText() + " = " + v).isTrue();
      }
      assertThat(keys.add(row.get("projet"))).as("unique projet").isTrue();
    }
    // the check itself fails on a wrong cell
    JsonNode integer = null;
    for (JsonNode f : schema.get("fields"))
      if (f.get("type").asText().equals("integer")) integer = f;
    assertThat(cellFits(integer, "12,5")).isFalse();
  }

  /** Whether {@code v} is a valid cell of field {@code f} (types and constraints used here). */
  private static boolean cellFits(JsonNode f, String v) {
    JsonNode c = f.get("constraints");
    if (v.isEmpty()) return c == null || !c.path("required").asBoolean(false);
    try {
      switch (f.get("type").asText()) {
        case "integer" -> {
          long n = Long.parseLong(v);
          if (c != null && c.has("minimum") && n < c.get("minimum").asLong()) return false;
        }
        case "number" -> new BigDecimal(v);
        case "string" -> {
          if (c != null && c.has("pattern") && !v.matches(c.get("pattern").asText())) return false;
        }
        default -> {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

package fr.fejdoc.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Schemas (draft 2020-12) of experiment.yaml and of each document's front matter,
 * from the described registry of {@link Keys}: editors that read them (VS Code's YAML extension,
 * through the {@code # yaml-language-server: $schema=...} line) complete keys and flag unknown keys
 * and values as the holder types. The schemas accept what the reader accepts (any key may be null,
 * a count may be written "1 200"); the reader stays the judge of values. KeySchemaTest fails when
 * the committed files under schemas/ differ.
 */
public final class KeySchema {
  private KeySchema() {}

  /** The file name of the schema of experiment.yaml, under schemas/. */
  public static final String EXPERIMENT_FILE = "experiment.schema.json";

  /** The file name of the schema of one kind of document's front matter, under schemas/. */
  public static String documentFile(String kind) {
    return kind.replace('_', '-') + ".schema.json";
  }

  /** Every schema, by file name (under schemas/), as JSON text. */
  public static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(
        EXPERIMENT_FILE,
        json(
            root(
                Keys.experimentSpec(),
                "experiment.yaml",
                "Les faits d'une expérimentation du FEJ (fejdoc). Référence :"
                    + " docs/reference-cles.md.")));
    for (String kind : KeyReference.DOCUMENTS) {
      out.put(
          documentFile(kind),
          json(
              root(
                  Keys.documentSpec(kind),
                  "En-tête " + kind,
                  "L'en-tête YAML d'un document "
                      + kind
                      + " (fejdoc). Référence :"
                      + " docs/reference-cles.md.")));
    }
    return out;
  }

  private static Map<String, Object> root(KeySpec spec, String title, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("title", title);
    s.put("description", description);
    s.put("type", "object");
    object(s, spec);
    return s;
  }

  private static Map<String, Object> schema(KeySpec k) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", describe(k));
    switch (k.kind()) {
      case TEXT, MARKDOWN -> s.put("type", List.of("string", "number", "boolean", "null"));
      case DATE, DURATION -> s.put("type", List.of("string", "integer", "null"));
      case COUNT, PLANNED -> {
        s.put("type", List.of("integer", "string", "null"));
        s.put("minimum", 0);
      }
      case AMOUNT, MONEY_CELL, PERCENT, ETP -> {
        s.put("type", List.of("number", "string", "null"));
        s.put("minimum", 0);
      }
      case BOOLEAN -> s.put("enum", withNull(true, false, "oui", "non", "yes", "no"));
      case CHOICE -> s.put("enum", withNull(k.values().toArray()));
      case CHOICES -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("enum", k.values());
        s.put(
            "anyOf",
            List.of(
                Map.of("type", "array", "items", one),
                Map.of("enum", withNull(k.values().toArray()))));
      }
      case TEXTS -> {
        s.put("type", List.of("array", "string", "null"));
        s.put("items", Map.of("type", List.of("string", "number", "boolean", "null")));
      }
      case COUNTS_PER_PERIOD -> {
        s.put("type", List.of("array", "null"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", List.of("integer", "string", "null"));
        item.put("minimum", 0);
        s.put("items", item);
      }
      case FREE_COUNTS -> {
        s.put("type", List.of("object", "null"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", List.of("integer", "string", "null"));
        item.put("minimum", 0);
        s.put("additionalProperties", item);
      }
      case BLOCK -> {
        s.put("type", List.of("object", "null"));
        object(s, k);
      }
      case BLOCK_LIST -> {
        s.put("type", List.of("array", "null"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "object");
        object(item, k);
        s.put("items", item);
      }
      case COUNT_ROW -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", List.of("object", "null"));
        object(row, k);
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("type", List.of("integer", "string"));
        count.put("minimum", 0);
        s.put("anyOf", List.of(row, count));
      }
      case PERIODS -> {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("type", List.of("array", "string", "null"));
        labels.put("items", Map.of("type", List.of("string", "number")));
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("type", "object");
        object(named, k);
        s.put("anyOf", List.of(labels, named));
      }
    }
    return s;
  }

  private static void object(Map<String, Object> s, KeySpec k) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (KeySpec c : k.children()) {
      properties.put(c.name(), schema(c));
      if (c.required()) required.add(c.name());
    }
    s.put("properties", properties);
    if (!required.isEmpty()) s.put("required", required);
    s.put("additionalProperties", false);
  }

  private static List<Object> withNull(Object... values) {
    List<Object> out = new ArrayList<>(List.of(values));
    out.add(null);
    return out;
  }

  private static String describe(KeySpec k) {
    StringBuilder b = new StringBuilder(k.description());
    if (!k.cell().isEmpty()) b.append(" Case : ").append(k.cell()).append('.');
    if (!k.example().isEmpty()) b.append(" Exemple : ").append(k.example());
    return b.toString();
  }

  // ---- a small, stable JSON writer (two-space indent, keys in insertion order) ----

  static String json(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, "");
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object v, String indent) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Boolean || v instanceof Number) {
      out.append(v);
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<?, ?> e : sorted(m)) {
        out.append(inner);
        string(out, (String) e.getKey());
        out.append(": ");
        write(out, e.getValue(), inner);
        out.append(++i < m.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (v instanceof List<?> l) {
      boolean flat = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
      if (flat) {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) out.append(", ");
          write(out, l.get(i), indent);
        }
        out.append(']');
        return;
      }
      out.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < l.size(); i++) {
        out.append(inner);
        write(out, l.get(i), inner);
        out.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      throw new IllegalArgumentException(v.getClass().getSimpleName());
    }
  }

  /** Entries in insertion order, except Map.of maps, whose order is not stable: sorted. */
  private static List<? extends Map.Entry<?, ?>> sorted(Map<?, ?> m) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
    if (!(m instanceof LinkedHashMap)) {
      entries.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
    }
    return entries;
  }

  private static void string(StringBuilder out, String s) {
    out.append(fr.fejdoc.text.Json.string(s));
  }
}

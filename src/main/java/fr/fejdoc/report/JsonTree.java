package fr.fejdoc.report;

import fr.fejdoc.text.Json;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (in their own order), lists, strings, numbers and booleans as indented
 * JSON, strings escaped by {@link Json}: the shape of the SARIF and code-quality reports, whose
 * nesting a hand-written builder would get wrong. The same tree gives the same bytes.
 */
final class JsonTree {
  private JsonTree() {}

  static String write(Object value) {
    StringBuilder b = new StringBuilder(8192);
    write(b, value, 0);
    return b.toString();
  }

  private static void write(StringBuilder b, Object v, int depth) {
    switch (v) {
      case null -> b.append("null");
      case String s -> b.append(Json.string(s));
      case Boolean x -> b.append(x.booleanValue());
      case Integer x -> b.append(x.intValue());
      case Long x -> b.append(x.longValue());
      case Map<?, ?> map -> {
        if (map.isEmpty()) {
          b.append("{}");
          return;
        }
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          b.append(first ? "\n" : ",\n");
          first = false;
          indent(b, depth + 1);
          b.append(Json.string(String.valueOf(e.getKey()))).append(": ");
          write(b, e.getValue(), depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append('}');
      }
      case List<?> list -> {
        if (list.isEmpty()) {
          b.append("[]");
          return;
        }
        b.append('[');
        for (int i = 0; i < list.size(); i++) {
          b.append(i == 0 ? "\n" : ",\n");
          indent(b, depth + 1);
          write(b, list.get(i), depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append(']');
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }
  }

  private static void indent(StringBuilder b, int depth) {
    b.append("  ".repeat(depth));
  }
}

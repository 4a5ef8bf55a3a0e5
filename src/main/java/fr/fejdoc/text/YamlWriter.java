package fr.fejdoc.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small YAML writer for the synthetic projects. A document is a tree of {@link LinkedHashMap}s
 * (keys in insertion order), {@link List}s and scalars: {@link String} (quoted only when YAML would
 * misread it, block scalar when multi-line), {@link Integer}/{@link Long}, {@link Boolean}, null,
 * {@link Raw} (written as is: dates, amounts), {@link Folded} (long prose, folded with {@code >-})
 * and {@link Flow} (a short mapping or list on one line, as holders write them).
 */
public final class YamlWriter {
  /** Width the writer aims at for folded prose and flow collections. */
  public static final int WIDTH = 96;

  private static final Set<String> RESERVED =
      Set.of(
          "true", "false", "yes", "no", "on", "off", "null", "y", "n", "oui", "non", "~", ".inf",
          ".nan", "-.inf");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`+.~<=\\";
  private static final String FLOW_INDICATORS = ",[]{}";

  private YamlWriter() {}

  /** A scalar written exactly as given (a date, a number); the caller knows it is safe. */
  public record Raw(String text) {}

  /** Prose folded over several lines with {@code >-} when long. */
  public record Folded(String text) {}

  /** A mapping or list written on one line when it fits. */
  public record Flow(Object value) {}

  /**
   * A value followed by a comment on its first line ({@code key: value # comment}): where an
   * imported value came from. A commented value is never written inside a flow collection.
   */
  public record Commented(Object value, String comment) {}

  public static Map<String, Object> map() {
    return new LinkedHashMap<>();
  }

  /** A mapping of alternating keys and values. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  public static Flow flow(Object... keysAndValues) {
    return new Flow(map(keysAndValues));
  }

  public static Flow flowList(List<?> items) {
    return new Flow(new ArrayList<Object>(items));
  }

  // ---- Scalars ----

  /** A string as a YAML scalar: plain when YAML reads it back unchanged, else double-quoted. */
  public static String yamlString(String s) {
    return needsQuotes(s, false) ? doubleQuoted(s) : s;
  }

  /** Same, inside a flow collection (where , [ ] { } are indicators too). */
  public static String flowString(String s) {
    return needsQuotes(s, true) ? doubleQuoted(s) : s;
  }

  public static boolean needsQuotes(String s, boolean flow) {
    if (s.isEmpty()) return true;
    if (RESERVED.contains(s.toLowerCase(Locale.ROOT))) return true;
    char first = s.charAt(0);
    if (Character.isDigit(first) || INDICATORS.indexOf(first) >= 0) return true;
    if (Character.isWhitespace(first) || Character.isWhitespace(s.charAt(s.length() - 1))) {
      return true;
    }
    if (s.endsWith(":") || s.contains(": ") || s.contains(" #") || s.contains(":\t")) return true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return true;
      }
      if (Character.isSurrogate(c) || Character.isWhitespace(c) && c != ' ') return true;
      if (flow && (FLOW_INDICATORS.indexOf(c) >= 0 || c == ':' || c == '#')) return true;
    }
    return false;
  }

  public static String doubleQuoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '\u0085' -> b.append("\\N");
        case '\u2028' -> b.append("\\L");
        case '\u2029' -> b.append("\\P");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
          } else if (c == '\uFEFF' || (Character.isSurrogate(c) && !validPair(s, i))) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A key: plain when safe (snake_case), else double-quoted ("60", "16_18"). */
  public static String key(String k) {
    return needsQuotes(k, true) ? doubleQuoted(k) : k;
  }

  // ---- Document ----

  /** The YAML text of {@code root}, preceded by {@code comments} (one "# " line each). */
  public static String write(Map<String, ?> root, List<String> comments) {
    StringBuilder out = new StringBuilder(8192);
    for (String c : comments) out.append(c.isEmpty() ? "#" : "# " + c).append('\n');
    if (!comments.isEmpty()) out.append('\n');
    writeMap(out, root, 0, "");
    return out.toString();
  }

  /**
   * Writes the entries of {@code m} at {@code indent}; the first line starts with {@code
   * firstPrefix} instead of the indentation (a list item's "- ").
   */
  private static void writeMap(
      StringBuilder out, Map<String, ?> m, int indent, String firstPrefix) {
    boolean first = true;
    for (Map.Entry<String, ?> e : m.entrySet()) {
      String lead = first && !firstPrefix.isEmpty() ? firstPrefix : " ".repeat(indent);
      first = false;
      String head = lead + key(e.getKey()) + ":";
      writeValue(out, head, e.getValue(), indent);
    }
  }

  /** Writes {@code value} after {@code head} ("key:" or "-"), its block content at indent + 2. */
  private static void writeValue(StringBuilder out, String head, Object value, int indent) {
    if (value instanceof Commented c) {
      int start = out.length();
      writeValue(out, head, c.value(), indent);
      int end = out.indexOf("\n", start);
      out.insert(end < 0 ? out.length() : end, "    # " + oneLine(c.comment()));
      return;
    }
    if (value instanceof Flow f) {
      String inline = inline(f.value());
      if (inline != null && head.length() + 1 + inline.length() <= WIDTH + 4) {
        out.append(head).append(' ').append(inline).append('\n');
        return;
      }
      value = f.value();
    }
    if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(head).append(" {}\n");
        return;
      }
      out.append(head).append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> sm = (Map<String, ?>) m;
      writeMap(out, sm, indent + 2, "");
      return;
    }
    if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append(head).append(" []\n");
        return;
      }
      out.append(head).append('\n');
      writeList(out, l, indent + 2);
      return;
    }
    if (value instanceof String s && (s.indexOf('\n') >= 0) && blockable(s)) {
      writeLiteral(out, head, s, indent + 2);
      return;
    }
    if (value instanceof Folded f) {
      if (f.text().length() + head.length() + 1 > WIDTH && foldable(f.text())) {
        writeFolded(out, head, f.text(), indent + 2);
        return;
      }
      value = f.text();
    }
    out.append(head).append(' ').append(scalar(value, false)).append('\n');
  }

  private static void writeList(StringBuilder out, List<?> l, int indent) {
    String dash = " ".repeat(indent) + "-";
    for (Object item : l) {
      Object v = item;
      if (item instanceof Commented c) {
        int start = out.length();
        writeList(out, java.util.Collections.singletonList(c.value()), indent);
        int end = out.indexOf("\n", start);
        out.insert(end < 0 ? out.length() : end, "    # " + oneLine(c.comment()));
        continue;
      }
      if (item instanceof Flow f) {
        String inline = inline(f.value());
        if (inline == null || dash.length() + 1 + inline.length() > WIDTH + 4) v = f.value();
      }
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        @SuppressWarnings("unchecked")
        Map<String, ?> sm = (Map<String, ?>) m;
        writeMap(out, sm, indent + 2, dash + " ");
      } else {
        writeValue(out, dash, v, indent);
      }
    }
  }

  /** A comment's text on one line (no line breaks or control characters). */
  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ").strip();
  }

  /** A scalar's text. */
  public static String scalar(Object v, boolean flow) {
    if (v == null) return "null";
    if (v instanceof Raw r) return r.text();
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) return v.toString();
    if (v instanceof Folded f) return flow ? flowString(f.text()) : yamlString(f.text());
    if (v instanceof String s) return flow ? flowString(s) : yamlString(s);
    throw new IllegalArgumentException("not a YAML scalar: " + v.getClass());
  }

  /** The one-line flow form of a collection, or null when it holds a nested block. */
  private static String inline(Object v) {
    if (v instanceof Commented) return null;
    if (v instanceof Flow f) return inline(f.value());
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String value = inline(e.getValue());
        if (value == null) return null;
        parts.add(key((String) e.getKey()) + ": " + value);
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        String value = inline(o);
        if (value == null) return null;
        parts.add(value);
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof String s && s.indexOf('\n') >= 0) return null;
    return scalar(v, true);
  }

  // ---- Block scalars ----

  /** Whether a multi-line string can be a literal block (no control characters, simple end). */
  private static boolean blockable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n') || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029') {
        return false;
      }
      if (c == '\uFEFF' || Character.isSurrogate(c)) return false;
    }
    if (s.endsWith("\n\n") || s.startsWith("\n")) return false;
    for (String line : s.split("\n", -1)) {
      if (!line.isEmpty() && line.isBlank()) return false;
    }
    return true;
  }

  private static void writeLiteral(StringBuilder out, String head, String s, int indent) {
    boolean endsWithNewline = s.endsWith("\n");
    String body = endsWithNewline ? s.substring(0, s.length() - 1) : s;
    out.append(head).append(" |");
    if (body.startsWith(" ")) out.append('2');
    out.append(endsWithNewline ? "" : "-").append('\n');
    String pad = " ".repeat(indent);
    for (String line : body.split("\n", -1)) {
      if (line.isEmpty()) {
        out.append('\n');
      } else {
        out.append(pad).append(line).append('\n');
      }
    }
  }

  /** Prose that folding gives back unchanged: one line, single spaces, no edge whitespace. */
  private static boolean foldable(String s) {
    if (s.isEmpty() || s.startsWith(" ") || s.endsWith(" ") || s.contains("  ")) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return false;
      }
      if (Character.isSurrogate(c) || Character.isWhitespace(c) && c != ' ') return false;
    }
    return true;
  }

  private static void writeFolded(StringBuilder out, String head, String s, int indent) {
    out.append(head).append(" >-\n");
    String pad = " ".repeat(indent);
    int width = Math.max(40, WIDTH - indent);
    int lineLength = 0;
    boolean lineStarted = false;
    for (String word : s.split(" ")) {
      if (lineStarted && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineStarted = false;
      }
      if (!lineStarted) {
        out.append(pad).append(word);
        lineLength = word.length();
        lineStarted = true;
      } else {
        out.append(' ').append(word);
        lineLength += 1 + word.length();
      }
    }
    out.append('\n');
  }
}

package fr.fejdoc.text;

/**
 * JSON string literals, escaped by hand (RFC 8259): the one escaper of the catalogue's data, the
 * JSON reports and the key schemas.
 */
public final class Json {
  private Json() {}

  public static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    append(out, s);
    return out.toString();
  }

  /** Appends {@link #string}'s literal of {@code s} to {@code out}, without an interim string. */
  public static void append(StringBuilder out, String s) {
    out.append('"');
    int plain = 0; // the longest start of s that needs no escape, copied in one go
    while (plain < s.length() && !escaped(s.charAt(plain))) plain++;
    out.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c"); // harmless if ever embedded in HTML
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Whether {@link #append} writes {@code c} otherwise than as itself. */
  private static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029';
  }
}

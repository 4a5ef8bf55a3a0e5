package fr.fejdoc.write.html;

/** HTML escaping and small text helpers; allocation-free on the common (nothing to escape) path. */
final class Html {

  private Html() {}

  /**
   * Appends {@code s} escaped for text and for quoted attribute values: {@code & < > " '} become
   * references; C0/C1 control characters that HTML forbids (all but tab, line feed and carriage
   * return) and U+0000 become U+FFFD. {@code null} appends nothing.
   */
  static void escape(StringBuilder out, String s) {
    if (s == null) return;
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c > '>') {
        if (c < 0x7F || c > 0x9F) continue;
        rep = "\uFFFD";
      } else {
        switch (c) {
          case '&' -> rep = "&amp;";
          case '<' -> rep = "&lt;";
          case '>' -> rep = "&gt;";
          case '"' -> rep = "&quot;";
          case '\'' -> rep = "&#39;";
          case '\t', '\n', '\r' -> {
            continue;
          }
          default -> {
            if (c >= 0x20) continue;
            rep = "\uFFFD";
          }
        }
      }
      out.append(s, start, i).append(rep);
      start = i + 1;
    }
    out.append(s, start, n);
  }

  /** Keeps {@code [A-Za-z0-9_-]} of {@code raw} (an id or a language tag); never null. */
  static String sanitizeId(String raw) {
    if (raw == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (ok) {
        if (b != null) b.append(c);
      } else if (b == null) {
        b = new StringBuilder(raw.length()).append(raw, 0, i);
      }
    }
    return b == null ? raw : b.toString();
  }

  /** Whether {@code s} is null or only whitespace. */
  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

package fr.fejdoc.preview;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The preview's request paths, checked (addresses are encoded by {@code Html.segment}). */
final class Urls {
  private Urls() {}

  /**
   * The segments of a request's path, decoded; null when the path is refused: not absolute, an
   * address in absolute form, an encoded dot, slash, backslash or NUL, an empty, "." or ".."
   * segment, a segment starting with a dot (no hidden file is served), a control character, or more
   * than 8 segments.
   */
  static List<String> segments(URI uri) {
    if (uri.isAbsolute() || uri.getRawAuthority() != null) return null;
    String raw = uri.getRawPath();
    if (raw == null || !raw.startsWith("/") || raw.length() > 2_000) return null;
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2e")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
        || raw.indexOf('\\') >= 0) return null;
    List<String> out = new ArrayList<>();
    if (raw.equals("/")) return out;
    String[] parts = raw.substring(1).split("/", -1);
    if (parts.length > 8) return null;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        if (i == parts.length - 1) {
          out.add(""); // a trailing slash: a folder's page
          continue;
        }
        return null;
      }
      String d;
      try {
        d = URI.create("/" + p).getPath().substring(1);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (d.isEmpty() || d.startsWith(".") || d.contains("/") || d.contains("\\")) return null;
      if (d.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return null;
      out.add(d);
    }
    return out;
  }
}

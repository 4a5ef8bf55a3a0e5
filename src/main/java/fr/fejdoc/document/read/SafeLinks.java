package fr.fejdoc.document.read;

import java.util.Locale;

/**
 * The allow-list of link targets. Markdown parsers' own {@code javascript:} suppression is
 * bypassable (entities, control characters, mixed case), so a link is kept only when, once cleaned,
 * it is http, https, mailto, or an anchor of the same document; anything else is dropped and its
 * text kept.
 */
public final class SafeLinks {
  private SafeLinks() {}

  /**
   * Whether {@code url} is already a clean, allowed target (writers check again: defence in depth).
   */
  public static boolean isSafe(String url) {
    return url != null && url.equals(clean(url));
  }

  /** The cleaned target, or null when the link must be dropped. */
  public static String clean(String url) {
    if (url == null) return null;
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > 0x20
          && c != 0x7F
          && !Character.isWhitespace(c)
          && Character.getType(c) != Character.FORMAT) {
        b.append(c);
      }
    }
    String u = b.toString();
    if (u.isEmpty()) return null;
    if (u.startsWith("#"))
      return u.length() > 1 && u.substring(1).matches("[A-Za-z0-9_.:-]+") ? u : null;
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("www.")) return "https://" + u;
    int colon = lower.indexOf(':');
    if (colon <= 0) return null;
    String scheme = lower.substring(0, colon);
    return switch (scheme) {
      case "http", "https" -> lower.startsWith(scheme + "://") ? u : null;
      case "mailto" -> u;
      default -> null;
    };
  }
}

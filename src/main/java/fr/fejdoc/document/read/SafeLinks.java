package fr.fejdoc.document.read;

import java.net.URI;
import java.net.URISyntaxException;
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
    if (lower.startsWith("www.")) return valid("https://" + encode(u));
    int colon = lower.indexOf(':');
    if (colon <= 0) return null;
    String scheme = lower.substring(0, colon);
    return switch (scheme) {
      case "http", "https" -> lower.startsWith(scheme + "://") ? valid(encode(u)) : null;
      case "mailto" -> valid(encode(u));
      default -> null;
    };
  }

  /**
   * {@code u} with the characters a URI cannot hold percent-encoded ({@code "}, {@code <}, {@code
   * >}, a backslash, {@code ^}, a backquote, {@code { | }}, a second {@code #}, a {@code %} that
   * starts no escape): every writer can then use it (Word's relationships, PDF link annotations
   * parse it as a URI, and a {@code "} failed there with the parser's own message).
   */
  private static String encode(String u) {
    StringBuilder b = null;
    boolean fragment = false;
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      boolean bad =
          switch (c) {
            case '"', '<', '>', '\\', '^', '`', '{', '|', '}' -> true;
            case '#' -> {
              boolean second = fragment;
              fragment = true;
              yield second;
            }
            case '%' -> !(i + 2 < u.length() && hex(u.charAt(i + 1)) && hex(u.charAt(i + 2)));
            default -> false;
          };
      if (bad && b == null) b = new StringBuilder(u.length() + 8).append(u, 0, i);
      if (bad) b.append('%').append(String.format("%02X", (int) c));
      else if (b != null) b.append(c);
    }
    return b == null ? u : b.toString();
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code u} when it parses as a URI, else null (the link is dropped, its text kept). */
  private static String valid(String u) {
    try {
      new URI(u);
      return u;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}

package fr.fejdoc.catalogue;

import fr.fejdoc.text.FrenchFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/** Escaping and French formatting for the catalogue's pages: every text goes through here. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values alike. */
  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A path segment for a relative URL: anything but unreserved characters percent-encoded. */
  public static String segment(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    String r = out.toString();
    // "." and ".." are not file names a page may point to
    return r.equals(".") || r.equals("..") ? r.replace(".", "%2E") : r;
  }

  /** "20 octobre 2009", or "octobre 2009" for an ISO month, or "2009" for a year. */
  static String date(String iso) {
    if (iso == null) return null;
    if (iso.length() == 4) return iso;
    return iso.length() == 7
        ? FrenchFormat.monthYear(YearMonth.parse(iso))
        : FrenchFormat.date(LocalDate.parse(iso));
  }

  static String money(BigDecimal v) {
    return v == null ? null : FrenchFormat.money(v);
  }

  static String percent(Integer v) {
    return v == null ? null : FrenchFormat.percent(v);
  }

  static String number(Integer v) {
    return v == null ? null : FrenchFormat.number(v);
  }

  static String months(Integer v) {
    return v == null ? null : FrenchFormat.months(v);
  }

  public static String plural(long n, String singular, String plural) {
    return FrenchFormat.number(n) + "\u00A0" + (n > 1 ? plural : singular);
  }
}

package fr.fejdoc.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * French text folded for comparison: lower case, no accents, typographic apostrophes as {@code '}
 * and no-break spaces as spaces. One place for what the readers, the prefixes of the printed forms
 * and the importer compare.
 */
public final class Fold {
  private Fold() {}

  /** Folded; accents may take a character of their own away (« é » as « e »). */
  public static String text(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      b.append(simple(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Folded one character for one, so a position in the result is a position in {@code s}. */
  public static String sameLength(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = simple(s.charAt(i));
      if (c > 127) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (!d.isEmpty()) c = d.charAt(0);
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static char simple(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`' -> '\'';
      case '\u00A0', '\u202F' -> ' ';
      default -> c;
    };
  }
}

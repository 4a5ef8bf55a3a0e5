package fr.fejdoc.catalogue;

/**
 * Text as the catalogue may print it, whatever a project folder holds: every string of an entry
 * goes through {@link #clean} when the entry is made, and the printed edition's data once more
 * before they become XML (a guard for anything added later, the project's folder name included).
 *
 * <p>Removed: the control characters (U+0000–U+001F but tab and line feed, U+007F–U+009F), which
 * XML 1.0 forbids (a NUL breaks catalogue.docx and experiences.xlsx) or which have no glyph in the
 * PDF fonts; unpaired surrogates and the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), which are
 * not text; and the bidirectional embeddings and overrides (U+202A–U+202E, U+2066–U+2069), which
 * can make a page show another text than the one written. A carriage return, alone or before a line
 * feed, becomes a line feed; the line and paragraph separators (U+2028, U+2029) a space.
 */
final class Printable {
  private Printable() {}

  /** {@code s} without what the class comment lists; null stays null. */
  static String clean(String s) {
    if (s == null) return null;
    int i = 0;
    while (i < s.length() && fine(s.charAt(i))) i++;
    if (i == s.length()) return s; // the common case: nothing to do, no copy
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (fine(c)) {
        out.append(c);
      } else if (c == '\r') {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append('\n');
      } else if (c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        if (!nonCharacter(cp)) out.appendCodePoint(cp);
        i++;
      }
      // anything else is dropped
    }
    return out.toString();
  }

  /** Whether {@code c}, alone, is kept as it is (surrogates are looked at in pairs). */
  private static boolean fine(char c) {
    if (c < 0x20) return c == '\t' || c == '\n';
    if (c < 0x7F) return true;
    if (c <= 0x9F) return false;
    if (c >= '\u202A' && c <= '\u202E') return false;
    if (c >= '\u2066' && c <= '\u2069') return false;
    if (c == '\u2028' || c == '\u2029') return false;
    if (Character.isSurrogate(c)) return false;
    return !nonCharacter(c);
  }

  private static boolean nonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}

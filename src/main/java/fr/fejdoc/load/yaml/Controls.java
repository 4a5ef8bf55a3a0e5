package fr.fejdoc.load.yaml;

import fr.fejdoc.model.finding.Localized;

/** The characters that have no place in a holder's text, and how a finding names them. */
public final class Controls {
  private Controls() {}

  /**
   * Whether {@code c} has no place in a holder's text: a control character other than tab, line
   * feed and carriage return (C0, DEL, C1), a lone surrogate, or the non-characters U+FFFE and
   * U+FFFF. A NUL in a title passed every check and broke the printed catalogue.
   */
  public static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || c == 0xFFFE
        || c == 0xFFFF;
  }

  /** Whether the char at {@code i} of {@code s} is {@link #forbidden(char)} or a lone surrogate. */
  public static boolean forbidden(String s, int i) {
    return forbidden(s.charAt(i)) || lone(s, i);
  }

  /** Whether the char at {@code i} is half of a surrogate pair without its other half. */
  static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c))
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    return false;
  }

  private static final String[] C0 = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
    "FS", "GS", "RS", "US"
  };

  /** The character as the holder can look it up: "U+0000 (NUL)". */
  public static Localized describe(char c) {
    String code = String.format("U+%04X", (int) c);
    if (c < 0x20) return new Localized(code + " (" + C0[c] + ")", code + " (" + C0[c] + ")");
    if (c == 0x7F) return new Localized(code + " (DEL)", code + " (DEL)");
    if (c >= 0x80 && c <= 0x9F)
      return new Localized(code + " (contrôle C1)", code + " (C1 control)");
    if (Character.isSurrogate(c))
      return new Localized(
          code + " (demi-caractère UTF-16 isolé)", code + " (lone UTF-16 surrogate)");
    return new Localized(code + " (non-caractère)", code + " (noncharacter)");
  }
}

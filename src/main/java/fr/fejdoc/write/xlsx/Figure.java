package fr.fejdoc.write.xlsx;

import fr.fejdoc.text.FrenchNumbers;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure read from a cell's text as the tree shows it: a count ("104", "1 200"), an amount ("2
 * 200,64 €", "107 710 €"), a percentage ("49 %", "87,5 %") or another decimal ("0,5"). Other texts
 * (ranges, durations, words) stay text.
 */
record Figure(BigDecimal value, Kind kind, int decimals) {

  enum Kind {
    COUNT,
    DECIMAL,
    MONEY,
    PERCENT
  }

  /**
   * The spreadsheet number format (codes in Excel's own notation; a French Excel or LibreOffice
   * shows "2 200,64 €", "49 %"). The {@code [$-40C]} tag asks for French separators whatever the
   * reader's locale.
   */
  String format() {
    return switch (kind) {
      case COUNT -> "[$-40C]#,##0";
      case DECIMAL -> "[$-40C]#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
      case MONEY -> "[$-40C]#,##0.00\\ \"€\"";
      case PERCENT -> "[$-40C]0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "\\ %";
    };
  }

  /** The value a spreadsheet holds: a percentage as a fraction (49 % → 0.49). */
  double number() {
    return kind == Kind.PERCENT ? value.movePointLeft(2).doubleValue() : value.doubleValue();
  }

  /** Half a unit of the last digit the tree shows: how far a computed value may be from it. */
  double tolerance() {
    double unit = Math.pow(10, -decimals) / 2;
    return kind == Kind.PERCENT ? unit / 100 : unit;
  }

  static Optional<Figure> parse(String text) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    if (s.isEmpty() || s.length() > 40) return Optional.empty();
    if (s.endsWith("%")) {
      String n = s.substring(0, s.length() - 1);
      return FrenchNumbers.parseMoney(n)
          .filter(v -> plainNumber(n))
          .map(v -> new Figure(v, Kind.PERCENT, Math.max(0, v.scale())));
    }
    boolean money = s.endsWith("€") || s.toLowerCase(java.util.Locale.ROOT).endsWith("euros");
    if (money) {
      return FrenchNumbers.parseMoney(s).map(v -> new Figure(v, Kind.MONEY, 2));
    }
    if (!plainNumber(s)) return Optional.empty();
    Optional<Integer> count = FrenchNumbers.parseCount(s);
    if (count.isPresent()) {
      return Optional.of(new Figure(BigDecimal.valueOf(count.get()), Kind.COUNT, 0));
    }
    return FrenchNumbers.parseMoney(s)
        .map(v -> new Figure(v, Kind.DECIMAL, Math.max(0, Math.min(6, v.scale()))));
  }

  /** Digits, spaces, one sign and separators only (no letters, slashes or dashes inside). */
  private static boolean plainNumber(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9')
              || c == ','
              || c == '.'
              || c == ' '
              || c == '\u00A0'
              || c == '\u202F'
              || c == '\u2009'
              || (i == 0 && (c == '-' || c == '\u2212'));
      if (!ok) return false;
    }
    return true;
  }
}

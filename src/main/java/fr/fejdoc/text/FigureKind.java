package fr.fejdoc.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a typed figure of a document counts: its name in the markup ({@code <num kind="…">}) and its
 * one printed form ({@link FrenchFormat#figure}).
 */
public enum FigureKind {
  /** A whole number of people, actions…: "1200" (written as the forms write counts). */
  COUNT,
  /** An amount in euros: "2 200,64 €", "107 710 €". */
  AMOUNT,
  /** A percentage, the value in percent (49 means 49 %): "49 %", "87,5 %". */
  PERCENT,
  /** Full-time equivalents: "0,5", "2". */
  ETP,
  /** Another decimal number: "0,5", "1 234,25". */
  DECIMAL;

  /** The name in the markup: "count", "amount", "percent", "etp", "decimal". */
  public String markup() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code name} in the markup, or null. */
  public static FigureKind ofMarkup(String name) {
    if (name == null) return null;
    for (FigureKind k : values()) if (k.markup().equals(name.strip())) return k;
    return null;
  }

  /**
   * The value as the markup writes it: plain digits, an optional minus sign and point ("1200.5"),
   * never an exponent.
   */
  public static String plain(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (v.scale() < 0) v = v.setScale(0);
    return v.toPlainString();
  }

  /**
   * Reads a value written as {@link #plain} does, bounded (at most 15 digits before the point and 6
   * after); null for anything else (an exponent, letters, spaces).
   */
  public static BigDecimal parse(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (!PLAIN.matcher(t).matches()) return null;
    return new BigDecimal(t);
  }

  /** A value as {@link #plain} writes it (compiled once: every figure of every table is read). */
  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");
}

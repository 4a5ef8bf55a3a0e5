package fr.fejdoc.model;

import java.math.BigDecimal;

/**
 * A duration as the holder wrote it, and its figure where one can be read.
 *
 * @param text the holder's words, printed as they are ("8 semaines", "18 mois (dont 12 mois de
 *     formation)", "environ 6 mois"); null when the holder gave only a number of months (a key
 *     named {@code *_mois}), which the writer formats ("27 mois")
 * @param months the length in months of the duration the text starts with (18 for "18 mois (dont 12
 *     mois de formation)"), null when none can be read ("3 à 6 mois", "2 heures")
 * @param approximate true when the text qualifies the figure as approximate ("environ 6 mois",
 *     "près de 2 ans", "plus de 18 mois")
 */
public record DurationText(String text, BigDecimal months, boolean approximate, Loc loc) {

  /** A duration whose figure is exact (or absent). */
  public DurationText(String text, BigDecimal months, Loc loc) {
    this(text, months, false, loc);
  }

  /** The figure as a whole number of months, when it is one and is not approximate; else null. */
  public Integer wholeMonths() {
    if (months == null || approximate) return null;
    BigDecimal m = months.stripTrailingZeros();
    if (m.scale() > 0) return null;
    try {
      return m.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}

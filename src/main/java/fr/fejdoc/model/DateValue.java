package fr.fejdoc.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date, to the day or to the month ("2009-12": {@code date} is the 1st of the month and {@code
 * monthOnly} is true).
 */
public record DateValue(LocalDate date, boolean monthOnly, Loc loc) {
  public YearMonth month() {
    return YearMonth.from(date);
  }

  /** The last day this value may stand for (the month's end when month-only). */
  public LocalDate latest() {
    return monthOnly ? month().atEndOfMonth() : date;
  }
}

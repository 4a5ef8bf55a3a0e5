package fr.fejdoc.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date with the precision the holder gave: a day ("2009-10-20"), a month ("2009-04", "avril
 * 2009": {@code date} is the 1st of the month) or a year ("2009": {@code date} is the 1st of
 * January). Nothing finer than the holder's precision is ever printed: a year stays "2009", never
 * "janvier 2009" or "1er janvier 2009".
 */
public record DateValue(LocalDate date, Precision precision, Loc loc) {

  /** How precisely the holder gave the date. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  public DateValue {
    if (precision == null) precision = Precision.DAY;
  }

  /** A day ({@code monthOnly} false) or a month. */
  public DateValue(LocalDate date, boolean monthOnly, Loc loc) {
    this(date, monthOnly ? Precision.MONTH : Precision.DAY, loc);
  }

  /** A year only ("2009"). */
  public static DateValue year(int year, Loc loc) {
    return new DateValue(LocalDate.of(year, 1, 1), Precision.YEAR, loc);
  }

  /** Whether the holder gave a month and a year, no day. */
  public boolean monthOnly() {
    return precision == Precision.MONTH;
  }

  /** Whether the holder gave a year only. */
  public boolean yearOnly() {
    return precision == Precision.YEAR;
  }

  /** Whether the holder gave the day. */
  public boolean hasDay() {
    return precision == Precision.DAY;
  }

  /** The (first) month this value stands for: January for a year. */
  public YearMonth month() {
    return YearMonth.from(date);
  }

  /** The last day this value may stand for (the month's or the year's end when less precise). */
  public LocalDate latest() {
    return switch (precision) {
      case DAY -> date;
      case MONTH -> month().atEndOfMonth();
      case YEAR -> LocalDate.of(date.getYear(), 12, 31);
    };
  }

  /** The last month this value may stand for (December for a year). */
  public YearMonth latestMonth() {
    return YearMonth.from(latest());
  }

  /** ISO text at the holder's precision: "2009-10-20", "2009-10" or "2009". */
  public String iso() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> month().toString();
      case YEAR -> Integer.toString(date.getYear());
    };
  }
}

package fr.fejdoc.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Formatting of numbers, amounts, percentages, dates and months for French documents and messages.
 *
 * <p>Thousands are separated by a narrow no-break space ({@link #NNBSP}), which also precedes "€"
 * and "%"; the decimal separator is a comma. Words are separated by ordinary spaces ("31 décembre
 * 2010", "27 mois"); callers that need unbreakable text can replace them with {@link #NBSP}.
 * Negative numbers use an ASCII hyphen-minus so that {@link FrenchNumbers} reads them back.
 *
 * <p>All methods are static, thread-safe and hand-written (no {@code java.text} formatter).
 */
public final class FrenchFormat {

  /** Narrow no-break space: French thousands separator, and before ; : ! ? % and €. */
  public static final char NNBSP = '\u202F';

  /** No-break space. */
  public static final char NBSP = '\u00A0';

  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };

  /** Month names as the official forms print them in capitals: without accents. */
  private static final String[] MONTHS_UPPER = {
    "JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN",
    "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"
  };

  private static final String[] MONTHS_SHORT = {
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc."
  };

  private FrenchFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /**
   * Formats a number: "2 600", "56 838,64", "0,5", "-1 234,5" (U+202F between thousands, comma for
   * decimals). Trailing zeros of the fraction are dropped ("2600.00" gives "2 600", "0.50" gives
   * "0,5"); the remaining decimals are all printed, without rounding: round the value first if
   * needed.
   */
  public static String number(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    StringBuilder out = new StringBuilder(24);
    appendDecimal(out, stripped);
    return out.toString();
  }

  /** Formats a whole number: "2 600", "104", "-1 200". */
  public static String number(long value) {
    StringBuilder out = new StringBuilder(24);
    appendLong(out, value);
    return out.toString();
  }

  /**
   * Formats an amount in euros: "2 200,64 €", "2 200,60 €", "107 710 €" (U+202F between thousands
   * and before "€"). An amount with cents has exactly two decimals, rounded half-up; a whole amount
   * (also after rounding: 12.001 gives "12 €") has none.
   */
  public static String money(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
    if (value.remainder(BigDecimal.ONE).signum() == 0) {
      value = value.setScale(0, RoundingMode.UNNECESSARY);
    }
    StringBuilder out = new StringBuilder(24);
    appendDecimal(out, value);
    return out.append(NNBSP).append('\u20AC').toString();
  }

  /** Formats a percentage: "49 %" (U+202F before "%"). */
  public static String percent(int value) {
    StringBuilder out = new StringBuilder(12);
    appendLong(out, value);
    return out.append(NNBSP).append('%').toString();
  }

  /**
   * A rate said as what is known of it: "41 %" (both bounds equal), "entre 36 % et 41 %", "au moins
   * 36 %" (no upper bound: {@code high} null), "au plus 41 %" (no lower bound: {@code low} null);
   * null when neither is known.
   */
  public static String percentRange(Integer low, Integer high) {
    if (low == null && high == null) return null;
    if (low == null) return "au plus " + percent(high);
    if (high == null) return "au moins " + percent(low);
    if (low.intValue() == high.intValue()) return percent(low);
    return "entre " + percent(Math.min(low, high)) + " et " + percent(Math.max(low, high));
  }

  /** {@link #percentRange} in English: "41 %", "between 36 % and 41 %", "at least 36 %". */
  public static String percentRangeEnglish(Integer low, Integer high) {
    if (low == null && high == null) return null;
    if (low == null) return "at most " + percent(high);
    if (high == null) return "at least " + percent(low);
    if (low.intValue() == high.intValue()) return percent(low);
    return "between " + percent(Math.min(low, high)) + " and " + percent(Math.max(low, high));
  }

  /**
   * The one printed form of a typed figure, used by every writer that prints text: a count as the
   * forms write it ("1200"), an amount as {@link #money}, a percentage as {@link
   * #percent(BigDecimal)}, an ETP or another decimal as {@link #number(BigDecimal)}.
   */
  public static String figure(FigureKind kind, BigDecimal value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    return switch (kind) {
      case COUNT -> FigureKind.plain(value);
      case AMOUNT -> money(value);
      case PERCENT -> percent(value);
      case ETP, DECIMAL -> number(value);
    };
  }

  /** Formats a percentage as {@link #number(BigDecimal)} does: "87,5 %", "50 %". */
  public static String percent(BigDecimal value) {
    return number(value) + NNBSP + '%';
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and months

  /** Formats a date: "31 décembre 2010", "1er janvier 2011". */
  public static String date(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int day = date.getDayOfMonth();
    return (day == 1 ? "1er" : Integer.toString(day))
        + ' '
        + MONTHS[date.getMonthValue() - 1]
        + ' '
        + date.getYear();
  }

  /**
   * Formats a date in capitals, as the title of a note d'étape prints it: "31 DECEMBRE 2010", "28
   * FEVRIER 2011", "1ER AOUT 2010" (no accents, as on the official forms).
   */
  public static String dateUpper(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int day = date.getDayOfMonth();
    return (day == 1 ? "1ER" : Integer.toString(day))
        + ' '
        + MONTHS_UPPER[date.getMonthValue() - 1]
        + ' '
        + date.getYear();
  }

  /** Formats a month: "décembre 2009". */
  public static String monthYear(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return MONTHS[month.getMonthValue() - 1] + ' ' + month.getYear();
  }

  /** Formats a month with a capital initial: "Décembre 2009", "Août 2010". */
  public static String monthYearCapitalized(YearMonth month) {
    String text = monthYear(month);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Formats a month with its usual abbreviation: "janv. 2011", "févr. 2011", "mars 2011", "avr.",
   * "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." followed by the year.
   */
  public static String monthShort(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return MONTHS_SHORT[month.getMonthValue() - 1] + ' ' + month.getYear();
  }

  /** Formats a month as the FEJ covers print it (MM / AAAA): "12 / 2011", "01 / 2010". */
  public static String monthSlashYear(YearMonth month) {
    Objects.requireNonNull(month, "month");
    int m = month.getMonthValue();
    return (m < 10 ? "0" : "") + m + " / " + month.getYear();
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  /** Formats a number of months: "27 mois", "1 mois", "1 200 mois". */
  public static String months(int count) {
    return number(count) + " mois";
  }

  /**
   * Chooses the singular or the plural form of a word by the French rule: the singular for -1 to 1
   * (zero included: "0 jeune"), the plural otherwise. Returns the word only.
   */
  public static String plural(int n, String singular, String plural) {
    return n >= -1 && n <= 1 ? singular : plural;
  }

  /** A count followed by its word: "1 jeune", "0 jeune", "1 200 jeunes". */
  public static String count(int n, String singular, String plural) {
    return number(n) + ' ' + plural(n, singular, plural);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** Appends {@code value} (scale ≥ 0) with grouped thousands and a decimal comma. */
  private static void appendDecimal(StringBuilder out, BigDecimal value) {
    if (value.scale() == 0 && value.unscaledValue().bitLength() < 64) {
      appendLong(out, value.longValue());
      return;
    }
    String plain = value.toPlainString();
    int start = 0;
    if (plain.charAt(0) == '-') {
      out.append('-');
      start = 1;
    }
    int point = plain.indexOf('.');
    int integerEnd = point < 0 ? plain.length() : point;
    appendGrouped(out, plain, start, integerEnd);
    if (point >= 0) {
      out.append(',').append(plain, point + 1, plain.length());
    }
  }

  private static void appendLong(StringBuilder out, long value) {
    String digits = Long.toString(value);
    int start = 0;
    if (value < 0) {
      out.append('-');
      start = 1;
    }
    appendGrouped(out, digits, start, digits.length());
  }

  /** Appends the digits {@code s[start, end)} with U+202F between groups of three. */
  private static void appendGrouped(StringBuilder out, String s, int start, int end) {
    int length = end - start;
    int firstGroup = length % 3 == 0 ? 3 : length % 3;
    out.append(s, start, start + firstGroup);
    for (int i = start + firstGroup; i < end; i += 3) {
      out.append(NNBSP).append(s, i, i + 3);
    }
  }
}

package fr.fejdoc.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Lenient parsing of the numbers, ranges, durations and months that French project holders type.
 *
 * <p>Every method takes a raw string, trims it (ordinary whitespace and the no-break spaces U+00A0,
 * U+202F and U+2009 alike) and returns an {@link Optional}: empty means "not parseable". No method
 * throws on bad input, {@code null} included.
 *
 * <p>Common rules for decimal numbers:
 *
 * <ul>
 *   <li>Thousands may be separated by a space (regular, U+00A0, U+202F, U+2009 or U+2007), by a dot
 *       or by a comma; groups after the first one must have exactly three digits ("22 00" is
 *       rejected).
 *   <li>The decimal separator is a comma or a dot. When both appear, the last one is the decimal
 *       separator and the other one separates thousands ("1.234,56" and "1,234.56" are both
 *       1234.56). A separator that appears several times separates thousands ("1.234.567").
 *   <li>A single comma is always a decimal separator ("1,500" is 1.500). A single dot is a decimal
 *       separator too, except in {@link #parseMoney} and {@link #parseCount} when it is followed by
 *       exactly three digits and preceded by one to three digits: "1.500 €" is 1500 euros (the
 *       usual French thousands dot), whereas {@link #parseEtp} and {@link #parseDuration} read
 *       "1.500" as 1.5.
 *   <li>A number needs digits before its decimal separator (",5" is rejected) and after it ("12,"
 *       is rejected).
 * </ul>
 *
 * <p>The class is stateless and thread-safe; parsing is hand-written (no regular expression) and
 * allocates little beyond the result.
 */
public final class FrenchNumbers {

  private FrenchNumbers() {}

  /**
   * A closed range of whole numbers, as stated for planned beneficiaries ("17 à 20", "30 max").
   *
   * <p>An exact value has {@code min == max}; a cap ("30 max") has {@code min == 0}; a floor ("au
   * moins 30") has {@code max == Integer.MAX_VALUE}.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive, at least {@code min}
   */
  public record Range(int min, int max) {

    /** Checks that {@code min <= max}. */
    public Range {
      if (min > max) {
        throw new IllegalArgumentException("min " + min + " > max " + max);
      }
    }

    /** The range holding only {@code value}. */
    public static Range exactly(int value) {
      return new Range(value, value);
    }

    /** True when the range holds a single value. */
    public boolean isExact() {
      return min == max;
    }

    /** True when the range has a real upper bound (it is not "at least N"). */
    public boolean hasUpperBound() {
      return max != Integer.MAX_VALUE;
    }

    /** True when {@code min <= value <= max}. */
    public boolean contains(int value) {
      return min <= value && value <= max;
    }
  }

  /**
   * A duration as typed ("8 semaines", "18 mois"), kept in its own unit.
   *
   * @param quantity a non-negative quantity, in {@code unit}
   * @param unit the unit the holder used
   */
  public record Duration(BigDecimal quantity, Unit unit) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    /** The units of a duration. */
    public enum Unit {
      JOURS,
      SEMAINES,
      MOIS,
      ANS
    }

    /** Checks that both components are present and that the quantity is not negative. */
    public Duration {
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(unit, "unit");
      if (quantity.signum() < 0) {
        throw new IllegalArgumentException("negative duration: " + quantity);
      }
    }

    /**
     * The duration in months: months as they are, years times 12, weeks times 12 / 52 and days
     * divided by 30.4375 (the mean month), both rounded half-up to two decimals.
     */
    public BigDecimal months() {
      return switch (unit) {
        case MOIS -> quantity;
        case ANS -> quantity.multiply(TWELVE);
        case SEMAINES -> quantity.multiply(TWELVE).divide(WEEKS_PER_YEAR, 2, RoundingMode.HALF_UP);
        case JOURS -> quantity.divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
      };
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Money and counts

  /**
   * Parses an amount of money: "2 200,64 €", "2200.64", "56838.64€", "107 710 €", "2 200,64 euros",
   * "1.234,56 €", "-12,5".
   *
   * <p>An optional currency suffix "€", "euro", "euros" or "EUR" (any case) is dropped. A leading
   * minus sign ("-" or U+2212) is accepted so that the caller can report the negative amount; a
   * plus sign is not. The scale is the one typed: "2200.64" gives 2200.64, "107710" gives 107710,
   * "12,50" gives 12.50. Rejects "douze", "12,3,4", "€" and "".
   */
  public static Optional<BigDecimal> parseMoney(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int start = skipSpaces(text, 0, text.length());
    int end = trimEnd(text, start, text.length());
    end = trimEnd(text, start, dropCurrency(text, start, end));
    return Optional.ofNullable(decimal(text, start, end, true, true));
  }

  /**
   * Parses a whole count: "104", "1 200" (any space as thousands separator), "1.200", "-3" (the
   * caller reports negatives).
   *
   * <p>Rejects a plus sign ("+5"), any decimal separator even with a zero fraction ("12,0"), values
   * outside the {@code int} range and words ("douze").
   */
  public static Optional<Integer> parseCount(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int start = skipSpaces(text, 0, text.length());
    int end = trimEnd(text, start, text.length());
    BigDecimal value = decimal(text, start, end, true, true);
    if (value == null || value.scale() != 0 || value.unscaledValue().bitLength() > 31) {
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }

  // ---------------------------------------------------------------------------------------------
  // Ranges

  // Token kinds of parseRange, as characters of a "shape" string.
  private static final char T_NUMBER = 'N';
  private static final char T_DASH = '-';
  private static final char T_LE = '<';
  private static final char T_GE = '>';
  private static final char T_A = 'a'; // à, a
  private static final char T_DE = 'd';
  private static final char T_ENTRE = 'e';
  private static final char T_ET = 't';
  private static final char T_MAX = 'M'; // max, maxi, maximum
  private static final char T_MIN = 'm'; // min, mini, minimum
  private static final char T_AU = 'u';
  private static final char T_PLUS = 'p';
  private static final char T_MOINS = 'o';
  private static final char T_JUSQU = 'j'; // jusqu (of jusqu'à), jusque
  private static final int MAX_RANGE_TOKENS = 6;

  /**
   * Parses a whole number or a range of whole numbers.
   *
   * <ul>
   *   <li>Exact value: "120" gives [120, 120] (spaces may separate thousands: "1 200").
   *   <li>Range: "17 à 20", "17 a 20", "17-20", "17 – 20" (en or em dash), "de 17 à 20", "entre 17
   *       et 20" give [17, 20]. An inverted range ("20 à 17") is rejected.
   *   <li>Cap: "30 max", "30 maxi", "30 maximum", "max 30", "max. 30", "maximum 30", "au maximum
   *       30", "30 au maximum", "au plus 30", "30 au plus", "jusqu'à 30" (straight or curly
   *       apostrophe), "≤ 30", "&lt;= 30" give [0, 30].
   *   <li>Floor: "au moins 30", "30 au moins", "30 min", "30 mini", "30 minimum", "min 30",
   *       "minimum 30", "au minimum 30", "≥ 30", ">= 30" give [30, Integer.MAX_VALUE].
   * </ul>
   *
   * <p>Matching ignores case and accents. Rejected on purpose: approximate values ("environ 30",
   * "30 environ", "~30", "une trentaine": there is no honest bound to check against), strict
   * comparisons ("plus de 30", "&lt; 30"), negative or decimal numbers, values beyond the {@code
   * int} range and any other word ("17 à 20 jeunes"): the caller reports them as unreadable.
   */
  public static Optional<Range> parseRange(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int end = text.length();
    char[] kinds = new char[MAX_RANGE_TOKENS];
    int[] values = new int[MAX_RANGE_TOKENS];
    int n = 0;
    int i = skipSpaces(text, 0, end);
    while (i < end) {
      if (n == MAX_RANGE_TOKENS) {
        return Optional.empty();
      }
      char c = text.charAt(i);
      if (isDigit(c)) {
        long value = 0;
        int groupStart = i;
        while (true) {
          while (i < end && isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
              return Optional.empty();
            }
            i++;
          }
          // A run of spaces followed by exactly three digits continues the number ("1 200").
          int groupLength = i - groupStart;
          int next = skipSpaces(text, i, end);
          if (next > i && groupLength <= 3 && threeDigitsAt(text, next, end)) {
            groupStart = next;
            i = next;
          } else {
            break;
          }
        }
        if (i < end && (text.charAt(i) == ',' || text.charAt(i) == '.')) {
          return Optional.empty(); // decimal number, or a grouping we do not read here
        }
        values[n] = (int) value;
        kinds[n++] = T_NUMBER;
      } else if (isLetter(c)) {
        int wordStart = i;
        while (i < end && isLetter(text.charAt(i))) {
          i++;
        }
        char kind = rangeWord(text, wordStart, i);
        if (kind == 0) {
          return Optional.empty();
        }
        if (i < end && text.charAt(i) == '.') {
          i++; // abbreviation dot: "max."
        }
        kinds[n++] = kind;
      } else if (c == '\'' || c == '\u2019') {
        i++; // "jusqu'à"
      } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014') {
        kinds[n++] = T_DASH;
        i++;
      } else if (c == '\u2264' || c == '\u2265') {
        kinds[n++] = c == '\u2264' ? T_LE : T_GE;
        i++;
      } else if ((c == '<' || c == '>') && i + 1 < end && text.charAt(i + 1) == '=') {
        kinds[n++] = c == '<' ? T_LE : T_GE;
        i += 2;
      } else {
        return Optional.empty();
      }
      i = skipSpaces(text, i, end);
    }
    if (n == 0) {
      return Optional.empty();
    }
    String shape = new String(kinds, 0, n);
    int first = -1;
    int second = -1;
    for (int t = 0; t < n; t++) {
      if (kinds[t] == T_NUMBER) {
        if (first < 0) {
          first = values[t];
        } else {
          second = values[t];
        }
      }
    }
    return switch (shape) {
      case "N" -> Optional.of(Range.exactly(first));
      case "NaN", "N-N", "dNaN", "dN-N", "eNtN" ->
          first <= second ? Optional.of(new Range(first, second)) : Optional.empty();
      case "NM", "MN", "uMN", "NuM", "upN", "Nup", "jaN", "jN", "<N" ->
          Optional.of(new Range(0, first));
      case "Nm", "mN", "umN", "Num", "uoN", "Nuo", ">N" ->
          Optional.of(new Range(first, Integer.MAX_VALUE));
      default -> Optional.empty();
    };
  }

  /** The token kind of a word of a range, or 0 for an unknown word. */
  private static char rangeWord(String s, int from, int to) {
    return switch (to - from) {
      case 1 -> foldEquals(s, from, to, "a") ? T_A : 0;
      case 2 ->
          foldEquals(s, from, to, "de")
              ? T_DE
              : foldEquals(s, from, to, "et") ? T_ET : foldEquals(s, from, to, "au") ? T_AU : 0;
      case 3 -> foldEquals(s, from, to, "max") ? T_MAX : foldEquals(s, from, to, "min") ? T_MIN : 0;
      case 4 ->
          foldEquals(s, from, to, "maxi")
              ? T_MAX
              : foldEquals(s, from, to, "mini")
                  ? T_MIN
                  : foldEquals(s, from, to, "plus") ? T_PLUS : 0;
      case 5 ->
          foldEquals(s, from, to, "entre")
              ? T_ENTRE
              : foldEquals(s, from, to, "moins")
                  ? T_MOINS
                  : foldEquals(s, from, to, "jusqu") ? T_JUSQU : 0;
      case 6 -> foldEquals(s, from, to, "jusque") ? T_JUSQU : 0;
      case 7 ->
          foldEquals(s, from, to, "maximum")
              ? T_MAX
              : foldEquals(s, from, to, "minimum") ? T_MIN : 0;
      default -> 0;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Full-time equivalents

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");
  private static final int FRACTION_SCALE = 4;

  /**
   * Parses a number of full-time equivalents (ETP): "2", "0,5", "0.5", "1,25", "1/2", "3/4", "½",
   * "¼", "¾" (and the other Unicode vulgar fractions), "1 ½", "1½", "1 1/2", "1 et ½", "1 et 1/2",
   * "1 et demi", "1 et demie", "un demi", "une demie", "un quart", "1 et quart", "1 et un quart",
   * "trois quarts". An optional "ETP" suffix is dropped ("0,5 ETP").
   *
   * <p>The result has its trailing zeros stripped and a scale of at least 0 ("0,50" and "1/2" give
   * 0.5, "2,0" gives 2); divisions are rounded half-up to four decimals ("1/3" gives 0.3333). After
   * a whole part, a fraction must be below one ("1 3/2" is rejected); a fraction alone may be
   * improper ("3/2" gives 1.5). Rejects negative values, division by zero ("1/0") and number words
   * other than "un"/"une"/"trois" before a fraction word ("deux").
   */
  public static Optional<BigDecimal> parseEtp(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int start = skipSpaces(text, 0, text.length());
    int end = trimEnd(text, start, text.length());
    if (end - start >= 3 && foldEquals(text, end - 3, end, "etp")) {
      int beforeSuffix = trimEnd(text, start, end - 3);
      if (beforeSuffix == start || beforeSuffix == end - 3 && isLetter(text.charAt(end - 4))) {
        return Optional.empty(); // "ETP" alone, or a word ending in "etp"
      }
      end = beforeSuffix;
    }
    if (start == end) {
      return Optional.empty();
    }
    BigDecimal value = decimal(text, start, end, false, false);
    if (value == null) {
      value = fraction(text, start, end, true);
    }
    if (value == null) {
      value = mixedNumber(text, start, end);
    }
    return value == null ? Optional.empty() : Optional.of(normalize(value));
  }

  /** A whole part followed by a proper fraction: "1 ½", "1½", "1 1/2", "1 et demi". */
  private static BigDecimal mixedNumber(String s, int start, int end) {
    int i = start;
    while (i < end && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == start || i - start > 9) {
      return null;
    }
    int whole = Integer.parseInt(s, start, i, 10);
    int next = skipSpaces(s, i, end);
    boolean words = false;
    if (next > i
        && next + 2 < end
        && foldEquals(s, next, next + 2, "et")
        && isSpace(s.charAt(next + 2))) {
      next = skipSpaces(s, next + 2, end);
      words = true;
    }
    if (next == end || (!words && next == i && isDigit(s.charAt(next)))) {
      return null;
    }
    BigDecimal fraction = fraction(s, next, end, words);
    if (fraction == null || fraction.compareTo(BigDecimal.ONE) >= 0) {
      return null;
    }
    return BigDecimal.valueOf(whole).add(fraction);
  }

  /**
   * A fraction: "1/2" (spaces allowed around the slash), a Unicode vulgar fraction, or, when {@code
   * allowWords}, "demi", "un demi", "une demie", "quart", "un quart", "trois quarts".
   */
  private static BigDecimal fraction(String s, int start, int end, boolean allowWords) {
    if (end - start == 1) {
      BigDecimal vulgar = vulgarFraction(s.charAt(start));
      if (vulgar != null) {
        return vulgar;
      }
    }
    if (isDigit(s.charAt(start))) {
      int i = start;
      while (i < end && isDigit(s.charAt(i))) {
        i++;
      }
      int numeratorEnd = i;
      i = skipSpaces(s, i, end);
      if (i == end || (s.charAt(i) != '/' && s.charAt(i) != '\u2044')) {
        return null;
      }
      int denominatorStart = skipSpaces(s, i + 1, end);
      int j = denominatorStart;
      while (j < end && isDigit(s.charAt(j))) {
        j++;
      }
      if (j != end
          || j == denominatorStart
          || numeratorEnd - start > 9
          || j - denominatorStart > 9) {
        return null;
      }
      int numerator = Integer.parseInt(s, start, numeratorEnd, 10);
      int denominator = Integer.parseInt(s, denominatorStart, j, 10);
      if (denominator == 0) {
        return null;
      }
      return BigDecimal.valueOf(numerator)
          .divide(BigDecimal.valueOf(denominator), FRACTION_SCALE, RoundingMode.HALF_UP);
    }
    if (!allowWords || !isLetter(s.charAt(start))) {
      return null;
    }
    // Optional article or "trois", then the fraction word.
    int i = start;
    while (i < end && isLetter(s.charAt(i))) {
      i++;
    }
    int firstEnd = i;
    int second = skipSpaces(s, i, end);
    if (second == end) {
      return fractionWord(s, start, firstEnd);
    }
    if (second == firstEnd) {
      return null;
    }
    int j = second;
    while (j < end && isLetter(s.charAt(j))) {
      j++;
    }
    if (j != end) {
      return null;
    }
    if (foldEquals(s, start, firstEnd, "trois")) {
      return foldEquals(s, second, end, "quarts") ? THREE_QUARTERS : null;
    }
    if (foldEquals(s, start, firstEnd, "un") || foldEquals(s, start, firstEnd, "une")) {
      return fractionWord(s, second, end);
    }
    return null;
  }

  private static BigDecimal fractionWord(String s, int from, int to) {
    if (foldEquals(s, from, to, "demi") || foldEquals(s, from, to, "demie")) {
      return HALF;
    }
    if (foldEquals(s, from, to, "quart")) {
      return QUARTER;
    }
    return null;
  }

  private static BigDecimal vulgarFraction(char c) {
    return switch (c) {
      case '\u00BD' -> HALF; // ½
      case '\u00BC' -> QUARTER; // ¼
      case '\u00BE' -> THREE_QUARTERS; // ¾
      case '\u2153' -> ratio(1, 3); // ⅓
      case '\u2154' -> ratio(2, 3); // ⅔
      case '\u2155' -> ratio(1, 5); // ⅕
      case '\u2156' -> ratio(2, 5); // ⅖
      case '\u2157' -> ratio(3, 5); // ⅗
      case '\u2158' -> ratio(4, 5); // ⅘
      case '\u2159' -> ratio(1, 6); // ⅙
      case '\u215A' -> ratio(5, 6); // ⅚
      case '\u215B' -> ratio(1, 8); // ⅛
      case '\u215C' -> ratio(3, 8); // ⅜
      case '\u215D' -> ratio(5, 8); // ⅝
      case '\u215E' -> ratio(7, 8); // ⅞
      default -> null;
    };
  }

  private static BigDecimal ratio(int numerator, int denominator) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), FRACTION_SCALE, RoundingMode.HALF_UP);
  }

  /** Strips trailing zeros, keeping a scale of at least 0 (no "1E+1"). */
  private static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  // ---------------------------------------------------------------------------------------------
  // Durations

  /**
   * Parses a duration: "8 semaines", "1 semaine", "8 sem.", "6 mois", "18 mois", "1,5 mois", "2
   * ans", "1 an", "3 années", "3 jours" (any case, accents optional, space optional: "6mois").
   *
   * <p>Compounds are converted to the smaller unit when the conversion is exact: "2 ans et 6 mois"
   * and "2 ans 6 mois" give 30 MOIS, "2 semaines et 3 jours" gives 17 JOURS. "Et demi(e)" adds half
   * a unit: "1 an et demi" gives 1.5 ANS. Rejects abbreviations other than "sem" ("6 M", "3 j"),
   * number words, negative quantities and other compounds ("1 mois et 2 semaines").
   */
  public static Optional<Duration> parseDuration(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int end = trimEnd(text, 0, text.length());
    int i = skipSpaces(text, 0, end);
    int quantityEnd = numberEnd(text, i, end);
    BigDecimal quantity = decimal(text, i, quantityEnd, false, false);
    if (quantity == null) {
      return Optional.empty();
    }
    i = skipSpaces(text, quantityEnd, end);
    int unitEnd = wordEnd(text, i, end);
    Duration.Unit unit = durationUnit(text, i, unitEnd);
    if (unit == null) {
      return Optional.empty();
    }
    i = skipSpaces(text, skipDot(text, unitEnd, end), end);
    if (i == end) {
      return Optional.of(new Duration(quantity, unit));
    }
    int wordEnd = wordEnd(text, i, end);
    if (foldEquals(text, i, wordEnd, "et")) {
      i = skipSpaces(text, wordEnd, end);
      wordEnd = wordEnd(text, i, end);
      if (wordEnd == end
          && (foldEquals(text, i, end, "demi") || foldEquals(text, i, end, "demie"))) {
        return Optional.of(new Duration(quantity.add(HALF), unit));
      }
    }
    int secondEnd = numberEnd(text, i, end);
    BigDecimal secondQuantity = decimal(text, i, secondEnd, false, false);
    if (secondQuantity == null) {
      return Optional.empty();
    }
    i = skipSpaces(text, secondEnd, end);
    unitEnd = wordEnd(text, i, end);
    Duration.Unit secondUnit = durationUnit(text, i, unitEnd);
    if (secondUnit == null || skipSpaces(text, skipDot(text, unitEnd, end), end) != end) {
      return Optional.empty();
    }
    if (unit == Duration.Unit.ANS && secondUnit == Duration.Unit.MOIS) {
      return Optional.of(
          new Duration(quantity.multiply(BigDecimal.valueOf(12)).add(secondQuantity), secondUnit));
    }
    if (unit == Duration.Unit.SEMAINES && secondUnit == Duration.Unit.JOURS) {
      return Optional.of(
          new Duration(quantity.multiply(BigDecimal.valueOf(7)).add(secondQuantity), secondUnit));
    }
    return Optional.empty();
  }

  private static Duration.Unit durationUnit(String s, int from, int to) {
    return switch (to - from) {
      case 2 -> foldEquals(s, from, to, "an") ? Duration.Unit.ANS : null;
      case 3 ->
          foldEquals(s, from, to, "ans")
              ? Duration.Unit.ANS
              : foldEquals(s, from, to, "sem") ? Duration.Unit.SEMAINES : null;
      case 4 ->
          foldEquals(s, from, to, "mois")
              ? Duration.Unit.MOIS
              : foldEquals(s, from, to, "jour") ? Duration.Unit.JOURS : null;
      case 5 ->
          foldEquals(s, from, to, "jours")
              ? Duration.Unit.JOURS
              : foldEquals(s, from, to, "annee") ? Duration.Unit.ANS : null;
      case 6 -> foldEquals(s, from, to, "annees") ? Duration.Unit.ANS : null;
      case 7 -> foldEquals(s, from, to, "semaine") ? Duration.Unit.SEMAINES : null;
      case 8 -> foldEquals(s, from, to, "semaines") ? Duration.Unit.SEMAINES : null;
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Months

  /** Accepted month spellings, accent-free and lower-case; index 0 is January. */
  private static final String[][] MONTH_NAMES = {
    {"janvier", "janv", "jan"},
    {"fevrier", "fevr", "fev"},
    {"mars", "mar"},
    {"avril", "avr"},
    {"mai"},
    {"juin"},
    {"juillet", "juil", "juill"},
    {"aout"},
    {"septembre", "sept", "sep"},
    {"octobre", "oct"},
    {"novembre", "nov"},
    {"decembre", "dec"},
  };

  /**
   * Parses a month of a year: "Décembre 2009", "décembre 2009", "AVRIL 2009", "fevrier 2011" (case
   * and accents are ignored), abbreviations with or without a dot ("janv. 2011", "févr. 2011",
   * "sept 2009", "déc. 2009"), "12/2009", "12 / 2011", "1/2010", "12-2009", "12.2009" (month first,
   * as on FEJ covers), "2009-12" and "2009/12" (year first).
   *
   * <p>The year must have four digits. Rejects spans ("avril-mai 2009": a span is not one month),
   * full dates ("2009-12-01"), months out of 1..12 and anything else.
   */
  public static Optional<YearMonth> parseMonthYear(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int end = trimEnd(text, 0, text.length());
    int i = skipSpaces(text, 0, end);
    if (i == end) {
      return Optional.empty();
    }
    int month;
    int year;
    if (isDigit(text.charAt(i))) {
      int firstEnd = digitsEnd(text, i, end);
      int sep = skipSpaces(text, firstEnd, end);
      if (sep == end) {
        return Optional.empty();
      }
      char c = text.charAt(sep);
      if (c != '/' && c != '-' && c != '.') {
        return Optional.empty();
      }
      int second = skipSpaces(text, sep + 1, end);
      int secondEnd = digitsEnd(text, second, end);
      if (secondEnd != end) {
        return Optional.empty();
      }
      int firstLength = firstEnd - i;
      int secondLength = secondEnd - second;
      if ((firstLength == 1 || firstLength == 2) && secondLength == 4) {
        month = Integer.parseInt(text, i, firstEnd, 10);
        year = Integer.parseInt(text, second, secondEnd, 10);
      } else if (firstLength == 4 && (secondLength == 1 || secondLength == 2) && c != '.') {
        year = Integer.parseInt(text, i, firstEnd, 10);
        month = Integer.parseInt(text, second, secondEnd, 10);
      } else {
        return Optional.empty();
      }
    } else {
      int nameEnd = wordEnd(text, i, end);
      month = monthNumber(text, i, nameEnd);
      int yearStart = skipSpaces(text, skipDot(text, nameEnd, end), end);
      if (month == 0 || yearStart == nameEnd || digitsEnd(text, yearStart, end) != end) {
        return Optional.empty(); // unknown name, no separator, or not just a year after it
      }
      if (end - yearStart != 4) {
        return Optional.empty();
      }
      year = Integer.parseInt(text, yearStart, end, 10);
    }
    if (month < 1 || month > 12 || year < 1000) {
      return Optional.empty();
    }
    return Optional.of(YearMonth.of(year, month));
  }

  /**
   * The number (1-12) of the month a word names, full or abbreviated ("décembre", "DEC", "janv"),
   * case and accents ignored; 0 for any other word.
   */
  public static int month(String word) {
    return word == null ? 0 : monthNumber(word, 0, word.length());
  }

  /** The number (1-12) of the month named by {@code s[from, to)}, or 0. */
  private static int monthNumber(String s, int from, int to) {
    if (to == from) {
      return 0;
    }
    for (int m = 0; m < MONTH_NAMES.length; m++) {
      for (String name : MONTH_NAMES[m]) {
        if (foldEquals(s, from, to, name)) {
          return m + 1;
        }
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Scanning helpers

  /**
   * Parses {@code s[start, end)} as a decimal number (see the class documentation), or returns
   * null.
   *
   * @param allowMinus whether a leading "-" or U+2212 is accepted
   * @param dotGroups whether a single dot followed by exactly three digits separates thousands
   */
  private static BigDecimal decimal(
      String s, int start, int end, boolean allowMinus, boolean dotGroups) {
    if (start >= end) {
      return null;
    }
    boolean negative = false;
    int i = start;
    char first = s.charAt(i);
    if (first == '-' || first == '\u2212') {
      if (!allowMinus) {
        return null;
      }
      negative = true;
      i++;
    }
    if (i == end || !isDigit(s.charAt(i))) {
      return null;
    }
    // First pass: find the separators and validate the characters.
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    for (int k = i; k < end; k++) {
      char c = s.charAt(k);
      if (c == '.') {
        dots++;
        lastDot = k;
      } else if (c == ',') {
        commas++;
        lastComma = k;
      } else if (!isDigit(c) && !isSpace(c)) {
        return null;
      }
    }
    int decimalAt = -1; // index of the decimal separator
    char groupChar = ' '; // ' ' stands for any space
    if (dots > 0 && commas > 0) {
      decimalAt = Math.max(lastDot, lastComma);
      if ((s.charAt(decimalAt) == '.' ? dots : commas) > 1) {
        return null;
      }
      groupChar = s.charAt(decimalAt) == '.' ? ',' : '.';
    } else if (dots > 1) {
      groupChar = '.';
    } else if (commas > 1) {
      groupChar = ',';
    } else if (commas == 1) {
      decimalAt = lastComma;
    } else if (dots == 1) {
      int before = lastDot - i;
      boolean threeAfter = end - lastDot - 1 == 3 && digitsEnd(s, lastDot + 1, end) == end;
      boolean shortLead = before <= 3 && s.charAt(i) != '0' && digitsEnd(s, i, lastDot) == lastDot;
      if (dotGroups && threeAfter && shortLead) {
        groupChar = '.';
      } else {
        decimalAt = lastDot;
      }
    }
    int integerEnd = decimalAt < 0 ? end : decimalAt;
    int length = end - start + 1;
    char[] out = new char[length];
    int o = 0;
    if (negative) {
      out[o++] = '-';
    }
    // Second pass: the integer part, digit groups between separators.
    boolean grouped = false;
    int groupLength = 0;
    int k = i;
    while (k < integerEnd) {
      char c = s.charAt(k);
      if (isDigit(c)) {
        out[o++] = c;
        groupLength++;
        k++;
        continue;
      }
      boolean isGroupSeparator = groupChar == ' ' ? isSpace(c) : c == groupChar;
      if (!isGroupSeparator || groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3)) {
        return null;
      }
      k++;
      if (groupChar == ' ') {
        k = skipSpaces(s, k, integerEnd);
      }
      grouped = true;
      groupLength = 0;
    }
    if (groupLength == 0 || (grouped && groupLength != 3)) {
      return null;
    }
    if (decimalAt >= 0) {
      int fractionStart = decimalAt + 1;
      if (fractionStart == end || digitsEnd(s, fractionStart, end) != end) {
        return null;
      }
      out[o++] = '.';
      for (int f = fractionStart; f < end; f++) {
        out[o++] = s.charAt(f);
      }
    }
    return new BigDecimal(out, 0, o);
  }

  /** The end of a simple unsigned number at {@code i}: digits, then [.,] and digits. */
  private static int numberEnd(String s, int i, int end) {
    int k = digitsEnd(s, i, end);
    if (k > i && k + 1 < end && (s.charAt(k) == ',' || s.charAt(k) == '.')) {
      int fractionEnd = digitsEnd(s, k + 1, end);
      if (fractionEnd > k + 1) {
        return fractionEnd;
      }
    }
    return k;
  }

  /**
   * Drops a trailing currency ("€", "euro", "euros", "eur", any case) from {@code s[start, end)};
   * returns the new end.
   */
  private static int dropCurrency(String s, int start, int end) {
    if (end > start && s.charAt(end - 1) == '\u20AC') {
      return end - 1;
    }
    int wordStart = end;
    while (wordStart > start && isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (foldEquals(s, wordStart, end, "euros")
        || foldEquals(s, wordStart, end, "euro")
        || foldEquals(s, wordStart, end, "eur")) {
      return wordStart;
    }
    return end;
  }

  /** Whether exactly three digits start at {@code i}, not followed by a fourth. */
  private static boolean threeDigitsAt(String s, int i, int end) {
    return i + 3 <= end
        && isDigit(s.charAt(i))
        && isDigit(s.charAt(i + 1))
        && isDigit(s.charAt(i + 2))
        && (i + 3 == end || !isDigit(s.charAt(i + 3)));
  }

  private static int digitsEnd(String s, int i, int end) {
    while (i < end && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int i, int end) {
    while (i < end && isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDot(String s, int i, int end) {
    return i < end && s.charAt(i) == '.' ? i + 1 : i;
  }

  static int skipSpaces(String s, int i, int end) {
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String s, int start, int end) {
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whitespace, including the no-break spaces U+00A0, U+202F, U+2009 and U+2007. */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2009'
        || c == '\u2007'
        || Character.isWhitespace(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  /**
   * Whether {@code s[from, to)} equals {@code asciiLower} once lower-cased and stripped of the
   * accents of French.
   */
  static boolean foldEquals(String s, int from, int to, String asciiLower) {
    if (to - from != asciiLower.length()) {
      return false;
    }
    for (int k = 0; k < asciiLower.length(); k++) {
      if (fold(s.charAt(from + k)) != asciiLower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cases {@code c} and strips the accents used in French. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return switch (Character.toLowerCase(c)) {
      case 'à', 'â', 'ä' -> 'a';
      case 'é', 'è', 'ê', 'ë' -> 'e';
      case 'î', 'ï' -> 'i';
      case 'ô', 'ö' -> 'o';
      case 'ù', 'û', 'ü' -> 'u';
      case 'ç' -> 'c';
      case 'ÿ' -> 'y';
      default -> Character.toLowerCase(c);
    };
  }
}

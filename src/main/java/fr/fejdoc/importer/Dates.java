package fr.fejdoc.importer;

import fr.fejdoc.text.FrenchNumbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French dates as notes write them ("31 décembre 2010", "janvier 2010", "janv. 2011") read as ISO
 * text; month names are FrenchNumbers' own.
 */
final class Dates {
  private Dates() {}

  private static final Pattern DATE =
      Pattern.compile("^(?:(1er|[0-9]{1,2})\\s+)?([a-z]+)\\.?\\s+([0-9]{4})\\.?$");
  private static final Pattern NUMERIC =
      Pattern.compile("^(?:([0-9]{1,2})/)?([0-9]{1,2})/([0-9]{4})$");

  /** The ISO form (2010-12-31, or 2010-01 for a month alone), or null when unreadable. */
  public static String parse(String text) {
    if (text == null) return null;
    String n = Texts.normalize(text).replace("1er", "1");
    Matcher m = DATE.matcher(n);
    int day;
    int month;
    int year;
    if (m.matches()) {
      month = FrenchNumbers.month(m.group(2));
      if (month == 0) return null;
      day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1).replace("er", ""));
      year = Integer.parseInt(m.group(3));
    } else {
      Matcher d = NUMERIC.matcher(n);
      if (!d.matches()) return null;
      day = d.group(1) == null ? 0 : Integer.parseInt(d.group(1));
      month = Integer.parseInt(d.group(2));
      year = Integer.parseInt(d.group(3));
    }
    try {
      if (day == 0) return java.time.YearMonth.of(year, month).toString();
      return java.time.LocalDate.of(year, month, day).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}

package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** French spellings of months, dates and amounts, as holders type them. */
final class Formats {
  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };

  private Formats() {}

  static String month(int month) {
    return MONTHS[month - 1];
  }

  /** "octobre 2009". */
  static String monthYear(YearMonth ym) {
    return month(ym.getMonthValue()) + " " + ym.getYear();
  }

  /** "20 octobre 2009", "1er juillet 2010". */
  static String date(LocalDate d) {
    String day = d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth());
    return day + " " + month(d.getMonthValue()) + " " + d.getYear();
  }

  /** ISO month, "2009-10". */
  static String iso(YearMonth ym) {
    return String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue());
  }

  /** Whole number with spaces between thousands: "107 710". */
  static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder b = new StringBuilder();
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) b.append(' ');
      b.append(digits.charAt(i));
    }
    return (value < 0 ? "-" : "") + b;
  }

  /** "107 710 €", "2 200,64 €". */
  static String euros(long cents) {
    long units = cents / 100;
    long rest = cents % 100;
    String s = grouped(units);
    if (rest != 0) s += String.format(Locale.ROOT, ",%02d", rest);
    return s + " €";
  }

  /** "107710", "2200.64": the plain YAML spelling of an amount. */
  static String plain(long cents) {
    long units = cents / 100;
    long rest = cents % 100;
    return rest == 0 ? Long.toString(units) : String.format(Locale.ROOT, "%d.%02d", units, rest);
  }

  /** An amount as a holder writes it in YAML: 107710, 2200.64 or "2 200,64 €". */
  static Object amount(Dice dice, long cents) {
    if (dice.chance(0.25)) return euros(cents);
    return new YamlWriter.Raw(plain(cents));
  }

  /** Lower-case ASCII words joined by '-', for e-mail domains and file-like names. */
  static String slug(String s, int max) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replace("'", " ").replaceAll("[^a-z0-9]+", "-");
    t = t.replaceAll("^-+|-+$", "");
    if (t.length() > max) {
      t = t.substring(0, max);
      int cut = t.lastIndexOf('-');
      if (cut > max / 2) t = t.substring(0, cut);
    }
    return t;
  }

  /** Capitalises the first letter of a text (after any opening quote or bracket). */
  static String capitalize(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
      }
      if (c != '«' && c != ' ' && c != '(' && c != '*' && c != '"') return s;
    }
    return s;
  }
}

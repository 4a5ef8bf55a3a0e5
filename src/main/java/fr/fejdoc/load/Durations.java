package fr.fejdoc.load;

import fr.fejdoc.text.Fold;
import fr.fejdoc.text.FrenchNumbers;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a duration as real notes write it: a duration ("8 semaines", "6 mois", "2 ans et demi"),
 * possibly qualified before ("environ 6 mois", "près de 2 ans") or after ("18 mois (dont 12 mois de
 * formation)", "6 mois renouvelables"), or a span the form does not count in months ("3 à 6 mois",
 * "2 heures", "1 journée"). The text is always kept as written; the figure in months is the
 * duration the text starts with, when there is one.
 *
 * <p>A text with no number followed by a unit of time ("longtemps", "6", "ponctuelle") is not a
 * duration. The scan is bounded (a few candidates of a few words each), whatever the text's size.
 */
final class Durations {
  private Durations() {}

  /**
   * A duration read from a text.
   *
   * @param months the figure in months of the duration the text starts with, or null
   * @param approximate true when a word before the figure makes it approximate ("environ")
   */
  record Read(BigDecimal months, boolean approximate) {}

  private static final int MAX_STARTS = 16;
  private static final int MAX_WORDS = 6;
  private static final int MAX_CANDIDATE = 80;

  /** Words before the figure that make it approximate (folded: lower case, no accents). */
  private static final String[] APPROXIMATE = {
    "environ",
    "pres de",
    "plus de",
    "moins de",
    "au moins",
    "au plus",
    "jusqu",
    "approx",
    "quasi",
    "presque",
    "a peu pres",
    "~",
    "≈",
    "de l'ordre",
    "autour de",
    "une petite",
    "un peu"
  };

  /** The duration in {@code text}, or empty when the text holds none. */
  static Optional<Read> read(String text) {
    if (text == null) return Optional.empty();
    String t = text.strip();
    if (t.isEmpty()) return Optional.empty();
    int first = -1;
    int starts = 0;
    for (int p = 0; p < t.length() && starts < MAX_STARTS; p++) {
      if (!isDigit(t.charAt(p))) continue;
      if (p > 0 && (isDigit(t.charAt(p - 1)) || t.charAt(p - 1) == ',' || t.charAt(p - 1) == '.'))
        continue;
      starts++;
      if (first < 0) first = p;
      Candidate c = at(t, p);
      if (c == null) continue;
      if (p != first || c.months == null) return Optional.of(new Read(null, false));
      String before = Fold.text(t.substring(0, p));
      if (before.contains("dont")) return Optional.of(new Read(null, false));
      boolean approximate = false;
      for (String w : APPROXIMATE) approximate |= before.contains(w);
      String after = Fold.text(t.substring(Math.min(t.length(), p + c.length)));
      approximate |= after.contains("environ") || after.contains("approx");
      return Optional.of(new Read(c.months, approximate));
    }
    return Optional.empty();
  }

  /** A duration starting at {@code p}: its months (null for hours, days of work…), or null. */
  private record Candidate(BigDecimal months, int length) {}

  private static Candidate at(String t, int p) {
    // candidate ends at word boundaries, the longest first ("2 ans et demi" before "2 ans")
    int[] ends = new int[MAX_WORDS];
    int n = 0;
    int i = p;
    while (n < MAX_WORDS && i < t.length() && i - p <= MAX_CANDIDATE) {
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
      ends[n++] = i;
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
    }
    for (int k = n - 1; k >= 0; k--) {
      int e = ends[k];
      while (e > p && ")]»,;:!?".indexOf(t.charAt(e - 1)) >= 0) e--;
      if (e - p > MAX_CANDIDATE) continue;
      String s = t.substring(p, e);
      Optional<FrenchNumbers.Duration> d = FrenchNumbers.parseDuration(s);
      if (d.isPresent()) return new Candidate(d.get().months(), s.length());
      Candidate other = otherUnit(s);
      if (other != null) return other;
    }
    return null;
  }

  /**
   * Units of time the form's months and weeks do not name: trimestre(s) and semestre(s) (counted in
   * months), heure(s), h, journée(s), demi-journée(s) (no figure in months).
   */
  private static Candidate otherUnit(String s) {
    int i = 0;
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == '.'))
      i++;
    String number = s.substring(0, i);
    String unit = Fold.text(s.substring(i)).strip();
    if (unit.endsWith(".")) unit = unit.substring(0, unit.length() - 1);
    Optional<FrenchNumbers.Duration> q = FrenchNumbers.parseDuration(number + " mois");
    if (q.isEmpty()) return null;
    return switch (unit) {
      case "trimestre", "trimestres" ->
          new Candidate(q.get().months().multiply(BigDecimal.valueOf(3)), s.length());
      case "semestre", "semestres" ->
          new Candidate(q.get().months().multiply(BigDecimal.valueOf(6)), s.length());
      case "h", "heure", "heures", "journee", "journees", "demi-journee", "demi-journees" ->
          new Candidate(null, s.length());
      default -> null;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

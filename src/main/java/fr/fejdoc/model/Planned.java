package fr.fejdoc.model;

/**
 * A planned count: exact ("120"), a range ("17 à 20") or a cap ("30 max", min 0). {@code text} is
 * what the holder wrote, printed as is in the documents.
 */
public record Planned(int min, int max, String text, Loc loc) {
  public boolean exact() {
    return min == max;
  }

  public boolean contains(long value) {
    return value >= min && value <= max;
  }

  /** Bounds written the way fejdoc writes a range it composed: "22", "22 à 25", "au moins 22". */
  public static String text(long min, long max) {
    if (min == max) return String.valueOf(min);
    return max >= Integer.MAX_VALUE ? "au moins " + min : min + " à " + max;
  }
}

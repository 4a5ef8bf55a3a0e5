package fr.fejdoc.model;

/**
 * The calendrier: start, optional end, initial and effective durations as the holder wrote them
 * ("27" months, or "18 mois (dont 12 mois de formation)").
 */
public record Schedule(
    DateValue start, DateValue end, DurationText initial, DurationText effective, Loc loc) {

  /** The initial duration as a whole number of months (exact figures only), or null. */
  public Count initialMonths() {
    return months(initial);
  }

  /** The effective duration as a whole number of months (exact figures only), or null. */
  public Count effectiveMonths() {
    return months(effective);
  }

  private static Count months(DurationText d) {
    Integer m = d == null ? null : d.wholeMonths();
    return m == null ? null : new Count(m, d.loc());
  }
}

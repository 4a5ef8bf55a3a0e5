package fr.fejdoc.model;

/**
 * One row of Tableau 2 as the holder wrote it: an action ("Action n°k"), or, when {@code numbered}
 * is false, a row the form does not number ("Résultats : …"); a {@code total} row ("Total phase")
 * is never numbered and gives the totals of its phase or sub-period. {@code title} is the action's
 * name and {@code description} its longer description (either may be null, not both).
 */
public record Action(
    Text title,
    Text description,
    Text when,
    Boolean specific,
    DurationText duration,
    Resources resources,
    boolean numbered,
    boolean total,
    Loc loc) {

  public Action {
    if (resources == null) resources = Resources.none(loc);
    if (total) numbered = false;
  }

  /** The row's name for messages: its title, else its description. */
  public String name() {
    if (title != null && !title.value().isBlank()) return title.value();
    return description == null ? "—" : description.value();
  }

  public Count staff() {
    return resources.staff();
  }

  public Etp fte() {
    return resources.fte();
  }

  public Text personnel() {
    return resources.personnel();
  }

  public MoneyCell purchases() {
    return resources.purchases();
  }

  public Text services() {
    return resources.services();
  }

  public Text other() {
    return resources.other();
  }
}

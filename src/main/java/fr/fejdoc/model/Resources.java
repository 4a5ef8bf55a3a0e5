package fr.fejdoc.model;

import java.math.BigDecimal;

/**
 * The resource columns of a Tableau 2 row ("Ressources humaines mobilisées": effectifs, ETP, type
 * de personnel; "Ressources matérielles mobilisées": achats, prestations, autre), for an action or
 * for a whole phase or sub-period. Every part is null when not given.
 */
public record Resources(
    Count staff, Etp fte, Text personnel, MoneyCell purchases, Text services, Text other, Loc loc) {

  /** No resource given. */
  public static Resources none(Loc loc) {
    return new Resources(null, null, null, null, null, null, loc);
  }

  /** True when no column is given. */
  public boolean isEmpty() {
    return staff == null
        && fte == null
        && personnel == null
        && purchases == null
        && services == null
        && other == null;
  }

  /** The ETP figure, or null. */
  public BigDecimal fteValue() {
    return fte == null ? null : fte.value();
  }
}

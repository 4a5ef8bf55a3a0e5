package fr.fejdoc.model;

import java.util.List;

/**
 * A part of a Tableau 2 phase with its own rows ("Année 2009-2010"): its label, optional dates and
 * resources, and its rows. Its actions are numbered from 1 unless {@code continues} (then they
 * follow the phase's previous numbered action).
 */
public record SubPeriod(
    Text label,
    DateValue start,
    DateValue end,
    boolean continues,
    Resources resources,
    List<Action> actions,
    Loc loc) {

  public SubPeriod {
    if (resources == null) resources = Resources.none(loc);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}

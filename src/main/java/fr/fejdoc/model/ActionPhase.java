package fr.fejdoc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A phase of Tableau 2 with its dates ("indiquer ici les dates de début et de fin"), the resources
 * given for the whole phase, its own rows ({@code actions}, printed first) and its sub-periods,
 * each with its rows.
 */
public record ActionPhase(
    Phase phase,
    DateValue start,
    DateValue end,
    Resources resources,
    List<Action> actions,
    List<SubPeriod> subPeriods,
    Loc loc) {

  public ActionPhase {
    if (resources == null) resources = Resources.none(loc);
    actions = actions == null ? List.of() : List.copyOf(actions);
    subPeriods = subPeriods == null ? List.of() : List.copyOf(subPeriods);
  }

  /** A phase without phase resources nor sub-periods. */
  public ActionPhase(Phase phase, DateValue start, DateValue end, List<Action> actions, Loc loc) {
    this(phase, start, end, null, actions, List.of(), loc);
  }

  /** Every row of the phase, its own then each sub-period's, in the order printed. */
  public List<Action> allActions() {
    List<Action> all = new ArrayList<>(actions);
    for (SubPeriod s : subPeriods) all.addAll(s.actions());
    return all;
  }

  /** True when the phase has no row, no resources and no sub-period. */
  public boolean isBare() {
    return actions.isEmpty() && subPeriods.isEmpty() && resources.isEmpty();
  }
}

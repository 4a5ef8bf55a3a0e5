package fr.fejdoc.model;

import java.util.List;

/**
 * Tableau 1. Per-period lists have one element per period; an element is null where the form's cell
 * is "not applicable".
 */
public record Beneficiaries(
    PeriodKind kind,
    List<Text> periods,
    Planned plannedYoung,
    Planned plannedAdults,
    Planned plannedTotal,
    List<Count> enteredYoung,
    List<Count> enteredAdults,
    List<Count> abandons,
    Count statedYoungTotal,
    Count statedAdultTotal,
    boolean adultsCountedInYoungBlocks,
    List<CharacteristicBlock> youngBlocks,
    CharacteristicBlock adultQuality,
    OtherInformation other,
    Text remarks,
    Loc loc) {

  /** Young entered over the whole experiment: stated, or computed from the periods. */
  public Integer youngTotal() {
    return total(statedYoungTotal, enteredYoung);
  }

  /** Adults entered over the whole experiment. */
  public Integer adultTotal() {
    return total(statedAdultTotal, enteredAdults);
  }

  /** Jeunes + adultes entered (null when neither is known). */
  public Integer total() {
    Integer y = youngTotal(), a = adultTotal();
    if (y == null && a == null) return null;
    return (y == null ? 0 : y) + (a == null ? 0 : a);
  }

  /**
   * Beneficiaries reached, comparable with the plan: adults count only when adults were planned.
   */
  public Integer reached() {
    return plannedAdults == null ? youngTotal() : total();
  }

  /** The least number planned (young + adults; the lower bound of a range); null when unknown. */
  public Integer plannedMinimum() {
    if (plannedYoung == null) return null;
    return plannedYoung.min() + (plannedAdults == null ? 0 : plannedAdults.min());
  }

  /** The planned total as written, or young + adults planned ("17 à 20", "au moins 30"). */
  public String plannedTotalText() {
    if (plannedTotal != null) return plannedTotal.text();
    if (plannedYoung == null && plannedAdults == null) return null;
    long min =
        (plannedYoung == null ? 0 : plannedYoung.min())
            + (plannedAdults == null ? 0 : plannedAdults.min());
    long max =
        (plannedYoung == null ? 0 : (long) plannedYoung.max())
            + (plannedAdults == null ? 0 : (long) plannedAdults.max());
    if (min == max) return String.valueOf(min);
    return max >= Integer.MAX_VALUE ? "au moins " + min : min + " à " + max;
  }

  /**
   * The rate of realisation in percent: reached / least planned, rounded, and kept under 100 while
   * fewer were reached than planned (199 / 200 is 99 %, not 100 %). Null when unknown.
   */
  public Integer rate() {
    Integer reached = reached();
    Integer planned = plannedMinimum();
    if (reached == null || planned == null || planned <= 0) return null;
    int rate = (int) Math.round(reached * 100.0 / planned);
    return reached < planned ? Math.min(rate, 99) : rate;
  }

  /** Sum of a per-period row; null when every cell is empty. */
  public static Integer sum(List<Count> perPeriod) {
    int sum = 0;
    boolean any = false;
    for (Count c : perPeriod) {
      if (c != null) {
        sum += c.value();
        any = true;
      }
    }
    return any ? sum : null;
  }

  private Integer total(Count stated, List<Count> perPeriod) {
    if (stated != null) return stated.value();
    if (kind == PeriodKind.INTAKES) return sum(perPeriod);
    for (int i = perPeriod.size() - 1; i >= 0; i--) {
      if (perPeriod.get(i) != null) return perPeriod.get(i).value();
    }
    return null;
  }
}

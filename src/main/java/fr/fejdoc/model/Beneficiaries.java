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

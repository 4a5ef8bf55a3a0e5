package fr.fejdoc.model;

import java.util.List;

/**
 * Tableau 1. Per-period lists have one element per period; an element is null where the form's cell
 * is "not applicable".
 *
 * <p>Two kinds of totals: {@link #youngTotal()} and the like are what the checks compare (for
 * stages of one cohort without a stated total, the last stage given); {@link #youngTotalGiven()}
 * and the like are what the documents print in the form's total column: a figure the holder stated,
 * or one the form defines as the sum of the period columns (successive intakes), never a figure
 * fejdoc made up.
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
    Count statedAbandons,
    boolean adultsCountedInYoungBlocks,
    List<CharacteristicBlock> youngBlocks,
    CharacteristicBlock adultQuality,
    OtherInformation other,
    Text remarks,
    Loc loc) {

  /** Without a stated abandons total (the form's total column of the abandons row). */
  public Beneficiaries(
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
    this(
        kind,
        periods,
        plannedYoung,
        plannedAdults,
        plannedTotal,
        enteredYoung,
        enteredAdults,
        abandons,
        statedYoungTotal,
        statedAdultTotal,
        null,
        adultsCountedInYoungBlocks,
        youngBlocks,
        adultQuality,
        other,
        remarks,
        loc);
  }

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
   * Young entered over the whole experiment as the form's total column shows it: stated, or (for
   * successive intakes, or a single period) the sum of the periods; null for stages of one cohort
   * without a stated total (the cohort at the end is the holder's figure, not the last stage).
   */
  public Integer youngTotalGiven() {
    return given(statedYoungTotal, enteredYoung);
  }

  /** Adults entered over the whole experiment, as {@link #youngTotalGiven()}. */
  public Integer adultTotalGiven() {
    return given(statedAdultTotal, enteredAdults);
  }

  /**
   * The total row's total column (jeunes + adultes, the form's sum): null when a side that has
   * figures has no given total, or when neither side has any.
   */
  public Integer totalGiven() {
    Integer y = youngTotalGiven(), a = adultTotalGiven();
    boolean youngFigures = statedYoungTotal != null || sum(enteredYoung) != null;
    boolean adultFigures = statedAdultTotal != null || sum(enteredAdults) != null;
    if ((youngFigures && y == null) || (adultFigures && a == null)) return null;
    if (y == null && a == null) return null;
    return (y == null ? 0 : y) + (a == null ? 0 : a);
  }

  /**
   * Abandons over the whole experiment as the form's total column shows them: stated, or (for
   * successive intakes, or a single period) the sum of the periods; null for stages of one cohort
   * without a stated total.
   */
  public Integer abandonsGiven() {
    return given(statedAbandons, abandons);
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
    return Planned.text(min, max);
  }

  /**
   * The realisation compared like with like, from figures the holder gave: the young entered
   * against the young planned, or, when adults were planned, the form's total row (jeunes + adultes
   * entered against the total planned: stated, else jeunes + adultes planned). Null when either
   * side is unknown.
   */
  public Realisation realisation() {
    if (plannedYoung == null && plannedTotal == null) return null;
    Integer adultsGiven = adultTotalGiven();
    boolean noAdults =
        plannedAdults != null
            && plannedAdults.max() == 0
            && (adultsGiven == null || adultsGiven == 0)
            && plannedYoung != null;
    boolean withAdults =
        !noAdults && (plannedAdults != null || (plannedYoung == null && plannedTotal != null));
    Integer reached = withAdults ? totalGiven() : youngTotalGiven();
    if (reached == null) return null;
    long min, max;
    String text;
    if (noAdults) {
      min = plannedYoung.min();
      max = plannedYoung.max();
      text = plannedYoung.text();
    } else if (withAdults && plannedTotal != null) {
      min = plannedTotal.min();
      max = plannedTotal.max();
      text = plannedTotal.text();
    } else if (withAdults && plannedYoung != null) {
      min = (long) plannedYoung.min() + plannedAdults.min();
      max = Math.min(Integer.MAX_VALUE, (long) plannedYoung.max() + plannedAdults.max());
      text = Planned.text(min, max);
    } else if (plannedYoung != null) {
      min = plannedYoung.min();
      max = plannedYoung.max();
      text = plannedYoung.text();
    } else {
      return null;
    }
    return new Realisation(reached, withAdults, min, max, text);
  }

  /**
   * The rate of realisation in percent when the plan is one figure (reached / planned, rounded,
   * kept under 100 while fewer were reached than planned: 199 / 200 is 99 %, not 100 %). Null when
   * unknown or when the plan is a range (see {@link Realisation}, which says the range).
   */
  public Integer rate() {
    Realisation r = realisation();
    return r == null || !r.exact() ? null : r.rateAgainst(r.plannedMin());
  }

  /**
   * Figures reached against figures planned, like with like.
   *
   * @param reached entered over the whole experiment (young, or jeunes + adultes)
   * @param withAdults whether both sides are the total row (jeunes + adultes)
   * @param plannedMin the lower bound of the plan (0 for a cap such as "30 max")
   * @param plannedMax the upper bound ({@code Integer.MAX_VALUE} for "au moins 30")
   * @param plannedText the plan as the holder wrote it (or jeunes + adultes planned)
   */
  public record Realisation(
      int reached, boolean withAdults, long plannedMin, long plannedMax, String plannedText) {

    public boolean exact() {
      return plannedMin == plannedMax;
    }

    /** Reached in percent of {@code planned}: null when {@code planned} is 0 or unbounded. */
    public Integer rateAgainst(long planned) {
      if (planned <= 0 || planned >= Integer.MAX_VALUE) return null;
      int rate = (int) Math.round(reached * 100.0 / planned);
      if (reached < planned) return Math.min(rate, 99);
      if (reached > planned) return Math.max(rate, 101);
      return rate;
    }

    /** The rate against the upper bound of the plan (the lowest rate); null when unbounded. */
    public Integer lowRate() {
      return rateAgainst(plannedMax);
    }

    /** The rate against the lower bound of the plan (the highest rate); null when it is 0. */
    public Integer highRate() {
      return rateAgainst(plannedMin);
    }

    /** Fewer reached than the least planned. */
    public boolean below() {
      return reached < plannedMin;
    }

    /** More reached than the most planned. */
    public boolean above() {
      return reached > plannedMax;
    }
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

  private Integer given(Count stated, List<Count> perPeriod) {
    if (stated != null) return stated.value();
    if (kind == PeriodKind.INTAKES || periods.size() <= 1) return sum(perPeriod);
    return null;
  }
}

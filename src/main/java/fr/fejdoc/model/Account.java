package fr.fejdoc.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget account (60...68, 86 for charges; 70, 74...79, 87 for produits), with the holder's
 * comment on its gap (null when none).
 */
public record Account(
    String number, Amount planned, Amount actual, List<BudgetLine> lines, Text comments, Loc loc) {

  public Account(String number, Amount planned, Amount actual, List<BudgetLine> lines, Loc loc) {
    this(number, planned, actual, lines, null, loc);
  }

  /** The planned amount: stated, else the sum of the lines (null when neither). */
  public BigDecimal plannedValue() {
    if (planned != null) return planned.value();
    return sumLines(true);
  }

  /** The actual amount: stated, else the sum of the lines. */
  public BigDecimal actualValue() {
    if (actual != null) return actual.value();
    return sumLines(false);
  }

  /** Sum of the lines' planned or actual amounts; null when no line gives one. */
  public BigDecimal sumLines(boolean plannedSide) {
    BigDecimal sum = null;
    for (BudgetLine l : lines) {
      Amount a = plannedSide ? l.planned() : l.actual();
      if (a != null) sum = sum == null ? a.value() : sum.add(a.value());
    }
    return sum;
  }
}

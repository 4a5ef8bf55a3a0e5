package fr.fejdoc.model;

import java.math.BigDecimal;
import java.util.List;

/** The bilan d'exécution financière. */
public record Budget(
    List<Account> charges,
    BudgetTotal statedCharges,
    List<Account> products,
    BudgetTotal statedProducts,
    Text comments,
    Loc loc) {

  /** Sum of the accounts' planned or actual amounts (zero when none). */
  public static BigDecimal total(List<Account> accounts, boolean plannedSide) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Account a : accounts) {
      BigDecimal v = plannedSide ? a.plannedValue() : a.actualValue();
      if (v != null) sum = sum.add(v);
    }
    return sum;
  }
}

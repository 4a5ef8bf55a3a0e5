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

  /**
   * Whether the holder commented the bilan anywhere the form and the keys allow: the bilan's own
   * comments, an account's or a detail line's.
   */
  public boolean commented() {
    if (present(comments)) return true;
    for (List<Account> side : List.of(charges, products)) {
      for (Account a : side) {
        if (present(a.comments())) return true;
        for (BudgetLine l : a.lines()) if (present(l.comments())) return true;
      }
    }
    return false;
  }

  private static boolean present(Text t) {
    return t != null && !t.value().isBlank();
  }

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

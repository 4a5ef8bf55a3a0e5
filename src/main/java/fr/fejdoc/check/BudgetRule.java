package fr.fejdoc.check;

import fr.fejdoc.model.Account;
import fr.fejdoc.model.Amount;
import fr.fejdoc.model.Budget;
import fr.fejdoc.model.BudgetLine;
import fr.fejdoc.model.BudgetTotal;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.form.FormRegistry;
import java.math.BigDecimal;
import java.util.List;

/** The bilan adds up, balances when planned, and agrees with the FEJ amount of the partners. */
final class BudgetRule implements Rule {

  @Override
  public boolean addsFiguresUp() {
    return true;
  }

  @Override
  public void check(Project p, List<Finding> out) {
    if (p.experiment() == null || p.experiment().budget() == null) return;
    Budget b = p.experiment().budget();
    for (List<Account> side : List.of(b.charges(), b.products())) {
      for (Account a : side) {
        detail(a, true, out);
        detail(a, false, out);
      }
    }
    total(b.charges(), b.statedCharges(), new Localized("charges", "charges"), out);
    total(b.products(), b.statedProducts(), new Localized("produits", "income"), out);

    BigDecimal plannedCharges = Budget.total(b.charges(), true);
    BigDecimal plannedProducts = Budget.total(b.products(), true);
    if (!b.charges().isEmpty()
        && !b.products().isEmpty()
        && plannedCharges.compareTo(plannedProducts) != 0) {
      out.add(
          Finding.of(
              Code.BUDGET_PLANNED_BALANCE,
              b.loc(),
              plannedCharges,
              plannedProducts,
              plannedCharges.subtract(plannedProducts).abs()));
    }
    BigDecimal actualCharges = Budget.total(b.charges(), false);
    BigDecimal actualProducts = Budget.total(b.products(), false);
    if (!b.charges().isEmpty()
        && !b.products().isEmpty()
        && actualCharges.compareTo(actualProducts) != 0) {
      BigDecimal gap = actualCharges.subtract(actualProducts).abs();
      // the form asks to explain the gaps: once the holder has (anywhere the keys allow), the
      // imbalance is information, and the message names where the comments are
      String where = commentPlaces(b);
      out.add(
          where.isEmpty()
              ? Finding.of(
                  Code.BUDGET_ACTUAL_IMBALANCE, b.loc(), actualCharges, actualProducts, gap)
              : Finding.of(
                  Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED,
                  b.loc(),
                  actualCharges,
                  actualProducts,
                  gap,
                  where));
    }
    fej(p, b, out);
  }

  /** The keys holding the holder's comments on the bilan ("budget.commentaires ; ..."). */
  static String commentPlaces(Budget b) {
    List<String> places = new java.util.ArrayList<>();
    if (present(b.comments())) places.add("budget.commentaires");
    for (List<Account> side : List.of(b.charges(), b.products())) {
      String sideKey = side == b.charges() ? "charges" : "produits";
      for (Account a : side) {
        String account = "budget." + sideKey + "." + a.number();
        if (present(a.comments())) places.add(account + ".commentaires");
        for (int i = 0; i < a.lines().size(); i++) {
          if (present(a.lines().get(i).comments()))
            places.add(account + ".detail[" + (i + 1) + "].commentaires");
        }
      }
    }
    return String.join(" ; ", places);
  }

  private static boolean present(fr.fejdoc.model.Text t) {
    return t != null && !t.value().isBlank();
  }

  private static void detail(Account a, boolean planned, List<Finding> out) {
    Amount stated = planned ? a.planned() : a.actual();
    BigDecimal sum = a.sumLines(planned);
    if (stated == null || sum == null || stated.value().compareTo(sum) == 0) return;
    out.add(
        Finding.of(
            planned ? Code.BUDGET_DETAIL_SUM_PLANNED : Code.BUDGET_DETAIL_SUM,
            stated.loc(),
            a.number(),
            FormRegistry.SIDES.name(planned ? "prevu" : "realise"),
            stated.value(),
            sum,
            stated.value().subtract(sum).abs()));
  }

  private static void total(
      List<Account> accounts, BudgetTotal stated, Localized side, List<Finding> out) {
    if (stated == null) return;
    for (boolean planned : new boolean[] {true, false}) {
      Amount t = planned ? stated.planned() : stated.actual();
      if (t == null) continue;
      BigDecimal sum = Budget.total(accounts, planned);
      if (t.value().compareTo(sum) != 0) {
        out.add(
            Finding.of(
                planned ? Code.BUDGET_TOTAL_PLANNED : Code.BUDGET_TOTAL,
                t.loc(),
                side,
                FormRegistry.SIDES.name(planned ? "prevu" : "realise"),
                t.value(),
                sum,
                t.value().subtract(sum).abs()));
      }
    }
  }

  private static void fej(Project p, Budget b, List<Finding> out) {
    BigDecimal partners = null;
    for (Funder f : p.experiment().partners().funders()) {
      if (f.category() != null && f.category().key().equals(Funder.FEJ) && f.amount() != null) {
        partners = partners == null ? f.amount().value() : partners.add(f.amount().value());
      }
    }
    if (partners == null) return;
    BigDecimal bilan = null;
    BudgetLine first = null;
    for (Account a : b.products()) {
      if (!a.number().equals("74")) continue;
      for (BudgetLine l : a.lines()) {
        if (l.funder() != null && l.funder().key().equals("fej") && l.actual() != null) {
          bilan = bilan == null ? l.actual().value() : bilan.add(l.actual().value());
          if (first == null) first = l;
        }
      }
    }
    if (bilan == null || bilan.compareTo(partners) == 0) return;
    out.add(
        Finding.of(
            Code.BUDGET_FEJ_MISMATCH,
            first.actual().loc(),
            bilan,
            partners,
            bilan.subtract(partners).abs()));
  }
}

package fr.fejdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final Loc L = new Loc("experiment.yaml", 1, 1);

  private static Amount amount(String v) {
    return v == null ? null : new Amount(new BigDecimal(v), L);
  }

  private static BudgetLine line(String planned, String actual) {
    return new BudgetLine(new Text("ligne", L), null, amount(planned), amount(actual), L);
  }

  private static Account account(String planned, String actual, BudgetLine... lines) {
    return new Account("64", amount(planned), amount(actual), List.of(lines), L);
  }

  @Test
  void sumLinesAddsEachSideSeparately() {
    Account a = account(null, null, line("600", "800.50"), line("300", "299.50"));
    assertThat(a.sumLines(true)).isEqualByComparingTo("900");
    assertThat(a.sumLines(false)).isEqualByComparingTo("1100");
  }

  @Test
  void sumLinesSkipsLinesWithoutThatSide() {
    Account a = account(null, null, line("600", null), line(null, "300"), line("0.01", null));
    assertThat(a.sumLines(true)).isEqualByComparingTo("600.01");
    assertThat(a.sumLines(false)).isEqualByComparingTo("300");
  }

  @Test
  void sumLinesIsNullWhenNoLineGivesThatSide() {
    assertThat(account("10", "10").sumLines(true)).isNull();
    assertThat(account(null, null, line(null, "5")).sumLines(true)).isNull();
    assertThat(account(null, null, line("0", null)).sumLines(true)).isEqualByComparingTo("0");
  }

  @Test
  void statedAmountWinsOverTheLines() {
    Account a = account("1000", null, line("600", "700"), line("300", "300"));
    assertThat(a.plannedValue()).isEqualByComparingTo("1000");
    assertThat(a.actualValue()).isEqualByComparingTo("1000");
    assertThat(account(null, null).plannedValue()).isNull();
  }

  @Test
  void budgetTotalAddsAccountsAndIgnoresEmptyOnes() {
    List<Account> accounts =
        List.of(account("100", "90"), account(null, null, line("50", "60")), account(null, null));
    assertThat(Budget.total(accounts, true)).isEqualByComparingTo("150");
    assertThat(Budget.total(accounts, false)).isEqualByComparingTo("150");
    assertThat(Budget.total(List.of(), true)).isEqualByComparingTo("0");
  }
}

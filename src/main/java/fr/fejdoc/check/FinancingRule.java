package fr.fejdoc.check;

import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Partners;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Share;
import fr.fejdoc.model.Shares;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.form.FormRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Financing shares: stated shares add up to 100 and agree with the amounts within a point. */
final class FinancingRule implements Rule {
  private static final BigDecimal ONE_POINT = BigDecimal.ONE;

  @Override
  public boolean addsFiguresUp() {
    return true;
  }

  @Override
  public void check(Project p, List<Finding> out) {
    if (p.experiment() == null) return;
    Partners partners = p.experiment().partners();
    List<Funder> funders = partners.funders();
    if (!funders.isEmpty()
        && funders.stream()
            .noneMatch(f -> f.category() != null && f.category().key().equals(Funder.FEJ))) {
      out.add(Finding.of(Code.FIN_NO_FEJ, partners.loc()));
    }
    List<Share> stated = partners.statedShares();
    if (stated.isEmpty()) return;
    BigDecimal sum = stated.stream().map(Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      out.add(
          Finding.of(
              Code.FIN_SHARES_SUM,
              stated.get(0).loc(),
              sum,
              sum.subtract(BigDecimal.valueOf(100)).abs()));
    }
    Map<String, BigDecimal> amounts = Shares.byCategory(funders);
    Map<String, BigDecimal> exact = Shares.exact(amounts);
    if (exact.isEmpty()) return;
    BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (Share s : stated) {
      BigDecimal computed = exact.getOrDefault(s.category(), BigDecimal.ZERO);
      if (s.percent().subtract(computed).abs().compareTo(ONE_POINT) > 0) {
        out.add(
            Finding.of(
                Code.FIN_SHARE_MISMATCH,
                s.loc(),
                FormRegistry.FUNDING_CATEGORIES.name(s.category()),
                s.percent(),
                computed,
                amounts.getOrDefault(s.category(), BigDecimal.ZERO),
                total));
      }
    }
  }
}

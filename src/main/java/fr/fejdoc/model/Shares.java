package fr.fejdoc.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Financing shares computed from the funders' amounts. */
public final class Shares {
  private Shares() {}

  /** Amount per category, in the order fej, cofinancement, autofinancement (only those given). */
  public static Map<String, BigDecimal> byCategory(List<Funder> funders) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (String c : List.of(Funder.FEJ, Funder.COFUNDING, Funder.SELF_FUNDING)) {
      for (Funder f : funders) {
        if (f.category() != null && f.category().key().equals(c) && f.amount() != null) {
          sums.merge(c, f.amount().value(), BigDecimal::add);
        }
      }
    }
    return sums;
  }

  /** Exact share of each amount in percent (two decimals). */
  public static Map<String, BigDecimal> exact(Map<String, BigDecimal> amounts) {
    BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (total.signum() == 0) return out;
    amounts.forEach(
        (k, v) ->
            out.put(k, v.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP)));
    return out;
  }

  /**
   * Whole percentages that add up to exactly 100 (largest remainder method): each share is rounded
   * down, then the points left go to the largest remainders.
   */
  public static Map<String, Integer> largestRemainder(Map<String, BigDecimal> amounts) {
    BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Integer> out = new LinkedHashMap<>();
    if (total.signum() == 0) return out;
    List<String> keys = new ArrayList<>(amounts.keySet());
    BigDecimal[] remainders = new BigDecimal[keys.size()];
    int given = 0;
    for (int i = 0; i < keys.size(); i++) {
      BigDecimal exact =
          amounts
              .get(keys.get(i))
              .multiply(BigDecimal.valueOf(100))
              .divide(total, 10, RoundingMode.HALF_UP);
      int floor = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
      out.put(keys.get(i), floor);
      remainders[i] = exact.subtract(BigDecimal.valueOf(floor));
      given += floor;
    }
    for (int left = 100 - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < keys.size(); i++) {
        if (remainders[i] == null) continue;
        if (best < 0 || remainders[i].compareTo(remainders[best]) > 0) best = i;
      }
      if (best < 0) break;
      out.merge(keys.get(best), 1, Integer::sum);
      remainders[best] = null;
    }
    return out;
  }
}

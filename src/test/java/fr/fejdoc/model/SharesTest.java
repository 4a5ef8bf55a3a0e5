package fr.fejdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SharesTest {
  private static final Loc L = new Loc("experiment.yaml", 1, 1);

  private static Funder funder(String category, String amount) {
    return new Funder(
        new Text(category, L), new Choice(category, L), new Amount(new BigDecimal(amount), L), L);
  }

  private static final List<Funder> AP1_027 =
      List.of(
          funder("fej", "107710"),
          funder("autofinancement", "56838.64"),
          funder("cofinancement", "51700"),
          funder("cofinancement", "2600"));

  private static Map<String, BigDecimal> amounts(String... keyThenAmount) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < keyThenAmount.length; i += 2) {
      m.put(keyThenAmount[i], new BigDecimal(keyThenAmount[i + 1]));
    }
    return m;
  }

  @Test
  void byCategorySumsEachCategoryInTheFormsOrder() {
    Map<String, BigDecimal> m = Shares.byCategory(AP1_027);
    assertThat(m.keySet()).containsExactly("fej", "cofinancement", "autofinancement");
    assertThat(m.get("fej")).isEqualByComparingTo("107710");
    assertThat(m.get("cofinancement")).isEqualByComparingTo("54300");
    assertThat(m.get("autofinancement")).isEqualByComparingTo("56838.64");
  }

  @Test
  void byCategoryLeavesOutFundersWithoutAmountOrCategory() {
    List<Funder> funders =
        List.of(
            funder("fej", "100"),
            new Funder(new Text("X", L), null, new Amount(BigDecimal.TEN, L), L),
            new Funder(new Text("Y", L), new Choice("cofinancement", L), null, L));
    assertThat(Shares.byCategory(funders)).containsOnlyKeys("fej");
  }

  @Test
  void ap1027LargestRemainderGives49And25And26() {
    Map<String, Integer> shares = Shares.largestRemainder(Shares.byCategory(AP1_027));
    assertThat(shares)
        .containsExactly(
            Map.entry("fej", 49), Map.entry("cofinancement", 25), Map.entry("autofinancement", 26));
  }

  @Test
  void ap1027ExactSharesHaveTwoDecimals() {
    Map<String, BigDecimal> exact = Shares.exact(Shares.byCategory(AP1_027));
    assertThat(exact.get("fej")).isEqualByComparingTo("49.22");
    assertThat(exact.get("cofinancement")).isEqualByComparingTo("24.81");
    assertThat(exact.get("autofinancement")).isEqualByComparingTo("25.97");
    assertThat(exact.values()).allSatisfy(v -> assertThat(v.scale()).isEqualTo(2));
  }

  @Test
  void thirdsGiveTheExtraPointToTheFirst() {
    assertThat(Shares.largestRemainder(amounts("a", "1", "b", "1", "c", "1")))
        .containsExactly(Map.entry("a", 34), Map.entry("b", 33), Map.entry("c", 33));
  }

  @Test
  void exactPercentagesAreKept() {
    assertThat(Shares.largestRemainder(amounts("a", "50", "b", "25", "c", "25")))
        .containsExactly(Map.entry("a", 50), Map.entry("b", 25), Map.entry("c", 25));
    assertThat(Shares.largestRemainder(amounts("fej", "1234.56")))
        .containsExactly(Map.entry("fej", 100));
  }

  @Test
  void zeroAmountsKeepZeroAndZeroTotalGivesNoShares() {
    assertThat(Shares.largestRemainder(amounts("a", "0", "b", "3", "c", "0")))
        .containsExactly(Map.entry("a", 0), Map.entry("b", 100), Map.entry("c", 0));
    assertThat(Shares.largestRemainder(amounts("a", "0", "b", "0"))).isEmpty();
    assertThat(Shares.largestRemainder(Map.of())).isEmpty();
    assertThat(Shares.exact(amounts("a", "0"))).isEmpty();
  }

  @Test
  void tinyShareNextToHugeOnes() {
    Map<String, Integer> s =
        Shares.largestRemainder(amounts("a", "999999999.99", "b", "0.01", "c", "999999999.99"));
    assertThat(s.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    assertThat(s).containsEntry("b", 0);
  }

  @RepeatedTest(300)
  void randomAmountsAlwaysSumToExactly100(RepetitionInfo rep) {
    Random random = new Random(rep.getCurrentRepetition() * 7919L);
    int n = 1 + random.nextInt(rep.getCurrentRepetition() % 10 == 0 ? 12 : 3);
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      long cents =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(100); // a few cents
            case 1 -> random.nextInt(1_000_000);
            case 2 -> 100 * (long) random.nextInt(200_000); // whole euros
            default -> Math.abs(random.nextLong() % 100_000_000_000L);
          };
      amounts.put("k" + i, BigDecimal.valueOf(cents, 2));
    }
    BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Integer> shares = Shares.largestRemainder(amounts);
    if (total.signum() == 0) {
      assertThat(shares).isEmpty();
      return;
    }
    assertThat(shares.keySet()).containsExactlyElementsOf(amounts.keySet());
    assertThat(shares.values().stream().mapToInt(Integer::intValue).sum())
        .as("shares of %s", amounts)
        .isEqualTo(100);
    // each share is the exact percentage rounded down or up, never further
    List<String> byRemainderOff = new ArrayList<>();
    for (var e : amounts.entrySet()) {
      BigDecimal exact =
          e.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 20, RoundingMode.HALF_UP);
      int floor = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
      int share = shares.get(e.getKey());
      assertThat(share).as("share of %s in %s", e.getKey(), amounts).isBetween(floor, floor + 1);
      if (share == floor + 1 && exact.compareTo(BigDecimal.valueOf(floor)) == 0) {
        byRemainderOff.add(e.getKey());
      }
    }
    assertThat(byRemainderOff).as("whole percentages got an extra point").isEmpty();
  }

  @RepeatedTest(100)
  void randomAmountsRaisedSharesHaveTheLargestRemainders(RepetitionInfo rep) {
    Random random = new Random(31L * rep.getCurrentRepetition());
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      amounts.put("k" + i, BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2));
    }
    BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Integer> shares = Shares.largestRemainder(amounts);
    BigDecimal lowestRaised = null;
    BigDecimal highestKept = null;
    for (var e : amounts.entrySet()) {
      BigDecimal exact =
          e.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 20, RoundingMode.HALF_UP);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      BigDecimal remainder = exact.subtract(floor);
      if (shares.get(e.getKey()) > floor.intValue()) {
        lowestRaised = lowestRaised == null ? remainder : lowestRaised.min(remainder);
      } else {
        highestKept = highestKept == null ? remainder : highestKept.max(remainder);
      }
    }
    if (lowestRaised != null && highestKept != null) {
      // compare at the precision the method works with (10 decimals)
      assertThat(lowestRaised.setScale(9, RoundingMode.HALF_UP))
          .as("%s -> %s", amounts, shares)
          .isGreaterThanOrEqualTo(highestKept.setScale(9, RoundingMode.HALF_UP));
    }
  }
}

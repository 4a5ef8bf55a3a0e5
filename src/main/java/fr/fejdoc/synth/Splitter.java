package fr.fejdoc.synth;

/**
 * Splits a total into whole parts that add up to it exactly (largest remainder method): what makes
 * every characteristic block, budget account and financing share of a synthetic project add up.
 */
final class Splitter {
  private Splitter() {}

  /** {@code total} split into {@code parts} random parts (some may be small, none negative). */
  static long[] random(Dice dice, long total, int parts) {
    double[] weights = new double[parts];
    for (int i = 0; i < parts; i++) weights[i] = 0.15 + dice.uniform(0, 1) * dice.uniform(0, 1);
    return byWeights(total, weights);
  }

  /** {@code total} split into {@code parts} random whole parts. */
  static int[] randomInts(Dice dice, int total, int parts) {
    return toInts(random(dice, total, parts));
  }

  /** {@code total} split into whole parts proportional to {@code weights}; sums to total. */
  static long[] byWeights(long total, double[] weights) {
    int n = weights.length;
    long[] out = new long[n];
    if (n == 0) return out;
    double sum = 0;
    for (double w : weights) sum += w;
    if (sum <= 0) {
      out[0] = total;
      return out;
    }
    double[] remainders = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double exact = total * weights[i] / sum;
      out[i] = (long) Math.floor(exact);
      remainders[i] = exact - out[i];
      given += out[i];
    }
    boolean[] bumped = new boolean[n];
    for (long left = total - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (bumped[i]) continue;
        if (best < 0 || remainders[i] > remainders[best]) best = i;
      }
      if (best < 0) {
        best = 0;
      } else {
        bumped[best] = true;
      }
      out[best]++;
    }
    return out;
  }

  /**
   * Whole percentages of {@code amounts} that add up to exactly 100 (each share rounded down, the
   * points left to the largest remainders, ties to the first): each is within one point of the
   * exact share. Computed in exact integer arithmetic.
   */
  static int[] percentages(long[] amounts) {
    int n = amounts.length;
    int[] out = new int[n];
    long total = 0;
    for (long a : amounts) total += a;
    if (total == 0) return out;
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long scaled = amounts[i] * 100;
      out[i] = (int) (scaled / total);
      remainders[i] = scaled % total;
      given += out[i];
    }
    boolean[] bumped = new boolean[n];
    for (int left = 100 - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (bumped[i]) continue;
        if (best < 0 || remainders[i] > remainders[best]) best = i;
      }
      bumped[best] = true;
      out[best]++;
    }
    return out;
  }

  static int[] toInts(long[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) out[i] = Math.toIntExact(values[i]);
    return out;
  }
}

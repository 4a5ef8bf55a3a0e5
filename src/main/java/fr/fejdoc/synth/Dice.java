package fr.fejdoc.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random choices of one part of a project. Backed by {@link java.util.Random}, whose algorithm
 * the Java specification fixes, so a seed gives the same project on every JDK.
 */
final class Dice {
  private final long seed;
  private final Random random;

  Dice(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** An independent stream for a named part ({@code salt}), unaffected by this one's use. */
  Dice fork(long salt) {
    return new Dice(Seeds.derive(seed, salt));
  }

  /** A whole number in [lo, hi]. */
  int between(int lo, int hi) {
    if (hi <= lo) return lo;
    return lo + random.nextInt(hi - lo + 1);
  }

  /** A long in [lo, hi]. */
  long between(long lo, long hi) {
    if (hi <= lo) return lo;
    long span = hi - lo + 1;
    long r = random.nextLong() % span;
    return lo + (r < 0 ? r + span : r);
  }

  /** A real number in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + random.nextDouble() * (hi - lo);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pickOf(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** {@code n} distinct items in a random order ({@code n} is capped at the list's size). */
  <T> List<T> distinct(List<T> items, int n) {
    List<T> copy = new ArrayList<>(items);
    int k = Math.min(n, copy.size());
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(copy.size() - i);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return new ArrayList<>(copy.subList(0, k));
  }

  /** An index chosen with the given weights. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

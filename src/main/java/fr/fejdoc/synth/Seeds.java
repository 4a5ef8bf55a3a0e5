package fr.fejdoc.synth;

/**
 * Derives independent seeds from a run seed, so that project {@code k} and each of its parts get
 * the same random stream whatever else is generated (SplitMix64 mixing, fully specified here so the
 * output never depends on the JDK).
 */
final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** A seed for {@code salt} under {@code parent}. */
  static long derive(long parent, long salt) {
    return mix(parent ^ mix(salt + GOLDEN));
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

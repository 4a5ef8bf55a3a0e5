package fr.fejdoc.load;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the closest known word to a typo, by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate, or null when none is close enough to be a plausible typo. */
  public static String closest(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(t, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) return null;
    int allowed = Math.max(2, Math.min(typed.length(), best.length()) / 3);
    boolean prefix = best.startsWith(t) || t.startsWith(best.toLowerCase(Locale.ROOT));
    return bestDistance <= allowed || (prefix && t.length() >= 3) ? best : null;
  }

  /** Optimal string alignment distance (Levenshtein plus transpositions). */
  static int distance(String a, String b) {
    int n = a.length(), m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}

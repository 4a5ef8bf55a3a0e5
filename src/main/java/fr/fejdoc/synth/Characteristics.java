package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The characteristic blocks of the young (âge, situation, niveau, sexe): each splits the young
 * entered — or young and adults, when the holder counts adults in "Autres" rows — into rows that
 * add up exactly.
 */
final class Characteristics {
  private final Dice d;
  private final Facts f;
  private final boolean adultsAvailable;

  Characteristics(Dice d, Facts f, boolean adultsAvailable) {
    this.d = d;
    this.f = f;
    this.adultsAvailable = adultsAvailable;
  }

  Map<String, Object> build() {
    boolean includesAdults = adultsAvailable && f.adultTotal > 0 && d.chance(0.25);
    int young = f.youngTotal;
    int adults = includesAdults ? f.adultTotal : 0;
    boolean full = d.chance(0.6);
    boolean withPlanned = !includesAdults && f.plannedYoung != null && d.chance(0.25);
    Profile profile = f.theme.profile();
    Map<String, Object> m = YamlWriter.map();
    if (includesAdults || d.chance(0.6)) m.put("inclut_adultes", includesAdults);
    List<Object> others = new ArrayList<>();

    m.put("age", block(Tableau1.AGE, profile.age, young, full, withPlanned, null));
    if (includesAdults) others.add(other("age", "Adultes de plus de 25 ans", adults));

    long[] situation = parts(profile.situation, young);
    if (!includesAdults && d.chance(0.15)) {
      int largest = largest(situation);
      if (situation[largest] >= 3) {
        int moved = d.between(1, (int) situation[largest] / 3);
        situation[largest] -= moved;
        others.add(other("situation", "Jeunes sans activité ni formation", moved));
      }
    }
    m.put(
        "situation",
        rows(Tableau1.SITUATION, profile.situation, situation, full, withPlanned, null));
    if (includesAdults) others.add(other("situation", "Parents et professionnels", adults));

    if (profile.level != null) {
      m.put(
          "niveau", block(Tableau1.LEVEL, profile.level, young + adults, full, withPlanned, null));
    }
    double girlsShare = d.uniform(0.3, 0.65);
    long[] sex = Splitter.byWeights(young + adults, new double[] {girlsShare, 1 - girlsShare});
    f.girls = (int) sex[0];
    f.boys = (int) sex[1];
    boolean shorthand = !withPlanned && d.chance(0.1);
    m.put(
        "sexe",
        rows(
            Tableau1.SEX_KEYS,
            new double[] {girlsShare, 1 - girlsShare},
            sex,
            true,
            withPlanned,
            shorthand ? Boolean.TRUE : null));
    if (!others.isEmpty() || d.chance(0.5)) m.put("autres", others);
    return m;
  }

  private Map<String, Object> block(
      List<String> keys,
      double[] profileWeights,
      int total,
      boolean full,
      boolean planned,
      Boolean shorthand) {
    return rows(keys, profileWeights, parts(profileWeights, total), full, planned, shorthand);
  }

  /** Random parts of {@code total} following the profile (zero where the profile has none). */
  private long[] parts(double[] profileWeights, int total) {
    double[] w = new double[profileWeights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = profileWeights[i] == 0 ? 0 : profileWeights[i] * d.uniform(0.4, 1.6);
    }
    return Splitter.byWeights(total, w);
  }

  private Map<String, Object> rows(
      List<String> keys,
      double[] weights,
      long[] entered,
      boolean full,
      boolean planned,
      Boolean shorthand) {
    long[] plannedParts =
        planned ? Splitter.byWeights(f.plannedYoung, weights) : new long[keys.size()];
    Map<String, Object> rows = YamlWriter.map();
    for (int i = 0; i < keys.size(); i++) {
      boolean show = full || entered[i] > 0 || (planned && plannedParts[i] > 0);
      if (!show) continue;
      if (shorthand != null) {
        rows.put(keys.get(i), (int) entered[i]);
      } else if (planned) {
        rows.put(
            keys.get(i),
            YamlWriter.flow("prevu", (int) plannedParts[i], "entre", (int) entered[i]));
      } else {
        rows.put(keys.get(i), YamlWriter.flow("entre", (int) entered[i]));
      }
    }
    return rows;
  }

  private static Object other(String rubric, String label, int entered) {
    return YamlWriter.flow("rubrique", rubric, "libelle", label, "entre", entered);
  }

  private static int largest(long[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
    return best;
  }
}

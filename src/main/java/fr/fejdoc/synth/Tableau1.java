package fr.fejdoc.synth;

import fr.fejdoc.load.Keys;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tableau 1 of a synthetic experiment: periods (successive intakes, or stages of one cohort),
 * planned and entered figures, and characteristic blocks split so that each adds up exactly to the
 * young entered (plus the adults when the holder counts them in an "Autres" row).
 */
final class Tableau1 {
  // the form's closed lists: the same keys the loader accepts
  static final List<String> AGE = Keys.AGE;
  static final List<String> SITUATION = Keys.SITUATION;
  static final List<String> LEVEL = Keys.LEVEL;
  static final List<String> SEX_KEYS = Keys.SEX;
  static final List<String> QUALITY = Keys.QUALITY;

  private static final List<List<String>> STAGE_LABELS =
      List.of(
          List.of("Phase 1 : diagnostic", "Phase 2 : accompagnement", "Phase 3 : placement"),
          List.of("Phase de bilan", "Phase de placement", "Suivi dans l'emploi"),
          List.of("Repérage", "Accompagnement renforcé", "Consolidation"),
          List.of("Phase 1", "Phase 2", "Phase 3"));

  private final Dice d;
  private final Facts f;
  private final Map<String, Object> out = YamlWriter.map();
  private boolean hasAdults;
  private boolean adultsListed;

  private Tableau1(Dice d, Facts f) {
    this.d = d;
    this.f = f;
  }

  static Map<String, Object> generate(Dice d, Facts f) {
    return new Tableau1(d, f).build();
  }

  private Map<String, Object> build() {
    f.stages = d.chance(0.2);
    Integer[] young;
    Integer[] adults = null;
    Integer[] abandons;
    int cohort;
    if (f.stages) {
      int n = d.between(2, 3);
      List<String> labels = d.pick(STAGE_LABELS).subList(0, n);
      f.periodLabels.addAll(labels);
      out.put("periodes", YamlWriter.flow("phases", YamlWriter.flowList(labels)));
      young = new Integer[n];
      abandons = new Integer[n];
      int c = d.between(15, 120);
      cohort = c;
      for (int i = 0; i < n; i++) {
        young[i] = c;
        boolean last = i == n - 1;
        int a = d.between(0, last ? Math.max(0, c / 4) : c / 2);
        if (last) a = Math.min(a, c - 1);
        abandons[i] = a == 0 && d.chance(0.5) ? null : a;
        int left = c - a;
        c = last ? left : d.between(Math.max(1, (left * 2) / 3), left);
      }
      f.youngTotal = d.between(Math.max(1, (c * 3) / 4), c);
      f.adultTotal = 0;
    } else {
      int n = d.between(2, 3);
      boolean yearsAsLabels = d.chance(0.2);
      List<Object> labels = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String label = yearsAsLabels ? "Année " + (f.start.getYear() + i) : "Année " + (i + 1);
        labels.add(label);
        f.periodLabels.add(label);
      }
      out.put(
          "periodes",
          d.chance(0.1)
              ? YamlWriter.flow("annees", YamlWriter.flowList(labels))
              : YamlWriter.flowList(labels));
      young = new Integer[n];
      abandons = new Integer[n];
      int size = d.chance(0.1) ? d.between(100, 250) : d.between(8, 70);
      hasAdults = d.chance(0.3);
      adultsListed = hasAdults || d.chance(0.5);
      adults = new Integer[n];
      boolean lastMissing = n == 3 && d.chance(0.2);
      for (int i = 0; i < n; i++) {
        if (lastMissing && i == n - 1) continue;
        young[i] = Math.max(1, (int) Math.round(size * d.uniform(0.6, 1.4)));
        adults[i] = hasAdults ? d.between(0, 12) : 0;
      }
      boolean anyAbandons = d.chance(0.5);
      for (int i = 0; i < n; i++) {
        if (!anyAbandons || young[i] == null || d.chance(0.25)) continue;
        abandons[i] = d.between(0, Math.max(0, young[i] / 5));
      }
      f.youngTotal = sum(young);
      f.adultTotal = adultsListed ? sum(adults) : 0;
      cohort = f.youngTotal;
    }
    for (Integer y : young) f.youngPerPeriod.add(y);
    for (Integer a : abandons) f.abandonsTotal += a == null ? 0 : a;

    planned(cohort);
    Map<String, Object> entered = YamlWriter.map("jeunes", YamlWriter.flowList(list(young)));
    if (adultsListed) entered.put("adultes", YamlWriter.flowList(list(adults)));
    out.put("entres", entered);
    if (f.stages || d.chance(0.15)) {
      Map<String, Object> total = YamlWriter.map("jeunes", f.youngTotal);
      if (adultsListed) total.put("adultes", f.adultTotal);
      out.put("total_entres", new YamlWriter.Flow(total));
    }
    out.put("abandons", YamlWriter.flowList(list(abandons)));
    if (d.chance(0.9)) out.put("jeunes", new Characteristics(d, f, hasAdults).build());
    adults();
    other();
    if (d.chance(0.4)) {
      Narrative n = new Narrative(d, f);
      out.put("remarques", new YamlWriter.Folded(n.fill(remark())));
    }
    return out;
  }

  private void planned(int cohort) {
    int planned = (int) Math.round(cohort * d.uniform(0.85, 1.3));
    if (planned >= 40 && d.chance(0.6)) planned = Math.max(5, (planned / 5) * 5);
    planned = Math.max(1, planned);
    f.plannedYoung = planned;
    Object young;
    int kind = d.weighted(0.8, 0.15, 0.05);
    if (kind == 1) {
      int lo = Math.max(1, planned - d.between(2, 10));
      int hi = planned + d.between(0, 10);
      young = lo + " à " + hi;
      f.plannedYoungText = lo + " à " + hi;
    } else if (kind == 2) {
      young = planned + " max";
      f.plannedYoungText = planned + " max";
    } else {
      young = planned;
      f.plannedYoungText = String.valueOf(planned);
    }
    Map<String, Object> p = YamlWriter.map("jeunes", young);
    if (hasAdults) {
      int plannedAdults = (int) Math.round(f.adultTotal * d.uniform(0.8, 1.3));
      p.put("adultes", plannedAdults);
      if (kind == 0 && d.chance(0.6)) p.put("total", planned + plannedAdults);
    } else if (adultsListed && d.chance(0.5)) {
      p.put("adultes", 0);
      if (kind == 0 && d.chance(0.5)) p.put("total", planned);
    }
    out.put("prevus", new YamlWriter.Flow(p));
  }

  private void adults() {
    if (hasAdults && f.adultTotal > 0 && d.chance(0.6)) {
      int k = d.between(1, 3);
      List<String> keys = d.distinct(QUALITY, k);
      keys.sort((a, b) -> QUALITY.indexOf(a) - QUALITY.indexOf(b));
      boolean other = d.chance(0.2);
      int[] parts = Splitter.randomInts(d, f.adultTotal, k + (other ? 1 : 0));
      Map<String, Object> quality = YamlWriter.map();
      for (int i = 0; i < k; i++) quality.put(keys.get(i), YamlWriter.flow("entre", parts[i]));
      Map<String, Object> a = YamlWriter.map("qualite", quality);
      if (other) {
        a.put(
            "autres",
            List.of(YamlWriter.flow("libelle", "Bénévoles associatifs", "entre", parts[k])));
      }
      out.put("adultes", a);
    } else if (d.chance(0.3)) {
      out.put("adultes", YamlWriter.flow("qualite", YamlWriter.map()));
    }
  }

  private void other() {
    List<String> ml = List.of("tous", "partie", "aucun");
    boolean insertion = f.theme.profile() == Profile.INSERTION;
    String mlPlanned =
        insertion ? ml.get(d.weighted(0.5, 0.45, 0.05)) : ml.get(d.weighted(0.1, 0.4, 0.5));
    String mlDone = d.chance(0.7) ? mlPlanned : d.pick(ml);
    out.put("suivi_mission_locale", YamlWriter.flow("prevu", mlPlanned, "realise", mlDone));
    List<String> scales = List.of("communale", "departementale", "regionale", "interregionale");
    String scale = scales.get(d.weighted(0.25, 0.5, 0.25, 0));
    List<Object> done = new ArrayList<>(List.of(scale));
    if (d.chance(0.2) && !scale.equals("regionale")) done.add("regionale");
    out.put(
        "echelle",
        YamlWriter.flow(
            "prevu", YamlWriter.flowList(List.of(scale)), "realise", YamlWriter.flowList(done)));
    List<String> city = List.of("totalite", "partie", "non");
    String cityPlanned = city.get(d.weighted(0.15, 0.45, 0.4));
    out.put(
        "politique_de_la_ville",
        YamlWriter.flow(
            "prevu", cityPlanned, "realise", d.chance(0.8) ? cityPlanned : d.pick(city)));
  }

  private String remark() {
    return d.pickOf(
        "Les jeunes orientés par {partenaire} sont comptés dans la période de leur premier"
            + " entretien.",
        "Les effectifs de la dernière période ne sont pas encore consolidés à la date de"
            + " rédaction.",
        "Le public réellement accueilli est plus âgé que prévu : la plupart des jeunes avaient"
            + " plus de 18 ans à l'entrée.",
        "L'écart entre le prévu et le réalisé s'explique en partie par {diff}.",
        "Les jeunes du groupe témoin ne sont pas comptés dans ce tableau.");
  }

  private static int sum(Integer[] values) {
    int s = 0;
    if (values == null) return 0;
    for (Integer v : values) s += v == null ? 0 : v;
    return s;
  }

  private static List<Object> list(Integer[] values) {
    List<Object> l = new ArrayList<>();
    for (Integer v : values) l.add(v);
    return l;
  }
}

package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Partners and money: operational partners, financial partners (one FEJ), the shares the holder
 * states (largest remainder, so they sum to 100 and are within a point of the amounts), and the
 * bilan — balanced when planned, detail lines summing to their accounts, its FEJ line equal to the
 * FEJ amount among the partners.
 */
final class Funding {
  private static final String[] CHARGE_ACCOUNTS = {
    "60", "61", "62", "63", "64", "65", "66", "67", "68"
  };
  private static final double[] CHARGE_WEIGHTS = {
    0.06, 0.07, 0.14, 0.05, 0.6, 0.02, 0.01, 0.01, 0.03
  };
  private static final double[] CHARGE_PRESENCE = {0.8, 0.6, 0.9, 0.5, 1, 0.15, 0.05, 0.05, 0.2};

  private final Dice d;
  private final Facts f;

  Funding(Dice d, Facts f) {
    this.d = d;
    this.f = f;
  }

  private record Candidate(String name, String the, String type) {}

  // ---- Partners ----

  Map<String, Object> partners() {
    Map<String, Object> out = YamlWriter.map();
    out.put("operationnels", operational());
    out.put("financiers", funders());
    if (d.chance(0.7)) out.put("parts_declarees", shares());
    return out;
  }

  private List<Object> operational() {
    List<Object> out = new ArrayList<>();
    int n = d.between(2, 8);
    if (d.chance(0.2)) {
      List<String> roles = d.distinct(WordBank.ROLES, d.between(2, 4));
      String role = "Structure porteuse du projet :\n" + dashes(roles);
      out.add(partner(f.holder.name() + " (porteur du projet)", f.holder.type(), role, true, true));
      n--;
    }
    for (Candidate c : d.distinct(candidates(), n)) {
      f.partners.add(new Facts.Partner(c.name(), c.the(), c.type(), List.of()));
      String role = null;
      if (d.chance(0.75)) {
        List<String> roles = d.distinct(WordBank.ROLES, d.between(1, 3));
        role = roles.size() == 1 && d.chance(0.5) ? roles.get(0) : dashes(roles);
      }
      boolean planned = d.chance(0.9);
      boolean effective = !planned || d.chance(0.85);
      out.add(partner(c.name(), d.chance(0.6) ? c.type() : null, role, planned, effective));
    }
    return out;
  }

  private Map<String, Object> partner(
      String name, String type, String role, boolean planned, boolean effective) {
    Map<String, Object> m = YamlWriter.map("nom", name);
    if (type != null) m.put("type", type);
    if (role != null) m.put("role", role);
    m.put("prevu", planned);
    m.put("effectif", effective);
    return m;
  }

  private static String dashes(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (String i : items) b.append("- ").append(i).append('\n');
    return b.toString();
  }

  private List<Candidate> candidates() {
    String town = f.town.of();
    String dep = f.department.of();
    List<Candidate> all =
        new ArrayList<>(
            List.of(
                new Candidate("Mission Locale " + town, "la Mission Locale " + town, "association"),
                new Candidate("Pôle emploi", "Pôle emploi", "établissement public"),
                new Candidate(
                    "CFA du bâtiment " + dep,
                    "le CFA du bâtiment",
                    "centre de formation d'apprentis"),
                new Candidate("CIO " + town, "le CIO " + town, "service de l'État"),
                new Candidate(
                    "Conseil général " + dep, "le Conseil général", "collectivité territoriale"),
                new Candidate(
                    "Foyer de Jeunes Travailleurs " + town,
                    "le foyer de jeunes travailleurs",
                    "association"),
                new Candidate(
                    "Caisse d'allocations familiales " + dep,
                    "la CAF",
                    "organisme de sécurité sociale"),
                new Candidate(
                    "Protection judiciaire de la jeunesse",
                    "la Protection judiciaire de la jeunesse",
                    "service de l'État"),
                new Candidate(
                    "Mission générale d'insertion de l'Éducation nationale",
                    "la MGI",
                    "service de l'État"),
                new Candidate(
                    "Point Information Jeunesse " + town,
                    "le Point Information Jeunesse",
                    "association"),
                new Candidate("Maison de l'emploi " + town, "la Maison de l'emploi", "association"),
                new Candidate(
                    "Chambre de Métiers et de l'Artisanat " + dep,
                    "la Chambre de Métiers",
                    "chambre consulaire"),
                new Candidate(
                    "Lycée professionnel Jules Verne",
                    "le lycée professionnel Jules Verne",
                    "établissement scolaire"),
                new Candidate(
                    "Centre communal d'action sociale " + town, "le CCAS", "établissement public"),
                new Candidate(
                    "Entreprises du réseau FACE", "les entreprises du réseau FACE", "entreprise"),
                new Candidate(
                    "Association Départementale pour le Logement des Jeunes",
                    "l'ADLJ",
                    "association"),
                new Candidate(
                    "Service pénitentiaire d'insertion et de probation",
                    "le SPIP",
                    "service de l'État")));
    all.removeIf(c -> c.name().equals(f.holder.name()) || f.holder.name().startsWith(c.name()));
    return all;
  }

  private List<Object> funders() {
    String fejName =
        switch (d.weighted(0.8, 0.1, 0.1)) {
          case 0 -> "Fonds d'Expérimentation pour la Jeunesse";
          case 1 -> "FEJ";
          default -> "Fonds d'expérimentation pour la jeunesse (FEJ)";
        };
    long fej = euros(d.between(25_000, 350_000), 0.3);
    f.funders.add(new Facts.Funder(fejName, "fej", fej, "fej", "le " + fejName));
    List<Facts.Funder> co = new ArrayList<>();
    co.add(cofunder("la ", "Région " + f.region.name(), "region"));
    co.add(cofunder("le ", "Conseil général " + f.department.of(), "departement"));
    co.add(cofunder("la ", "Ville " + f.town.of(), "commune"));
    co.add(
        cofunder(
            "la ", "Caisse d'allocations familiales " + f.department.of(), "organismes_sociaux"));
    co.add(cofunder("le ", "Fonds social européen", "fonds_europeens"));
    co.add(cofunder("la ", "DIRECCTE " + f.region.name(), "etat_autre"));
    co.add(cofunder("l'", "ACSÉ", "etat_autre"));
    co.add(cofunder("la ", "Fondation de France", "autres"));
    co.removeIf(c -> c.name().equals(f.holder.name()));
    long cap = Math.max(3_000, (fej / 100) * 6 / 10);
    for (Facts.Funder c : d.distinct(co, d.between(1, 3))) {
      long cents = euros(d.between(2_000L, cap), 0.2);
      f.funders.add(new Facts.Funder(c.name(), c.category(), cents, c.subsidy(), c.named()));
    }
    if (d.chance(0.5)) {
      long self = euros(d.between(3_000L, Math.max(4_000, fej / 200)), 0.4);
      f.funders.add(
          new Facts.Funder(
              f.holder.name(),
              "autofinancement",
              self,
              null,
              f.holder.named() + " (autofinancement)"));
    }
    List<Object> out = new ArrayList<>();
    for (Facts.Funder x : f.funders) {
      out.add(
          YamlWriter.flow(
              "nom", x.name(), "categorie", x.category(), "montant", Formats.amount(d, x.cents())));
    }
    return out;
  }

  private static Facts.Funder cofunder(String article, String name, String subsidy) {
    return new Facts.Funder(name, "cofinancement", 0, subsidy, article + name);
  }

  private long euros(long units, double withCents) {
    return units * 100 + (d.chance(withCents) ? d.between(1, 99) : 0);
  }

  private YamlWriter.Flow shares() {
    List<String> categories = List.of("fej", "cofinancement", "autofinancement");
    List<String> present = new ArrayList<>();
    List<Long> sums = new ArrayList<>();
    for (String c : categories) {
      long sum = 0;
      boolean any = false;
      for (Facts.Funder x : f.funders) {
        if (x.category().equals(c)) {
          sum += x.cents();
          any = true;
        }
      }
      if (any) {
        present.add(c);
        sums.add(sum);
      }
    }
    long[] amounts = new long[sums.size()];
    for (int i = 0; i < amounts.length; i++) amounts[i] = sums.get(i);
    int[] pct = Splitter.percentages(amounts);
    boolean withSign = d.chance(0.2);
    Map<String, Object> m = YamlWriter.map();
    for (int i = 0; i < pct.length; i++) {
      m.put(present.get(i), withSign ? pct[i] + " %" : (Object) pct[i]);
    }
    return new YamlWriter.Flow(m);
  }

  // ---- Bilan ----

  /** The bilan, or null for the ~40 % of projects without one. */
  Map<String, Object> budget() {
    if (!d.chance(0.6)) return null;
    f.hasBudget = true;
    Map<String, Object> products = YamlWriter.map();
    long planned = 0;
    long actual = 0;

    long valuation = d.chance(0.2) ? d.between(2_000L, 20_000L) * 100 : 0;
    long valuationPlanned = valuation == 0 ? 0 : plannedOf(valuation);

    Facts.Funder self = null;
    for (Facts.Funder x : f.funders) if (x.subsidy() == null) self = x;
    if (self != null) {
      long p = plannedOf(self.cents());
      String account = d.chance(0.6) ? "75" : "70";
      products.put(account, YamlWriter.flow("prevu", amount(p), "realise", amount(self.cents())));
      planned += p;
      actual += self.cents();
    }

    List<Object> subsidies = new ArrayList<>();
    long subsidiesPlanned = 0;
    long subsidiesActual = 0;
    for (Facts.Funder x : f.funders) {
      if (x.subsidy() == null) continue;
      long p = plannedOf(x.cents());
      String label =
          x.category().equals("fej")
              ? d.pickOf("État : FEJ", "Fonds d'Expérimentation pour la Jeunesse", "FEJ")
              : x.name();
      subsidies.add(
          YamlWriter.flow(
              "libelle",
              label,
              "financeur",
              x.subsidy(),
              "prevu",
              amount(p),
              "realise",
              amount(x.cents())));
      subsidiesPlanned += p;
      subsidiesActual += x.cents();
    }
    Map<String, Object> account74 = YamlWriter.map();
    if (d.chance(0.3)) {
      account74.put("prevu", amount(subsidiesPlanned));
      account74.put("realise", amount(subsidiesActual));
    }
    account74.put("detail", subsidies);
    products.put("74", account74);
    planned += subsidiesPlanned;
    actual += subsidiesActual;
    if (valuation > 0) {
      products.put(
          "87", YamlWriter.flow("prevu", amount(valuationPlanned), "realise", amount(valuation)));
      planned += valuationPlanned;
      actual += valuation;
    }
    sortAccounts(products);

    long imbalance = d.chance(0.06) ? d.between(150L, 6_000L) * 100 + d.between(0, 99) : 0;
    f.budgetPlannedCents = planned;
    f.budgetActualCents = actual;
    f.budgetImbalanceCents = imbalance;

    Map<String, Object> charges =
        charges(planned - valuationPlanned, actual - valuation + imbalance);
    if (valuation > 0) {
      charges.put(
          "86", YamlWriter.flow("prevu", amount(valuationPlanned), "realise", amount(valuation)));
    }
    if (d.chance(0.3)) {
      charges.put(
          "total",
          YamlWriter.flow("prevu", amount(planned), "realise", amount(actual + imbalance)));
      products.put("total", YamlWriter.flow("prevu", amount(planned), "realise", amount(actual)));
    }
    Map<String, Object> budget = YamlWriter.map("charges", charges, "produits", products);
    if (imbalance > 0) {
      budget.put(
          "commentaires",
          new YamlWriter.Folded(
              "Les charges réalisées dépassent les produits de "
                  + Formats.euros(imbalance)
                  + " : ce déficit est couvert par les fonds propres de la structure."));
    } else if (d.chance(0.4)) {
      budget.put(
          "commentaires",
          new YamlWriter.Folded(
              d.pickOf(
                  "Écart sur le compte 64 : le recrutement du chargé de mission est intervenu plus"
                      + " tard que prévu.",
                  "Les achats de matériel ont été moins élevés que prévu grâce au prêt de locaux"
                      + " par les partenaires.",
                  "Les cofinancements attendus n'ont été que partiellement obtenus, ce qui"
                      + " explique la baisse des charges réalisées.")));
    }
    return budget;
  }

  /** Charge accounts splitting {@code planned} and {@code actual} (cents) exactly. */
  private Map<String, Object> charges(long planned, long actual) {
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < CHARGE_ACCOUNTS.length; i++) {
      if (d.chance(CHARGE_PRESENCE[i])) used.add(i);
    }
    double[] wp = new double[used.size()];
    double[] wa = new double[used.size()];
    for (int k = 0; k < used.size(); k++) {
      double w = CHARGE_WEIGHTS[used.get(k)];
      wp[k] = w * d.uniform(0.7, 1.3);
      wa[k] = w * d.uniform(0.7, 1.3);
    }
    long[] p = Splitter.byWeights(planned / 100, wp);
    long[] a = Splitter.byWeights(actual, wa);
    int staff = used.indexOf(4);
    Map<String, Object> out = YamlWriter.map();
    for (int k = 0; k < used.size(); k++) {
      String number = CHARGE_ACCOUNTS[used.get(k)];
      long pk = p[k] * 100 + (k == staff ? planned % 100 : 0);
      out.put(number, account(number, pk, a[k]));
    }
    return out;
  }

  private Object account(String number, long planned, long actual) {
    List<String> labels =
        switch (number) {
          case "64" ->
              List.of(
                  "Salaires et traitements", "Charges sociales", "Personnel administratif commun");
          case "62" ->
              List.of(
                  "Honoraires",
                  "Déplacements, missions et réceptions",
                  "Frais postaux et de télécommunications");
          default -> List.of();
        };
    double chance = number.equals("64") ? 0.5 : 0.25;
    if (labels.isEmpty() || !d.chance(chance)) {
      return YamlWriter.flow("prevu", amount(planned), "realise", amount(actual));
    }
    int n = d.between(2, labels.size());
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = (n - i) * d.uniform(0.6, 1.4);
    long[] lp = Splitter.byWeights(planned, w);
    long[] la = Splitter.byWeights(actual, w);
    List<Object> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(
          YamlWriter.flow(
              "libelle", labels.get(i), "prevu", amount(lp[i]), "realise", amount(la[i])));
    }
    Map<String, Object> m = YamlWriter.map();
    if (d.chance(0.5)) {
      m.put("prevu", amount(planned));
      m.put("realise", amount(actual));
    }
    m.put("detail", lines);
    return m;
  }

  /** A planned figure near the actual one, in whole euros. */
  private long plannedOf(long actualCents) {
    return Math.round(actualCents / 100.0 * d.uniform(0.9, 1.25)) * 100;
  }

  private Object amount(long cents) {
    return Formats.amount(d, cents);
  }

  /** Puts the product accounts in the form's order (70, 74, 75, 87). */
  private static void sortAccounts(Map<String, Object> accounts) {
    List<String> keys = new ArrayList<>(accounts.keySet());
    keys.sort(null);
    Map<String, Object> sorted = YamlWriter.map();
    for (String k : keys) sorted.put(k, accounts.get(k));
    accounts.clear();
    accounts.putAll(sorted);
  }
}

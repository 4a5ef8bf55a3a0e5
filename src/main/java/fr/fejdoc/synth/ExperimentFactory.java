package fr.fejdoc.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one synthetic experiment: its identity and calendar here, Tableau 1, 2, 3 and the money in
 * their own classes, each from its own random stream (so a change in one part leaves the others as
 * they were).
 */
final class ExperimentFactory {
  /** A generated experiment: its facts and its experiment.yaml tree. */
  record Generated(Facts facts, Map<String, Object> yaml) {}

  private static final String[] CODES = {"AP1", "AP2", "APDOM1"};

  private ExperimentFactory() {}

  static Generated create(long runSeed, int index) {
    long seed = Seeds.derive(runSeed, index);
    Dice dice = new Dice(seed);
    Facts f = new Facts();
    f.index = index;
    f.seed = seed;
    identity(dice.fork(1), f);
    Map<String, Object> beneficiaries = Tableau1.generate(dice.fork(2), f);
    Map<String, Object> actions = Tableau2.generate(dice.fork(3), f);
    List<Object> tools = Tableau3.generate(dice.fork(4), f);
    Funding funding = new Funding(dice.fork(5), f);
    Map<String, Object> partners = funding.partners();
    Map<String, Object> budget = funding.budget();
    documents(dice.fork(6), f);
    Map<String, Object> yaml =
        ExperimentYaml.assemble(dice.fork(7), f, partners, beneficiaries, actions, tools, budget);
    return new Generated(f, yaml);
  }

  // ---- Identity and calendar ----

  private static void identity(Dice d, Facts f) {
    f.code = CODES[d.weighted(0.45, 0.35, 0.2)];
    f.number = String.format(Locale.ROOT, "%03d", f.index + 1);
    f.folder = f.code + "_" + f.number;
    f.dossierWritten =
        switch (d.weighted(0.85, 0.1, 0.05)) {
          case 0 -> f.folder;
          case 1 -> f.code + "-" + f.number;
          default -> f.code + "_n° " + f.number;
        };
    f.launch =
        switch (f.code) {
          case "AP1" -> YearMonth.of(2009, 4);
          case "AP2" -> YearMonth.of(2009, 10);
          default -> YearMonth.of(2009, 6);
        };
    YearMonth startMonth = f.launch.plusMonths(d.between(4, 11));
    f.startByDay = d.chance(0.5);
    f.start = f.startByDay ? startMonth.atDay(d.between(1, 28)) : startMonth.atDay(1);
    f.initialMonths = d.pickOf(18, 24, 24, 27, 30, 36);
    f.effectiveMonths =
        switch (d.weighted(0.5, 0.25, 0.25)) {
          case 0 -> f.initialMonths;
          case 1 -> f.initialMonths + d.between(1, 9);
          default -> null;
        };
    f.statesEnd = d.chance(0.2);

    f.region = f.code.equals("APDOM1") ? d.pick(Places.OVERSEAS) : d.pick(Places.METROPOLE);
    f.departments.addAll(d.distinct(f.region.departments(), d.between(1, 3)));
    f.department = f.departments.get(0);
    f.town = d.pick(f.department.towns());

    f.theme = d.pick(Theme.ALL);
    f.thematique = d.chance(0.95) ? f.theme.name() : null;
    f.programme =
        f.code.equals("AP1") && f.theme.programme() != null && d.chance(0.5)
            ? f.theme.programme()
            : null;
    f.title = places(d.pick(f.theme.titles()), f);
    f.shortName = d.chance(0.4) ? d.pick(WordBank.SHORT_NAMES) : null;
    f.publicDescription = places(d.pick(f.theme.publics()), f);
    f.objectives.addAll(d.distinct(f.theme.objectives(), d.between(3, 4)));

    f.holder = holder(d, f);
    f.evaluator = d.pick(Names.EVALUATORS);
    f.signatory = person(d, true);
    f.coordinator = person(d, false);
  }

  static String places(String template, Facts f) {
    return template
        .replace("{de_ville}", f.town.of())
        .replace("{ville}", f.town.name())
        .replace("{de_departement}", f.department.of())
        .replace("{departement}", f.department.name());
  }

  private static Facts.Person person(Dice d, boolean holderQuality) {
    boolean woman = d.chance(0.5);
    String first = woman ? d.pick(Names.WOMEN) : d.pick(Names.MEN);
    String quality =
        holderQuality
            ? d.pick(woman ? Names.HOLDER_QUALITIES_F : Names.HOLDER_QUALITIES)
            : woman ? "coordinatrice du projet" : "coordinateur du projet";
    return new Facts.Person(woman ? "Mme" : "M.", first, d.pick(Names.LAST), quality);
  }

  private static Facts.Org holder(Dice d, Facts f) {
    double[] weights =
        switch (f.theme.profile()) {
          case INSERTION -> new double[] {0.3, 0.1, 0.25, 0.1, 0.05, 0, 0.08, 0.07, 0.05};
          case SCOLAIRE -> new double[] {0.15, 0.05, 0.35, 0.05, 0.05, 0, 0.15, 0.2, 0};
          case ETUDIANT -> new double[] {0.1, 0, 0.2, 0, 0, 0.6, 0, 0, 0.1};
          case ENFANCE -> new double[] {0, 0, 0.4, 0, 0, 0, 0.2, 0.4, 0};
        };
    String townOf = f.town.of();
    String depOf = f.department.of();
    Facts.Org o =
        switch (d.weighted(weights)) {
          case 0 ->
              org("la ", "Mission Locale " + townOf, null, "association", "la Mission Locale");
          case 1 ->
              org(
                  "l'",
                  "Association Régionale des Missions Locales " + f.region.name(),
                  "ARML",
                  "association",
                  "l'ARML");
          case 2 -> association(d, f);
          case 3 ->
              org(
                  "la ",
                  "Chambre de Métiers et de l'Artisanat " + depOf,
                  "CMA " + f.department.number(),
                  d.chance(0.5)
                      ? "Établissement public économique de l'État"
                      : "chambre consulaire",
                  "la Chambre de Métiers");
          case 4 ->
              org(
                  "la ",
                  "Chambre de Commerce et d'Industrie " + townOf,
                  "CCI",
                  "chambre consulaire",
                  "la CCI");
          case 5 ->
              org(
                  "l'",
                  "Université " + townOf,
                  null,
                  "établissement public d'enseignement supérieur",
                  "l'université");
          case 6 ->
              org(
                  "le ",
                  "Conseil général " + depOf,
                  null,
                  "collectivité territoriale",
                  "le Conseil général");
          case 7 -> org("la ", "Ville " + townOf, null, "collectivité territoriale", "la Ville");
          default ->
              org("le ", "Cnam " + f.region.name(), "Cnam", "établissement public", "le Cnam");
        };
    return o;
  }

  private static Facts.Org association(Dice d, Facts f) {
    if (d.chance(0.3)) {
      return org(
          "l'",
          "Association Départementale pour le Logement des Jeunes " + f.department.of(),
          "ADLJ " + f.department.number(),
          "association",
          "l'ADLJ");
    }
    String name = d.pick(Names.ASSOCIATIONS);
    String full = "Association " + name + (d.chance(0.5) ? " " + f.town.name() : "");
    return org("l'", full, null, "association", "l'association " + name);
  }

  private static Facts.Org org(
      String article, String name, String acronym, String type, String the) {
    String domain = Formats.slug(acronym != null ? acronym : name, 24) + ".fr";
    return new Facts.Org(name, acronym, type, the, domain, article + name);
  }

  // ---- Documents ----

  private static void documents(Dice d, Facts f) {
    LocalDate last = f.end().atEndOfMonth();
    List<LocalDate> candidates = new ArrayList<>();
    for (int year = f.start.getYear(); year <= last.getYear(); year++) {
      for (LocalDate c : List.of(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31))) {
        if (c.isAfter(f.start.plusMonths(2)) && !c.isAfter(last)) candidates.add(c);
      }
    }
    if (!candidates.isEmpty() && d.chance(0.5)) {
      List<LocalDate> picked = d.distinct(candidates, d.between(1, 2));
      picked.sort(null);
      f.notes.addAll(picked);
    }
    f.reportMonth = f.end().plusMonths(d.between(1, 8));
    f.hasSheet = d.chance(0.25);
  }
}

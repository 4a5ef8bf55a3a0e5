package fr.fejdoc.document.assemble;

import fr.fejdoc.model.Account;
import fr.fejdoc.model.Action;
import fr.fejdoc.model.ActionPhase;
import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.Budget;
import fr.fejdoc.model.BudgetLine;
import fr.fejdoc.model.CharacteristicBlock;
import fr.fejdoc.model.CharacteristicRow;
import fr.fejdoc.model.Choice;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.Dossier;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.OperationalPartner;
import fr.fejdoc.model.Organisation;
import fr.fejdoc.model.PeriodKind;
import fr.fejdoc.model.Planned;
import fr.fejdoc.model.Resources;
import fr.fejdoc.model.Shares;
import fr.fejdoc.model.SubPeriod;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.Tool;
import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts of an experiment as templates see them: every figure already computed (totals, shares,
 * rates) and formatted the French way; templates only place them.
 */
final class ExperimentData {
  private ExperimentData() {}

  static Data of(Experiment e) {
    Data d = new Data();
    Dossier dossier = e.dossier();
    if (dossier != null) {
      d.with(
          "dossier",
          Data.of(
              "underscore", dossier.underscore(),
              "dash", dossier.dash(),
              "note", dossier.progressNote(),
              "cover", dossier.cover(),
              "call", dossier.call(),
              "number", dossier.number()));
    }
    d.with("titre", text(e.title()));
    d.with("nom_court", text(e.shortName()));
    d.with("thematique", text(e.theme()));
    d.with("programme", text(e.programme()));
    d.with("porteur", organisation(e.holder()));
    d.with("evaluateur", organisation(e.evaluator()));
    List<String> regions = e.regions().stream().map(Text::value).toList();
    d.with("regions", regions);
    d.with("regions_texte", String.join(", ", regions));
    if (e.call() != null) {
      d.with(
          "appel",
          Data.of(
              "code",
              text(e.call().code()),
              "lancement",
              monthYear(e.call().launched()),
              "lancement_majuscules",
              upper(monthYear(e.call().launched()))));
    }
    if (e.schedule() != null) {
      Data s = new Data();
      s.with("demarrage", dateText(e.schedule().start(), true));
      s.with("fin", dateText(e.schedule().end(), false));
      s.with("duree_initiale", duration(e.schedule().initial()));
      s.with("duree_effective", duration(e.schedule().effective()));
      d.with("calendrier", s);
    }
    if (e.synthesis() != null) {
      d.with(
          "synthese",
          Data.of(
              "objectifs", Prefixes.strip("Objectifs initiaux", text(e.synthesis().objectives())),
              "public_cible",
                  Prefixes.strip("Public(s) cible(s)", text(e.synthesis().targetPublic())),
              "descriptif",
                  Prefixes.strip(
                      "Descriptif synthétique du dispositif expérimenté",
                      text(e.synthesis().description())),
              "territoires",
                  Prefixes.strip(
                      "Territoire(s) d'expérimentation", text(e.synthesis().territories())),
              "valeur_ajoutee",
                  Prefixes.strip(
                      "Valeur ajoutée du dispositif expérimenté",
                      text(e.synthesis().addedValue()))));
    }
    partners(e, d);
    if (e.beneficiaries() != null) d.with("tableau1", Tableau1Data.of(e.beneficiaries()));
    d.with("tableau2", actions(e.actions()));
    d.with("tableau3", tools(e.tools()));
    if (e.budget() != null) d.with("bilan", budget(e.budget()));
    d.with("remarques_acceptees", acknowledgedRemarks(e));
    return d;
  }

  /**
   * The reasons of the acknowledgements the holder wants printed ({@code dans_la_note: true}), by
   * the table whose remarks hold them: the holder's words, as written.
   */
  private static Data acknowledgedRemarks(Experiment e) {
    java.util.Map<String, List<String>> by = new java.util.LinkedHashMap<>();
    for (String t : List.of("tableau1", "tableau2", "bilan")) by.put(t, new ArrayList<>());
    for (var a : e.acknowledgements()) {
      String where = a.remarksOf();
      if (!a.inNote() || where == null || a.reason() == null) continue;
      String reason = a.reason().value().strip();
      if (!reason.isEmpty() && !by.get(where).contains(reason)) by.get(where).add(reason);
    }
    return Data.of(
        "tableau1", by.get("tableau1"), "tableau2", by.get("tableau2"), "bilan", by.get("bilan"));
  }

  static String text(Text t) {
    return t == null ? null : t.value();
  }

  static Data organisation(Organisation o) {
    if (o == null) return null;
    return Data.of("nom", text(o.name()), "sigle", text(o.acronym()), "type", text(o.type()));
  }

  /**
   * "20 octobre 2009" or, at the holder's lesser precision, "octobre 2009" ({@code capital}:
   * "Octobre 2009") or "2009": never more precise than given.
   */
  static String dateText(DateValue v, boolean capital) {
    if (v == null) return null;
    return switch (v.precision()) {
      case YEAR -> Integer.toString(v.date().getYear());
      case MONTH ->
          capital
              ? FrenchFormat.monthYearCapitalized(v.month())
              : FrenchFormat.monthYear(v.month());
      case DAY -> FrenchFormat.date(v.date());
    };
  }

  /**
   * A month as "avril 2009", at most: a year stays "2009", and a day is given as its month (the
   * forms print "lancé en avril 2009").
   */
  static String monthYear(DateValue v) {
    if (v == null) return null;
    return v.yearOnly() ? Integer.toString(v.date().getYear()) : FrenchFormat.monthYear(v.month());
  }

  /** Capitals as the forms print them ("AVRIL 2009"); null stays null. */
  static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static void partners(Experiment e, Data d) {
    List<Data> operational = new ArrayList<>();
    List<String> planned = new ArrayList<>();
    List<String> effective = new ArrayList<>();
    for (OperationalPartner p : e.partners().operational()) {
      operational.add(
          Data.of(
              "nom", text(p.name()),
              "role", text(p.role()),
              "type", text(p.type()),
              "prevu", p.planned() == null || p.planned(),
              "effectif", p.effective() == null || p.effective()));
      if (p.name() != null && (p.planned() == null || p.planned())) planned.add(p.name().value());
      if (p.name() != null && (p.effective() == null || p.effective()))
        effective.add(p.name().value());
    }
    List<Data> funders = new ArrayList<>();
    for (Funder f : e.partners().funders()) {
      funders.add(
          Data.of(
              "nom", text(f.name()),
              "categorie", f.category() == null ? null : f.category().key(),
              "montant", f.amount() == null ? null : Figures.amount(f.amount().value())));
    }
    Map<String, BigDecimal> amounts = Shares.byCategory(e.partners().funders());
    Map<String, Integer> shares = Shares.largestRemainder(amounts);
    // the share the form prints is the holder's when stated; computed ones are said to be
    Map<String, BigDecimal> stated = new java.util.HashMap<>();
    for (var share : e.partners().statedShares()) stated.put(share.category(), share.percent());
    boolean computedShares = false;
    List<Data> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (var entry : amounts.entrySet()) {
      total = total.add(entry.getValue());
      List<String> names = new ArrayList<>();
      for (Funder f : e.partners().funders()) {
        if (f.category() != null && f.category().key().equals(entry.getKey()) && f.name() != null)
          names.add(f.name().value());
      }
      String label = FormRegistry.FUNDING_CATEGORIES.label(entry.getKey());
      String funderNames = String.join(", ", names);
      BigDecimal statedShare = stated.get(entry.getKey());
      Object share;
      if (statedShare != null) {
        share = Figures.percent(statedShare);
      } else {
        share =
            Figures.then(
                Figures.percent(BigDecimal.valueOf(shares.getOrDefault(entry.getKey(), 0))), " *");
        computedShares = true;
      }
      rows.add(
          Data.of(
              "categorie",
              entry.getKey(),
              "libelle",
              label,
              "financeurs",
              funderNames,
              "libelle_complet",
              entry.getKey().equals("fej") || funderNames.isEmpty()
                  ? label
                  : parenthesised(label, funderNames),
              "montant",
              Figures.amount(entry.getValue()),
              "part",
              share));
    }
    d.with(
        "partenaires",
        Data.of(
            "operationnels", operational,
            "prevus", planned,
            "effectifs", effective,
            "financiers", funders,
            "financement", rows,
            "total", amounts.isEmpty() ? null : Figures.amount(total),
            "total_part", amounts.isEmpty() ? null : Figures.percent(BigDecimal.valueOf(100)),
            "parts_calculees", computedShares));
  }

  /** "Autofinancement (CMA)", or the holder's names alone when they start with the label. */
  static String parenthesised(String label, String names) {
    String once = Prefixes.once(label, " ", names);
    if (once.equals(names) || once.equals(label)) return once;
    return label + " (" + names + ")";
  }

  /**
   * Tableau 2: the four phases in the form's order, each with its rows as the holder wrote them.
   * {@code lignes} is every row in print order, each with a {@code type}: {@code ressources} (the
   * resources of the phase or sub-period), {@code action} ("Action n°k"), {@code ligne} (a row the
   * form does not number), {@code total} (printed last in its phase or sub-period) and {@code
   * sous_periode} (a sub-period's title row). Only numbered actions count: "Action n°k" restarts at
   * 1 in each phase and each sub-period, unless the sub-period continues the numbering. {@code
   * actions} keeps the rows of the phase without sub-periods' titles (older templates).
   */
  private static List<Data> actions(List<ActionPhase> phases) {
    List<Data> out = new ArrayList<>();
    int n = 0;
    for (var phase : fr.fejdoc.model.Phase.values()) {
      n++;
      ActionPhase found = null;
      for (ActionPhase p : phases) if (p.phase() == phase) found = p;
      List<Data> rows = new ArrayList<>();
      List<Data> actions = new ArrayList<>();
      String period = null;
      if (found != null) {
        period = period(found.start(), found.end());
        if (!found.resources().isEmpty())
          rows.add(resourcesRow("Ressources de la phase", found.resources()));
        int[] number = {0};
        List<Action> totals = new ArrayList<>();
        rows(found.actions(), number, rows, totals);
        for (SubPeriod sp : found.subPeriods()) {
          rows.add(
              Data.of(
                  "type",
                  "sous_periode",
                  "libelle",
                  text(sp.label()),
                  "periode",
                  period(sp.start(), sp.end())));
          if (!sp.resources().isEmpty())
            rows.add(resourcesRow("Ressources de la période", sp.resources()));
          if (!sp.continues()) number[0] = 0;
          List<Action> subTotals = new ArrayList<>();
          rows(sp.actions(), number, rows, subTotals);
          for (Action t : subTotals) rows.add(row(t, "total", 0));
        }
        for (Action t : totals) rows.add(row(t, "total", 0));
        for (Data r : rows) if (!"sous_periode".equals(r.get("type"))) actions.add(r);
      }
      out.add(
          Data.of(
              "numero", n,
              "libelle", phase.label(),
              "periode", period,
              "lignes", rows,
              "actions", actions));
    }
    return out;
  }

  /** "Avril 2009 – septembre 2009", with "…" for a missing end; null when neither is given. */
  private static String period(DateValue start, DateValue end) {
    if (start == null && end == null) return null;
    return (start == null ? "…" : dateText(start, true))
        + " – "
        + (end == null ? "…" : dateText(end, false));
  }

  /** The rows of a phase or sub-period; total rows are kept aside, to close their scope. */
  private static void rows(List<Action> list, int[] number, List<Data> out, List<Action> totals) {
    for (Action a : list) {
      if (a.total()) {
        totals.add(a);
      } else if (a.numbered()) {
        out.add(row(a, "action", ++number[0]));
      } else {
        out.add(row(a, "ligne", 0));
      }
    }
  }

  private static Data row(Action a, String type, int number) {
    Data d = resources(a.resources());
    d.with("type", type);
    if (number > 0) d.with("numero", number);
    d.with("intitule", text(a.title()));
    d.with("description", text(a.description()));
    d.with("quand", text(a.when()));
    d.with("specifique", a.specific() == null ? null : (a.specific() ? "oui" : "non"));
    d.with("duree", duration(a.duration()));
    return d;
  }

  private static Data resourcesRow(String label, Resources r) {
    Data d = resources(r);
    d.with("type", "ressources");
    d.with("libelle", label);
    return d;
  }

  /**
   * An ETP as the holder wrote it ("1 et ½", "0,5"), but one typed as a bare YAML number (0.5)
   * formatted as French writes numbers (0,5).
   */
  private static Object etp(fr.fejdoc.model.Etp e) {
    // a plain number, written "4,5" as in the form or "4.5", is a figure (printed "4,5");
    // "1 et ½" or "mi-temps" stays the holder's text
    return e.text().strip().matches("-?[0-9]+([.,][0-9]+)?") && e.value() != null
        ? Figures.decimal(fr.fejdoc.text.FigureKind.ETP, e.value())
        : e.text();
  }

  /** The resource columns, figures formatted; ETP as the holder wrote them ("1 et ½"). */
  private static Data resources(Resources r) {
    Data d = new Data();
    d.with("effectifs", r.staff() == null ? null : Figures.count(r.staff().value()));
    d.with("etp", r.fte() == null ? null : etp(r.fte()));
    d.with("personnel", text(r.personnel()));
    d.with(
        "achats",
        r.purchases() == null
            ? null
            : r.purchases().amount() != null
                ? Figures.amount(r.purchases().amount())
                : r.purchases().text());
    d.with("prestations", text(r.services()));
    d.with("autre", text(r.other()));
    return d;
  }

  /**
   * A duration as the holder wrote it ("18 mois (dont 12 mois de formation)"); a bare number of
   * months ({@code duree_initiale_mois: 27}) as "27 mois".
   */
  static String duration(DurationText d) {
    if (d == null) return null;
    if (d.text() != null) return d.text();
    return d.months() == null ? null : FrenchFormat.number(d.months()) + " mois";
  }

  private static List<Data> tools(List<Tool> tools) {
    List<Data> out = new ArrayList<>();
    int n = 0;
    for (Tool t : tools) {
      n++;
      String transferable = t.transferable() == null ? null : t.transferable() ? "Oui" : "Non";
      if (transferable != null && t.qualifier() != null)
        transferable = Prefixes.once(transferable, ", ", t.qualifier().value());
      out.add(
          Data.of(
              "numero",
              n,
              "nom",
              text(t.name()),
              "fonction",
              text(t.function()),
              "utilisateurs",
              text(t.users()),
              "format",
              t.format() == null ? null : FormRegistry.TOOL_FORMATS.label(t.format().key()),
              "transferable",
              transferable));
    }
    return out;
  }

  private static Data budget(Budget b) {
    return Data.of(
        "charges", accounts(b.charges(), FormRegistry.CHARGE_ACCOUNTS),
        "produits", accounts(b.products(), FormRegistry.PRODUCT_ACCOUNTS),
        "total_charges", total(b.charges(), b.statedCharges()),
        "total_produits", total(b.products(), b.statedProducts()),
        "commentaires", text(b.comments()),
        "commentaires_comptes", accountComments(b));
  }

  /**
   * A TOTAL row: the holder's stated total where given (the form's cell is the holder's; a gap with
   * the accounts is a finding), else the sum of the accounts (the form defines the total so).
   */
  private static Data total(List<Account> accounts, fr.fejdoc.model.BudgetTotal stated) {
    return Data.of(
        "prevu",
        stated != null && stated.planned() != null
            ? Figures.amount(stated.planned().value())
            : Figures.amount(Budget.total(accounts, true)),
        "realise",
        stated != null && stated.actual() != null
            ? Figures.amount(stated.actual().value())
            : Figures.amount(Budget.total(accounts, false)));
  }

  /** The comments of accounts and detail lines, in the form's order, each named by its row. */
  private static List<Data> accountComments(Budget b) {
    List<Data> out = new ArrayList<>();
    for (var side : List.of(b.charges(), b.products())) {
      List<String> numbers =
          side == b.charges()
              ? FormRegistry.CHARGE_ACCOUNTS.keys()
              : FormRegistry.PRODUCT_ACCOUNTS.keys();
      for (String number : numbers) {
        for (Account a : side) {
          if (!a.number().equals(number)) continue;
          if (a.comments() != null && !a.comments().value().isBlank())
            out.add(Data.of("ligne", accountLabel(number), "texte", text(a.comments())));
          for (BudgetLine l : a.lines()) {
            if (l.comments() == null || l.comments().value().isBlank()) continue;
            out.add(
                Data.of(
                    "ligne",
                    accountLabel(number) + " — " + lineLabel(l),
                    "texte",
                    text(l.comments())));
          }
        }
      }
    }
    return out;
  }

  private static String accountLabel(String number) {
    return FormRegistry.CHARGE_ACCOUNTS.keys().contains(number)
        ? FormRegistry.CHARGE_ACCOUNTS.label(number)
        : FormRegistry.PRODUCT_ACCOUNTS.label(number);
  }

  /** A detail line's label: under account 74, the funder's form label printed once. */
  private static String lineLabel(BudgetLine l) {
    String label = text(l.label());
    if (l.funder() == null) return label;
    return Prefixes.once(FormRegistry.SUBSIDY_FUNDERS.label(l.funder().key()), " — ", label);
  }

  /** Every account of the form, in order, with the holder's figures where given. */
  private static List<Data> accounts(List<Account> accounts, ClosedList numbers) {
    List<Data> out = new ArrayList<>();
    for (String number : numbers.keys()) {
      Account a = null;
      for (Account x : accounts) if (x.number().equals(number)) a = x;
      List<Data> lines = new ArrayList<>();
      if (a != null) {
        for (BudgetLine l : a.lines()) {
          String label = lineLabel(l);
          lines.add(
              Data.of(
                  "libelle",
                  label,
                  "prevu",
                  money(l.planned() == null ? null : l.planned().value()),
                  "realise",
                  money(l.actual() == null ? null : l.actual().value())));
        }
      }
      out.add(
          Data.of(
              "compte",
              number,
              "libelle",
              numbers.label(number),
              "prevu",
              a == null ? null : money(a.plannedValue()),
              "realise",
              a == null ? null : money(a.actualValue()),
              "detail",
              lines));
    }
    return out;
  }

  static Object money(BigDecimal v) {
    return Figures.amount(v);
  }

  /** Tableau 1 as the form lays it out. */
  static final class Tableau1Data {
    private Tableau1Data() {}

    static Data of(Beneficiaries b) {
      List<String> periods = b.periods().stream().map(Text::value).toList();
      boolean stages = b.kind() == PeriodKind.STAGES;
      List<Object> young = cells(b.enteredYoung(), periods.size());
      List<Object> adults = cells(b.enteredAdults(), periods.size());
      List<Object> totals = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        Count y = i < b.enteredYoung().size() ? b.enteredYoung().get(i) : null;
        Count a = i < b.enteredAdults().size() ? b.enteredAdults().get(i) : null;
        totals.add(
            y == null && a == null
                ? ""
                : Figures.count((long) (y == null ? 0 : y.value()) + (a == null ? 0 : a.value())));
      }
      Object plannedTotal = b.plannedTotalText() == null ? "" : written(b.plannedTotalText());
      Data d = new Data();
      d.with("periodes", periods);
      d.with("etapes", stages);
      d.with(
          "lignes",
          List.of(
              Data.of(
                  "libelle",
                  FormRegistry.BENEFICIARY_LINES.label("jeunes"),
                  "prevu",
                  planned(b.plannedYoung()),
                  "periodes",
                  young,
                  "total",
                  str(b.youngTotalGiven())),
              Data.of(
                  "libelle",
                  FormRegistry.BENEFICIARY_LINES.label("adultes"),
                  "prevu",
                  planned(b.plannedAdults()),
                  "periodes",
                  adults,
                  "total",
                  str(b.adultTotalGiven())),
              Data.of(
                  "libelle",
                  FormRegistry.BENEFICIARY_LINES.label("total"),
                  "prevu",
                  plannedTotal,
                  "periodes",
                  totals,
                  "total",
                  str(b.totalGiven()),
                  "total_ligne",
                  true),
              Data.of(
                  "libelle",
                  FormRegistry.BENEFICIARY_LINES.label("abandons"),
                  "prevu",
                  "",
                  "periodes",
                  cells(b.abandons(), periods.size()),
                  "total",
                  str(b.abandonsGiven()))));
      List<Data> blocks = new ArrayList<>();
      for (CharacteristicBlock block : b.youngBlocks()) blocks.add(block(block));
      d.with("jeunes", blocks);
      d.with(
          "adultes",
          b.adultQuality() == null
              ? block(new CharacteristicBlock("qualite", List.of(), null))
              : block(b.adultQuality()));
      d.with("inclut_adultes", b.adultsCountedInYoungBlocks());
      var other = b.other();
      if (other != null) {
        d.with(
            "suivi_ml",
            choiceRows(
                FormRegistry.MISSION_LOCALE,
                one(other.missionLocalePlanned()),
                one(other.missionLocaleDone())));
        // the counts real notes give in place of (or with) the ticks, as given
        if (other.missionLocalePlannedCount() != null || other.missionLocaleDoneCount() != null) {
          d.with(
              "suivi_ml_nombre",
              Data.of(
                  "prevu",
                  planned(other.missionLocalePlannedCount()),
                  "realise",
                  other.missionLocaleDoneCount() == null
                      ? ""
                      : Figures.count(other.missionLocaleDoneCount().value())));
        }
        d.with("echelle", choiceRows(FormRegistry.SCALE, other.scalePlanned(), other.scaleDone()));
        d.with(
            "politique_ville",
            choiceRows(
                FormRegistry.CITY_POLICY,
                one(other.cityPolicyPlanned()),
                one(other.cityPolicyDone())));
      }
      d.with("remarques", text(b.remarks()));
      rate(b, d);
      return d;
    }

    /**
     * The rate of realisation: the form has no such cell, so it is printed as fejdoc's own
     * computation, with the figures it compares (like with like) and, against a planned range, as a
     * range.
     */
    private static void rate(Beneficiaries b, Data d) {
      Beneficiaries.Realisation r = b.realisation();
      if (r == null) return;
      String rate = FrenchFormat.percentRange(r.lowRate(), r.highRate());
      if (rate == null) return;
      String who = r.withAdults() ? "bénéficiaires (jeunes et adultes)" : "jeunes";
      d.with("taux", rate);
      d.with(
          "taux_detail", r.reached() + " " + who + " entrés pour " + r.plannedText() + " prévus");
    }

    /** The form's rows in order, then "Autres (préciser)" rows (two blank ones at least). */
    private static Data block(CharacteristicBlock block) {
      ClosedList keys = FormRegistry.rows(block.rubric());
      if (keys == null) keys = FormRegistry.QUALITY;
      List<Data> rows = new ArrayList<>();
      for (String key : keys.keys()) {
        CharacteristicRow found = null;
        for (CharacteristicRow r : block.rows()) if (key.equals(r.key())) found = r;
        rows.add(
            Data.of(
                "libelle",
                keys.label(key),
                "prevu",
                found == null ? "" : planned(found.planned()),
                "entre",
                found == null || found.entered() == null
                    ? ""
                    : Figures.count(found.entered().value())));
      }
      int others = 0;
      for (CharacteristicRow r : block.rows()) {
        if (!r.isOther()) continue;
        others++;
        rows.add(
            Data.of(
                "libelle",
                Prefixes.once("Autres", " : ", r.label() == null ? null : r.label().value()),
                "prevu",
                planned(r.planned()),
                "entre",
                r.entered() == null ? "" : Figures.count(r.entered().value()),
                "autre",
                true));
      }
      if (!"sexe".equals(block.rubric()) && !"niveau".equals(block.rubric())) {
        for (; others < 2; others++)
          rows.add(
              Data.of("libelle", "Autres : (préciser)", "prevu", "", "entre", "", "autre", true));
      }
      return Data.of(
          "rubrique",
          block.rubric(),
          "libelle",
          FormRegistry.RUBRICS.label(block.rubric()),
          "lignes",
          rows);
    }

    private static List<Data> choiceRows(
        ClosedList labels, List<Choice> planned, List<Choice> done) {
      List<Data> rows = new ArrayList<>();
      for (String key : labels.keys()) {
        boolean p = planned.stream().anyMatch(c -> c != null && c.key().equals(key));
        boolean r = done.stream().anyMatch(c -> c != null && c.key().equals(key));
        rows.add(Data.of("libelle", labels.label(key), "prevu", p, "realise", r));
      }
      return rows;
    }

    private static List<Choice> one(Choice c) {
      return c == null ? List.of() : List.of(c);
    }

    private static List<Object> cells(List<Count> counts, int n) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Count c = i < counts.size() ? counts.get(i) : null;
        out.add(c == null ? "" : Figures.count(c.value()));
      }
      return out;
    }

    /**
     * A planned count as the holder wrote it; an exact one ("120", "1 200") also typed with its
     * value, a range or a cap ("17 à 20", "30 max") as text only.
     */
    private static Object planned(Planned p) {
      if (p == null) return "";
      if (!p.exact() || p.text() == null) return p.text() == null ? "" : p.text();
      return written(p.text(), p.min());
    }

    /** The holder's text of a count: typed when it is only the digits of {@code value}. */
    private static Object written(String text, long value) {
      String digits = text.replaceAll("[ \u00A0\u202F]", "");
      if (!digits.equals(Long.toString(value))) return text;
      return Figures.written(
          fr.fejdoc.text.FigureKind.COUNT, BigDecimal.valueOf(value), text.strip());
    }

    /** A planned total written by the holder or composed by fejdoc ("22", "22 à 25"). */
    private static Object written(String text) {
      String digits = text.replaceAll("[ \u00A0\u202F]", "");
      if (!digits.matches("[0-9]{1,15}")) return text;
      return written(text, Long.parseLong(digits));
    }

    private static Object str(Integer i) {
      return Figures.count(i);
    }
  }
}

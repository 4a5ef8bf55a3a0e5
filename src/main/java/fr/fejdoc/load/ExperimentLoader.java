package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.model.Account;
import fr.fejdoc.model.Acknowledgement;
import fr.fejdoc.model.Action;
import fr.fejdoc.model.ActionPhase;
import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.Budget;
import fr.fejdoc.model.BudgetLine;
import fr.fejdoc.model.BudgetTotal;
import fr.fejdoc.model.CallForProjects;
import fr.fejdoc.model.CharacteristicBlock;
import fr.fejdoc.model.CharacteristicRow;
import fr.fejdoc.model.Choice;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.Dossier;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.OperationalPartner;
import fr.fejdoc.model.Organisation;
import fr.fejdoc.model.OtherInformation;
import fr.fejdoc.model.Partners;
import fr.fejdoc.model.PeriodKind;
import fr.fejdoc.model.Phase;
import fr.fejdoc.model.Resources;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.Share;
import fr.fejdoc.model.SubPeriod;
import fr.fejdoc.model.Synthesis;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.Tool;
import fr.fejdoc.model.finding.Code;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads experiment.yaml (already composed into nodes) into an {@link Experiment}. */
public final class ExperimentLoader {
  private final Reader r;

  private ExperimentLoader(Reader r) {
    this.r = r;
  }

  /** The experiment, or null when the root is not a mapping (findings tell why). */
  public static Experiment load(YNode root, Reader r) {
    if (root == null) return null;
    Fields f = r.fields(root, "", Keys.EXPERIMENT);
    if (f == null) return null;
    return new ExperimentLoader(r).experiment(f);
  }

  private Experiment experiment(Fields f) {
    Dossier dossier = dossier(f);
    // an optional block left empty (as fejdoc nouveau writes it) is not given
    Fields call = Fields.given(f.sub("appel_a_projets", Keys.CALL));
    Fields holder = f.sub("porteur", Keys.ORGANISATION);
    if (holder == null) f.require("porteur");
    Fields schedule = f.sub("calendrier", Keys.SCHEDULE);
    if (schedule == null) f.require("calendrier");
    importReviews(f);
    return new Experiment(
        dossier,
        f.text("nom_court"),
        call == null
            ? null
            : new CallForProjects(call.text("code"), call.date("lancement"), call.loc()),
        f.text("thematique"),
        f.text("programme"),
        f.requiredText("titre"),
        holder == null ? null : organisation(holder, true),
        organisation(Fields.given(f.sub("evaluateur", Keys.ORGANISATION)), false),
        f.texts("regions"),
        schedule == null ? null : schedule(schedule),
        synthesis(Fields.given(f.sub("synthese", Keys.SYNTHESIS))),
        partners(f),
        beneficiaries(Fields.given(f.sub("beneficiaires", Keys.BENEFICIARIES))),
        actions(Fields.given(f.sub("actions", phaseKeys()))),
        f.list("outils", Keys.TOOL, this::tool),
        budget(Fields.given(f.sub("budget", Keys.BUDGET))),
        f.list("constats_acceptes", Keys.ACKNOWLEDGEMENT, ExperimentLoader::acknowledgement),
        f.loc());
  }

  /**
   * Reports each {@code a_verifier} entry (FEJ120) at the value it names when that value is in the
   * file, else at the entry.
   */
  private static void importReviews(Fields root) {
    root.list(
        "a_verifier",
        Keys.IMPORT_REVIEW,
        e -> {
          Text key = e.requiredText("cle");
          if (key == null) return null;
          Text reason = e.text("raison");
          fr.fejdoc.model.Loc at = e.loc();
          YNode node = root.map();
          for (String k : key.value().strip().split("\\.")) {
            if (!(node instanceof YNode.Map m) || m.entry(k) == null) {
              node = null;
              break;
            }
            at = m.entry(k).key().loc();
            node = m.entry(k).value();
          }
          if (node == null) at = e.loc();
          e.reader()
              .report(
                  Code.IMPORTED_TO_CHECK,
                  at,
                  key.value().strip(),
                  reason == null ? "" : reason.value().strip());
          return null;
        });
  }

  private static final java.util.regex.Pattern PLACE =
      java.util.regex.Pattern.compile("(.*?)(?::(\\d+))?(?::\\d+)?");

  /**
   * One accepted finding: {@code code} (FEJ107, or 107), optional {@code lieu} (a file relative to
   * the project, optionally {@code :line} and {@code :column}, the column being ignored) and a
   * required {@code raison}.
   */
  private static Acknowledgement acknowledgement(Fields f) {
    Text code = f.requiredText("code");
    Text reason = f.text("raison");
    if ((reason == null || reason.value().isBlank())
        && (f.node("raison") == null || f.node("raison") instanceof YNode.Scalar)) {
      // an acknowledgement without its reason would hide a finding without a word: an error,
      // whether the reason is absent or left empty
      f.reader().report(Code.MISSING_FIELD, f.loc(), f.path("raison"));
    }
    if (code == null || reason == null || reason.value().isBlank()) return null;
    String id = code.value().strip().toUpperCase(java.util.Locale.ROOT);
    if (id.matches("\\d{1,3}")) id = "FEJ" + "000".substring(id.length()) + id;
    code = new Text(id, code.loc());
    Text place = f.text("lieu");
    String file = null;
    int line = 0;
    if (place != null && !place.value().isBlank()) {
      java.util.regex.Matcher m = PLACE.matcher(place.value().strip().replace('\\', '/'));
      if (m.matches()) {
        file = m.group(1);
        while (file.startsWith("./")) file = file.substring(2);
        if (m.group(2) != null && m.group(2).length() < 9) line = Integer.parseInt(m.group(2));
      }
    }
    Boolean inNote = f.bool("dans_la_note");
    return new Acknowledgement(code, file, line, reason, Boolean.TRUE.equals(inNote), f.loc());
  }

  private Dossier dossier(Fields f) {
    YNode.Entry e = f.map().entry("dossier");
    if (e == null) {
      f.require("dossier");
      return null;
    }
    Text t = f.text("dossier");
    if (t == null) {
      if (Reader.absent(e.value())) r.report(Code.DOSSIER_ABSENT, e.key().loc());
      return null;
    }
    Dossier d = DossierParser.parse(t.value(), t.loc());
    if (d == null) r.report(Code.DOSSIER_FORMAT, t.loc(), t.value());
    return d;
  }

  private static Organisation organisation(Fields f, boolean nameRequired) {
    if (f == null) return null;
    Text name = nameRequired ? f.requiredText("nom") : f.text("nom");
    return new Organisation(name, f.text("sigle"), f.text("type"), f.loc());
  }

  private static Schedule schedule(Fields f) {
    f.require("demarrage");
    return new Schedule(
        f.date("demarrage"),
        f.date("fin"),
        f.months("duree_initiale_mois"),
        f.months("duree_effective_mois"),
        f.loc());
  }

  private static Synthesis synthesis(Fields f) {
    if (f == null) return null;
    return new Synthesis(
        f.text("objectifs"),
        f.text("public_cible"),
        f.text("descriptif"),
        f.text("territoires"),
        f.text("valeur_ajoutee"),
        f.loc());
  }

  private Partners partners(Fields parent) {
    Fields f = Fields.given(parent.sub("partenaires", Keys.PARTNERS));
    if (f == null) return Partners.empty(parent.loc());
    List<OperationalPartner> operational =
        f.list(
            "operationnels",
            Keys.OPERATIONAL_PARTNER,
            p ->
                new OperationalPartner(
                    p.requiredText("nom"),
                    p.text("role"),
                    p.text("type"),
                    p.bool("prevu"),
                    p.bool("effectif"),
                    p.loc()));
    List<Funder> funders =
        f.list(
            "financiers",
            Keys.FUNDER,
            p -> {
              p.require("categorie");
              return new Funder(
                  p.requiredText("nom"),
                  p.choice("categorie", Keys.FUNDER_CATEGORIES),
                  p.amount("montant"),
                  p.loc());
            });
    List<Share> shares = new ArrayList<>();
    Fields stated = f.sub("parts_declarees", Keys.FUNDER_CATEGORIES);
    if (stated != null) {
      for (String category : Keys.FUNDER_CATEGORIES) {
        BigDecimal p = stated.percent(category);
        if (p != null) shares.add(new Share(category, p, stated.node(category).loc()));
      }
    }
    return new Partners(operational, funders, shares, f.loc());
  }

  // ---- Tableau 1 ----

  private Beneficiaries beneficiaries(Fields f) {
    if (f == null) return null;
    PeriodKind kind = PeriodKind.INTAKES;
    List<Text> periods = List.of();
    YNode p = f.node("periodes");
    if (p instanceof YNode.Map) {
      Fields pf = f.sub("periodes", List.of("phases", "annees"));
      if (pf.has("phases")) {
        kind = PeriodKind.STAGES;
        periods = pf.texts("phases");
      } else {
        periods = pf.texts("annees");
      }
    } else if (p != null) {
      periods = f.texts("periodes");
    } else if (f.has("entres") || f.has("abandons")) {
      f.require("periodes");
    }

    Fields planned = f.sub("prevus", Keys.PLANNED);
    Fields entered = f.sub("entres", Keys.ENTERED);
    Fields total = f.sub("total_entres", Keys.TOTAL_ENTERED);
    Fields young = f.sub("jeunes", Keys.YOUNG);
    Fields adults = f.sub("adultes", Keys.ADULTS);

    List<CharacteristicBlock> youngBlocks = new ArrayList<>();
    boolean includesAdults = false;
    if (young != null) {
      Boolean inc = young.bool("inclut_adultes");
      includesAdults = inc != null && inc;
      List<OtherRow> others = otherRows(young, true);
      youngBlocks.add(block(young, "age", Keys.AGE, others));
      youngBlocks.add(block(young, "situation", Keys.SITUATION, others));
      youngBlocks.add(block(young, "niveau", Keys.LEVEL, others));
      youngBlocks.add(block(young, "sexe", Keys.SEX, others));
    }
    CharacteristicBlock quality = null;
    if (adults != null) {
      quality = block(adults, "qualite", Keys.QUALITY, otherRows(adults, false));
    }

    return new Beneficiaries(
        kind,
        periods,
        planned == null ? null : planned.planned("jeunes"),
        planned == null ? null : planned.planned("adultes"),
        planned == null ? null : planned.planned("total"),
        entered == null ? List.of() : entered.countsPerPeriod("jeunes"),
        entered == null ? List.of() : entered.countsPerPeriod("adultes"),
        f.countsPerPeriod("abandons"),
        total == null ? null : total.count("jeunes"),
        total == null ? null : total.count("adultes"),
        total == null ? null : total.count("abandons"),
        includesAdults,
        youngBlocks,
        quality,
        otherInformation(f),
        f.text("remarques"),
        f.loc());
  }

  /** An "Autres (préciser)" row and the rubric it belongs to. */
  private record OtherRow(String rubric, CharacteristicRow row) {}

  /** "Autres (préciser)" rows; each young row names its rubric, adults' rows are qualité. */
  private List<OtherRow> otherRows(Fields parent, boolean young) {
    return parent.list(
        "autres",
        young ? Keys.OTHER_ROW : List.of("rubrique", "libelle", "prevu", "entre"),
        o -> {
          String rubric = "qualite";
          if (young) {
            if (!o.require("rubrique")) return null;
            var c = o.choice("rubrique", Keys.YOUNG_RUBRICS);
            if (c == null) return null;
            rubric = c.key();
          }
          return new OtherRow(
              rubric,
              new CharacteristicRow(
                  null, o.requiredText("libelle"), o.planned("prevu"), o.count("entre"), o.loc()));
        });
  }

  private CharacteristicBlock block(
      Fields parent, String rubric, List<String> keys, List<OtherRow> others) {
    List<CharacteristicRow> rows = new ArrayList<>();
    Fields f = parent.sub(rubric, keys);
    if (f != null) {
      for (String key : keys) {
        YNode n = f.node(key);
        if (n == null) continue;
        if (n instanceof YNode.Scalar) {
          // shorthand: `filles: 42` is the entered figure
          Count c = f.count(key);
          if (c != null) rows.add(new CharacteristicRow(key, null, null, c, n.loc()));
          continue;
        }
        Fields row = f.sub(key, Keys.ROW);
        if (row != null) {
          rows.add(
              new CharacteristicRow(
                  key, null, row.planned("prevu"), row.count("entre"), row.loc()));
        }
      }
    }
    for (OtherRow o : others) if (o.rubric().equals(rubric)) rows.add(o.row());
    return new CharacteristicBlock(rubric, rows, f == null ? parent.loc() : f.loc());
  }

  private OtherInformation otherInformation(Fields f) {
    Fields ml = f.sub("suivi_mission_locale", Keys.MISSION_LOCALE_KEYS);
    Fields scale = f.sub("echelle", Keys.PLANNED_DONE);
    Fields city = f.sub("politique_de_la_ville", Keys.PLANNED_DONE);
    return new OtherInformation(
        ml == null ? null : ml.choice("prevu", Keys.MISSION_LOCALE),
        ml == null ? null : ml.choice("realise", Keys.MISSION_LOCALE),
        ml == null ? null : ml.planned("nombre_prevu"),
        ml == null ? null : ml.count("nombre_realise"),
        scale == null ? List.of() : scale.choices("prevu", Keys.SCALE),
        scale == null ? List.of() : scale.choices("realise", Keys.SCALE),
        city == null ? null : city.choice("prevu", Keys.CITY_POLICY),
        city == null ? null : city.choice("realise", Keys.CITY_POLICY));
  }

  // ---- Tableau 2 ----

  private static List<String> phaseKeys() {
    List<String> keys = new ArrayList<>();
    for (Phase p : Phase.values()) keys.add(p.key());
    return keys;
  }

  private List<ActionPhase> actions(Fields f) {
    if (f == null) return List.of();
    List<ActionPhase> phases = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      Fields pf = f.sub(phase.key(), Keys.PHASE);
      if (pf == null) continue;
      Fields period = pf.sub("periode", Keys.PERIOD);
      phases.add(
          new ActionPhase(
              phase,
              period == null ? null : period.date("debut"),
              period == null ? null : period.date("fin"),
              resources(pf.sub("ressources", Keys.PHASE_RESOURCES), pf.loc()),
              pf.list("actions", Keys.ACTION, this::action),
              pf.list("sous_periodes", Keys.SUB_PERIOD, this::subPeriod),
              pf.loc()));
    }
    return phases;
  }

  private SubPeriod subPeriod(Fields s) {
    Fields period = s.sub("periode", Keys.PERIOD);
    Choice numbering = s.choice("numerotation", Keys.NUMBERING);
    return new SubPeriod(
        s.requiredText("libelle"),
        period == null ? null : period.date("debut"),
        period == null ? null : period.date("fin"),
        numbering != null && numbering.key().equals("suite"),
        resources(s.sub("ressources", Keys.PHASE_RESOURCES), s.loc()),
        s.list("actions", Keys.ACTION, this::action),
        s.loc());
  }

  /** The {@code rh} and {@code materiel} blocks of an action, a phase or a sub-period. */
  private static Resources resources(Fields f, Loc at) {
    if (f == null) return Resources.none(at);
    Fields rh = f.sub("rh", Keys.HUMAN_RESOURCES);
    Fields material = f.sub("materiel", Keys.MATERIAL);
    return new Resources(
        rh == null ? null : rh.count("effectifs"),
        rh == null ? null : rh.etp("etp"),
        rh == null ? null : rh.text("personnel"),
        material == null ? null : material.moneyCell("achats"),
        material == null ? null : material.text("prestations"),
        material == null ? null : material.text("autre"),
        f.loc());
  }

  private Action action(Fields a) {
    Text title = a.text("intitule");
    Text description = a.text("description");
    // a row needs a name or a description; an empty one is reported as a missing intitulé
    if (title == null && description == null) a.require("intitule");
    Boolean numbered = a.bool("numerotee");
    Boolean total = a.bool("total");
    return new Action(
        title,
        description,
        a.text("quand"),
        a.bool("specifique"),
        a.duration("duree"),
        resources(a, a.loc()),
        numbered == null || numbered,
        total != null && total,
        a.loc());
  }

  // ---- Tableau 3 ----

  private Tool tool(Fields t) {
    return new Tool(
        t.requiredText("nom"),
        t.text("fonction"),
        t.text("utilisateurs"),
        t.choice("format", Keys.TOOL_FORMATS),
        t.bool("transferable"),
        t.text("precision"),
        t.loc());
  }

  // ---- Bilan ----

  private Budget budget(Fields f) {
    if (f == null) return null;
    List<Account> charges = new ArrayList<>();
    List<Account> products = new ArrayList<>();
    BudgetTotal chargesTotal =
        accounts(
            f.sub("charges", withTotal(Keys.CHARGE_ACCOUNTS)),
            Keys.CHARGE_ACCOUNTS,
            false,
            charges);
    BudgetTotal productsTotal =
        accounts(
            f.sub("produits", withTotal(Keys.PRODUCT_ACCOUNTS)),
            Keys.PRODUCT_ACCOUNTS,
            true,
            products);
    return new Budget(
        charges, chargesTotal, products, productsTotal, f.text("commentaires"), f.loc());
  }

  private static List<String> withTotal(List<String> accounts) {
    List<String> keys = new ArrayList<>(accounts);
    keys.add(Keys.TOTAL);
    return keys;
  }

  private BudgetTotal accounts(
      Fields f, List<String> numbers, boolean products, List<Account> out) {
    if (f == null) return null;
    for (String number : numbers) {
      Fields a = f.sub(number, Keys.ACCOUNT);
      if (a == null) continue;
      boolean subsidies = products && number.equals("74");
      List<BudgetLine> lines =
          a.list(
              "detail",
              subsidies ? Keys.SUBSIDY_LINE : Keys.BUDGET_LINE,
              l ->
                  new BudgetLine(
                      l.requiredText("libelle"),
                      subsidies ? l.choice("financeur", Keys.SUBSIDY_FUNDERS) : null,
                      l.amount("prevu"),
                      l.amount("realise"),
                      l.text("commentaires"),
                      l.loc()));
      out.add(
          new Account(
              number,
              a.amount("prevu"),
              a.amount("realise"),
              lines,
              a.text("commentaires"),
              a.loc()));
    }
    Fields total = f.sub(Keys.TOTAL, Keys.PLANNED_DONE);
    return total == null
        ? null
        : new BudgetTotal(total.amount("prevu"), total.amount("realise"), total.loc());
  }
}

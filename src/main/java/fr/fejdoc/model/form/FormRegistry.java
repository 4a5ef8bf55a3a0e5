package fr.fejdoc.model.form;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.FormPlan.Item;
import java.util.List;

/**
 * The wording of the FEJ forms, in one place: the closed lists (the keys a holder writes for the
 * rows, boxes and accounts of the forms, with the form's wording of each) and the plans of the
 * three forms (their parts, numbers, titles and the other titles holders use). The loader matches
 * headings against it, the checks name its parts, the templates print it and the reference
 * (docs/reference-cles.md) is generated from it. A form's wording is typed here only: change it
 * here and every edition, message and reference follows.
 */
public final class FormRegistry {
  private FormRegistry() {}

  /**
   * The version of the forms' wording: the year of the FEJ forms reproduced, then a revision number
   * bumped whenever a wording of this registry changes.
   */
  public static final String VERSION = "2011.1";

  // ---- The closed lists (the keys the holder writes, the form's wording of each) ----

  private static ClosedList list(String name, Entry... entries) {
    return new ClosedList(name, List.of(entries));
  }

  private static Entry e(String key, String label) {
    return Entry.of(key, label);
  }

  /** The three forms, by their front matter {@code document} key, with their French names. */
  public static final ClosedList FORMS =
      list(
          "document",
          e("note_etape", "Note d'étape"),
          e("restitution_finale", "Note de restitution finale"),
          e("fiche_experience", "Fiche d'expérience"));

  /** The fund's name, as the forms print it. */
  public static final String FUND = "Fonds d'Expérimentation pour la Jeunesse";

  /** Tableau 1: the lines of the beneficiaries' counts. */
  public static final ClosedList BENEFICIARY_LINES =
      list(
          "lignes",
          e("jeunes", "Jeunes").named("jeunes", "young people"),
          e("adultes", "Adultes").named("adultes", "adults"),
          e("total", "Nombre total de bénéficiaires"),
          e("abandons", "Nombre d'abandons ou exclusions"));

  /** Tableau 1: the characteristics' blocks (rubriques), young people's then adults'. */
  public static final ClosedList RUBRICS =
      list(
          "rubriques",
          e("age", "Âge").named("âge", "age"),
          e("situation", "Situation").named("situation", "situation"),
          e("niveau", "Niveau de formation").named("niveau de formation", "level of education"),
          e("sexe", "Sexe").named("sexe", "sex"),
          e("qualite", "Qualité").named("qualité des adultes", "adults' role"));

  /** Tableau 1: the rows of the "Âge" block. */
  public static final ClosedList AGE =
      list(
          "age",
          e("moins_6", "Moins de 6 ans"),
          e("6_10", "6-10 ans"),
          e("10_16", "10-16 ans"),
          e("16_18", "16-18 ans"),
          e("18_25", "18-25 ans"));

  /** Tableau 1: the rows of the "Situation" block. */
  public static final ClosedList SITUATION =
      list(
          "situation",
          e("preelementaire", "Élèves en pré-élémentaire"),
          e("elementaire", "Élèves en élémentaire"),
          e("collegiens", "Collégiens"),
          e("lyceens_legt", "Lycéens en LEGT"),
          e("lyceens_pro", "Lycéens en lycée professionnel"),
          e("apprentis_cfa", "Jeunes apprentis en CFA"),
          e("etudiants", "Étudiants du supérieur"),
          e("demandeurs_emploi", "Demandeurs d'emploi"),
          e("actifs_occupes", "Actifs occupés"));

  /** Tableau 1: the rows of the "Niveau de formation" block. */
  public static final ClosedList LEVEL =
      list(
          "niveau",
          e("infra_v", "Infra V"),
          e("v", "Niveau V"),
          e("iv", "Niveau IV"),
          e("iii", "Niveau III"),
          e("ii", "Niveau II"),
          e("i", "Niveau I"));

  /** Tableau 1: the rows of the "Sexe" block. */
  public static final ClosedList SEX = list("sexe", e("filles", "Filles"), e("garcons", "Garçons"));

  /** Tableau 1: the rows of the adults' "Qualité" block. */
  public static final ClosedList QUALITY =
      list(
          "qualite",
          e("parents", "Parents"),
          e("enseignants", "Enseignants"),
          e("conseillers_orientation", "Conseillers d'orientation-psychologues"),
          e("cpe", "Conseillers principaux d'éducation"),
          e("conseillers_insertion", "Conseillers d'insertion professionnelle"),
          e("animateurs", "Animateurs"),
          e("educateurs_specialises", "Éducateurs spécialisés"));

  /** The young people's characteristics' blocks: every rubric but the adults' quality. */
  public static List<String> youngRubrics() {
    return RUBRICS.keys().stream().filter(k -> !k.equals("qualite")).toList();
  }

  /** The rows of a characteristics' block ({@code age} ... {@code qualite}), or null. */
  public static ClosedList rows(String rubric) {
    return switch (rubric) {
      case "age" -> AGE;
      case "situation" -> SITUATION;
      case "niveau" -> LEVEL;
      case "sexe" -> SEX;
      case "qualite" -> QUALITY;
      default -> null;
    };
  }

  /** Tableau 1, other information: are the young people followed by the Mission Locale? */
  public static final ClosedList MISSION_LOCALE =
      list(
          "suivi_mission_locale",
          e("tous", "Oui, tous les bénéficiaires directs sont inscrits et suivis par la ML"),
          e("partie", "Oui, une partie des bénéficiaires directs est inscrite et suivie par la ML"),
          e("aucun", "Non, aucun bénéficiaire direct n'est inscrit et suivi par la ML"));

  /** Tableau 1, other information: the scale of the territory. */
  public static final ClosedList SCALE =
      list(
          "echelle",
          e("communale", "Communale (une ou plusieurs communes dans un même département)")
              .shortened("Communale"),
          e("departementale", "Départementale (un ou plusieurs départements dans une même région)")
              .shortened("Départementale"),
          e("regionale", "Régionale (une seule région)").shortened("Régionale"),
          e("interregionale", "Inter-régionale (2 et 3 régions)").shortened("Inter-régionale"),
          e("nationale", "Nationale (plus de 3 régions)").shortened("Nationale"));

  /** Tableau 1, other information: the city policy's neighbourhoods. */
  public static final ClosedList CITY_POLICY =
      list(
          "politique_de_la_ville",
          e(
              "totalite",
              "Oui, la totalité de mon territoire d'intervention est en quartiers politique de la"
                  + " ville"),
          e(
              "partie",
              "Oui, une partie de mon territoire d'intervention est en quartiers politique de la"
                  + " ville"),
          e(
              "non",
              "Non, mon territoire d'intervention n'inclut pas de quartiers politique de la"
                  + " ville"));

  /** Tableau 2: the four fixed phases of the actions, in the form's order. */
  public static final ClosedList PHASES =
      list(
          "phases",
          e("preparation", "Préparation du projet"),
          e("lancement", "Lancement de l'expérimentation"),
          e("achevement_experimentation", "Achèvement de l'expérimentation"),
          e("achevement_evaluation", "Achèvement de l'évaluation"));

  /** Tableau 3: the formats of a tool. */
  public static final ClosedList TOOL_FORMATS =
      list(
          "format",
          e("papier", "Papier"),
          e("electronique", "Électronique"),
          e("papier_et_electronique", "Papier et électronique"),
          e("autre", "Autre"));

  /** The financing table: the categories of funders. */
  public static final ClosedList FUNDING_CATEGORIES =
      list(
          "categorie",
          e("fej", FUND).named(FUND, "FEJ"),
          e("cofinancement", "Cofinancements extérieurs à la structure")
              .shortened("Cofinancements")
              .named("cofinancements extérieurs", "external co-funding"),
          e("autofinancement", "Autofinancement").named("autofinancement", "self-funding"));

  /** The bilan: the charges' accounts. */
  public static final ClosedList CHARGE_ACCOUNTS =
      list(
          "charges",
          e("60", "60 – Achat (frais de mission, petit matériel, reprographie)")
              .shortened("60 – Achat"),
          e("61", "61 – Services extérieurs"),
          e("62", "62 – Autres services extérieurs"),
          e("63", "63 – Impôts et taxes"),
          e("64", "64 – Charges de personnel"),
          e("65", "65 – Autres charges de gestion courante"),
          e("66", "66 – Charges financières"),
          e("67", "67 – Charges exceptionnelles"),
          e("68", "68 – Dotation aux amortissements (provision pour renouvellement)")
              .shortened("68 – Dotation aux amortissements"),
          e("86", "86 – Emplois des contributions volontaires en nature"));

  /** The bilan: the products' accounts. */
  public static final ClosedList PRODUCT_ACCOUNTS =
      list(
          "produits",
          e("70", "70 – Vente de produits finis, prestations de services, marchandises"),
          e("74", "74 – Subventions d'exploitation"),
          e("75", "75 – Autres produits de gestion courante (dont cotisations)")
              .shortened("75 – Autres produits de gestion courante"),
          e("76", "76 – Produits financiers"),
          e("77", "77 – Produits exceptionnels"),
          e("78", "78 – Reprises sur amortissements et provisions"),
          e("79", "79 – Transfert de charges"),
          e("87", "87 – Contributions volontaires en nature"));

  /** The bilan: the funders of account 74's subsidies, as the form's lines name them. */
  public static final ClosedList SUBSIDY_FUNDERS =
      list(
          "financeur",
          e("fej", "État : FEJ"),
          e("etat_autre", "État : autres ministères"),
          e("region", "Région(s)"),
          e("departement", "Département(s)"),
          e("commune", "Commune(s)"),
          e("organismes_sociaux", "Organismes sociaux"),
          e("fonds_europeens", "Fonds européens"),
          e("cnasea", "CNASEA (emplois aidés)"),
          e("autres", "Autres recettes"));

  /** The bilan: its two columns of amounts. */
  public static final ClosedList SIDES =
      list(
          "colonnes",
          e("prevu", "Prévu").named("prévu", "planned"),
          e("realise", "Réalisé").named("réalisé", "actual"));

  /** Every closed list of this registry. */
  public static List<ClosedList> lists() {
    return List.of(
        FORMS,
        BENEFICIARY_LINES,
        RUBRICS,
        AGE,
        SITUATION,
        LEVEL,
        SEX,
        QUALITY,
        MISSION_LOCALE,
        SCALE,
        CITY_POLICY,
        PHASES,
        TOOL_FORMATS,
        FUNDING_CATEGORIES,
        CHARGE_ACCOUNTS,
        PRODUCT_ACCOUNTS,
        SUBSIDY_FUNDERS,
        SIDES);
  }

  // ---- The plans of the three forms ----

  private static Item item(String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, false, true, List.of(aliases));
  }

  private static Item optional(
      String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, false, false, List.of(aliases));
  }

  private static Item group(String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, true, false, List.of(aliases));
  }

  private static final FormPlan PROGRESS_NOTE =
      new FormPlan(
          DocumentKind.NOTE_ETAPE,
          List.of(
              item(
                  "objectifs",
                  "1.",
                  "Rappel des objectifs de l'expérimentation et du public cible",
                  1,
                  "Rappel des objectifs"),
              item(
                  "modalites",
                  "2.",
                  "Modalités opérationnelles et état d'avancement",
                  1,
                  "Modalités opérationnelles")));

  private static final FormPlan FINAL_REPORT =
      new FormPlan(
          DocumentKind.RESTITUTION_FINALE,
          List.of(
              item("introduction", "", "Introduction", 1),
              group(
                  "rappel",
                  "I.",
                  "Rappel des objectifs et du public visé par l'expérimentation",
                  1,
                  "Rappel des objectifs et du public visé"),
              item("objectifs", "A.", "Objectifs de l'expérimentation", 2),
              group(
                  "public-beneficiaires",
                  "B.",
                  "Public visé et bénéficiaires de l'expérimentation (analyse quantitative et"
                      + " qualitative)",
                  2,
                  "Public visé et bénéficiaires de l'expérimentation"),
              item("public-vise", "1.", "Public visé", 3),
              group("beneficiaires-directs", "2.", "Bénéficiaires directs", 3),
              optional("statistiques", "2.1.", "Statistiques descriptives", 4),
              item("analyse-qualitative", "2.2.", "Analyse qualitative", 4),
              item("beneficiaires-indirects", "3.", "Bénéficiaires indirects", 3),
              group("deroulement", "II.", "Déroulement de l'expérimentation", 1),
              item("actions", "A.", "Actions mises en œuvre", 2),
              group("partenariats", "B.", "Partenariats", 2),
              optional("partenaires-operationnels", "1.", "Partenaires opérationnels", 3),
              optional("partenaires-financiers", "2.", "Partenaires financiers", 3),
              item("pilotage", "C.", "Pilotage de l'expérimentation", 2),
              group("enseignements", "III.", "Enseignements généraux de l'expérimentation", 1),
              item("analyse-dispositif", "A.", "Analyse du dispositif expérimenté", 2),
              group(
                  "transferabilite",
                  "B.",
                  "Enseignements et conditions de transférabilité du dispositif",
                  2),
              item("transfert-public", "1.", "Public visé", 3),
              item(
                  "transfert-actions", "2.", "Actions menées dans le cadre du dispositif testé", 3),
              item(
                  "transfert-partenariats",
                  "3.",
                  "Partenariats, coordination d'acteurs et gouvernance",
                  3),
              item("impacts-structure", "4.", "Impacts sur la structure", 3),
              item("conclusion", "", "Conclusion", 1)));

  private static final FormPlan EXPERIENCE_SHEET =
      new FormPlan(
          DocumentKind.FICHE_EXPERIENCE,
          List.of(
              item("genese", "", "La genèse de l'action", 1, "Genèse de l'action"),
              item("mise-en-oeuvre", "", "La mise en œuvre", 1, "Mise en œuvre"),
              optional(
                  "acteurs",
                  "",
                  "Présentation des acteurs clés du projet",
                  1,
                  "Les acteurs clés du projet",
                  "Acteurs clés"),
              item("resultats", "", "Les résultats", 1, "Résultats"),
              item(
                  "difficultes",
                  "",
                  "Difficultés et pistes de progrès",
                  1,
                  "Les difficultés et pistes de progrès")));

  /** The plan of a form: its parts in order, with the form's numbering and wording. */
  public static FormPlan plan(DocumentKind kind) {
    return switch (kind) {
      case NOTE_ETAPE -> PROGRESS_NOTE;
      case RESTITUTION_FINALE -> FINAL_REPORT;
      case FICHE_EXPERIENCE -> EXPERIENCE_SHEET;
    };
  }
}

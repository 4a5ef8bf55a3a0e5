package fr.fejdoc.load;

import fr.fejdoc.load.KeySpec.Kind;
import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The YAML keys of the input contract, in one place: the lists the reader checks keys against, and
 * the described trees ({@link #experimentSpec()}, {@link #documentSpec(String)}) from which the
 * reference docs/reference-cles.md and the JSON Schemas under schemas/ are generated (see
 * docs/conventions.md). Renaming one breaks every holder's file: extend, never rename.
 */
public final class Keys {
  private Keys() {}

  public static final List<String> EXPERIMENT =
      List.of(
          "dossier",
          "nom_court",
          "appel_a_projets",
          "thematique",
          "programme",
          "titre",
          "porteur",
          "evaluateur",
          "regions",
          "calendrier",
          "synthese",
          "partenaires",
          "beneficiaires",
          "actions",
          "outils",
          "budget",
          "constats_acceptes",
          "a_verifier");
  public static final List<String> CALL = List.of("code", "lancement");
  public static final List<String> ORGANISATION = List.of("nom", "sigle", "type");
  public static final List<String> SCHEDULE =
      List.of("demarrage", "fin", "duree_initiale_mois", "duree_effective_mois");
  public static final List<String> SYNTHESIS =
      List.of("objectifs", "public_cible", "descriptif", "territoires", "valeur_ajoutee");
  public static final List<String> PARTNERS =
      List.of("operationnels", "financiers", "parts_declarees");
  public static final List<String> OPERATIONAL_PARTNER =
      List.of("nom", "role", "type", "prevu", "effectif");
  public static final List<String> FUNDER = List.of("nom", "categorie", "montant");
  public static final List<String> FUNDER_CATEGORIES = FormRegistry.FUNDING_CATEGORIES.keys();

  public static final List<String> BENEFICIARIES =
      List.of(
          "periodes",
          "prevus",
          "entres",
          "abandons",
          "total_entres",
          "jeunes",
          "adultes",
          "suivi_mission_locale",
          "echelle",
          "politique_de_la_ville",
          "remarques");
  public static final List<String> PERIODS_STAGES = List.of("phases");
  public static final List<String> PERIODS_INTAKES = List.of("annees");
  public static final List<String> PLANNED = List.of("jeunes", "adultes", "total");
  public static final List<String> ENTERED = List.of("jeunes", "adultes");

  /** The form's total column: young and adults entered, and abandons, as the holder states them. */
  public static final List<String> TOTAL_ENTERED = List.of("jeunes", "adultes", "abandons");

  public static final List<String> YOUNG =
      List.of("inclut_adultes", "age", "situation", "niveau", "sexe", "autres");
  public static final List<String> ADULTS = List.of("qualite", "autres");
  public static final List<String> ROW = List.of("prevu", "entre");
  public static final List<String> OTHER_ROW = List.of("rubrique", "libelle", "prevu", "entre");
  // The closed lists of the forms come from the form registry, with their wording.
  public static final List<String> AGE = FormRegistry.AGE.keys();
  public static final List<String> SITUATION = FormRegistry.SITUATION.keys();
  public static final List<String> LEVEL = FormRegistry.LEVEL.keys();
  public static final List<String> SEX = FormRegistry.SEX.keys();
  public static final List<String> YOUNG_RUBRICS = FormRegistry.youngRubrics();
  public static final List<String> QUALITY = FormRegistry.QUALITY.keys();
  public static final List<String> PLANNED_DONE = List.of("prevu", "realise");

  /** The Mission Locale question: the form's ticks, and the counts real notes give instead. */
  public static final List<String> MISSION_LOCALE_KEYS =
      List.of("prevu", "realise", "nombre_prevu", "nombre_realise");

  public static final List<String> MISSION_LOCALE = FormRegistry.MISSION_LOCALE.keys();
  public static final List<String> SCALE = FormRegistry.SCALE.keys();
  public static final List<String> CITY_POLICY = FormRegistry.CITY_POLICY.keys();

  public static final List<String> PHASE =
      List.of("periode", "ressources", "actions", "sous_periodes");
  public static final List<String> PERIOD = List.of("debut", "fin");
  public static final List<String> ACTION =
      List.of(
          "intitule",
          "description",
          "quand",
          "specifique",
          "duree",
          "rh",
          "materiel",
          "numerotee",
          "total");
  public static final List<String> PHASE_RESOURCES = List.of("rh", "materiel");
  public static final List<String> SUB_PERIOD =
      List.of("libelle", "periode", "numerotation", "ressources", "actions");
  public static final List<String> NUMBERING = List.of("depuis_1", "suite");
  public static final List<String> HUMAN_RESOURCES = List.of("effectifs", "etp", "personnel");
  public static final List<String> MATERIAL = List.of("achats", "prestations", "autre");

  /** One accepted finding: its code (FEJ107), where it points (experiment.yaml:135), why. */
  public static final List<String> ACKNOWLEDGEMENT =
      List.of("code", "lieu", "raison", "dans_la_note");

  /** One value of an imported project to check by hand (written by fejdoc importer). */
  public static final List<String> IMPORT_REVIEW = List.of("cle", "raison");

  public static final List<String> TOOL =
      List.of("nom", "fonction", "utilisateurs", "format", "transferable", "precision");
  public static final List<String> TOOL_FORMATS = FormRegistry.TOOL_FORMATS.keys();

  public static final List<String> BUDGET = List.of("charges", "produits", "commentaires");
  public static final List<String> CHARGE_ACCOUNTS = FormRegistry.CHARGE_ACCOUNTS.keys();
  public static final List<String> PRODUCT_ACCOUNTS = FormRegistry.PRODUCT_ACCOUNTS.keys();
  public static final String TOTAL = "total";
  public static final List<String> ACCOUNT = List.of("prevu", "realise", "detail", "commentaires");
  public static final List<String> BUDGET_LINE =
      List.of("libelle", "prevu", "realise", "commentaires");
  public static final List<String> SUBSIDY_LINE =
      List.of("libelle", "financeur", "prevu", "realise", "commentaires");
  public static final List<String> SUBSIDY_FUNDERS = FormRegistry.SUBSIDY_FUNDERS.keys();

  // Documents
  public static final List<String> CERTIFICATE =
      List.of("signataire", "qualite", "lieu", "date", "publication", "signature");
  public static final List<String> PROGRESS_NOTE =
      List.of("document", "au", "redigee_par", "formulaire", "certificat", "effectifs");
  public static final List<String> DISTRIBUTION = List.of("libelle", "total", "repartition");
  public static final List<String> FINAL_REPORT =
      List.of("document", "date_remise", "redigee_par", "formulaire", "certificat");
  public static final List<String> SHEET =
      List.of(
          "document",
          "numero",
          "date",
          "serie",
          "territoire",
          "thematique",
          "titre",
          "chapeau",
          "identite",
          "citations",
          "chiffres_cles",
          "actualisation",
          "ressources",
          "contacts",
          "editeur",
          "certificat");
  public static final List<String> SHEET_IDENTITY =
      List.of("nom_action", "public_cible", "duree", "pilotage", "financement");
  public static final List<String> QUOTE = List.of("texte", "auteur");
  public static final List<String> KEY_FIGURE = List.of("valeur", "libelle");
  public static final List<String> RESOURCES = List.of("rapports", "docs_techniques", "sites");
  public static final List<String> RESOURCE = List.of("titre", "date", "pages", "lien");
  public static final List<String> CONTACT =
      List.of("organisation", "nom", "telephone", "email", "adresse", "site", "description");

  // ---- The described registry: the reference and the JSON Schemas are generated from it ----

  private static final List<String> NONE = List.of();

  private static KeySpec leaf(
      String name, Kind kind, String description, String example, String cell) {
    return new KeySpec(name, kind, false, NONE, description, example, cell, List.of());
  }

  private static KeySpec choice(
      String name, List<String> values, String description, String example, String cell) {
    return new KeySpec(name, Kind.CHOICE, false, values, description, example, cell, List.of());
  }

  private static KeySpec choices(
      String name, List<String> values, String description, String example, String cell) {
    return new KeySpec(name, Kind.CHOICES, false, values, description, example, cell, List.of());
  }

  /**
   * A choice among a closed list of the forms: its values are the list's keys, and the description
   * says which wording of the form each value stands for.
   */
  private static KeySpec choice(
      String name, ClosedList list, String description, String example, String cell) {
    return choice(name, list.keys(), wording(description, list), example, cell);
  }

  /** {@code description}, then the form's wording of each value of {@code list}. */
  private static String wording(String description, ClosedList list) {
    StringBuilder b = new StringBuilder(description).append(" Libellés du formulaire : ");
    for (int i = 0; i < list.entries().size(); i++) {
      Entry e = list.entries().get(i);
      if (i > 0) b.append(" ; ");
      b.append('`').append(e.key()).append("` « ").append(e.label()).append(" »");
    }
    return b.append('.').toString();
  }

  private static KeySpec required(KeySpec k) {
    return new KeySpec(
        k.name(), k.kind(), true, k.values(), k.description(), k.example(), k.cell(), k.children());
  }

  /**
   * A block (or list of blocks, or other container) whose children are exactly {@code keys}, in
   * order: a key added to a list of this class without its description stops the class from
   * loading, so the registry and what the reader accepts cannot drift.
   */
  private static KeySpec block(
      String name,
      Kind kind,
      List<String> keys,
      String description,
      String cell,
      List<KeySpec> children) {
    List<String> names = new ArrayList<>();
    for (KeySpec c : children) names.add(c.name());
    if (!names.equals(keys)) {
      throw new IllegalStateException(
          "Keys: the description of " + name + " names " + names + ", the reader reads " + keys);
    }
    return new KeySpec(name, kind, false, NONE, description, "", cell, children);
  }

  private static KeySpec block(
      String name, List<String> keys, String description, String cell, KeySpec... children) {
    return block(name, Kind.BLOCK, keys, description, cell, List.of(children));
  }

  private static KeySpec blocks(
      String name, List<String> keys, String description, String cell, KeySpec... children) {
    return block(name, Kind.BLOCK_LIST, keys, description, cell, List.of(children));
  }

  private static KeySpec organisation(
      String name, boolean nameRequired, String who, String example, String cell) {
    KeySpec nom = leaf("nom", Kind.TEXT, "Nom de " + who + ".", example, cell + " : nom");
    return block(
        name,
        ORGANISATION,
        who.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + who.substring(1) + ".",
        cell,
        nameRequired ? required(nom) : nom,
        leaf("sigle", Kind.TEXT, "Sigle, s'il en a un.", "CMA 53", cell),
        leaf(
            "type",
            Kind.TEXT,
            "Type de structure.",
            "Établissement public économique de l'État",
            cell + " : type de structure"));
  }

  /** One characteristic row of Tableau 1: {prevu, entre}, or a bare count (the entered figure). */
  private static KeySpec row(String key, String label, String rubric) {
    return block(
        key,
        Kind.COUNT_ROW,
        ROW,
        "Ligne « " + label + " » : prévus et entrés (un nombre seul vaut pour les entrés).",
        "Tableau 1 : " + rubric + ", ligne « " + label + " »",
        List.of(
            leaf("prevu", Kind.PLANNED, "Nombre prévu.", "20", "colonne « Prévus »"),
            leaf("entre", Kind.COUNT, "Nombre entré.", "24", "colonne « Entrés »")));
  }

  /** A block of Tableau 1's characteristics, its rows and their wording from the registry. */
  private static KeySpec rows(String name) {
    ClosedList rows = FormRegistry.rows(name);
    String rubric = FormRegistry.RUBRICS.name(name).fr();
    List<KeySpec> children = new ArrayList<>();
    for (Entry e : rows.entries()) children.add(row(e.key(), e.label(), rubric));
    return block(
        name,
        Kind.BLOCK,
        rows.keys(),
        "Répartition par " + FormRegistry.RUBRICS.label(name).toLowerCase(Locale.ROOT) + ".",
        "Tableau 1 : " + rubric,
        children);
  }

  /** The cell of a line of Tableau 1's counts ("ligne « Jeunes »"). */
  private static String line(String key) {
    return "ligne « " + FormRegistry.BENEFICIARY_LINES.label(key) + " »";
  }

  private static KeySpec otherRows(boolean young) {
    List<KeySpec> children = new ArrayList<>();
    if (young) {
      children.add(
          required(
              choice(
                  "rubrique",
                  YOUNG_RUBRICS,
                  "Le bloc de caractéristiques où la ligne s'ajoute.",
                  "situation",
                  "")));
    } else {
      children.add(
          choice(
              "rubrique",
              List.of("qualite"),
              "Sans objet pour les adultes (la ligne s'ajoute à la qualité).",
              "qualite",
              ""));
    }
    children.add(
        required(
            leaf(
                "libelle",
                Kind.TEXT,
                "Ce que le porteur écrit après « Autres : » ; pour compter des adultes dans un"
                    + " bloc des jeunes, un libellé tel que « Adultes ». Un libellé écrit comme"
                    + " la note l'imprime (« Autres : Adultes », « Autres publics : Adultes »)"
                    + " garde son texte, sans « Autres : » doublé.",
                young ? "Autres publics" : "Tuteurs",
                "libellé de la ligne « Autres (préciser) »")));
    children.add(leaf("prevu", Kind.PLANNED, "Nombre prévu.", "5", "colonne « Prévus »"));
    children.add(leaf("entre", Kind.COUNT, "Nombre entré.", "3", "colonne « Entrés »"));
    return block(
        "autres",
        Kind.BLOCK_LIST,
        young ? OTHER_ROW : List.of("rubrique", "libelle", "prevu", "entre"),
        "Les lignes « Autres (préciser) », que le porteur nomme.",
        "Tableau 1 : lignes « Autres (préciser) »",
        children);
  }

  private static KeySpec plannedDoneChoice(
      String name, ClosedList list, boolean many, String description, String cell) {
    List<String> values = list.keys();
    String example = many ? "[" + values.get(1) + "]" : values.get(0);
    return block(
        name,
        PLANNED_DONE,
        wording(description, list),
        cell,
        many
            ? choices("prevu", values, "Ce qui était prévu.", example, cell + " : prévu")
            : choice("prevu", values, "Ce qui était prévu.", example, cell + " : prévu"),
        many
            ? choices("realise", values, "Ce qui a été réalisé.", example, cell + " : réalisé")
            : choice("realise", values, "Ce qui a été réalisé.", example, cell + " : réalisé"));
  }

  private static KeySpec beneficiariesSpec() {
    return block(
        "beneficiaires",
        BENEFICIARIES,
        "Tableau 1 : les bénéficiaires, leurs caractéristiques et les autres informations.",
        "Tableau 1 (annexe de la note de restitution finale)",
        block(
            "periodes",
            Kind.PERIODS,
            List.of("phases", "annees"),
            "Les colonnes du tableau. Une liste de libellés (ou `{annees: [...]}`) : des entrées"
                + " successives, le total est la somme. `{phases: [...]}` : les étapes d'une même"
                + " cohorte, chacune tient au plus l'étape précédente moins ses abandons.",
            "Tableau 1 : colonnes des périodes",
            List.of(
                leaf(
                    "phases",
                    Kind.TEXTS,
                    "Étapes successives d'une même cohorte.",
                    "[Phase 1, Phase 2]",
                    ""),
                leaf(
                    "annees",
                    Kind.TEXTS,
                    "Entrées successives (comme une liste simple).",
                    "[Année 1, Année 2]",
                    ""))),
        block(
            "prevus",
            PLANNED,
            "Les bénéficiaires prévus ; chaque nombre peut être une fourchette.",
            "Tableau 1 : colonne « Prévus »",
            leaf("jeunes", Kind.PLANNED, "Jeunes prévus.", "17 à 20", line("jeunes")),
            leaf("adultes", Kind.PLANNED, "Adultes prévus.", "0", line("adultes")),
            leaf(
                "total",
                Kind.PLANNED,
                "Total prévu, vérifié contre jeunes + adultes.",
                "20",
                line("total"))),
        block(
            "entres",
            ENTERED,
            "Les bénéficiaires entrés, une valeur par période.",
            "Tableau 1 : colonnes des périodes",
            leaf(
                "jeunes",
                Kind.COUNTS_PER_PERIOD,
                "Jeunes entrés par période.",
                "[64, 40, null]",
                line("jeunes")),
            leaf(
                "adultes",
                Kind.COUNTS_PER_PERIOD,
                "Adultes entrés par période.",
                "[0, 0, null]",
                line("adultes"))),
        leaf(
            "abandons",
            Kind.COUNTS_PER_PERIOD,
            "Abandons ou exclusions, par période.",
            "[2, 1, null]",
            "Tableau 1 : " + line("abandons")),
        block(
            "total_entres",
            TOTAL_ENTERED,
            "La colonne « Bénéficiaires entrés pendant toute la durée de l'expérimentation » telle"
                + " que le porteur l'écrit. Pour des entrées successives, elle vaut la somme des"
                + " périodes (vérifiée) et peut être omise. Pour des phases, elle donne la cohorte"
                + " telle qu'elle finit : sans elle, la case reste vide (fejdoc n'imprime pas un"
                + " total que le porteur n'a pas donné).",
            "Tableau 1 : colonne « Bénéficiaires entrés pendant toute la durée »",
            leaf("jeunes", Kind.COUNT, "Jeunes à la fin.", "8", line("jeunes")),
            leaf("adultes", Kind.COUNT, "Adultes à la fin.", "1", line("adultes")),
            leaf(
                "abandons",
                Kind.COUNT,
                "Abandons ou exclusions sur toute la durée, tels que la note les donne (vérifiés"
                    + " contre la somme des périodes quand chaque période en donne).",
                "23",
                line("abandons"))),
        block(
            "jeunes",
            YOUNG,
            "Caractéristiques des jeunes à l'entrée ; chaque bloc se somme aux jeunes entrés.",
            "Tableau 1 : « Bénéficiaires directs : jeunes »",
            leaf(
                "inclut_adultes",
                Kind.BOOLEAN,
                "true quand le porteur compte des adultes dans une ligne « Autres » : chaque bloc"
                    + " se somme alors à jeunes + adultes.",
                "false",
                ""),
            rows("age"),
            rows("situation"),
            rows("niveau"),
            rows("sexe"),
            otherRows(true)),
        block(
            "adultes",
            ADULTS,
            "Caractéristiques des adultes ; la qualité se somme aux adultes entrés.",
            "Tableau 1 : « Bénéficiaires directs : adultes »",
            rows("qualite"),
            otherRows(false)),
        block(
            "suivi_mission_locale",
            MISSION_LOCALE_KEYS,
            "Les jeunes sont-ils inscrits et suivis par la Mission Locale : la case cochée (tous,"
                + " une partie, aucun) et, comme le donnent de vraies notes, le nombre de jeunes"
                + " suivis ; chacun est facultatif et imprimé tel quel, fejdoc n'en déduit aucun"
                + " autre.",
            "Tableau 1 : autres informations, suivi par la Mission Locale",
            choice(
                "prevu",
                FormRegistry.MISSION_LOCALE,
                "La case cochée dans la colonne « Prévision initiale ».",
                "partie",
                "Tableau 1 : suivi par la Mission Locale : prévu"),
            choice(
                "realise",
                FormRegistry.MISSION_LOCALE,
                "La case cochée dans la colonne « Réalisation ».",
                "partie",
                "Tableau 1 : suivi par la Mission Locale : réalisé"),
            leaf(
                "nombre_prevu",
                Kind.PLANNED,
                "Nombre de jeunes dont le suivi par la Mission Locale était prévu (peut être une"
                    + " fourchette).",
                "20",
                "Tableau 1 : suivi par la Mission Locale, colonne « Prévision initiale »"),
            leaf(
                "nombre_realise",
                Kind.COUNT,
                "Nombre de jeunes effectivement inscrits et suivis par la Mission Locale.",
                "8",
                "Tableau 1 : suivi par la Mission Locale, colonne « Réalisation »")),
        plannedDoneChoice(
            "echelle",
            FormRegistry.SCALE,
            true,
            "Échelle du territoire d'expérimentation (plusieurs valeurs possibles).",
            "Tableau 1 : autres informations, échelle"),
        plannedDoneChoice(
            "politique_de_la_ville",
            FormRegistry.CITY_POLICY,
            false,
            "Bénéficiaires en quartiers de la politique de la ville : totalité, partie, non.",
            "Tableau 1 : autres informations, politique de la ville"),
        leaf(
            "remarques",
            Kind.MARKDOWN,
            "Remarques sur le tableau.",
            "Les jeunes logés par l'ADLJ étaient inclus.",
            "Tableau 1 : « Remarques »"));
  }

  private static KeySpec actionsSpec() {
    List<KeySpec> phases = new ArrayList<>();
    List<String> phaseKeys = new ArrayList<>();
    for (fr.fejdoc.model.Phase p : fr.fejdoc.model.Phase.values()) {
      phaseKeys.add(p.key());
      phases.add(
          block(
              p.key(),
              PHASE,
              "Phase « " + p.label() + " ».",
              "Tableau 2 : phase « " + p.label() + " »",
              block(
                  "periode",
                  PERIOD,
                  "Dates de la phase, dans celles de l'expérimentation.",
                  "Tableau 2 : dates de la phase",
                  leaf("debut", Kind.DATE, "Début de la phase.", "2009-04", "début"),
                  leaf("fin", Kind.DATE, "Fin de la phase.", "2009-09", "fin")),
              resourcesSpec(
                  "Ressources données pour toute la phase, et non action par action : une ligne"
                      + " « Ressources de la phase » sous le titre de la phase. Ses ETP comptent"
                      + " dans ceux d'une ligne « total » de la phase.",
                  "Tableau 2 : ligne « Ressources de la phase »"),
              actionsListSpec(
                  "Les lignes de la phase, dans l'ordre du tableau (avant ses sous-périodes)."
                      + " Les actions sont numérotées « Action n°1 », « n°2 »… ; une ligne"
                      + " `numerotee: false` ou `total: true` n'a pas de numéro et ne décale pas"
                      + " ceux qui suivent."),
              blocks(
                  "sous_periodes",
                  SUB_PERIOD,
                  "Les sous-périodes de la phase (« Année 2009-2010 », « Année 2010-2011 »),"
                      + " chacune avec ses lignes, imprimées après les lignes de la phase.",
                  "Tableau 2 : sous-titres de la phase",
                  required(
                      leaf(
                          "libelle",
                          Kind.TEXT,
                          "Titre de la sous-période, tel que la note l'écrit.",
                          "Année 2009-2010",
                          "ligne de titre de la sous-période")),
                  block(
                      "periode",
                      PERIOD,
                      "Dates de la sous-période, dans celles de la phase.",
                      "ligne de titre de la sous-période : dates",
                      leaf("debut", Kind.DATE, "Début de la sous-période.", "2009-09", "début"),
                      leaf("fin", Kind.DATE, "Fin de la sous-période.", "2010-06", "fin")),
                  choice(
                      "numerotation",
                      NUMBERING,
                      "Numérotation des actions de la sous-période : `depuis_1` (par défaut)"
                          + " recommence à « Action n°1 » ; `suite` continue après la dernière"
                          + " action numérotée de la phase.",
                      "suite",
                      "colonne « Action n° »"),
                  resourcesSpec(
                      "Ressources données pour toute la sous-période : une ligne « Ressources de"
                          + " la période » sous son titre.",
                      "Tableau 2 : ligne « Ressources de la période »"),
                  actionsListSpec("Les lignes de la sous-période, dans l'ordre du tableau."))));
    }
    return block(
        "actions",
        Kind.BLOCK,
        phaseKeys,
        "Tableau 2 : les actions, rangées dans les quatre phases fixes du formulaire.",
        "Tableau 2 (annexe de la note de restitution finale)",
        phases);
  }

  private static KeySpec actionsListSpec(String description) {
    return blocks(
        "actions",
        ACTION,
        description,
        "Tableau 2 : lignes de la phase",
        leaf(
            "intitule",
            Kind.TEXT,
            "Intitulé (nom court) de l'action. `intitule` ou `description` est obligatoire.",
            "Création du logiciel de suivi",
            "colonne « Description synthétique de chaque action »"),
        leaf(
            "description",
            Kind.TEXT,
            "Description de l'action, quand la note la donne en plus de son nom : imprimée sous"
                + " l'intitulé, telle quelle.",
            "Logiciel commun à la CMA, la Mission Locale et l'ADLJ pour suivre chaque jeune.",
            "colonne « Description synthétique de chaque action »"),
        leaf(
            "quand",
            Kind.TEXT,
            "Quand l'action a eu lieu.",
            "septembre 2009",
            "colonne « Description synthétique de chaque action » (en tête)"),
        leaf(
            "specifique",
            Kind.BOOLEAN,
            "Action spécifique à l'expérimentation.",
            "true",
            "colonne « Spécifique au caractère expérimental du projet (oui/non) »"),
        leaf(
            "duree",
            Kind.DURATION,
            "Durée de l'action, telle que la note l'écrit (précision comprise).",
            "6 mois",
            "colonne « Durée en mois ou semaine »"),
        humanResourcesSpec(),
        materialSpec(),
        leaf(
            "numerotee",
            Kind.BOOLEAN,
            "`false` : une ligne qui n'est pas une action numérotée (« Résultats : 45 jeunes"
                + " repérés ») ; elle n'a pas de « Action n° » et ne décale pas la numérotation.",
            "false",
            "colonne « Action n° » laissée vide"),
        leaf(
            "total",
            Kind.BOOLEAN,
            "`true` : la ligne donne les totaux de sa phase (ou sous-période), comme « Total"
                + " phase » ; non numérotée, en gras, imprimée à la fin de sa phase ou"
                + " sous-période. Ses ETP sont comparés à la somme des ETP des autres lignes et"
                + " des ressources de la phase (FEJ206, avertissement).",
            "true",
            "ligne « Total » de la phase"));
  }

  private static KeySpec resourcesSpec(String description, String cell) {
    return block(
        "ressources", PHASE_RESOURCES, description, cell, humanResourcesSpec(), materialSpec());
  }

  private static KeySpec humanResourcesSpec() {
    return block(
        "rh",
        HUMAN_RESOURCES,
        "Ressources humaines mobilisées.",
        "colonnes « Ressources humaines mobilisées »",
        leaf("effectifs", Kind.COUNT, "Nombre de personnes.", "2", "colonne « Effectifs »"),
        leaf("etp", Kind.ETP, "Équivalents temps plein (≤ effectifs).", "1/2", "colonne « ETP »"),
        leaf(
            "personnel",
            Kind.TEXT,
            "Type de personnel.",
            "Conseillère apprentissage",
            "colonne « Type de personnel concerné (qualifications) »"));
  }

  private static KeySpec materialSpec() {
    return block(
        "materiel",
        MATERIAL,
        "Ressources matérielles mobilisées.",
        "colonnes « Ressources matérielles mobilisées »",
        leaf(
            "achats",
            Kind.MONEY_CELL,
            "Achats (montant ou renvoi).",
            "2200.64",
            "colonne « Achats »"),
        leaf(
            "prestations",
            Kind.TEXT,
            "Prestations de services.",
            "informatique",
            "colonne « Prestations de services »"),
        leaf(
            "autre",
            Kind.TEXT,
            "Autre ressource matérielle.",
            "local",
            "colonne « Autre (préciser) »"));
  }

  /** The cell of a column of the bilan ("colonne « Prévu »"). */
  private static String column(String key) {
    return "colonne « " + FormRegistry.SIDES.label(key) + " »";
  }

  private static KeySpec account(String number, String label, boolean subsidies) {
    List<KeySpec> line = new ArrayList<>();
    line.add(
        required(
            leaf(
                "libelle",
                Kind.TEXT,
                subsidies
                    ? "Libellé de la ligne de détail. Le document imprime devant lui le libellé"
                        + " du formulaire pour son `financeur` (« État : FEJ », « Région(s) ») ;"
                        + " un libellé qui commence déjà par celui-ci (casse, accents, espaces et"
                        + " deux-points ignorés) est imprimé seul, sans doublon."
                    : "Libellé de la ligne de détail.",
                subsidies ? FormRegistry.SUBSIDY_FUNDERS.label("fej") : "Personnel administratif",
                "libellé de la ligne")));
    if (subsidies) {
      line.add(
          choice(
              "financeur",
              FormRegistry.SUBSIDY_FUNDERS,
              "Le financeur de la subvention, parmi les lignes du compte 74.",
              "fej",
              "ligne du compte 74"));
    }
    line.add(leaf("prevu", Kind.AMOUNT, "Montant prévu.", "7000", column("prevu")));
    line.add(leaf("realise", Kind.AMOUNT, "Montant réalisé.", "7000", column("realise")));
    line.add(
        leaf(
            "commentaires",
            Kind.MARKDOWN,
            "Explication de l'écart de cette ligne ; imprimée sous le bilan, avec les"
                + " commentaires du bilan.",
            "Recrutement plus tôt que prévu.",
            "Bilan : « Commentaires et explications sur les écarts »"));
    return block(
        number,
        ACCOUNT,
        "Compte « " + label + " » ; avec des lignes de détail, il vaut leur somme.",
        "Bilan : compte « " + label + " »",
        leaf("prevu", Kind.AMOUNT, "Montant prévu.", "8011", column("prevu")),
        leaf("realise", Kind.AMOUNT, "Montant réalisé.", "6419", column("realise")),
        block(
            "detail",
            Kind.BLOCK_LIST,
            subsidies ? SUBSIDY_LINE : BUDGET_LINE,
            "Lignes de détail du compte.",
            "Bilan : lignes de détail",
            line),
        leaf(
            "commentaires",
            Kind.MARKDOWN,
            "Explication de l'écart de ce compte ; imprimée sous le bilan, avec les commentaires"
                + " du bilan.",
            "Produits de formation moindres que prévu.",
            "Bilan : « Commentaires et explications sur les écarts »"));
  }

  private static KeySpec accounts(String name, ClosedList numbers, boolean products) {
    List<KeySpec> children = new ArrayList<>();
    List<String> keys = new ArrayList<>(numbers.keys());
    keys.add(TOTAL);
    for (Entry e : numbers.entries()) {
      children.add(account(e.key(), e.shortLabel(), products && e.key().equals("74")));
    }
    children.add(
        block(
            TOTAL,
            PLANNED_DONE,
            "Les totaux déclarés par le porteur, vérifiés contre la somme des comptes.",
            "Bilan : ligne « Total »",
            leaf("prevu", Kind.AMOUNT, "Total prévu.", "218849", column("prevu")),
            leaf("realise", Kind.AMOUNT, "Total réalisé.", "218849", column("realise"))));
    return block(
        name,
        Kind.BLOCK,
        keys,
        products
            ? "Les produits, par compte (guillemets autour des numéros)."
            : "Les charges, par compte (guillemets autour des numéros).",
        products ? "Bilan : colonne des produits" : "Bilan : colonne des charges",
        children);
  }

  private static KeySpec budgetSpec() {
    return block(
        "budget",
        BUDGET,
        "Bilan d'exécution financière (facultatif) : charges et produits par compte, prévus et"
            + " réalisés.",
        "Bilan financier (annexe de la note de restitution finale)",
        accounts("charges", FormRegistry.CHARGE_ACCOUNTS, false),
        accounts("produits", FormRegistry.PRODUCT_ACCOUNTS, true),
        leaf(
            "commentaires",
            Kind.MARKDOWN,
            "Commentaires sur les écarts entre prévu et réalisé. Un compte ou une ligne de détail"
                + " peut aussi porter ses propres `commentaires` : tous sont imprimés sous le"
                + " bilan, et un bilan réalisé déséquilibré ainsi commenté n'est plus signalé"
                + " comme à expliquer (FEJ309 au lieu de FEJ307).",
            "Écart sur le compte 70 : ...",
            "Bilan : « Commentaires et explications sur les écarts »"));
  }

  private static final KeySpec EXPERIMENT_SPEC =
      block(
          "experiment.yaml",
          EXPERIMENT,
          "Les faits de l'expérimentation, écrits une fois ; chaque document les reprend.",
          "",
          required(
              leaf(
                  "dossier",
                  Kind.TEXT,
                  "Numéro du dossier, en toute graphie (AP1_027, AP1-027, « AP1_n° 027 »). Obligatoire"
                      + " ; `null` seulement pour une fiche d'expérience sans numéro (avertissement).",
                  "AP1_027",
                  "en-têtes ; fiche synthétique : « Numéro du projet »")),
          leaf(
              "nom_court",
              Kind.TEXT,
              "Nom court de l'action.",
              "Passeport Accueil Commun",
              "fiche d'expérience ; catalogue"),
          block(
              "appel_a_projets",
              CALL,
              "L'appel à projets.",
              "Introduction : « appel à projets n° … lancé en … »",
              leaf("code", Kind.TEXT, "Code de l'appel.", "AP1", "numéro de l'appel"),
              leaf(
                  "lancement",
                  Kind.DATE,
                  "Lancement de l'appel, à la précision que donne la note : une année (2009), un"
                      + " mois (2009-04, « avril 2009 ») ou un jour ; imprimé tel quel (« lancé en"
                      + " 2009 », « lancé en AVRIL 2009 »), jamais plus précis.",
                  "2009-04",
                  "« lancé en … »")),
          leaf(
              "thematique",
              Kind.TEXT,
              "Thématique de l'appel.",
              "Alternance et sécurisation des parcours",
              "couverture et fiche synthétique : « Thématique »"),
          leaf(
              "programme",
              Kind.TEXT,
              "Programme de l'appel, s'il y en a un.",
              "Programme 7 : Accompagnement des étudiants qui décrochent",
              "couverture"),
          required(
              leaf(
                  "titre",
                  Kind.TEXT,
                  "Intitulé du projet.",
                  "Plateforme de sécurisation des contrats d'apprentissage",
                  "couverture ; fiche synthétique : « Titre » ; note d'étape : « Intitulé du"
                      + " projet »")),
          required(
              organisation(
                  "porteur",
                  true,
                  "la structure porteuse du projet",
                  "Chambre de Métiers et de l'Artisanat de la Mayenne",
                  "« Porteur du projet » ; fiche synthétique : « Le porteur du projet »")),
          organisation(
              "evaluateur",
              false,
              "l'évaluateur du projet",
              "Cabinet AMNYOS",
              "« Évaluateur du projet » ; fiche synthétique : « L'évaluateur du projet »"),
          leaf(
              "regions",
              Kind.TEXTS,
              "Régions de l'expérimentation.",
              "[Pays de la Loire]",
              "note d'étape : « Région(s) d'expérimentation »"),
          required(
              block(
                  "calendrier",
                  SCHEDULE,
                  "Les dates et durées de l'expérimentation.",
                  "fiche synthétique : « Durée de l'expérimentation »",
                  required(
                      leaf(
                          "demarrage",
                          Kind.DATE,
                          "Démarrage effectif (le mois suffit).",
                          "2009-10-20",
                          "note d'étape : « Date de démarrage effectif »")),
                  leaf("fin", Kind.DATE, "Fin de l'expérimentation.", "2011-12", ""),
                  leaf(
                      "duree_initiale_mois",
                      Kind.DURATION,
                      "Durée initiale : un nombre de mois (27, imprimé « 27 mois »), ou la durée"
                          + " telle que la note l'écrit, précision comprise (« 18 mois (dont 12"
                          + " mois de formation) », « 2 ans », « environ 24 mois »), imprimée"
                          + " telle quelle. Le chiffre qui l'ouvre sert aux vérifications et au"
                          + " catalogue.",
                      "27",
                      "fiche synthétique : « (1) Durée initiale »"),
                  leaf(
                      "duree_effective_mois",
                      Kind.DURATION,
                      "Durée effective : un nombre de mois, ou la durée telle que la note"
                          + " l'écrit (voir duree_initiale_mois).",
                      "27",
                      "fiche synthétique : « (2) Durée effective »"))),
          block(
              "synthese",
              SYNTHESIS,
              "Les cases de la fiche synthétique (Markdown).",
              "Fiche synthétique du projet",
              leaf(
                  "objectifs",
                  Kind.MARKDOWN,
                  "Objectifs initiaux.",
                  "Sécuriser les parcours des apprentis.",
                  "« Objectifs initiaux »"),
              leaf(
                  "public_cible",
                  Kind.MARKDOWN,
                  "Public(s) cible(s).",
                  "Les jeunes apprentis suivis par la Mission Locale.",
                  "« Public(s) cible(s) »"),
              leaf(
                  "descriptif",
                  Kind.MARKDOWN,
                  "Descriptif synthétique.",
                  "Une plateforme départementale ...",
                  "« Descriptif synthétique »"),
              leaf(
                  "territoires",
                  Kind.MARKDOWN,
                  "Territoire(s) d'expérimentation.",
                  "Le département de la Mayenne.",
                  "« Territoire(s) d'expérimentation »"),
              leaf(
                  "valeur_ajoutee",
                  Kind.MARKDOWN,
                  "Valeur ajoutée.",
                  "Un référent unique ...",
                  "« Valeur ajoutée »")),
          block(
              "partenaires",
              PARTNERS,
              "Les partenaires opérationnels et financiers.",
              "Fiche synthétique : partenaires",
              blocks(
                  "operationnels",
                  OPERATIONAL_PARTNER,
                  "Partenaires techniques opérationnels.",
                  "« Partenaires techniques opérationnels » ; tableau des rôles",
                  required(leaf("nom", Kind.TEXT, "Nom du partenaire.", "Mission Locale", "nom")),
                  leaf(
                      "role",
                      Kind.MARKDOWN,
                      "Rôle dans l'expérimentation.",
                      "\"- Santé et mobilité\"",
                      "« Rôle dans l'expérimentation »"),
                  leaf("type", Kind.TEXT, "Type de structure.", "Association", "type"),
                  leaf(
                      "prevu", Kind.BOOLEAN, "Indiqué dans le projet.", "true", "liste « prévus »"),
                  leaf(
                      "effectif",
                      Kind.BOOLEAN,
                      "Effectivement partenaire.",
                      "true",
                      "liste « effectifs »")),
              blocks(
                  "financiers",
                  FUNDER,
                  "Partenaires financiers, avec leur montant.",
                  "« Partenaires financiers (avec montant) »",
                  required(leaf("nom", Kind.TEXT, "Nom du financeur.", FormRegistry.FUND, "nom")),
                  required(
                      choice(
                          "categorie",
                          FormRegistry.FUNDING_CATEGORIES,
                          "Catégorie du financement.",
                          "fej",
                          "tableau « Financements »")),
                  leaf("montant", Kind.AMOUNT, "Montant réalisé.", "107710", "montant")),
              block(
                  "parts_declarees",
                  FUNDER_CATEGORIES,
                  "Parts déclarées par le porteur, en % ; fejdoc calcule les parts à partir des"
                      + " montants et vérifie celles-ci.",
                  "Tableau « Financements » (II.B.2)",
                  leaf("fej", Kind.PERCENT, "Part du FEJ.", "49", "part du FEJ"),
                  leaf(
                      "cofinancement",
                      Kind.PERCENT,
                      "Part des cofinancements extérieurs.",
                      "24",
                      "part des cofinancements"),
                  leaf(
                      "autofinancement",
                      Kind.PERCENT,
                      "Part de l'autofinancement.",
                      "27",
                      "part de l'autofinancement"))),
          beneficiariesSpec(),
          actionsSpec(),
          blocks(
              "outils",
              TOOL,
              "Tableau 3 : les outils produits par l'expérimentation.",
              "Tableau 3 (annexe de la note de restitution finale)",
              required(
                  leaf(
                      "nom",
                      Kind.TEXT,
                      "Nom de l'outil.",
                      "Logiciel de suivi",
                      "colonne « Nom de l'outil »")),
              leaf(
                  "fonction",
                  Kind.TEXT,
                  "Fonction de l'outil.",
                  "Centraliser les informations",
                  "colonne « Fonction de l'outil »"),
              leaf(
                  "utilisateurs",
                  Kind.TEXT,
                  "Utilisateurs.",
                  "Référent du projet",
                  "colonne « Utilisateurs »"),
              choice(
                  "format",
                  FormRegistry.TOOL_FORMATS,
                  "Format de l'outil.",
                  "electronique",
                  "colonne « Format »"),
              leaf(
                  "transferable",
                  Kind.BOOLEAN,
                  "Outil transférable.",
                  "true",
                  "colonne « Outil transférable »"),
              leaf(
                  "precision",
                  Kind.TEXT,
                  "Précision sur le transfert.",
                  "en l'adaptant au contexte local",
                  "colonne « Outil transférable » : précision")),
          budgetSpec(),
          blocks(
              "constats_acceptes",
              ACKNOWLEDGEMENT,
              "Constats que le porteur accepte en connaissance de cause (par exemple des chiffres"
                  + " prévus de la demande, incohérents à l'origine) : ils restent listés, avec la"
                  + " raison, mais ne comptent plus (sauf check --strict). Les protections contre"
                  + " les entrées hostiles (FEJ012-015, FEJ055-065, FEJ075, FEJ080) ne s'acceptent"
                  + " pas.",
              "aucune (rapports de fejdoc check)",
              required(
                  leaf(
                      "code",
                      Kind.TEXT,
                      "Code du constat accepté (FEJ107, fej107 ou 107).",
                      "FEJ107",
                      "code du constat")),
              leaf(
                  "lieu",
                  Kind.TEXT,
                  "Où il pointe : fichier du projet, et ligne si besoin (fichier:ligne).",
                  "experiment.yaml:135",
                  "lieu du constat"),
              required(
                  leaf(
                      "raison",
                      Kind.TEXT,
                      "Pourquoi le constat est accepté.",
                      "Chiffres prévus repris de la demande de 2009.",
                      "raison affichée dans les rapports")),
              leaf(
                  "dans_la_note",
                  Kind.BOOLEAN,
                  "`true` : la raison est aussi imprimée dans la note, telle quelle, sous le"
                      + " tableau que le constat concerne : « Remarques » du Tableau 1 (FEJ1xx),"
                      + " sous le Tableau 2 (FEJ2xx), « Commentaires » du bilan (FEJ30x). Les"
                      + " autres constats n'ont pas de case de remarques dans le formulaire.",
                  "true",
                  "Tableau 1 : « Remarques » ; bilan : « Commentaires »")),
          blocks(
              "a_verifier",
              IMPORT_REVIEW,
              "Valeurs d'un projet importé (fejdoc importer) à contrôler à la main dans la note"
                  + " d'origine : check les signale (FEJ120) tant que leur entrée reste ; retirez"
                  + " chaque entrée une fois la valeur vérifiée.",
              "aucune (écrite par fejdoc importer)",
              required(
                  leaf(
                      "cle",
                      Kind.TEXT,
                      "Chemin de la valeur dans experiment.yaml, clés séparées par des points.",
                      "beneficiaires.prevus.jeunes",
                      "valeur à vérifier")),
              leaf(
                  "raison",
                  Kind.TEXT,
                  "Pourquoi la valeur est à vérifier, et où elle a été lue dans la note.",
                  "« 17 à 20 » lu dans une cellule fusionnée (page 12, ligne 4)",
                  "raison affichée par check")));

  /** The described keys of experiment.yaml (the root is a block named "experiment.yaml"). */
  public static KeySpec experimentSpec() {
    return EXPERIMENT_SPEC;
  }

  private static KeySpec documentKind(String kind) {
    return required(
        choice(
            "document",
            List.of(kind),
            "Le type du document : note_etape, restitution_finale ou fiche_experience.",
            kind,
            "le formulaire"));
  }

  private static KeySpec certificateSpec() {
    return block(
        "certificat",
        CERTIFICATE,
        "Le certificat qui clôt la note.",
        "« CERTIFICAT »",
        leaf(
            "signataire",
            Kind.TEXT,
            "Nom du signataire.",
            "M. Michel JULITA",
            "« Je soussigné, … »"),
        leaf(
            "qualite",
            Kind.TEXT,
            "Qualité du signataire.",
            "responsable de la structure porteuse du projet",
            "qualité du signataire"),
        leaf("lieu", Kind.TEXT, "Lieu de la signature.", "Montpellier", "« Fait à … »"),
        leaf("date", Kind.DATE, "Date de la signature.", "2011-01-28", "« Le … »"),
        leaf(
            "publication",
            Kind.BOOLEAN,
            "false imprime « (ne fera pas l'objet d'une publication) » ; true par défaut.",
            "false",
            "mention après « CERTIFICAT : »"),
        leaf(
            "signature",
            Kind.TEXT,
            "Image de la signature, chemin relatif au dossier du projet.",
            "images/signature.png",
            "« Signature : »"));
  }

  private static KeySpec author() {
    return leaf(
        "redigee_par",
        Kind.TEXT,
        "L'organisation qui rédige la note, imprimée telle quelle sous le titre (note d'étape :"
            + " « REDIGEE PAR … » ; restitution finale : « Rédigée par : … » en couverture) et"
            + " nommée auteur des fichiers produits. Sans elle, rien n'est imprimé.",
        "Animation Régionale des Missions Locales",
        "« REDIGEE PAR … » / « Rédigée par : … »");
  }

  private static KeySpec formEdition() {
    return leaf(
        "formulaire",
        Kind.DATE,
        "L'édition des formulaires FEJ que la note reproduit (année ou mois : 2010-11, 2011),"
            + " quand ce n'est pas celle de sa date : elle choisit le bloc ministériel et les"
            + " adresses web du FEJ (templates/ministeres.yaml). Sans elle, l'édition en vigueur"
            + " à la date de la note (voir docs/conventions.md, « Les formulaires de l'année »).",
        "2011",
        "bloc ministériel, adresses web du FEJ");
  }

  private static KeySpec contact(String name, Kind kind, String description, String cell) {
    return block(
        name,
        kind,
        CONTACT,
        description,
        cell,
        List.of(
            leaf("organisation", Kind.TEXT, "Organisation.", "Mission Locale de Laval", "nom"),
            leaf("nom", Kind.TEXT, "Nom (à défaut d'organisation).", "INJEP", "nom"),
            leaf("telephone", Kind.TEXT, "Téléphone.", "02 43 00 00 00", "téléphone"),
            leaf("email", Kind.TEXT, "Adresse électronique.", "contact@example.org", "courriel"),
            leaf(
                "adresse",
                Kind.TEXT,
                "Adresse postale.",
                "95 avenue de France, 75013 Paris",
                "adresse"),
            leaf("site", Kind.TEXT, "Site web.", "www.example.org", "site"),
            leaf(
                "description",
                Kind.MARKDOWN,
                "Présentation.",
                "Institut national ...",
                "présentation")));
  }

  private static KeySpec resources(String name, String description) {
    return blocks(
        name,
        RESOURCE,
        description,
        "« Ressources » : " + description,
        required(leaf("titre", Kind.TEXT, "Titre.", "Rapport d'évaluation final", "titre")),
        leaf("date", Kind.TEXT, "Date.", "2012", "date"),
        leaf("pages", Kind.TEXT, "Nombre de pages.", "85 p.", "pages"),
        leaf("lien", Kind.TEXT, "Lien.", "https://www.example.org/rapport.pdf", "lien"));
  }

  private static final KeySpec PROGRESS_NOTE_SPEC =
      block(
          "note_etape",
          PROGRESS_NOTE,
          "En-tête d'une note d'étape.",
          "",
          documentKind("note_etape"),
          required(
              leaf(
                  "au",
                  Kind.DATE,
                  "La date de la note, après le démarrage.",
                  "2010-12-31",
                  "titre : « NOTE D'ETAPE … AU … »")),
          author(),
          formEdition(),
          certificateSpec(),
          block(
              "effectifs",
              DISTRIBUTION,
              "Un effectif cité dans le récit, donné en données pour être vérifié (la répartition"
                  + " se somme au total).",
              "« Modalités opérationnelles et état d'avancement »",
              leaf("libelle", Kind.TEXT, "Ce qui est compté.", "Groupe Test par département", ""),
              required(leaf("total", Kind.COUNT, "Le total.", "207", "")),
              required(
                  leaf(
                      "repartition",
                      Kind.FREE_COUNTS,
                      "La répartition : un nombre par clé.",
                      "{Aude: 30, Gard: 56}",
                      ""))));

  private static final KeySpec FINAL_REPORT_SPEC =
      block(
          "restitution_finale",
          FINAL_REPORT,
          "En-tête d'une note de restitution finale.",
          "",
          documentKind("restitution_finale"),
          leaf(
              "date_remise",
              Kind.DATE,
              "Date de remise du rapport (le mois suffit).",
              "2012-03",
              "couverture : « Date de remise du rapport »"),
          author(),
          formEdition(),
          certificateSpec());

  private static final KeySpec SHEET_SPEC =
      block(
          "fiche_experience",
          SHEET,
          "En-tête d'une fiche d'expérience.",
          "",
          documentKind("fiche_experience"),
          leaf("numero", Kind.COUNT, "Numéro de la fiche.", "1", "en-tête : numéro"),
          leaf("date", Kind.DATE, "Date de la fiche.", "2013-06", "en-tête : date"),
          leaf("serie", Kind.TEXT, "Série.", "nouvelle série", "en-tête : série"),
          leaf("territoire", Kind.TEXT, "Territoire.", "Mayenne", "en-tête : territoire"),
          leaf(
              "thematique",
              Kind.TEXT,
              "Thématique (à défaut, celle de experiment.yaml).",
              "Décrochage scolaire",
              "en-tête : thématique"),
          leaf("titre", Kind.TEXT, "Titre accrocheur.", "Un passeport pour l'accueil", "titre"),
          leaf(
              "chapeau",
              Kind.MARKDOWN,
              "Paragraphe d'introduction.",
              "Depuis 2009, ...",
              "chapeau"),
          block(
              "identite",
              SHEET_IDENTITY,
              "Encadré d'identité ; chaque clé remplace ce que donne experiment.yaml.",
              "encadré « Identité »",
              leaf(
                  "nom_action",
                  Kind.TEXT,
                  "Nom de l'action.",
                  "Passeport Accueil Commun",
                  "nom de l'action"),
              leaf(
                  "public_cible",
                  Kind.TEXT,
                  "Public cible.",
                  "Jeunes de 16 à 25 ans",
                  "public cible"),
              leaf("duree", Kind.TEXT, "Durée.", "24 mois", "durée"),
              leaf("pilotage", Kind.TEXT, "Pilotage.", "Mission Locale", "pilotage"),
              leaf("financement", Kind.TEXT, "Financement.", "FEJ, Région", "financement")),
          blocks(
              "citations",
              QUOTE,
              "Citations mises en valeur.",
              "citations",
              required(leaf("texte", Kind.TEXT, "La citation.", "On se sent attendu.", "texte")),
              leaf("auteur", Kind.TEXT, "Son auteur.", "une jeune bénéficiaire", "auteur")),
          blocks(
              "chiffres_cles",
              KEY_FIGURE,
              "Chiffres clés (3 à 6).",
              "« Chiffres clés »",
              required(leaf("valeur", Kind.TEXT, "Le chiffre.", "207", "valeur")),
              required(
                  leaf("libelle", Kind.TEXT, "Ce qu'il compte.", "jeunes accompagnés", "libellé"))),
          leaf(
              "actualisation",
              Kind.DATE,
              "Date de mise à jour ; null imprime « FICHE NON REMISE À JOUR ».",
              "2014-01",
              "mention d'actualisation"),
          block(
              "ressources",
              RESOURCES,
              "Ressources à consulter.",
              "« Ressources »",
              resources("rapports", "rapports"),
              resources("docs_techniques", "documents techniques"),
              resources("sites", "sites")),
          contact("contacts", Kind.BLOCK_LIST, "Contacts.", "« Contacts »"),
          contact("editeur", Kind.BLOCK, "L'éditeur de la fiche.", "pied de la fiche : éditeur"),
          certificateSpec());

  /**
   * The described front matter of one kind of document ({@code note_etape}, {@code
   * restitution_finale}, {@code fiche_experience}); the root is a block named after the kind.
   */
  public static KeySpec documentSpec(String kind) {
    return switch (kind) {
      case "note_etape" -> PROGRESS_NOTE_SPEC;
      case "restitution_finale" -> FINAL_REPORT_SPEC;
      case "fiche_experience" -> SHEET_SPEC;
      default -> throw new IllegalArgumentException(kind);
    };
  }
}

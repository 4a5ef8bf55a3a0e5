package fr.fejdoc.load;

import java.util.List;

/**
 * The YAML keys of the input contract (../shared/spec/INPUT.md and docs/schema-notes.md), in one
 * place. Renaming one breaks every holder's file: extend, never rename.
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
          "constats_acceptes");
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
  public static final List<String> FUNDER_CATEGORIES =
      List.of("fej", "cofinancement", "autofinancement");

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
  public static final List<String> YOUNG =
      List.of("inclut_adultes", "age", "situation", "niveau", "sexe", "autres");
  public static final List<String> ADULTS = List.of("qualite", "autres");
  public static final List<String> ROW = List.of("prevu", "entre");
  public static final List<String> OTHER_ROW = List.of("rubrique", "libelle", "prevu", "entre");
  public static final List<String> AGE = List.of("moins_6", "6_10", "10_16", "16_18", "18_25");
  public static final List<String> SITUATION =
      List.of(
          "preelementaire",
          "elementaire",
          "collegiens",
          "lyceens_legt",
          "lyceens_pro",
          "apprentis_cfa",
          "etudiants",
          "demandeurs_emploi",
          "actifs_occupes");
  public static final List<String> LEVEL = List.of("infra_v", "v", "iv", "iii", "ii", "i");
  public static final List<String> SEX = List.of("filles", "garcons");
  public static final List<String> YOUNG_RUBRICS = List.of("age", "situation", "niveau", "sexe");
  public static final List<String> QUALITY =
      List.of(
          "parents",
          "enseignants",
          "conseillers_orientation",
          "cpe",
          "conseillers_insertion",
          "animateurs",
          "educateurs_specialises");
  public static final List<String> PLANNED_DONE = List.of("prevu", "realise");
  public static final List<String> MISSION_LOCALE = List.of("tous", "partie", "aucun");
  public static final List<String> SCALE =
      List.of("communale", "departementale", "regionale", "interregionale", "nationale");
  public static final List<String> CITY_POLICY = List.of("totalite", "partie", "non");

  public static final List<String> PHASE = List.of("periode", "actions");
  public static final List<String> PERIOD = List.of("debut", "fin");
  public static final List<String> ACTION =
      List.of("intitule", "quand", "specifique", "duree", "rh", "materiel");
  public static final List<String> HUMAN_RESOURCES = List.of("effectifs", "etp", "personnel");
  public static final List<String> MATERIAL = List.of("achats", "prestations", "autre");

  /** One accepted finding: its code (FEJ107), where it points (experiment.yaml:135), why. */
  public static final List<String> ACKNOWLEDGEMENT = List.of("code", "lieu", "raison");

  public static final List<String> TOOL =
      List.of("nom", "fonction", "utilisateurs", "format", "transferable", "precision");
  public static final List<String> TOOL_FORMATS =
      List.of("papier", "electronique", "papier_et_electronique", "autre");

  public static final List<String> BUDGET = List.of("charges", "produits", "commentaires");
  public static final List<String> CHARGE_ACCOUNTS =
      List.of("60", "61", "62", "63", "64", "65", "66", "67", "68", "86");
  public static final List<String> PRODUCT_ACCOUNTS =
      List.of("70", "74", "75", "76", "77", "78", "79", "87");
  public static final String TOTAL = "total";
  public static final List<String> ACCOUNT = List.of("prevu", "realise", "detail");
  public static final List<String> BUDGET_LINE = List.of("libelle", "prevu", "realise");
  public static final List<String> SUBSIDY_LINE =
      List.of("libelle", "financeur", "prevu", "realise");
  public static final List<String> SUBSIDY_FUNDERS =
      List.of(
          "fej",
          "etat_autre",
          "region",
          "departement",
          "commune",
          "organismes_sociaux",
          "fonds_europeens",
          "cnasea",
          "autres");

  // Documents
  public static final List<String> CERTIFICATE =
      List.of("signataire", "qualite", "lieu", "date", "publication", "signature");
  public static final List<String> PROGRESS_NOTE =
      List.of("document", "au", "redigee_par", "certificat", "effectifs");
  public static final List<String> DISTRIBUTION = List.of("libelle", "total", "repartition");
  public static final List<String> FINAL_REPORT =
      List.of("document", "date_remise", "redigee_par", "certificat");
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
}

package fr.fejdoc.document.assemble;

import java.util.Map;

/** The wording of the FEJ forms for each key of the closed lists (INPUT.md). */
final class FormLabels {
  private FormLabels() {}

  static final Map<String, String> RUBRICS =
      Map.of(
          "age", "Âge",
          "situation", "Situation",
          "niveau", "Niveau de formation",
          "sexe", "Sexe",
          "qualite", "Qualité");

  static final Map<String, String> ROWS =
      Map.ofEntries(
          Map.entry("moins_6", "Moins de 6 ans"),
          Map.entry("6_10", "6-10 ans"),
          Map.entry("10_16", "10-16 ans"),
          Map.entry("16_18", "16-18 ans"),
          Map.entry("18_25", "18-25 ans"),
          Map.entry("preelementaire", "Élèves en pré-élémentaire"),
          Map.entry("elementaire", "Élèves en élémentaire"),
          Map.entry("collegiens", "Collégiens"),
          Map.entry("lyceens_legt", "Lycéens en LEGT"),
          Map.entry("lyceens_pro", "Lycéens en lycée professionnel"),
          Map.entry("apprentis_cfa", "Jeunes apprentis en CFA"),
          Map.entry("etudiants", "Étudiants du supérieur"),
          Map.entry("demandeurs_emploi", "Demandeurs d'emploi"),
          Map.entry("actifs_occupes", "Actifs occupés"),
          Map.entry("infra_v", "Infra V"),
          Map.entry("v", "Niveau V"),
          Map.entry("iv", "Niveau IV"),
          Map.entry("iii", "Niveau III"),
          Map.entry("ii", "Niveau II"),
          Map.entry("i", "Niveau I"),
          Map.entry("filles", "Filles"),
          Map.entry("garcons", "Garçons"),
          Map.entry("parents", "Parents"),
          Map.entry("enseignants", "Enseignants"),
          Map.entry("conseillers_orientation", "Conseillers d'orientation-psychologues"),
          Map.entry("cpe", "Conseillers principaux d'éducation"),
          Map.entry("conseillers_insertion", "Conseillers d'insertion professionnelle"),
          Map.entry("animateurs", "Animateurs"),
          Map.entry("educateurs_specialises", "Éducateurs spécialisés"));

  static final Map<String, String> MISSION_LOCALE =
      Map.of(
          "tous", "Oui, tous les bénéficiaires directs sont inscrits et suivis par la ML",
          "partie", "Oui, une partie des bénéficiaires directs est inscrite et suivie par la ML",
          "aucun", "Non, aucun bénéficiaire direct n'est inscrit et suivi par la ML");

  static final Map<String, String> SCALE =
      Map.of(
          "communale", "Communale (une ou plusieurs communes dans un même département)",
          "departementale", "Départementale (un ou plusieurs départements dans une même région)",
          "regionale", "Régionale (une seule région)",
          "interregionale", "Inter-régionale (2 et 3 régions)",
          "nationale", "Nationale (plus de 3 régions)");

  static final Map<String, String> SCALE_SHORT =
      Map.of(
          "communale", "Communale",
          "departementale", "Départementale",
          "regionale", "Régionale",
          "interregionale", "Inter-régionale",
          "nationale", "Nationale");

  static final Map<String, String> CITY_POLICY =
      Map.of(
          "totalite",
              "Oui, la totalité de mon territoire d'intervention est en quartiers politique de la ville",
          "partie",
              "Oui, une partie de mon territoire d'intervention est en quartiers politique de la ville",
          "non",
              "Non, mon territoire d'intervention n'inclut pas de quartiers politique de la ville");

  static final Map<String, String> TOOL_FORMATS =
      Map.of(
          "papier", "Papier",
          "electronique", "Électronique",
          "papier_et_electronique", "Papier et électronique",
          "autre", "Autre");

  static final Map<String, String> FUNDING_ROWS =
      Map.of(
          "fej", "Fonds d'Expérimentation pour la Jeunesse",
          "cofinancement", "Cofinancements extérieurs à la structure",
          "autofinancement", "Autofinancement");

  static final Map<String, String> ACCOUNTS =
      Map.ofEntries(
          Map.entry("60", "60 – Achat (frais de mission, petit matériel, reprographie)"),
          Map.entry("61", "61 – Services extérieurs"),
          Map.entry("62", "62 – Autres services extérieurs"),
          Map.entry("63", "63 – Impôts et taxes"),
          Map.entry("64", "64 – Charges de personnel"),
          Map.entry("65", "65 – Autres charges de gestion courante"),
          Map.entry("66", "66 – Charges financières"),
          Map.entry("67", "67 – Charges exceptionnelles"),
          Map.entry("68", "68 – Dotation aux amortissements (provision pour renouvellement)"),
          Map.entry("86", "86 – Emplois des contributions volontaires en nature"),
          Map.entry("70", "70 – Vente de produits finis, prestations de services, marchandises"),
          Map.entry("74", "74 – Subventions d'exploitation"),
          Map.entry("75", "75 – Autres produits de gestion courante (dont cotisations)"),
          Map.entry("76", "76 – Produits financiers"),
          Map.entry("77", "77 – Produits exceptionnels"),
          Map.entry("78", "78 – Reprises sur amortissements et provisions"),
          Map.entry("79", "79 – Transfert de charges"),
          Map.entry("87", "87 – Contributions volontaires en nature"));

  static final Map<String, String> SUBSIDY_FUNDERS =
      Map.of(
          "fej", "État : FEJ",
          "etat_autre", "État : autres ministères",
          "region", "Région(s)",
          "departement", "Département(s)",
          "commune", "Commune(s)",
          "organismes_sociaux", "Organismes sociaux",
          "fonds_europeens", "Fonds européens",
          "cnasea", "CNASEA (emplois aidés)",
          "autres", "Autres recettes");
}

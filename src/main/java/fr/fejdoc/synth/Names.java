package fr.fejdoc.synth;

import java.util.List;

/** People, organisations and evaluators for synthetic projects. */
final class Names {
  private Names() {}

  static final List<String> WOMEN =
      List.of(
          "Annie",
          "Catherine",
          "Sylvie",
          "Nathalie",
          "Isabelle",
          "Christine",
          "Martine",
          "Valérie",
          "Sandrine",
          "Hélène",
          "Françoise",
          "Véronique",
          "Céline",
          "Sophie",
          "Élise",
          "Agnès",
          "Muriel",
          "Laurence",
          "Karine",
          "Claire");
  static final List<String> MEN =
      List.of(
          "Michel",
          "Thierry",
          "Philippe",
          "Jean-Luc",
          "Yannick",
          "Pascal",
          "Éric",
          "Frédéric",
          "Olivier",
          "Bruno",
          "Gérard",
          "Didier",
          "Stéphane",
          "Laurent",
          "Patrick",
          "François",
          "Jérôme",
          "Alain",
          "Hervé",
          "Sébastien");
  static final List<String> LAST =
      List.of(
          "Martin",
          "Bernard",
          "Dubois",
          "Thomas",
          "Robert",
          "Richard",
          "Petit",
          "Durand",
          "Leroy",
          "Moreau",
          "Simon",
          "Laurent",
          "Lefèvre",
          "Michel",
          "Garcia",
          "David",
          "Bertrand",
          "Roux",
          "Vincent",
          "Fournier",
          "Morel",
          "Girard",
          "André",
          "Mercier",
          "Dupont",
          "Lambert",
          "Bonnet",
          "François",
          "Martinez",
          "Legrand",
          "Garnier",
          "Faure",
          "Rousseau",
          "Blanc",
          "Guérin",
          "Muller",
          "Henry",
          "Roussel",
          "Nicolas",
          "Perrin",
          "Le Gall",
          "Kerbrat",
          "Payet",
          "Hoarau",
          "Grondin",
          "Castex",
          "Etcheverry",
          "Schneider",
          "Meyer",
          "Hamon");

  static final List<String> HOLDER_QUALITIES =
      List.of(
          "directeur de la structure porteuse du projet",
          "responsable (par délégation) de la structure porteuse du projet",
          "président de l'association",
          "directeur général",
          "responsable du service insertion",
          "directeur régional");
  static final List<String> HOLDER_QUALITIES_F =
      List.of(
          "directrice de la structure porteuse du projet",
          "responsable (par délégation) de la structure porteuse du projet",
          "présidente de l'association",
          "directrice générale",
          "responsable du service insertion",
          "directrice régionale");

  /** Evaluators: name, type, how prose names them. */
  static final List<Facts.Org> EVALUATORS =
      List.of(
          evaluator("Cabinet AMNYOS", null, "structure privée", "le cabinet Amnyos"),
          evaluator("Cabinet CIVITO", null, "structure privée", "le cabinet Civito"),
          evaluator("Cabinet Cirese", null, "structure privée", "le cabinet Cirese"),
          evaluator("CRÉDOC", null, "organisme d'études et de recherche", "le CRÉDOC"),
          evaluator("Céreq", null, "établissement public", "le Céreq"),
          evaluator(
              "Université de Rennes 2 – laboratoire CIAPHS",
              null,
              "laboratoire universitaire",
              "l'équipe de l'université de Rennes 2"),
          evaluator(
              "J-PAL Europe (École d'économie de Paris)",
              null,
              "laboratoire universitaire",
              "l'équipe de J-PAL Europe"),
          evaluator("Pluricité", null, "structure privée", "le cabinet Pluricité"),
          evaluator("ASDO Études", null, "structure privée", "le cabinet ASDO"),
          evaluator("FORS Recherche sociale", null, "structure privée", "FORS Recherche sociale"),
          evaluator("Agence Phare", null, "structure privée", "l'Agence Phare"),
          evaluator(
              "LEST – CNRS (Université de la Méditerranée)",
              null,
              "laboratoire universitaire",
              "l'équipe du LEST"),
          evaluator(
              "CERTOP – Université Toulouse 2",
              null,
              "laboratoire universitaire",
              "l'équipe du CERTOP"),
          evaluator("Cabinet Geste", null, "structure privée", "le cabinet Geste"),
          evaluator("Itinere Conseil", null, "structure privée", "Itinere Conseil"));

  private static Facts.Org evaluator(String name, String acronym, String type, String the) {
    return new Facts.Org(name, acronym, type, the, null, name);
  }

  static final List<String> ASSOCIATIONS =
      List.of(
          "Jeunesse et Avenir",
          "Passerelles",
          "Horizons Jeunes",
          "Tremplin",
          "Espace Jeunes",
          "Relais Emploi",
          "Graines d'Avenir",
          "Parcours et Réussite",
          "Trait d'Union",
          "Cap Insertion",
          "La Boussole",
          "Élan Jeunesse");
}

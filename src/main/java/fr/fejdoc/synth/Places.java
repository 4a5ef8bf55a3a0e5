package fr.fejdoc.synth;

import java.util.List;

/** French regions of the time (2009–2012), with départements and towns, for plausible projects. */
final class Places {
  private Places() {}

  /** A town; {@code of} is "de Nantes", "du Mans". */
  record Town(String name, String of) {}

  /** A département: "Mayenne", "53", "de la Mayenne". */
  record Department(String name, String number, String of, List<Town> towns) {}

  /** A region: name, "en Bretagne" / "à La Réunion", whether overseas, its départements. */
  record Region(String name, String in, boolean overseas, List<Department> departments) {}

  static Town town(String name) {
    String of;
    if (name.startsWith("Le ")) {
      of = "du " + name.substring(3);
    } else if (name.startsWith("Les ")) {
      of = "des " + name.substring(4);
    } else if (startsWithVowel(name)) {
      of = "d'" + name;
    } else {
      of = "de " + name;
    }
    return new Town(name, of);
  }

  static boolean startsWithVowel(String s) {
    return !s.isEmpty() && "AEIOUYÉÈÊÂÎÔ".indexOf(Character.toUpperCase(s.charAt(0))) >= 0;
  }

  private static Department dep(String name, String number, String of, String... towns) {
    return new Department(
        name, number, of, java.util.Arrays.stream(towns).map(Places::town).toList());
  }

  static final List<Region> METROPOLE =
      List.of(
          new Region(
              "Pays de la Loire",
              "en Pays de la Loire",
              false,
              List.of(
                  dep(
                      "Loire-Atlantique",
                      "44",
                      "de la Loire-Atlantique",
                      "Nantes",
                      "Saint-Nazaire"),
                  dep("Maine-et-Loire", "49", "du Maine-et-Loire", "Angers", "Cholet", "Saumur"),
                  dep("Mayenne", "53", "de la Mayenne", "Laval", "Mayenne", "Château-Gontier"),
                  dep("Sarthe", "72", "de la Sarthe", "Le Mans", "La Flèche"),
                  dep("Vendée", "85", "de la Vendée", "La Roche-sur-Yon", "Les Sables-d'Olonne"))),
          new Region(
              "Languedoc-Roussillon",
              "en Languedoc-Roussillon",
              false,
              List.of(
                  dep("Aude", "11", "de l'Aude", "Carcassonne", "Narbonne"),
                  dep("Gard", "30", "du Gard", "Nîmes", "Alès"),
                  dep("Hérault", "34", "de l'Hérault", "Montpellier", "Béziers", "Sète"),
                  dep("Lozère", "48", "de la Lozère", "Mende"),
                  dep("Pyrénées-Orientales", "66", "des Pyrénées-Orientales", "Perpignan"))),
          new Region(
              "Midi-Pyrénées",
              "en Midi-Pyrénées",
              false,
              List.of(
                  dep("Haute-Garonne", "31", "de la Haute-Garonne", "Toulouse", "Muret"),
                  dep("Ariège", "09", "de l'Ariège", "Foix", "Pamiers"),
                  dep("Hautes-Pyrénées", "65", "des Hautes-Pyrénées", "Tarbes", "Lourdes"),
                  dep("Tarn", "81", "du Tarn", "Albi", "Castres"),
                  dep("Aveyron", "12", "de l'Aveyron", "Rodez", "Millau"))),
          new Region(
              "Île-de-France",
              "en Île-de-France",
              false,
              List.of(
                  dep("Paris", "75", "de Paris", "Paris"),
                  dep(
                      "Seine-Saint-Denis",
                      "93",
                      "de la Seine-Saint-Denis",
                      "Saint-Denis",
                      "Bobigny",
                      "Montreuil",
                      "Aubervilliers"),
                  dep("Val-de-Marne", "94", "du Val-de-Marne", "Créteil", "Vitry-sur-Seine"),
                  dep("Hauts-de-Seine", "92", "des Hauts-de-Seine", "Nanterre", "Gennevilliers"),
                  dep("Essonne", "91", "de l'Essonne", "Évry", "Grigny"),
                  dep("Val-d'Oise", "95", "du Val-d'Oise", "Cergy", "Sarcelles"))),
          new Region(
              "Bretagne",
              "en Bretagne",
              false,
              List.of(
                  dep("Ille-et-Vilaine", "35", "d'Ille-et-Vilaine", "Rennes", "Saint-Malo"),
                  dep("Finistère", "29", "du Finistère", "Brest", "Quimper"),
                  dep("Morbihan", "56", "du Morbihan", "Lorient", "Vannes"),
                  dep("Côtes-d'Armor", "22", "des Côtes-d'Armor", "Saint-Brieuc", "Lannion"))),
          new Region(
              "Nord-Pas-de-Calais",
              "dans le Nord-Pas-de-Calais",
              false,
              List.of(
                  dep("Nord", "59", "du Nord", "Lille", "Roubaix", "Dunkerque", "Valenciennes"),
                  dep("Pas-de-Calais", "62", "du Pas-de-Calais", "Arras", "Lens", "Calais"))),
          new Region(
              "Rhône-Alpes",
              "en Rhône-Alpes",
              false,
              List.of(
                  dep("Rhône", "69", "du Rhône", "Lyon", "Villeurbanne", "Vénissieux"),
                  dep("Isère", "38", "de l'Isère", "Grenoble", "Vienne"),
                  dep("Loire", "42", "de la Loire", "Saint-Étienne", "Roanne"),
                  dep("Savoie", "73", "de la Savoie", "Chambéry"),
                  dep("Drôme", "26", "de la Drôme", "Valence", "Romans-sur-Isère"))),
          new Region(
              "Aquitaine",
              "en Aquitaine",
              false,
              List.of(
                  dep("Gironde", "33", "de la Gironde", "Bordeaux", "Libourne"),
                  dep("Pyrénées-Atlantiques", "64", "des Pyrénées-Atlantiques", "Pau", "Bayonne"),
                  dep("Dordogne", "24", "de la Dordogne", "Périgueux", "Bergerac"),
                  dep("Landes", "40", "des Landes", "Mont-de-Marsan", "Dax"))),
          new Region(
              "Alsace",
              "en Alsace",
              false,
              List.of(
                  dep("Bas-Rhin", "67", "du Bas-Rhin", "Strasbourg", "Haguenau"),
                  dep("Haut-Rhin", "68", "du Haut-Rhin", "Mulhouse", "Colmar"))),
          new Region(
              "Provence-Alpes-Côte d'Azur",
              "en Provence-Alpes-Côte d'Azur",
              false,
              List.of(
                  dep(
                      "Bouches-du-Rhône",
                      "13",
                      "des Bouches-du-Rhône",
                      "Marseille",
                      "Aix-en-Provence"),
                  dep("Alpes-Maritimes", "06", "des Alpes-Maritimes", "Nice", "Cannes"),
                  dep("Vaucluse", "84", "du Vaucluse", "Avignon", "Carpentras"))),
          new Region(
              "Lorraine",
              "en Lorraine",
              false,
              List.of(
                  dep("Moselle", "57", "de la Moselle", "Metz", "Forbach"),
                  dep("Meurthe-et-Moselle", "54", "de Meurthe-et-Moselle", "Nancy", "Lunéville"))),
          new Region(
              "Picardie",
              "en Picardie",
              false,
              List.of(
                  dep("Somme", "80", "de la Somme", "Amiens", "Abbeville"),
                  dep("Aisne", "02", "de l'Aisne", "Saint-Quentin", "Laon"))),
          new Region(
              "Centre",
              "en région Centre",
              false,
              List.of(
                  dep("Loiret", "45", "du Loiret", "Orléans", "Montargis"),
                  dep("Indre-et-Loire", "37", "d'Indre-et-Loire", "Tours", "Amboise"))),
          new Region(
              "Auvergne",
              "en Auvergne",
              false,
              List.of(
                  dep("Puy-de-Dôme", "63", "du Puy-de-Dôme", "Clermont-Ferrand", "Thiers"),
                  dep("Allier", "03", "de l'Allier", "Moulins", "Montluçon"))),
          new Region(
              "Haute-Normandie",
              "en Haute-Normandie",
              false,
              List.of(
                  dep(
                      "Seine-Maritime",
                      "76",
                      "de la Seine-Maritime",
                      "Rouen",
                      "Le Havre",
                      "Dieppe"),
                  dep("Eure", "27", "de l'Eure", "Évreux", "Vernon"))));

  static final List<Region> OVERSEAS =
      List.of(
          new Region(
              "La Réunion",
              "à La Réunion",
              true,
              List.of(
                  dep(
                      "La Réunion",
                      "974",
                      "de La Réunion",
                      "Saint-Denis",
                      "Le Port",
                      "Saint-Pierre",
                      "Saint-Paul"))),
          new Region(
              "Guadeloupe",
              "en Guadeloupe",
              true,
              List.of(
                  dep(
                      "Guadeloupe",
                      "971",
                      "de la Guadeloupe",
                      "Pointe-à-Pitre",
                      "Les Abymes",
                      "Basse-Terre"))),
          new Region(
              "Martinique",
              "en Martinique",
              true,
              List.of(
                  dep("Martinique", "972", "de la Martinique", "Fort-de-France", "Le Lamentin"))),
          new Region(
              "Guyane",
              "en Guyane",
              true,
              List.of(
                  dep(
                      "Guyane",
                      "973",
                      "de la Guyane",
                      "Cayenne",
                      "Saint-Laurent-du-Maroni",
                      "Kourou"))));
}

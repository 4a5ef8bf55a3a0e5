package fr.fejdoc.synth;

import java.util.List;

/**
 * French phrases the narrative is built from. Templates hold slots in braces ({@code {acteur}},
 * {@code {obj}}...) that {@link Narrative} fills from these lists and from the project's facts.
 * Noun phrases carry their article; results and difficulties are singular (they take "a", "reste").
 */
final class WordBank {
  private WordBank() {}

  static final List<String> SUBJECTS =
      List.of(
          "le dispositif",
          "l'équipe projet",
          "le référent de parcours",
          "le comité de pilotage",
          "la structure porteuse",
          "chaque conseiller",
          "le réseau des partenaires",
          "la coordinatrice du projet",
          "le chargé de mission");

  static final List<String> SUBJECTS_PLURAL =
      List.of(
          "les conseillers",
          "les partenaires opérationnels",
          "les jeunes accompagnés",
          "les familles",
          "les entreprises d'accueil",
          "les référents des établissements",
          "les membres du comité de pilotage",
          "les professionnels de terrain");

  static final List<String> OBJECTIVES =
      List.of(
          "sécuriser les parcours des jeunes les plus fragiles",
          "renforcer la coordination des acteurs locaux",
          "repérer plus tôt les situations de rupture",
          "proposer à chaque jeune un interlocuteur unique",
          "mobiliser les entreprises du territoire",
          "adapter l'accompagnement aux besoins de chaque jeune",
          "rendre les jeunes acteurs de leur parcours",
          "mieux articuler les dispositifs de droit commun",
          "évaluer l'apport d'un accompagnement renforcé",
          "outiller les professionnels qui accompagnent les jeunes");

  static final List<String> RESULTS =
      List.of(
          "une meilleure coordination des acteurs",
          "un suivi plus réactif des situations individuelles",
          "une baisse sensible des ruptures de parcours",
          "une connaissance plus fine du public",
          "une relation de confiance avec les jeunes",
          "la reconnaissance du rôle de chaque partenaire",
          "un repérage plus précoce des difficultés",
          "une circulation plus fluide de l'information",
          "une meilleure implication des familles",
          "l'émergence d'une culture commune entre professionnels");

  static final List<String> DIFFICULTIES =
      List.of(
          "le calendrier très contraint de la première année",
          "la mobilisation inégale des entreprises",
          "la rotation des équipes",
          "la réticence de certains partenaires",
          "la complexité du protocole d'évaluation",
          "le tirage au sort entre groupe test et groupe témoin",
          "la dispersion géographique des bénéficiaires",
          "la difficulté à joindre les jeunes entre deux rendez-vous",
          "le contexte économique dégradé",
          "la charge administrative du suivi");

  static final List<String> MOMENTS =
      List.of(
          "dès les premières semaines",
          "au cours de la deuxième année",
          "à mi-parcours",
          "en fin d'expérimentation",
          "depuis le démarrage du projet en {mois_demarrage}",
          "tout au long de l'expérimentation",
          "au fil des mois",
          "dès la rentrée {annee}",
          "au printemps {annee}",
          "à partir de l'automne {annee}");

  static final List<String> PLACES =
      List.of(
          "sur le territoire {de_ville}",
          "dans les quartiers prioritaires {de_ville}",
          "dans l'ensemble du département {de_departement}",
          "{en_region}",
          "dans les zones rurales du département",
          "sur les sites de l'expérimentation");

  static final List<String> CONNECTORS =
      List.of(
          "Par ailleurs, ",
          "En outre, ",
          "De plus, ",
          "Toutefois, ",
          "En revanche, ",
          "Au total, ",
          "Dans les faits, ",
          "De l'avis des partenaires, ",
          "Selon l'évaluation, ",
          "Concrètement, ",
          "",
          "",
          "");

  static final List<String> QUOTES =
      List.of(
          "un « lieu neutre »",
          "un « filet de sécurité »",
          "une « seconde chance »",
          "un « sas » avant l'emploi",
          "un « point d'appui »",
          "un « espace d'écoute »");

  static final List<String> TOOLS_NP =
      List.of(
          "un logiciel de suivi partagé",
          "une fiche de liaison",
          "une charte de bonnes pratiques",
          "un livret d'accueil",
          "un tableau de bord mensuel",
          "une grille de repérage",
          "un guide du référent",
          "des entretiens de bilan réguliers");

  static final List<String> FREQUENCIES =
      List.of(
          "chaque mois",
          "tous les trimestres",
          "toutes les six semaines",
          "deux fois par an",
          "chaque semaine");

  static final List<String> CONDITIONS =
      List.of(
          "une forte implication des directions",
          "un portage politique clair",
          "des moyens humains stables",
          "un temps de coordination reconnu",
          "une information régulière des partenaires",
          "la confiance des jeunes et de leurs familles");

  static final List<String> VERBS_NP =
      List.of("a permis", "a favorisé", "a facilité", "a rendu possible", "a encouragé");

  static final List<String> VERBS_INF =
      List.of(
          "a permis de",
          "a contribué à",
          "s'est attaché à",
          "a cherché à",
          "a aidé à",
          "s'est efforcé de");

  static final List<String> FINDINGS =
      List.of(
          "trop de jeunes sortent des dispositifs sans solution durable",
          "les ruptures de parcours interviennent souvent dans les premières semaines",
          "les jeunes les plus en difficulté ne poussent pas la porte des institutions",
          "l'information circule mal entre les structures qui accompagnent un même jeune",
          "les solutions existent mais restent mal connues des jeunes et de leurs familles");

  /** Sentences that fit any section. */
  static final List<String> GENERIC =
      List.of(
          "{conn}{acteur} {verbe_inf} {obj} {moment}.",
          "{acteurs} soulignent {res}, même si {diff} a pesé sur la montée en charge du"
              + " dispositif.",
          "{conn}{diff} a freiné la mise en œuvre {moment}.",
          "L'enjeu était de {obj} {lieu}.",
          "Il s'agissait moins de {obj} que de {obj2}.",
          "{moment}, {acteur} a mis en place {outil} pour {obj}.",
          "Cette démarche suppose {condition}.",
          "{acteurs} se réunissent {frequence} pour faire le point sur la situation de chaque"
              + " jeune.",
          "Pour {porteur}, {res} constitue le principal acquis de l'expérimentation.",
          "Les jeunes décrivent souvent le dispositif comme {quote}, où ils peuvent parler de leur"
              + " parcours dans sa globalité.",
          "{conn}le recours à {outil} {verbe_np} {res}.",
          "De l'avis de {evaluateur}, {res} reste toutefois difficile à mesurer à ce stade.",
          "{conn}la coopération avec {partenaire} {verbe_np} {res}.",
          "{acteurs} ont dû adapter leurs pratiques, notamment pour {obj}.",
          "Ce travail a été mené en lien étroit avec {partenaire}.",
          "{conn}{diff} explique en partie les écarts constatés entre le prévu et le réalisé.",
          "Les premiers résultats montrent {res}, en particulier {lieu}.",
          "L'expérimentation a aussi mis en évidence {diff}, que les partenaires devront prendre en"
              + " compte.",
          "À {ville}, {acteur} {verbe_inf} {obj} avec l'appui de {partenaire}.",
          "{conn}les jeunes ont apprécié d'être reçus rapidement et de garder le même"
              + " interlocuteur.",
          "Les échanges avec {evaluateur} ont conduit à préciser les indicateurs de suivi"
              + " {moment}.",
          "{conn}plusieurs jeunes ont retrouvé confiance après quelques semaines d'accompagnement.",
          "Sur le terrain, {acteurs} parlent d'une « logique de parcours » plutôt que d'une"
              + " succession de mesures.",
          "La question de la pérennisation se pose dès à présent, le financement de"
              + " l'expérimentation prenant fin en {mois_fin}.",
          "{conn}{acteur} a veillé à ne pas se substituer aux dispositifs de droit commun.");

  static final List<String> INTRO =
      List.of(
          "L'expérimentation « {titre} » a été portée par {porteur_nom} de {mois_demarrage} à"
              + " {mois_fin}.",
          "Financée par le Fonds d'Expérimentation pour la Jeunesse dans le cadre de l'appel à"
              + " projets {code}, elle a été évaluée par {evaluateur}.",
          "Le présent rapport retrace le déroulement de l'expérimentation, en présente les"
              + " principaux enseignements et les conditions de sa généralisation éventuelle.",
          "Le projet est né d'un constat partagé par les acteurs locaux : {constat}.",
          "Il concerne {public}, {lieu}.");

  static final List<String> OBJECTIVES_SENTENCES =
      List.of(
          "L'objectif principal est de {obj}.",
          "Il s'agit également de {obj2}, en s'appuyant sur {outil}.",
          "Au-delà de ces objectifs opérationnels, l'expérimentation doit permettre de mesurer"
              + " l'apport d'un accompagnement renforcé par rapport au droit commun.",
          "L'ambition est de {obj} sans créer de dispositif supplémentaire.");

  static final List<String> PUBLIC_SENTENCES =
      List.of(
          "Le public visé regroupe {public}.",
          "Les critères d'entrée ont été précisés avec {partenaire} au démarrage du projet.",
          "Le repérage s'est appuyé sur {outil} et sur les signalements des partenaires.",
          "Les jeunes les plus éloignés des institutions ont été les plus difficiles à mobiliser.",
          "Le public effectivement accueilli s'est révélé plus fragile que prévu.");

  static final List<String> INDIRECT_SENTENCES =
      List.of(
          "Les familles ont été associées aux moments clés du parcours, ce qui a rassuré les"
              + " parents des bénéficiaires mineurs.",
          "Les entreprises d'accueil ont bénéficié du traitement de difficultés périphériques qui"
              + " menaçaient la poursuite des parcours.",
          "Les professionnels des structures partenaires ont gagné en connaissance mutuelle.",
          "Les enseignants ont pu s'appuyer sur un interlocuteur identifié pour les situations"
              + " les plus complexes.",
          "Les frères et sœurs des bénéficiaires ont parfois été orientés vers les mêmes"
              + " structures.");

  static final List<String> PILOTING_SENTENCES =
      List.of(
          "Le comité de pilotage s'est réuni {frequence} ; il validait les orientations et"
              + " arbitrait les difficultés remontées du terrain.",
          "Un comité technique, plus restreint, réunissait les référents opérationnels"
              + " {frequence}.",
          "{evaluateur} participait aux instances de pilotage sans voix délibérative.",
          "Les comptes rendus de chaque réunion étaient diffusés à l'ensemble des partenaires.");

  static final List<String> TRANSFER_SENTENCES =
      List.of(
          "Pour une généralisation, il conviendrait de préciser les critères d'entrée dès la"
              + " conception du projet.",
          "Le dispositif paraît transférable à d'autres territoires, à condition de disposer"
              + " d'un référent identifié et reconnu par tous.",
          "Un temps de préparation d'au moins six mois semble nécessaire avant l'accueil des"
              + " premiers jeunes.",
          "Les outils créés pendant l'expérimentation peuvent être repris en les adaptant au"
              + " contexte local.",
          "La question du financement reste déterminante : sans relais de droit commun, le"
              + " dispositif ne peut se poursuivre.");

  static final List<String> IMPACT_SENTENCES =
      List.of(
          "Pour {porteur}, l'expérimentation a été l'occasion de revoir ses méthodes"
              + " d'accompagnement.",
          "Les équipes ont acquis une pratique du travail en réseau qui perdure au-delà du"
              + " projet.",
          "L'évaluation a conduit la structure à formaliser ses indicateurs de suivi.",
          "Certains outils, comme {outil}, sont désormais utilisés pour l'ensemble du public.");

  static final List<String> CONCLUSION_SENTENCES =
      List.of(
          "Au terme de l'expérimentation, {res} apparaît comme l'apport le plus net du dispositif.",
          "Les chiffres sont encourageants, même s'ils doivent être lus avec prudence.",
          "Au-delà des résultats chiffrés, les jeunes décrivent le dispositif comme {quote}.",
          "Reste à trouver les moyens de pérenniser ce qui a fonctionné.");

  /** Sub-headings inside a section; none matches a title of any form's plan. */
  static final List<String> SUBHEADINGS =
      List.of(
          "Les points forts",
          "Les difficultés rencontrées",
          "Ce qui reste",
          "Un partenariat à consolider",
          "Les premiers constats",
          "Points de vigilance",
          "Un dispositif qui s'installe",
          "Les leviers",
          "Les freins",
          "Vers une modélisation",
          "Le regard des jeunes",
          "Le regard des partenaires");

  static final List<String> STEPS =
      List.of(
          "Le jeune est repéré par un partenaire ou se présente de lui-même ; un premier"
              + " entretien vérifie qu'il relève du dispositif.",
          "Le référent établit avec lui un diagnostic de sa situation (formation, logement,"
              + " mobilité, santé, ressources).",
          "Un plan d'action est signé par le jeune et le référent, avec des objectifs à trois"
              + " mois.",
          "Le référent fait le point au moins une fois par mois et mobilise, avec l'accord du"
              + " jeune, le partenaire compétent.",
          "Chaque partenaire sollicité rend compte de son intervention au référent.",
          "Un bilan de fin de parcours est réalisé ; le jeune garde la possibilité de recontacter"
              + " son référent.");

  static final List<String> FOOTNOTES =
      List.of(
          "Ces chiffres sont à lire avec prudence, le dispositif ayant démarré tardivement la"
              + " première année.",
          "Données issues du logiciel de suivi, arrêtées à la date de rédaction de la note.",
          "Voir le rapport d'évaluation remis au Fonds d'Expérimentation pour la Jeunesse.",
          "Les jeunes du groupe témoin ne reçoivent pas l'accompagnement renforcé.",
          "Chiffres communiqués par les partenaires, non vérifiés par l'évaluateur.");

  static final List<String> ROLES =
      List.of(
          "Repérage et orientation des jeunes vers le dispositif",
          "Accompagnement socio-professionnel des jeunes",
          "Alerte du référent en cas de difficulté",
          "Mise à disposition de locaux pour les permanences",
          "Accueil des jeunes en stage ou en emploi",
          "Gestion des problèmes liés à la santé et à la mobilité",
          "Mobilisation de financements selon les freins identifiés",
          "Participation au comité de pilotage",
          "Accompagnement socio-éducatif dans le cadre du logement",
          "Information des familles",
          "Co-animation des ateliers collectifs");

  static final List<String> STAFF =
      List.of(
          "Chargée de mission",
          "Conseillers en insertion",
          "Responsable de service et conseillère",
          "Coordinatrice du projet",
          "Psychologue",
          "Formateurs",
          "Directeur et chargé de mission",
          "Conseillère référente",
          "Assistante administrative et coordinatrice",
          "Éducateurs spécialisés");

  static final List<String> SERVICES =
      List.of(
          "informatique",
          "reprographie",
          "location de salle",
          "communication",
          "transport des jeunes",
          "traiteur pour les réunions");

  static final List<String> PREPARATION_ACTIONS =
      List.of(
          "Préparation de la réponse à l'appel à projets",
          "Recrutement du chargé de mission",
          "Constitution du comité de pilotage",
          "Conception des outils de suivi",
          "Rencontres avec les partenaires opérationnels",
          "Création du logiciel de suivi",
          "Élaboration du protocole d'évaluation avec l'évaluateur",
          "Formation des conseillers référents",
          "Signature des conventions de partenariat");

  static final List<String> LAUNCH_ACTIONS =
      List.of(
          "Premier comité de pilotage",
          "Réunion de présentation du projet et de l'évaluation aux partenaires",
          "Tirage au sort des groupes test et témoin",
          "Repérage des jeunes et croisement des fichiers avec la Mission Locale",
          "Suivi mensuel des bénéficiaires",
          "Contacts téléphoniques avec les jeunes pour les informer du dispositif",
          "Réunion technique avec les partenaires",
          "Deuxième comité de pilotage");

  static final List<String> COMPLETION_ACTIONS =
      List.of(
          "Bilan individuel des parcours",
          "Dernier comité de pilotage",
          "Rédaction de la note de restitution finale",
          "Capitalisation et diffusion des outils",
          "Séminaire de restitution auprès des partenaires",
          "Bilan de la situation des jeunes en fin d'accompagnement");

  static final List<String> EVALUATION_ACTIONS =
      List.of(
          "Enquête finale auprès des bénéficiaires",
          "Entretiens qualitatifs avec les partenaires",
          "Analyse des données de suivi",
          "Remise du rapport d'évaluation",
          "Restitution des résultats de l'évaluation au comité de pilotage");

  /** A duration as holders write it, and about how many months it lasts. */
  record Duration(String text, double months) {}

  static final List<Duration> DURATIONS =
      List.of(
          new Duration("8 semaines", 1.9),
          new Duration("6 mois", 6),
          new Duration("3 mois", 3),
          new Duration("2 semaines", 0.5),
          new Duration("15 jours", 0.5),
          new Duration("1 an", 12),
          new Duration("1 an et demi", 18),
          new Duration("18 mois", 18),
          new Duration("4 semaines", 1),
          new Duration("10 jours", 0.3),
          new Duration("12 mois", 12),
          new Duration("2 ans", 24));

  /** ETP spellings and their values. */
  record Etp(String text, double value, boolean number) {}

  static final List<Etp> ETPS =
      List.of(
          new Etp("1/2", 0.5, false),
          new Etp("0,5", 0.5, false),
          new Etp("0.5", 0.5, true),
          new Etp("1 et ½", 1.5, false),
          new Etp("1,5", 1.5, false),
          new Etp("0.8", 0.8, true),
          new Etp("1", 1, true),
          new Etp("2", 2, true),
          new Etp("¾", 0.75, false),
          new Etp("1/4", 0.25, false),
          new Etp("0,2 ETP", 0.2, false),
          new Etp("2,5", 2.5, false),
          new Etp("3", 3, true));

  /** Tools of Tableau 3: name, function, users. */
  record ToolSpec(String name, String function, String users) {}

  static final List<ToolSpec> TOOLS =
      List.of(
          new ToolSpec(
              "Logiciel de suivi",
              "Centraliser les informations recueillies par les conseillers sur chaque jeune",
              "Référents du projet"),
          new ToolSpec(
              "Charte de bonnes pratiques",
              "Préciser le rôle de chaque partenaire et les règles d'échange d'information",
              "Tous les partenaires du projet"),
          new ToolSpec(
              "Fiche de liaison",
              "Transmettre au partenaire compétent les informations utiles sur le jeune et son"
                  + " besoin",
              "Référents et partenaires"),
          new ToolSpec(
              "Livret d'accueil du jeune",
              "Présenter le dispositif, ses étapes et ses interlocuteurs",
              "Jeunes et familles"),
          new ToolSpec(
              "Guide du référent",
              "Décrire les étapes de l'accompagnement et les ressources mobilisables",
              "Conseillers référents"),
          new ToolSpec(
              "Tableau de bord partagé",
              "Suivre chaque mois les entrées, les sorties et les situations des jeunes",
              "Comité de pilotage"),
          new ToolSpec(
              "Grille de repérage",
              "Identifier les signes de décrochage ou de rupture",
              "Établissements et partenaires"),
          new ToolSpec(
              "Portefeuille de compétences",
              "Valoriser les compétences acquises par le jeune au cours de son parcours",
              "Jeunes et conseillers"),
          new ToolSpec(
              "Convention de partenariat type",
              "Formaliser les engagements réciproques des partenaires",
              "Directions des structures partenaires"),
          new ToolSpec(
              "Questionnaire de satisfaction",
              "Recueillir l'avis des jeunes à la fin de leur parcours",
              "Évaluateur et référents"));

  static final List<String> SHORT_NAMES =
      List.of(
          "Passerelle",
          "Tremplin",
          "Boussole",
          "Sésame",
          "Déclic",
          "Rebond",
          "Trajectoires",
          "Impulsion",
          "Relais",
          "Escale",
          "Cap Avenir",
          "Parcours Plus");
}

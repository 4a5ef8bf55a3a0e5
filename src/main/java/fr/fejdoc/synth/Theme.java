package fr.fejdoc.synth;

import java.util.List;

/**
 * A thématique of the FEJ calls, with what makes its projects plausible: the public, titles,
 * objectives (infinitive phrases), the public's description and the actions of the launch phase.
 * {@code {ville}}, {@code {de_ville}}, {@code {departement}} and {@code {de_departement}} are
 * filled in by the generator.
 */
record Theme(
    String name,
    String programme,
    Profile profile,
    List<String> titles,
    List<String> objectives,
    List<String> publics,
    List<String> actions,
    List<String> keyWords) {

  static final List<Theme> ALL =
      List.of(
          new Theme(
              "Alternance et sécurisation des parcours",
              "Programme 4 : Alternance et apprentissage",
              Profile.INSERTION,
              List.of(
                  "Plateforme de sécurisation des contrats d'apprentissage",
                  "Prévenir les ruptures de contrats en alternance {de_departement}",
                  "Passerelle vers l'alternance pour les jeunes peu qualifiés",
                  "Accompagnement renforcé des apprentis {de_ville}",
                  "Un tuteur externe pour réussir son contrat de professionnalisation"),
              List.of(
                  "sécuriser les parcours des jeunes en contrat d'apprentissage",
                  "prévenir les ruptures de contrat pendant les six premiers mois",
                  "faciliter l'accès des jeunes peu qualifiés à l'alternance",
                  "mieux coordonner les CFA, les entreprises et la Mission Locale",
                  "permettre aux apprentis en rupture de rebondir rapidement",
                  "soutenir les maîtres d'apprentissage dans leur rôle de tuteur"),
              List.of(
                  "les jeunes suivis par la Mission Locale qui signent un contrat d'apprentissage",
                  "les apprentis de niveau V et infra V en première année de CAP",
                  "les jeunes en contrat de professionnalisation résidant {de_departement}"),
              List.of(
                  "Repérage des jeunes ayant signé un contrat d'apprentissage",
                  "Visite en entreprise avec le maître d'apprentissage",
                  "Réunion d'information des CFA et désignation d'un référent par CFA",
                  "Point mensuel avec chaque apprenti pendant les six premiers mois",
                  "Médiation en cas de conflit entre l'apprenti et l'employeur"),
              List.of("apprentissage", "rupture", "CFA", "alternance")),
          new Theme(
              "Décrochage scolaire",
              "Programme 1 : Prévention du décrochage scolaire",
              Profile.SCOLAIRE,
              List.of(
                  "Prévenir le décrochage scolaire au collège",
                  "Réseau de repérage des élèves décrocheurs {de_ville}",
                  "Une seconde chance pour les jeunes sortis sans diplôme",
                  "Classe relais et accompagnement des familles",
                  "Raccrocher les décrocheurs {de_departement}"),
              List.of(
                  "repérer plus tôt les élèves en voie de décrochage",
                  "maintenir dans un parcours de formation les jeunes sortis sans qualification",
                  "associer les familles à la prévention de l'absentéisme",
                  "rapprocher les établissements scolaires et la Mission Locale",
                  "proposer à chaque décrocheur un référent unique"),
              List.of(
                  "les collégiens absentéistes repérés par les établissements",
                  "les jeunes de plus de 16 ans sortis du système scolaire sans qualification",
                  "les lycéens de lycée professionnel en situation de décrochage"),
              List.of(
                  "Cellule de veille mensuelle dans chaque établissement",
                  "Entretien de situation avec le jeune et sa famille",
                  "Ateliers de remobilisation scolaire",
                  "Stages de découverte en entreprise",
                  "Suivi de l'assiduité avec les conseillers principaux d'éducation"),
              List.of("décrochage", "absentéisme", "collège", "famille")),
          new Theme(
              "Insertion professionnelle des jeunes",
              "Programme 5 : Insertion professionnelle des jeunes",
              Profile.INSERTION,
              List.of(
                  "Parcours d'accès à l'emploi des jeunes des quartiers {de_ville}",
                  "Coaching intensif vers l'emploi",
                  "Parrainage vers l'emploi des jeunes peu qualifiés",
                  "Clubs de jeunes en recherche d'emploi",
                  "Accompagnement global et individualisé vers l'emploi durable"),
              List.of(
                  "accélérer l'accès à un premier emploi durable",
                  "lever les freins périphériques à l'emploi (mobilité, logement, santé)",
                  "mobiliser les entreprises du territoire autour du recrutement des jeunes",
                  "renforcer l'accompagnement des jeunes les plus éloignés de l'emploi",
                  "proposer un suivi dans l'emploi pendant les six premiers mois"),
              List.of(
                  "les jeunes demandeurs d'emploi de 18 à 25 ans suivis par la Mission Locale",
                  "les jeunes des quartiers prioritaires {de_ville} sans qualification",
                  "les jeunes de niveau V et infra V inscrits depuis plus de six mois"),
              List.of(
                  "Entretiens individuels de diagnostic",
                  "Ateliers collectifs de techniques de recherche d'emploi",
                  "Mise en relation avec les entreprises partenaires",
                  "Suivi dans l'emploi pendant six mois",
                  "Forum de recrutement avec les employeurs du territoire"),
              List.of("emploi", "insertion", "entreprise", "parrainage")),
          new Theme(
              "Réussite éducative",
              "Programme 2 : Réussite scolaire et éducative",
              Profile.ENFANCE,
              List.of(
                  "Parents et école : un partenariat renforcé",
                  "Accompagnement à la scolarité dès l'école élémentaire",
                  "Réussir à l'école {de_ville}",
                  "Ateliers éducatifs du soir dans les quartiers prioritaires"),
              List.of(
                  "favoriser la réussite scolaire des enfants des quartiers prioritaires",
                  "associer les parents à la scolarité de leurs enfants",
                  "prévenir les difficultés d'apprentissage dès l'école élémentaire",
                  "coordonner les interventions éducatives autour de l'enfant"),
              List.of(
                  "les enfants de 6 à 14 ans des quartiers prioritaires {de_ville}",
                  "les élèves d'école élémentaire repérés par les enseignants et leurs familles"),
              List.of(
                  "Ateliers d'aide aux devoirs",
                  "Rencontres entre parents et enseignants",
                  "Sorties culturelles avec les familles",
                  "Parcours individualisés de réussite éducative"),
              List.of("école", "parents", "réussite", "enfants")),
          new Theme(
              "Orientation",
              "Programme 3 : Orientation et découverte des métiers",
              Profile.SCOLAIRE,
              List.of(
                  "Découverte des métiers au collège",
                  "Mieux s'orienter après la troisième",
                  "Un parcours de découverte des métiers de l'artisanat",
                  "Orientation active des lycéens {de_departement}"),
              List.of(
                  "améliorer l'information des élèves sur les métiers",
                  "lutter contre l'orientation par défaut en fin de troisième",
                  "faire découvrir les métiers en tension du territoire",
                  "associer les entreprises à l'orientation des élèves"),
              List.of(
                  "les élèves de quatrième et de troisième des collèges partenaires",
                  "les lycéens de seconde professionnelle {de_departement}"),
              List.of(
                  "Visites d'entreprises et de centres de formation",
                  "Mini-stages de découverte professionnelle",
                  "Forum des métiers",
                  "Entretiens d'orientation individualisés"),
              List.of("orientation", "métiers", "collège", "stage")),
          new Theme(
              "Insertion des étudiants et des jeunes diplômés",
              "Programme 7 : Accompagnement et insertion professionnelle des étudiants qui"
                  + " décrochent",
              Profile.ETUDIANT,
              List.of(
                  "Accompagnement des étudiants qui décrochent en licence",
                  "Tutorat vers l'emploi des jeunes diplômés",
                  "Réussir sa première année à l'université {de_ville}",
                  "Passerelle entre l'université et l'entreprise"),
              List.of(
                  "réduire l'échec en première année de licence",
                  "réorienter rapidement les étudiants en difficulté",
                  "faciliter l'insertion professionnelle des jeunes diplômés",
                  "rapprocher l'université des employeurs du territoire"),
              List.of(
                  "les étudiants de première année repérés en situation de décrochage",
                  "les jeunes diplômés de niveau III et II à la recherche d'un premier emploi"),
              List.of(
                  "Entretiens individuels avec un enseignant référent",
                  "Ateliers de réorientation",
                  "Tutorat par des étudiants de master",
                  "Rencontres avec des professionnels"),
              List.of("étudiants", "université", "licence", "tutorat")),
          new Theme(
              "Logement et autonomie des jeunes",
              "Programme 6 : Logement des jeunes",
              Profile.INSERTION,
              List.of(
                  "Accès au logement autonome des jeunes en insertion",
                  "Un toit pour un emploi {de_departement}",
                  "Colocation solidaire pour jeunes travailleurs"),
              List.of(
                  "faciliter l'accès des jeunes en insertion à un logement autonome",
                  "sécuriser les bailleurs grâce à un accompagnement renforcé",
                  "articuler le projet de logement et le projet professionnel"),
              List.of(
                  "les jeunes de 18 à 25 ans en emploi précaire ou en formation sans logement"
                      + " stable",
                  "les jeunes hébergés en foyer de jeunes travailleurs {de_ville}"),
              List.of(
                  "Diagnostic logement avec chaque jeune",
                  "Ateliers budget et vie quotidienne",
                  "Recherche de logements auprès des bailleurs sociaux",
                  "Visites à domicile après l'entrée dans le logement"),
              List.of("logement", "autonomie", "bailleurs", "FJT")),
          new Theme(
              "Santé des jeunes",
              "Programme 8 : Santé des jeunes",
              Profile.INSERTION,
              List.of(
                  "Point santé jeunes {de_ville}",
                  "Prévenir les conduites à risque des jeunes en insertion",
                  "Bilan de santé et accès aux soins des jeunes"),
              List.of(
                  "faciliter l'accès aux soins des jeunes en insertion",
                  "prévenir les conduites à risque",
                  "repérer les situations de souffrance psychique"),
              List.of(
                  "les jeunes suivis par la Mission Locale sans couverture complémentaire",
                  "les jeunes de 16 à 25 ans en parcours d'insertion {de_departement}"),
              List.of(
                  "Bilans de santé avec le centre d'examens de santé",
                  "Permanences d'un psychologue à la Mission Locale",
                  "Ateliers de prévention",
                  "Accompagnement physique vers les soins"),
              List.of("santé", "soins", "prévention", "psychologue")),
          new Theme(
              "Mobilité des jeunes",
              "Programme 9 : Mobilité des jeunes",
              Profile.INSERTION,
              List.of(
                  "Plateforme de mobilité pour l'emploi des jeunes ruraux",
                  "Le permis de conduire, passeport pour l'emploi",
                  "Bouger pour travailler {de_departement}"),
              List.of(
                  "lever les freins de mobilité qui empêchent l'accès à l'emploi",
                  "financer et accompagner le passage du permis de conduire",
                  "développer la mobilité des jeunes des territoires ruraux"),
              List.of(
                  "les jeunes des territoires ruraux {de_departement} sans moyen de transport",
                  "les jeunes en insertion pour qui la mobilité est le principal frein à l'emploi"),
              List.of(
                  "Diagnostic mobilité",
                  "Location de deux-roues à tarif social",
                  "Préparation au code de la route",
                  "Ateliers d'apprentissage des transports en commun"),
              List.of("mobilité", "permis", "transport", "rural")),
          new Theme(
              "Création d'activité par les jeunes",
              null,
              Profile.INSERTION,
              List.of(
                  "Couveuse d'activités pour jeunes créateurs",
                  "Microcrédit et accompagnement des jeunes entrepreneurs",
                  "Entreprendre à moins de 26 ans {de_ville}"),
              List.of(
                  "accompagner les jeunes porteurs de projet jusqu'à la création",
                  "faciliter l'accès des jeunes créateurs au financement",
                  "tester une activité en grandeur réelle avant de créer"),
              List.of(
                  "les jeunes de 18 à 25 ans porteurs d'un projet de création d'activité",
                  "les jeunes demandeurs d'emploi des quartiers prioritaires ayant une idée"
                      + " d'entreprise"),
              List.of(
                  "Ateliers de montage de projet",
                  "Comité d'engagement des microcrédits",
                  "Suivi post-création"),
              List.of("création", "microcrédit", "entreprise", "projet")),
          new Theme(
              "Engagement et citoyenneté des jeunes",
              null,
              Profile.INSERTION,
              List.of(
                  "Jeunes citoyens engagés {de_ville}",
                  "Le service volontaire comme tremplin",
                  "Projets collectifs de jeunes dans les quartiers"),
              List.of(
                  "valoriser l'engagement des jeunes dans des projets d'intérêt général",
                  "reconnaître les compétences acquises par le bénévolat",
                  "favoriser la participation des jeunes à la vie locale"),
              List.of(
                  "les jeunes de 16 à 25 ans volontaires pour un projet collectif",
                  "les jeunes des quartiers prioritaires {de_ville} peu présents dans la vie"
                      + " associative"),
              List.of(
                  "Appel à projets de jeunes",
                  "Formation des jeunes volontaires",
                  "Valorisation des compétences acquises"),
              List.of("engagement", "citoyenneté", "volontariat", "bénévolat")));
}

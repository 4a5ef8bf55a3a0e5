package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fiche d'expérience: its own rich front matter and the five editorial sections. */
final class ExperienceSheetWriter {
  private static final List<String> CATCHY_TITLES =
      List.of(
          "Un référent unique pour chaque jeune",
          "Quand les acteurs apprennent à travailler ensemble",
          "Sécuriser les parcours, pas à pas",
          "Prévenir plutôt que réparer",
          "Aller vers les jeunes",
          "Un passeport pour l'insertion",
          "Ne laisser aucun jeune sans solution");

  private final Facts f;
  private final Dice d;
  private final Narrative n;

  private ExperienceSheetWriter(Facts f, Dice d) {
    this.f = f;
    this.d = d;
    this.n = new Narrative(d, f);
  }

  static String write(Facts f, Dice d) {
    return new ExperienceSheetWriter(f, d).document();
  }

  private String document() {
    YearMonth date = YearMonth.from(f.start).plusMonths(d.between(12, 24));
    Map<String, Object> fm = YamlWriter.map("document", "fiche_experience");
    fm.put("numero", d.between(1, 60));
    fm.put("date", new YamlWriter.Raw(Formats.iso(date)));
    fm.put("serie", "nouvelle série");
    fm.put(
        "territoire",
        d.chance(0.5) ? "région " + f.region.name() : "département " + f.department.of());
    if (f.thematique != null && d.chance(0.7)) fm.put("thematique", f.thematique);
    fm.put("titre", d.pick(CATCHY_TITLES));
    String name = f.shortName != null ? f.shortName : f.title;
    fm.put(
        "chapeau",
        new YamlWriter.Folded(
            n.fill(
                    "Lancé par {porteur_nom} "
                        + "{en_region}, le projet **"
                        + name
                        + "** cherche à {obj}.")
                + " "
                + n.fill(
                    "Le ressort du projet : une coopération renforcée entre {porteur} et"
                        + " {partenaire}.")));
    if (d.chance(0.5)) {
      Map<String, Object> id = YamlWriter.map();
      id.put("nom_action", name);
      id.put("public_cible", Formats.capitalize(f.publicDescription) + ".");
      id.put("duree", f.initialMonths + " mois");
      id.put(
          "financement",
          "Fonds d'expérimentation pour la jeunesse, complété par des moyens"
              + " propres aux structures partenaires.");
      fm.put("identite", id);
    }
    List<Object> quotes = new ArrayList<>();
    for (int i = 0, k = d.between(1, 3); i < k; i++) {
      Facts.Person p = i == 0 ? f.signatory : f.coordinator;
      String author =
          p.firstName()
              + " "
              + p.lastName().toUpperCase(java.util.Locale.ROOT)
              + ", "
              + p.quality();
      quotes.add(
          YamlWriter.map(
              "texte",
              new YamlWriter.Folded(n.sentence(WordBank.GENERIC)),
              "auteur",
              i == 2
                  ? p.firstName() + " " + p.lastName().toUpperCase(java.util.Locale.ROOT)
                  : author));
    }
    fm.put("citations", quotes);
    fm.put("chiffres_cles", keyFigures());
    fm.put(
        "actualisation",
        d.chance(0.5)
            ? null
            : new YamlWriter.Raw(date.plusMonths(d.between(3, 12)).atDay(1).toString()));
    Map<String, Object> resources = YamlWriter.map();
    List<Object> reports = new ArrayList<>();
    reports.add(
        YamlWriter.map(
            "titre",
            "Note d'étape sur l'expérimentation, Mission d'animation du Fonds"
                + " d'expérimentation pour la jeunesse",
            "pages",
            d.between(4, 12)));
    if (d.chance(0.5)) {
      reports.add(
          YamlWriter.map(
              "titre",
              "Rapport d'évaluation intermédiaire, " + f.evaluator.name(),
              "date",
              new YamlWriter.Raw(date.minusMonths(d.between(1, 6)).atEndOfMonth().toString()),
              "pages",
              d.between(20, 120)));
    }
    resources.put("rapports", reports);
    String site = "www." + f.holder.domain();
    resources.put("sites", List.of(YamlWriter.flow("titre", site, "lien", "http://" + site)));
    fm.put("ressources", resources);
    fm.put(
        "contacts",
        List.of(
            YamlWriter.map(
                "organisation", f.holder.name(),
                "telephone", phone(),
                "email", "contact@" + f.holder.domain())));
    fm.put(
        "editeur",
        YamlWriter.map(
            "nom",
            "Centre de ressources " + f.region.name(),
            "description",
            "Centre de ressources pour les acteurs de la cohésion sociale",
            "telephone",
            phone(),
            "site",
            "www.ressources-" + Formats.slug(f.region.name(), 20) + ".fr"));

    MarkdownDoc doc = new MarkdownDoc(fm);
    doc.heading(1, "La genèse de l'action");
    doc.heading(3, "Un besoin ancien");
    doc.block(
        n.paragraph(
            List.of(
                n.fill("Le projet est né d'un constat partagé par les acteurs locaux : {constat}."),
                n.sentence(WordBank.GENERIC),
                n.sentence(WordBank.GENERIC))));
    doc.heading(3, "De la sélection au premier bilan");
    List<String> steps = new ArrayList<>();
    steps.add(
        "**"
            + Formats.monthYear(f.launch)
            + "** : lancement de l'appel à projets "
            + f.code
            + " du Fonds d'expérimentation pour la jeunesse");
    steps.add(
        "**"
            + Formats.monthYear(YearMonth.from(f.start))
            + "** : démarrage de"
            + " l'expérimentation "
            + f.region.in());
    steps.add(
        "**"
            + Formats.monthYear(date.minusMonths(3))
            + "** : premières rencontres"
            + " évaluatives avec "
            + f.evaluator.the());
    doc.block(n.bullets(steps));

    doc.heading(1, d.chance(0.8) ? "La mise en œuvre" : "Mise en œuvre");
    doc.block(
        n.paragraph(
            List.of(
                n.fill(WordBank.PUBLIC_SENTENCES.get(0)),
                n.sentence(WordBank.GENERIC),
                n.sentence(WordBank.GENERIC))));
    doc.heading(3, d.pick(WordBank.SUBHEADINGS));
    doc.block(n.generic(3, 5));

    if (d.chance(0.7)) {
      doc.heading(1, "Présentation des acteurs clés du projet");
      doc.heading(3, f.holder.name());
      doc.block(
          n.paragraph(
              List.of(
                  n.fill(
                      "Porteur du projet, {porteur} coordonne les partenaires et assure le"
                          + " suivi des jeunes."),
                  n.sentence(WordBank.GENERIC))));
      for (Facts.Partner p : d.distinct(f.partners, d.between(1, 2))) {
        doc.heading(3, p.name());
        doc.block(
            n.paragraph(
                List.of(
                    "Rôle dans le projet : "
                        + d.pick(WordBank.ROLES).toLowerCase(java.util.Locale.ROOT)
                        + ".",
                    n.sentence(WordBank.GENERIC))));
      }
    }
    doc.heading(1, "Les résultats");
    doc.block(
        n.paragraph(
            List.of(
                f.youngTotal + " jeunes ont été accompagnés au cours de l'expérimentation.",
                n.sentence(WordBank.CONCLUSION_SENTENCES),
                n.sentence(WordBank.GENERIC))));
    doc.block(n.generic(2, 4));
    doc.heading(1, "Difficultés et pistes de progrès");
    List<String> diffs = new ArrayList<>();
    for (String x : d.distinct(WordBank.DIFFICULTIES, 3)) diffs.add(Formats.capitalize(x));
    doc.block(n.bullets(diffs));
    doc.block(n.paragraph(WordBank.TRANSFER_SENTENCES, 2, 2, 3));
    return doc.text();
  }

  private List<Object> keyFigures() {
    List<Object> out = new ArrayList<>();
    out.add(
        YamlWriter.map(
            "valeur",
            f.youngTotal + " jeunes",
            "libelle",
            "accompagnés sur la durée de l'expérimentation"));
    out.add(
        YamlWriter.map(
            "valeur",
            f.partners.size() + " partenaires",
            "libelle",
            "opérationnels mobilisés autour du projet"));
    out.add(YamlWriter.map("valeur", f.initialMonths + " mois", "libelle", "d'expérimentation"));
    if (d.chance(0.5)) {
      out.add(
          YamlWriter.map(
              "valeur",
              "1 référent unique",
              "libelle",
              "prend en charge le jeune après le diagnostic partagé"));
    }
    if (d.chance(0.4)) {
      out.add(
          YamlWriter.map(
              "valeur",
              Formats.euros(f.fejCents()),
              "libelle",
              "apportés par le Fonds d'expérimentation pour la jeunesse"));
    }
    return out;
  }

  private String phone() {
    String area =
        switch (f.region.name()) {
          case "Île-de-France" -> "01";
          case "Bretagne", "Pays de la Loire", "Centre" -> "02";
          case "Nord-Pas-de-Calais", "Alsace", "Lorraine", "Picardie" -> "03";
          case "Languedoc-Roussillon", "Provence-Alpes-Côte d'Azur", "Rhône-Alpes", "Auvergne" ->
              "04";
          case "La Réunion" -> "02 62";
          case "Guadeloupe" -> "05 90";
          case "Martinique" -> "05 96";
          case "Guyane" -> "05 94";
          default -> "05";
        };
    StringBuilder b = new StringBuilder(area);
    int groups = area.length() > 2 ? 3 : 4;
    for (int i = 0; i < groups; i++)
      b.append(String.format(java.util.Locale.ROOT, " %02d", d.between(0, 99)));
    return b.toString();
  }
}

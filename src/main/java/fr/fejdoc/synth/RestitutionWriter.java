package fr.fejdoc.synth;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The note de restitution finale: every item of the form's plan with 2–6 blocks of narrative,
 * written either flat (one "#" heading per item, as most holders do) or with the form's numbered
 * plan ("## A. Objectifs de l'expérimentation"), container headings included.
 */
final class RestitutionWriter {
  /** The form's plan, from the form registry. */
  private static final List<FormPlan.Item> PLAN =
      FormPlan.of(DocumentKind.RESTITUTION_FINALE).items();

  private final Facts f;
  private final Dice d;
  private final Narrative n;
  private int subLevel;

  private RestitutionWriter(Facts f, Dice d) {
    this.f = f;
    this.d = d;
    this.n = new Narrative(d, f);
  }

  static String write(Facts f, Dice d) {
    return new RestitutionWriter(f, d).document();
  }

  private String document() {
    Map<String, Object> fm = YamlWriter.map("document", "restitution_finale");
    if (d.chance(0.8)) fm.put("date_remise", new YamlWriter.Raw(Formats.iso(f.reportMonth)));
    fm.put("redigee_par", f.holder.name());
    if (d.chance(0.4)) {
      Map<String, Object> c = YamlWriter.map();
      c.put("signataire", f.signatory.formal());
      c.put("qualite", f.signatory.quality());
      if (d.chance(0.5)) c.put("lieu", f.town.name());
      c.put("date", new YamlWriter.Raw(f.reportMonth.atDay(d.between(1, 28)).toString()));
      c.put("publication", d.chance(0.8));
      fm.put("certificat", c);
    }
    MarkdownDoc doc = new MarkdownDoc(fm);
    boolean numbered = d.chance(0.5);
    boolean explicitIds = d.chance(0.4);
    for (FormPlan.Item item : PLAN) {
      if (item.container() && !numbered) continue;
      String title =
          numbered && !item.number().isEmpty() ? item.number() + " " + item.title() : item.title();
      if (explicitIds
          && (item.id().equals("public-vise") || item.id().equals("transfert-public"))) {
        title += " {#" + item.id() + "}";
      }
      int level = numbered ? item.depth() : 1;
      doc.heading(level, title);
      if (item.container()) continue;
      subLevel = Math.min(6, Math.max(3, level + 1));
      for (String block : section(item.id())) doc.block(block);
      doc.block(n.footnotes());
    }
    return doc.text();
  }

  private String sub(String title) {
    return "#".repeat(subLevel) + " " + title;
  }

  private List<String> section(String id) {
    List<String> b = new ArrayList<>();
    switch (id) {
      case "introduction" -> {
        b.add(
            n.paragraph(
                List.of(
                    n.fill(WordBank.INTRO.get(0)),
                    n.fill(WordBank.INTRO.get(1)),
                    n.fill(WordBank.INTRO.get(2)))));
        b.add(
            n.paragraph(
                List.of(
                    n.fill(WordBank.INTRO.get(3)),
                    n.fill(WordBank.INTRO.get(4)),
                    n.sentence(WordBank.GENERIC))));
        if (d.chance(0.5)) b.add(n.generic(2, 4));
      }
      case "objectifs" -> {
        b.add(n.fill("Le dispositif poursuit " + f.objectives.size() + " objectifs :"));
        b.add(n.bullets(f.objectives));
        b.add(n.paragraph(WordBank.OBJECTIVES_SENTENCES, 2, 3, 5));
        b.add(n.generic(2, 4));
      }
      case "public-vise" -> {
        List<String> s = new ArrayList<>();
        s.add(n.fill(WordBank.PUBLIC_SENTENCES.get(0)));
        if (f.plannedYoung != null) {
          s.add(
              "Sur les "
                  + f.plannedYoungText
                  + " bénéficiaires prévus, "
                  + f.youngTotal
                  + " jeunes ont finalement été concernés sur la durée de l'expérimentation.");
        }
        s.add(n.sentence(WordBank.PUBLIC_SENTENCES.subList(1, WordBank.PUBLIC_SENTENCES.size())));
        b.add(n.paragraph(s));
        b.add(n.paragraph(WordBank.PUBLIC_SENTENCES, 1, 2, 4));
      }
      case "statistiques" -> statistics(b);
      case "analyse-qualitative" -> {
        b.add(n.generic(3, 5));
        if (d.chance(0.5)) {
          b.add("Deux explications sont avancées :");
          List<String> two = d.distinct(WordBank.DIFFICULTIES, 2);
          b.add(n.bullets(List.of("d'une part, " + two.get(0), "d'autre part, " + two.get(1))));
        }
        List<String> s = n.sentences(WordBank.GENERIC, 3);
        s.set(0, withFootnote(s.get(0)));
        b.add(n.paragraph(s));
        if (d.chance(0.5)) b.add(n.generic(2, 4));
      }
      case "beneficiaires-indirects" -> {
        b.add(n.paragraph(WordBank.INDIRECT_SENTENCES, 3, 2, 4));
        b.add(n.generic(2, 3));
      }
      case "actions" -> actions(b);
      case "partenaires-operationnels" -> {
        List<String> names = new ArrayList<>();
        for (Facts.Partner p : f.partners) names.add("**" + p.name() + "**");
        b.add("Le partenariat s'est organisé autour de " + names.size() + " structures :");
        b.add(n.bullets(names));
        b.add(n.generic(2, 4));
        b.add(n.generic(2, 3));
        if (d.chance(0.5)) {
          b.add(sub(d.pick(WordBank.SUBHEADINGS)));
          b.add(n.generic(2, 4));
        }
      }
      case "partenaires-financiers" -> {
        List<String> names = new ArrayList<>();
        for (Facts.Funder x : f.funders) names.add(x.named());
        long total = f.fundingCents();
        long pct = total == 0 ? 0 : Math.round(f.fejCents() * 100.0 / total);
        b.add(
            n.paragraph(
                List.of(
                    "Le projet a été financé par " + join(names) + ".",
                    "Le Fonds d'Expérimentation pour la Jeunesse a apporté "
                        + Formats.euros(f.fejCents())
                        + ", soit "
                        + pct
                        + " % des "
                        + Formats.euros(total)
                        + " mobilisés.",
                    n.sentence(WordBank.GENERIC))));
        b.add(n.generic(2, 4));
      }
      case "pilotage" -> {
        int meetings = d.between(2, 6);
        b.add(
            n.paragraph(
                List.of(
                    "**"
                        + meetings
                        + " comités de pilotage** se sont réunis au cours de"
                        + " l'expérimentation.",
                    "Ils rassemblaient :")));
        List<String> members = new ArrayList<>();
        members.add(f.holder.name() + " (porteur du projet)");
        members.add(f.evaluator.name() + " (évaluateur)");
        for (Facts.Partner p : d.distinct(f.partners, 3)) members.add(p.name());
        b.add(n.bullets(members));
        b.add(n.paragraph(WordBank.PILOTING_SENTENCES, 2, 2, 4));
        if (d.chance(0.5)) b.add(n.generic(2, 3));
      }
      case "analyse-dispositif" -> {
        b.add(sub("Le circuit d'un bénéficiaire"));
        int k = d.between(4, WordBank.STEPS.size());
        b.add(n.numbered(WordBank.STEPS.subList(0, k)));
        b.add(sub("Les intervenants"));
        List<String> who = new ArrayList<>();
        String article = f.coordinator.civility().equals("Mme") ? "la " : "le ";
        who.add(article + f.coordinator.quality() + ", au sein " + of(f.holder.the()));
        for (Facts.Partner p : d.distinct(f.partners, 2)) {
          who.add("un référent au sein " + of(p.the()));
        }
        b.add(n.bullets(who));
        b.add(n.generic(2, 4));
        if (d.chance(0.5)) b.add(n.generic(2, 3));
      }
      case "transfert-public" -> {
        b.add(n.paragraph(WordBank.TRANSFER_SENTENCES, 2, 2, 4));
        b.add(n.generic(2, 3));
      }
      case "transfert-actions" -> {
        b.add(n.fill("Point de vigilance principal : **{diff}**."));
        b.add(n.paragraph(WordBank.TRANSFER_SENTENCES, 1, 2, 4));
        b.add(n.generic(2, 3));
      }
      case "transfert-partenariats" -> {
        List<String> names = new ArrayList<>();
        for (Facts.Partner p : d.distinct(f.partners, 3)) names.add(p.the());
        String core =
            names.isEmpty() ? "" : "Les partenaires incontournables sont " + join(names) + ". ";
        b.add(
            Narrative.wrap(
                Formats.capitalize(
                    core
                        + n.fill(
                            "Un comité de pilotage n'est pas indispensable : des réunions"
                                + " techniques plus légères faciliteraient davantage les"
                                + " échanges.")),
                "",
                ""));
        b.add(n.generic(2, 4));
      }
      case "impacts-structure" -> {
        b.add(n.paragraph(WordBank.IMPACT_SENTENCES, 2, 2, 4));
        b.add(n.generic(2, 4));
      }
      case "conclusion" -> {
        List<String> s = n.sentences(WordBank.CONCLUSION_SENTENCES, 2);
        s.set(1, withFootnote(s.get(1)));
        b.add(n.paragraph(s));
        b.add(n.generic(2, 4));
        b.add(n.paragraph(WordBank.CONCLUSION_SENTENCES, 1, 2, 3));
      }
      default -> throw new IllegalStateException(id);
    }
    return b;
  }

  private void statistics(List<String> b) {
    List<String> s = new ArrayList<>();
    if (f.stages) {
      s.add(
          "La cohorte comptait "
              + f.youngPerPeriod.get(0)
              + " jeunes en « "
              + f.periodLabels.get(0)
              + " » ; "
              + f.youngTotal
              + " sont allés au bout du parcours.");
      if (f.abandonsTotal > 0) {
        s.add("On compte " + f.abandonsTotal + " abandons ou exclusions en cours de route.");
      }
    } else {
      StringBuilder p =
          new StringBuilder(
              "Au total, " + f.youngTotal + " jeunes sont entrés dans" + " le dispositif");
      p.append(
          f.girls + f.boys == f.youngTotal && f.girls > 0
              ? ", dont " + f.girls + " filles et " + f.boys + " garçons."
              : ".");
      s.add(p.toString());
      if (f.adultTotal > 0) s.add(f.adultTotal + " adultes ont également été accompagnés.");
    }
    s.add(n.sentence(WordBank.GENERIC));
    b.add(n.paragraph(s));
    if (d.chance(0.5)) {
      StringBuilder t = new StringBuilder("| Période | Jeunes entrés |\n|---|---:|");
      for (int i = 0; i < f.periodLabels.size(); i++) {
        Integer v = f.youngPerPeriod.get(i);
        t.append("\n| ")
            .append(f.periodLabels.get(i))
            .append(" | ")
            .append(v == null ? "—" : v)
            .append(" |");
      }
      b.add(t.toString());
      b.add(n.generic(2, 4));
    } else {
      for (int i = 0; i < f.periodLabels.size() && i < 2; i++) {
        b.add(sub(f.periodLabels.get(i)));
        b.add(n.generic(2, 3));
      }
    }
  }

  private void actions(List<String> b) {
    Facts.PhasePeriod first = f.phases.get(0);
    Facts.PhasePeriod last = f.phases.get(f.phases.size() - 1);
    b.add(
        n.paragraph(
            List.of(
                "Le tableau 2 récapitule les "
                    + f.actionTitles.size()
                    + " actions menées au cours des"
                    + " quatre phases de l'expérimentation, de "
                    + Formats.monthYear(first.start())
                    + " à "
                    + Formats.monthYear(last.end())
                    + ".",
                "Les principales sont les suivantes :")));
    List<String> titles = d.distinct(f.actionTitles, Math.min(5, f.actionTitles.size()));
    List<String> items = new ArrayList<>();
    for (String t : titles) items.add(Character.toLowerCase(t.charAt(0)) + t.substring(1));
    b.add(n.bullets(items));
    b.add(n.generic(2, 5));
    b.add(sub("Les difficultés rencontrées"));
    List<String> diffs = new ArrayList<>();
    for (String x : d.distinct(WordBank.DIFFICULTIES, d.between(2, 3))) {
      diffs.add(Formats.capitalize(x));
    }
    b.add(n.bullets(diffs));
  }

  private String withFootnote(String sentence) {
    String marker = n.footnote(d.pick(WordBank.FOOTNOTES));
    return sentence.endsWith(".")
        ? sentence.substring(0, sentence.length() - 1) + marker + "."
        : sentence + marker;
  }

  /** "de la Mission Locale", "du Conseil général", "de l'ADLJ", "de Pôle emploi". */
  static String of(String the) {
    return Narrative.elide("de " + the);
  }

  static String join(List<String> items) {
    if (items.size() <= 1) return String.join("", items);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " et "
        + items.get(items.size() - 1);
  }
}

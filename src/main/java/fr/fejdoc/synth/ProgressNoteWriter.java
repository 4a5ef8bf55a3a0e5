package fr.fejdoc.synth;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A note d'étape at a half-year end: certificate, optional effectifs, the two sections. */
final class ProgressNoteWriter {
  /** The form's plan (titles and the shorter titles holders use), from the form registry. */
  private static final FormPlan PLAN = FormPlan.of(DocumentKind.NOTE_ETAPE);

  private final Facts f;
  private final Dice d;
  private final Narrative n;
  private final LocalDate asOf;

  private ProgressNoteWriter(Facts f, Dice d, LocalDate asOf) {
    this.f = f;
    this.d = d;
    this.n = new Narrative(d, f).until(asOf.getYear());
    this.asOf = asOf;
  }

  static String fileName(LocalDate asOf) {
    return "note-etape-" + asOf + ".md";
  }

  static String write(Facts f, Dice d, LocalDate asOf) {
    return new ProgressNoteWriter(f, d, asOf).document();
  }

  /** Young entered by {@code asOf}, in proportion to the time elapsed. */
  private int enteredSoFar() {
    long total = ChronoUnit.DAYS.between(f.start, f.end().atEndOfMonth());
    long elapsed = ChronoUnit.DAYS.between(f.start, asOf);
    double share = Math.min(1, Math.max(0.1, elapsed / (double) Math.max(1, total) * 1.6));
    return Math.max(1, (int) Math.round(f.youngTotal * share));
  }

  private String document() {
    Map<String, Object> fm = YamlWriter.map("document", "note_etape");
    fm.put("au", new YamlWriter.Raw(asOf.toString()));
    fm.put("redigee_par", f.holder.name());
    Map<String, Object> c = YamlWriter.map();
    c.put("signataire", f.signatory.formal());
    c.put("qualite", f.signatory.quality());
    if (d.chance(0.4)) c.put("lieu", f.town.name());
    if (d.chance(0.8))
      c.put("date", new YamlWriter.Raw(asOf.plusDays(d.between(10, 45)).toString()));
    c.put("publication", d.chance(0.7));
    fm.put("certificat", c);
    int entered = enteredSoFar();
    if (d.chance(0.3)) fm.put("effectifs", distribution(entered));

    MarkdownDoc doc = new MarkdownDoc(fm);
    boolean numbered = d.chance(0.3);
    doc.heading(
        1,
        (numbered ? "1. " : "")
            + (d.chance(0.8)
                ? PLAN.item("objectifs").title()
                : PLAN.item("objectifs").aliases().get(0)));
    doc.block(
        n.paragraph(
            List.of(
                n.fill("Le projet « {titre} » cherche à {obj}."),
                n.sentence(WordBank.OBJECTIVES_SENTENCES),
                n.sentence(WordBank.GENERIC))));
    if (d.chance(0.6)) {
      doc.block("Objectifs opérationnels :");
      doc.block(n.bullets(f.objectives));
    }
    doc.heading(3, "Public et évaluation");
    doc.block(
        n.paragraph(
            List.of(
                n.fill(WordBank.PUBLIC_SENTENCES.get(0)),
                n.fill("L'évaluation est conduite par {evaluateur}."),
                n.sentence(WordBank.GENERIC))));
    doc.block(n.footnotes());

    doc.heading(
        1,
        (numbered ? "2. " : "")
            + (d.chance(0.8)
                ? PLAN.item("modalites").title()
                : PLAN.item("modalites").aliases().get(0)));
    doc.heading(3, "Gouvernance");
    doc.block(n.paragraph(WordBank.PILOTING_SENTENCES, 2, 2, 3));
    doc.heading(3, "Entrées dans le dispositif");
    List<String> s = new ArrayList<>();
    s.add(
        "Au "
            + Formats.date(asOf)
            + ", "
            + entered
            + " jeunes sont entrés dans le dispositif"
            + (f.plannedYoung == null ? "." : ", pour un objectif de " + f.plannedYoungText + "."));
    s.addAll(
        n.sentences(WordBank.PUBLIC_SENTENCES.subList(1, WordBank.PUBLIC_SENTENCES.size()), 2));
    doc.block(n.paragraph(s));
    doc.heading(3, d.pickOf("Premiers constats", "Mobilisation des acteurs"));
    doc.block(n.generic(3, 5));
    if (d.chance(0.6)) doc.block(n.generic(2, 4));
    doc.heading(3, "Perspectives");
    YearMonth next = YearMonth.from(asOf).plusMonths(6);
    doc.block(
        n.paragraph(
            List.of(
                "D'ici "
                    + Formats.monthYear(next)
                    + ", l'équipe prévoit de consolider les entrées et de"
                    + " préparer le bilan intermédiaire avec "
                    + f.evaluator.the()
                    + ".",
                n.sentence(WordBank.TRANSFER_SENTENCES))));
    return doc.text();
  }

  private Map<String, Object> distribution(int total) {
    List<String> names = new ArrayList<>();
    String label;
    if (f.departments.size() >= 2) {
      for (Places.Department dep : f.departments) names.add(dep.name());
      label = "Jeunes accompagnés par département";
    } else {
      for (Places.Town t : f.department.towns()) names.add(t.name());
      label = "Jeunes accompagnés par site";
    }
    if (names.size() < 2) names.add("Autres communes");
    long[] parts = Splitter.random(d, total, names.size());
    Map<String, Object> split = YamlWriter.map();
    for (int i = 0; i < names.size(); i++) split.put(names.get(i), (int) parts[i]);
    return YamlWriter.map("libelle", label, "total", total, "repartition", split);
  }
}

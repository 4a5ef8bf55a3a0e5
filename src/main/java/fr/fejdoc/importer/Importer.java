package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@link Source} into a {@link Draft}: recognises the kind of FEJ document from the form's
 * own titles, runs the form readers of that kind, then puts the narrative under the form's headings
 * ({@link PartsReader}) and what no reader used into the leftovers.
 */
public final class Importer {
  private Importer() {}

  private static final Pattern NOTE_TITLE =
      Pattern.compile("(?:note d'etape sur l'experimentation|note d'etape)(?: au .*)?");
  private static final Pattern FINAL_TITLE =
      Pattern.compile("(?:note de )?restitution finale(?: du porteur de projet)?\\.?");
  private static final Pattern SHEET_TITLE =
      Pattern.compile("(fiche d'experience.*|fiche d'identite synthetique de l'action.*)");
  private static final Pattern ANNEX_TITLE =
      Pattern.compile(
          "(annexe [1-3]\\b.*|tableau [1-3]\\b.*(publics|beneficiaires|actions|outils).*|"
              + "bilan (d'execution )?financier.*)");

  /** The form readers of each kind, in the order they run (tables before the narrative). */
  static List<FormReader> readers(DocumentKind kind) {
    List<FormReader> r = new ArrayList<>();
    switch (kind) {
      case NOTE_ETAPE -> r.add(new NoteEtapeReader());
      case RESTITUTION_FINALE -> {
        r.add(new Tableau1Reader());
        r.add(new Tableau2Reader());
        r.add(new Tableau3Reader());
        r.add(new BudgetReader());
        r.add(new RestitutionReader()); // after the table readers
        r.add(new FinancingReader());
        // the financing table's « Montant » column: after the readers of partenaires.financiers
        r.add(FinancingReader.AMOUNTS);
      }
      case FICHE_EXPERIENCE -> r.add(new ExperienceSheetReader());
    }
    return r;
  }

  /** Reads {@code source}; a {@link NotImportable} when it is not a FEJ note. */
  public static Draft read(Source source) throws NotImportable {
    DocumentKind kind = kind(source);
    Draft draft = new Draft(source, kind == null ? DocumentKind.RESTITUTION_FINALE : kind);
    if (kind == null) draft.annexesOnly(true);
    for (FormReader r : readers(draft.kind())) {
      Deadline.check();
      r.read(source, draft);
    }
    PartsReader.read(source, draft);
    return draft;
  }

  /** The kind of document, or null for a file of annex tables alone. */
  static DocumentKind kind(Source source) throws NotImportable {
    boolean fej = false;
    boolean annex = false;
    int seen = 0;
    for (Source.Block b : source.blocks()) {
      Deadline.check();
      if (++seen > 400) break;
      List<String> texts = new ArrayList<>();
      if (b instanceof Source.Para p) texts.add(p.text());
      else if (b instanceof Source.Table t) {
        for (Source.Row r : t.rows().subList(0, Math.min(3, t.rows().size()))) {
          for (Source.Cell c : r.cells()) texts.add(c.text());
        }
      }
      for (String raw : texts) {
        if (raw.length() > 400) continue;
        for (String line : raw.split("\n")) {
          String n = Texts.key(line);
          if (n.contains("fonds d'experimentation") || n.contains("experimentation pour la jeun")) {
            fej = true;
          }
          if (NOTE_TITLE.matcher(n).matches()) return DocumentKind.NOTE_ETAPE;
          if (FINAL_TITLE.matcher(n).matches() || n.startsWith("note de restitution finale")) {
            return DocumentKind.RESTITUTION_FINALE;
          }
          if (SHEET_TITLE.matcher(n).matches()) return DocumentKind.FICHE_EXPERIENCE;
          // a title run together with the cover's other lines (PDF extraction)
          if (n.contains("note d'etape sur l'experimentation")) return DocumentKind.NOTE_ETAPE;
          if (n.contains("note de restitution finale")) return DocumentKind.RESTITUTION_FINALE;
          if (ANNEX_TITLE.matcher(n).matches()
              || n.startsWith("beneficiaires prevus pour toute la duree")) annex = true;
        }
      }
    }
    if (annex) return null;
    throw new NotImportable(fej ? "import.kind-unknown" : "import.not-a-note");
  }
}

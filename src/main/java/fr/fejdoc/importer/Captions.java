package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.util.List;

/**
 * The lines that stand just above an annex table and belong to it: its caption (« Tableau 2 — … »),
 * the annex's title (« Annexe 2 Calendrier… ») and the project's number (« Numéro du projet :
 * AP1_027 », a paragraph or a small table of its own in text extractions).
 */
final class Captions {
  private Captions() {}

  /**
   * Marks as used the caption blocks just before {@code blocks.get(index)}, for table {@code n}.
   */
  static void use(List<Source.Block> blocks, int index, Draft draft, String n) {
    for (int i = index - 1; i >= 0 && i >= index - 4; i--) {
      Deadline.check();
      Source.Block b = blocks.get(i);
      if (draft.used(b) || !caption(b, n)) return;
      draft.use(b);
      if (b instanceof Source.Table t) for (Source.Row r : t.rows()) draft.use(r);
    }
  }

  private static boolean caption(Source.Block b, String n) {
    if (b instanceof Source.Para p) {
      if (p.text().length() > 300) return false;
      String k = Texts.key(p.text());
      return k.startsWith("tableau " + n + " ")
          || k.startsWith("tableau " + n + "-")
          || k.startsWith("annexe " + n + " ")
          || k.startsWith("annexe " + n + "-")
          || k.equals("annexe " + n)
          || k.startsWith("numero du projet");
    }
    if (b instanceof Source.Table t) {
      if (t.rows().isEmpty() || t.rows().size() > 3) return false;
      if (!Texts.key(t.rows().get(0).text(0)).startsWith("numero du projet")) return false;
      for (Source.Row r : t.rows().subList(1, t.rows().size())) {
        for (Source.Cell c : r.cells()) if (!c.text().strip().matches("[-_=\\s]*")) return false;
      }
      return true;
    }
    return false;
  }
}

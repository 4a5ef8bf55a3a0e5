package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tableau 3 (« Liste des outils développés dans le cadre de l'expérimentation ») into {@code
 * outils}: each row's name, function, users, format (one of the form registry's formats, whatever
 * the capitals; a format outside the list is read as « autre », its words kept in the value's
 * comment and given to review) and « Transférable (oui/non) » with what follows the oui or non as
 * the precision (« OUI en l'adaptant au contexte local »). Columns are found by the header's words.
 */
public final class Tableau3Reader implements FormReader {
  static final String BLOCK = "tableau3";
  private static final int MAX_ROWS = 2_000;

  @Override
  public void read(Source source, Draft draft) {
    List<Source.Block> blocks = source.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Table t) || draft.used(t)) continue;
      int header = header(t);
      if (header < 0) continue;
      Captions.use(blocks, i, draft, "3");
      read(t, header, draft);
      return; // one Tableau 3 per note
    }
  }

  /** The index of the row holding « Nom de l'outil », or -1. */
  static int header(Source.Table t) {
    for (int r = 0; r < Math.min(4, t.rows().size()); r++) {
      for (Source.Cell c : t.rows().get(r).cells()) {
        if (Texts.key(c.text()).startsWith("nom de l'outil")) return r;
      }
    }
    return -1;
  }

  private static void read(Source.Table t, int header, Draft draft) {
    draft.use(t);
    String[] head = Tableau2Reader.grid(t.rows().get(header), 12);
    int nom = -1;
    int fonction = -1;
    int users = -1;
    int format = -1;
    int transfer = -1;
    for (int c = 0; c < head.length; c++) {
      String k = Texts.key(head[c]);
      if (k.startsWith("nom de l'outil")) nom = c;
      else if (k.startsWith("fonction")) fonction = c;
      else if (k.startsWith("utilisateur") || k.startsWith("destinataire")) users = c;
      else if (k.startsWith("format")) format = c;
      else if (k.startsWith("transferable")) transfer = c;
    }
    List<Object> tools = new ArrayList<>();
    int facts = 0;
    int rows = 0;
    for (int r = 0; r < t.rows().size(); r++) {
      Deadline.check();
      Source.Row row = t.rows().get(r);
      draft.use(row);
      if (r <= header) continue;
      if (++rows > MAX_ROWS) {
        draft.leftover(row.where(), PartsReader.rowText(row));
        continue;
      }
      String[] g = Tableau2Reader.grid(row, 12);
      List<String> unplaced = new ArrayList<>();
      for (int c = 1; c < g.length; c++) {
        if (c != nom
            && c != fonction
            && c != users
            && c != format
            && c != transfer
            && !Texts.plain(g[c]).isEmpty()) unplaced.add(g[c]);
      }
      if (!unplaced.isEmpty()) draft.leftover(row.where(), String.join(" | ", unplaced));
      Map<String, Object> tool = new LinkedHashMap<>();
      String name = at(g, nom);
      if (!name.isEmpty()) tool.put("nom", name);
      String f = at(g, fonction);
      if (!f.isEmpty()) tool.put("fonction", f);
      String u = at(g, users);
      if (!u.isEmpty()) tool.put("utilisateurs", u);
      String path = "outils[" + (tools.size() + 1) + "]";
      String fm = at(g, format);
      if (!fm.isEmpty()) tool.put("format", format(fm, row.where(), path, draft));
      String tr = at(g, transfer);
      if (!tr.isEmpty()) {
        Object[] yes = transferable(tr);
        if (yes == null) {
          draft.review(path + ".transferable", "« " + tr + " » : ni oui ni non", row.where());
          tool.put("precision", tr);
        } else {
          tool.put("transferable", yes[0]);
          if (yes[1] != null) tool.put("precision", yes[1]);
        }
      }
      if (tool.isEmpty()) continue; // a blank row of the form
      if (!tool.containsKey("nom")) {
        draft.review(path + ".nom", "outil sans nom", row.where());
      }
      facts += tool.size();
      tools.add(draft.at(tool, row.where()));
    }
    if (!tools.isEmpty()) draft.put("outils", tools, null);
    draft.count(BLOCK, facts);
  }

  private static String at(String[] g, int c) {
    return c < 0 || c >= g.length ? "" : Tableau2Reader.cell(g[c]);
  }

  /** The format's key from the registry's labels; a free text is « autre », to review. */
  static Object format(String text, Source.Where where, String path, Draft draft) {
    String k = Texts.key(text).replaceAll("[.;]+$", "").strip();
    for (Entry e : FormRegistry.TOOL_FORMATS.entries()) {
      if (Texts.key(e.label()).equals(k) || e.key().equals(k)) return e.key();
    }
    String paper = Texts.key(FormRegistry.TOOL_FORMATS.label("papier"));
    String electronic = Texts.key(FormRegistry.TOOL_FORMATS.label("electronique"));
    boolean p = k.contains(paper);
    boolean e = k.contains(electronic);
    String key = p && e ? "papier_et_electronique" : p ? "papier" : e ? "electronique" : "autre";
    draft.review(
        path + ".format",
        "format « "
            + text
            + " » hors de la liste du formulaire : lu « "
            + FormRegistry.TOOL_FORMATS.label(key)
            + " »",
        where);
    return new YamlWriter.Commented(key, draft.origin(where) + " ; écrit « " + text + " »");
  }

  /** {true|false, precision or null} from « Oui, à adapter… », « NON » ; null when neither. */
  static Object[] transferable(String text) {
    String t = text.strip();
    String k = Texts.key(t);
    Boolean b = null;
    int len = 0;
    if (k.startsWith("oui")) {
      b = true;
      len = 3;
    } else if (k.startsWith("non")) {
      b = false;
      len = 3;
    }
    if (b == null || k.length() > 3 && Character.isLetter(k.charAt(3))) return null;
    String rest = t.substring(Math.min(len, t.length())).replaceFirst("^[\\s,;:.–—-]+", "").strip();
    return new Object[] {b, rest.isEmpty() ? null : rest};
  }
}

package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Tableau 2 (« Calendrier de déroulement de l'expérimentation : actions mises en œuvre »)
 * into {@code actions}: the four phases of the form (recognised from the form registry's labels,
 * whatever the numbering, accents or capitals) with their dates, the rows of each phase (« Action
 * n°k », unnumbered rows, total rows), the resources given for a whole phase or sub-period and the
 * sub-periods with their numbering. Every figure is kept as the note writes it (« 0,5 », « 2 et ½
 * », « 1 200 € », « 8 semaines »); the loader reads them as it reads a holder's YAML.
 *
 * <p>The table's columns are the form's: the row's label (« Action n°k »), the description (« quand
 * : intitulé », then the description on its own line), spécifique, durée, effectifs, ETP,
 * personnel, achats, prestations, autre. A table cut in two (a page break, a blank line of an
 * extraction) goes on with the next table whose rows are Tableau 2 rows.
 */
public final class Tableau2Reader implements FormReader {
  static final String BLOCK = "tableau2";
  private static final int COLUMNS = 10;
  private static final int MAX_ROWS = 5_000;

  private static final Pattern ACTION =
      Pattern.compile("^action\\s*(?:n\\s*[°o]?|no|#)?\\s*\\.?\\s*(\\d{1,4})\\b.*");
  private static final Pattern PHASE_NUMBER =
      Pattern.compile("^(?:phase\\s*)?\\d{1,2}\\s*[.):/-]?\\s*");
  private static final Pattern BOLD_WHEN =
      Pattern.compile("^\\*\\*(.+?)\\s*:\\s*\\*\\*\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern PLAIN_WHEN =
      Pattern.compile("^([^:\\n]{3,120}?)\\s*:\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}[.)]?$");
  private static final Pattern PERIOD_WORDS =
      Pattern.compile(
          ".*\\b(phase|periode|annee|semestre|trimestre|etape|session|promotion|(19|20)\\d\\d)\\b.*");
  private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d\\d$");
  private static final Pattern DATES_SPLIT = Pattern.compile("\\s+(?:-|–|—|à|au)\\s+");

  @Override
  public void read(Source source, Draft draft) {
    List<Source.Block> blocks = source.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Table t) || draft.used(t) || !isTableau2(t)) continue;
      List<Source.Table> tables = new ArrayList<>();
      tables.add(t);
      int j = i + 1;
      while (j < blocks.size()
          && blocks.get(j) instanceof Source.Table next
          && !draft.used(next)
          && continues(next)) {
        Deadline.check();
        tables.add(next);
        j++;
      }
      Captions.use(blocks, i, draft, "2");
      new Reading(draft).read(tables);
      return; // one Tableau 2 per note; another one is left to the leftovers
    }
  }

  /** True when one of the first rows holds the form's header of Tableau 2. */
  static boolean isTableau2(Source.Table t) {
    int rows = Math.min(4, t.rows().size());
    for (int r = 0; r < rows; r++) {
      for (Source.Cell c : t.rows().get(r).cells()) {
        String k = Texts.key(c.text());
        if (k.startsWith("description synthetique de chaque action")) return true;
      }
    }
    // no header (a table cut at a page): phase rows and « Action n° » rows
    boolean phase = false;
    boolean action = false;
    for (Source.Row r : t.rows().subList(0, Math.min(40, t.rows().size()))) {
      String k = Texts.key(r.text(0));
      if (phase(k) != null) phase = true;
      if (ACTION.matcher(k).matches()) action = true;
    }
    return phase && action;
  }

  /** True when a table goes on with Tableau 2's rows (its first row a phase or an action). */
  private static boolean continues(Source.Table t) {
    if (t.rows().isEmpty()) return false;
    Source.Row first = t.rows().get(0);
    if (width(first) < COLUMNS - 2) return false;
    String k = Texts.key(first.text(0));
    return ACTION.matcher(k).matches()
        || phase(k) != null
        || k.startsWith("ressources de la")
        || isTableau2(t);
  }

  /** The phase a row's label names (« 1. Préparation du projet »), or null. */
  static Entry phase(String key) {
    if (key.isEmpty() || key.length() > 200) return null;
    String k = PHASE_NUMBER.matcher(key).replaceFirst("").strip();
    for (Entry e : FormRegistry.PHASES.entries()) {
      String label = Texts.key(e.label());
      if (k.equals(label)) return e;
      // the dates written after the label: « Préparation du projet (avril – juin 2009) »
      if (k.startsWith(label) && !Character.isLetterOrDigit(k.charAt(label.length()))) return e;
    }
    return null;
  }

  /** What follows the phase's label in its cell (dates written there), or "". */
  private static String afterLabel(String cell, Entry e) {
    String t = Texts.plain(cell);
    String label = Texts.key(e.label());
    String k = Texts.key(t);
    int at = k.indexOf(label);
    if (at < 0 || k.length() != t.length()) return "";
    return t.substring(at + label.length()).replaceAll("^[\\s:(,–—-]+|[\\s)]+$", "");
  }

  private static int width(Source.Row r) {
    int w = 0;
    for (Source.Cell c : r.cells()) w += Math.max(1, c.colspan());
    return w;
  }

  /** The row's cells on the form's grid: a merged cell's text at its first column. */
  static String[] grid(Source.Row r) {
    return grid(r, COLUMNS);
  }

  /**
   * The same on a grid of {@code columns} columns, plus one: what stands past the grid's end (a row
   * wider than the form), for the leftovers.
   */
  static String[] grid(Source.Row r, int columns) {
    String[] g = new String[columns + 1];
    java.util.Arrays.fill(g, "");
    int col = 0;
    for (Source.Cell c : r.cells()) {
      if (col >= columns) {
        if (!c.text().isBlank()) g[columns] = (g[columns] + " | " + c.text()).strip();
        continue;
      }
      g[col] = c.text();
      col += Math.max(1, c.colspan());
    }
    g[columns] = g[columns].replaceFirst("^\\| ", "");
    return g;
  }

  /** One reading of a Tableau 2: the scope (phase, sub-period) rows go to. */
  private static final class Reading {
    private final Draft draft;
    private final Map<String, Map<String, Object>> phases = new LinkedHashMap<>();
    private final Map<String, Source.Where> phaseWhere = new LinkedHashMap<>();
    private String phaseKey;
    private Map<String, Object> phase;
    private Map<String, Object> sub;
    private List<Object> subs;
    private int lastNumber;
    private boolean subFirst;
    private int facts;

    Reading(Draft draft) {
      this.draft = draft;
    }

    void read(List<Source.Table> tables) {
      int seen = 0;
      for (Source.Table t : tables) {
        draft.use(t);
        for (Source.Row r : t.rows()) {
          Deadline.check();
          if (++seen > MAX_ROWS) {
            draft.leftover(r.where(), PartsReader.rowText(r));
            continue;
          }
          draft.use(r);
          row(r);
        }
      }
      for (Map.Entry<String, Map<String, Object>> e : phases.entrySet()) {
        if (e.getValue().isEmpty()) {
          // a phase of the form printed with nothing under it: kept, empty, as the note gives it
          draft.put(
              "actions." + e.getKey() + ".actions",
              new YamlWriter.Flow(new ArrayList<Object>()),
              phaseWhere.get(e.getKey()));
          continue;
        }
        for (Map.Entry<String, Object> v : e.getValue().entrySet()) {
          draft.put("actions." + e.getKey() + "." + v.getKey(), v.getValue(), null);
        }
      }
      draft.count(BLOCK, facts);
    }

    private void row(Source.Row r) {
      String[] g = grid(r);
      if (!Texts.plain(g[COLUMNS]).isEmpty()) {
        // cells past the form's ten columns: placed nowhere, kept
        draft.leftover(r.where(), g[COLUMNS]);
      }
      boolean blank = true;
      for (int c = 0; c < COLUMNS; c++) if (!Texts.plain(g[c]).isEmpty()) blank = false;
      if (blank) return;
      String k0 = Texts.key(g[0]);
      if (header(r)) return;
      if (k0.startsWith("numero du projet")) return;
      Entry ph = phase(k0);
      if (ph != null) {
        String rest = afterLabel(g[0], ph);
        openPhase(ph.key(), r, rest.isEmpty() ? title(r) : rest);
        return;
      }
      if (k0.startsWith("ressources de la")) {
        Map<String, Object> res = resources(g, r);
        if (res.isEmpty()) return;
        Map<String, Object> scope = sub != null ? sub : currentPhase(r);
        if (scope.containsKey("ressources")) {
          draft.review(
              path("ressources"), "deux lignes de ressources pour la même phase", r.where());
          draft.leftover(r.where(), PartsReader.rowText(r));
          return;
        }
        scope.put("ressources", draft.at(res, r.where()));
        return;
      }
      Matcher a = ACTION.matcher(k0);
      if (a.matches()) {
        Map<String, Object> act = action(g, r);
        if (act.isEmpty()) return; // the blank form's « Action n°4 »
        int n = Integer.parseInt(a.group(1));
        numbering(n, r);
        add(act, r);
        return;
      }
      if (k0.isEmpty()) {
        Map<String, Object> act = action(g, r);
        if (act.isEmpty()) return;
        String d = Texts.key(g[1]);
        boolean total = d.startsWith("total") || wholeBold(g[1]) && d.contains("total");
        if (total) {
          Object title = act.remove("intitule");
          Map<String, Object> t = new LinkedHashMap<>();
          if (title != null) t.put("intitule", title);
          t.putAll(act);
          t.put("total", true);
          facts++;
          // a total after the sub-periods closes the phase when it says so
          if (sub != null && d.contains("phase")) {
            addTo(currentPhase(r), t, r);
          } else add(t, r);
        } else {
          act.put("numerotee", false);
          add(act, r);
        }
        return;
      }
      // a label of its own: a sub-period's title (« Phase 1 — positionnement », « Année 2009-2010
      // »)
      boolean figures = false;
      for (int c = 2; c < COLUMNS; c++) if (!Texts.plain(g[c]).isEmpty()) figures = true;
      String second = Texts.plain(g[1]);
      boolean dated = dates(title(r)) != null;
      if (!figures && (dated || second.isEmpty() || periodWords(k0))
          || second.isEmpty() && dates(Texts.plain(g[2])) != null) {
        openSub(r, Texts.plain(g[0]), title(r));
        return;
      }
      if (k0.startsWith("total") || NUMBER.matcher(k0).matches() || !second.isEmpty()) {
        // « Total phase 2 » or « 3 » in the label column, or a label with its own description
        boolean total = k0.startsWith("total");
        boolean numbered = NUMBER.matcher(k0).matches();
        Map<String, Object> act = action(g, r);
        if (!numbered && !total) {
          draft.review(
              path("actions"),
              "ligne du Tableau 2 sans « Action n° » : « "
                  + Texts.plain(g[0])
                  + " » lue comme"
                  + " une ligne non numérotée, son libellé en tête de l'intitulé",
              r.where());
          Object title = act.remove("intitule");
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("intitule", Texts.plain(g[0]) + (title == null ? "" : " " + title));
          m.putAll(act);
          m.put("numerotee", false);
          add(m, r);
          return;
        }
        if (total) {
          Map<String, Object> m = new LinkedHashMap<>();
          Object title = act.remove("intitule");
          m.put("intitule", title == null ? Texts.plain(g[0]) : Texts.plain(g[0]) + " " + title);
          m.putAll(act);
          m.put("total", true);
          facts += 2;
          if (sub != null && k0.contains("phase")) addTo(currentPhase(r), m, r);
          else add(m, r);
          return;
        }
        if (act.isEmpty()) return;
        numbering(Integer.parseInt(k0.replaceAll("\\D", "")), r);
        add(act, r);
        return;
      }
      draft.review(
          "actions", "ligne du Tableau 2 non reconnue : « " + Texts.plain(g[0]) + " »", r.where());
      draft.leftover(r.where(), PartsReader.rowText(r));
    }

    /** The dates' text of a phase or sub-period row: its first non-empty cell after the label. */
    private static String title(Source.Row r) {
      for (int i = 1; i < r.cells().size(); i++) {
        String t = Texts.plain(r.text(i));
        if (!t.isEmpty()) return t;
      }
      return "";
    }

    private static boolean header(Source.Row r) {
      for (Source.Cell c : r.cells()) {
        String k = Texts.key(c.text());
        if (k.startsWith("description synthetique")
            || k.equals("effectifs")
            || k.equals("etp")
            || k.startsWith("ressources humaines mobilisees")
            || k.startsWith("type de personnel concerne")) return true;
      }
      return false;
    }

    private void openPhase(String key, Source.Row r, String datesText) {
      phaseKey = key;
      sub = null;
      subs = null;
      lastNumber = 0;
      if (phases.containsKey(key)) {
        draft.review("actions." + key, "phase lue deux fois dans le Tableau 2", r.where());
        phase = phases.get(key);
        return;
      }
      phase = new LinkedHashMap<>();
      phases.put(key, phase);
      phaseWhere.put(key, r.where());
      Object period = period(datesText, r, "actions." + key + ".periode");
      if (period != null) phase.put("periode", period);
    }

    private Map<String, Object> currentPhase(Source.Row r) {
      if (phase == null) {
        // rows before any phase title: kept under the first phase, to review
        draft.review(
            "actions.preparation",
            "lignes du Tableau 2 avant le titre d'une phase : rangées sous la première phase",
            r.where());
        openPhase(FormRegistry.PHASES.entries().get(0).key(), r, "");
      }
      return phase;
    }

    private void openSub(Source.Row r, String label, String datesText) {
      currentPhase(r);
      sub = new LinkedHashMap<>();
      sub.put("libelle", label);
      facts++;
      String path = "actions." + phaseKey + ".sous_periodes";
      if (!datesText.isEmpty()) {
        Object period = period(datesText, r, path + ".periode");
        if (period != null) sub.put("periode", period);
      }
      if (subs == null) {
        subs = new ArrayList<>();
        phase.put("sous_periodes", subs);
      }
      subs.add(draft.at(sub, r.where()));
      subFirst = true;
    }

    private String path(String key) {
      return "actions." + (phaseKey == null ? "preparation" : phaseKey) + "." + key;
    }

    private void numbering(int n, Source.Row r) {
      if (sub != null && subFirst) {
        subFirst = false;
        if (n != 1 && n == lastNumber + 1) {
          sub.put("numerotation", "suite");
          facts++;
        } else if (n != 1) {
          draft.review(
              path("sous_periodes"),
              "la sous-période commence à l'action n°"
                  + n
                  + " (n°1 ou n°"
                  + (lastNumber + 1)
                  + " attendue)",
              r.where());
        }
      } else if (n != lastNumber + 1) {
        draft.review(
            path("actions"),
            "action n°" + n + " lue où la n°" + (lastNumber + 1) + " était attendue",
            r.where());
      }
      lastNumber = n;
    }

    private void add(Map<String, Object> act, Source.Row r) {
      if (sub != null) {
        addTo(sub, act, r);
      } else addTo(currentPhase(r), act, r);
    }

    @SuppressWarnings("unchecked")
    private void addTo(Map<String, Object> scope, Map<String, Object> act, Source.Row r) {
      Object list = scope.get("actions");
      if (!(list instanceof List<?>)) {
        list = new ArrayList<>();
        scope.put("actions", list);
      }
      ((List<Object>) list).add(draft.at(act, r.where()));
    }

    /** The description, spécifique, durée and resources of an action row; empty when blank. */
    private Map<String, Object> action(String[] g, Source.Row r) {
      Map<String, Object> a = new LinkedHashMap<>();
      String desc = unbold(g[1].strip());
      String when = null;
      Matcher m = BOLD_WHEN.matcher(desc);
      if (m.matches()) {
        when = Texts.plain(m.group(1));
        desc = m.group(2);
      } else {
        Matcher p = PLAIN_WHEN.matcher(desc);
        if (p.matches() && looksLikeWhen(p.group(1))) {
          when = Texts.plain(p.group(1));
          desc = p.group(2);
        }
      }
      String title = desc;
      String description = null;
      int nl = desc.indexOf('\n');
      if (nl >= 0) {
        title = desc.substring(0, nl);
        description = desc.substring(nl + 1).strip();
      }
      title = cell(title);
      if (!title.isEmpty()) {
        a.put("intitule", title);
        facts++;
      }
      if (description != null && !description.isEmpty()) {
        a.put("description", cell(description));
        facts++;
      }
      if (when != null && !when.isEmpty()) {
        a.put("quand", when);
        facts++;
      }
      String spec = Texts.key(g[2]);
      if (!spec.isEmpty()) {
        Boolean b = yesNo(spec);
        if (b != null) {
          a.put("specifique", b);
          facts++;
        } else {
          draft.review(
              path("actions") + ".specifique",
              "« " + Texts.plain(g[2]) + " » n'est ni oui ni non",
              r.where());
        }
      }
      String duree = cell(g[3]);
      if (!duree.isEmpty()) {
        a.put("duree", duree);
        facts++;
      }
      Map<String, Object> res = resources(g, r);
      a.putAll(res);
      return a;
    }

    /** The rh and materiel columns of a row (effectifs to autre). */
    private Map<String, Object> resources(String[] g, Source.Row r) {
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, Object> rh = new LinkedHashMap<>();
      String staff = cell(g[4]);
      if (!staff.isEmpty()) {
        if (staff.matches("\\d{1,6}")) rh.put("effectifs", Integer.parseInt(staff));
        else {
          rh.put("effectifs", staff);
          if (fr.fejdoc.text.FrenchNumbers.parseCount(staff).isEmpty()) {
            draft.review(
                path("actions") + ".rh.effectifs",
                "effectifs « " + staff + " » : pas un nombre entier",
                r.where());
          }
        }
        facts++;
      }
      String etp = cell(g[5]);
      if (!etp.isEmpty()) {
        rh.put("etp", etp);
        facts++;
        if (fr.fejdoc.text.FrenchNumbers.parseEtp(etp).isEmpty()) {
          draft.review(path("actions") + ".rh.etp", "ETP « " + etp + " » illisible", r.where());
        }
      }
      String personnel = cell(g[6]);
      if (!personnel.isEmpty()) {
        rh.put("personnel", personnel);
        facts++;
      }
      if (!rh.isEmpty()) out.put("rh", rh);
      Map<String, Object> mat = new LinkedHashMap<>();
      String achats = cell(g[7]);
      if (!achats.isEmpty()) {
        mat.put("achats", achats);
        facts++;
      }
      String prest = cell(g[8]);
      if (!prest.isEmpty()) {
        mat.put("prestations", prest);
        facts++;
      }
      String autre = cell(g[9]);
      if (!autre.isEmpty()) {
        mat.put("autre", autre);
        facts++;
      }
      if (!mat.isEmpty()) out.put("materiel", mat);
      return out;
    }

    /** A phase's or sub-period's dates: {debut, fin}, or null (hint, « non renseignées »). */
    private Object period(String text, Source.Row r, String path) {
      String t = Texts.plain(text);
      String k = Texts.key(t);
      if (k.isEmpty() || k.startsWith("indiquer ici") || k.contains("non renseign")) return null;
      String[] d = dates(t);
      if (d == null) {
        draft.review(path, "dates « " + t + " » illisibles", r.where());
        return null;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("debut", d[0] == null ? null : new YamlWriter.Raw(d[0]));
      p.put("fin", d[1] == null ? null : new YamlWriter.Raw(d[1]));
      if (d[0] != null) facts++;
      if (d[1] != null) facts++;
      return draft.at(new YamlWriter.Flow(p), r.where());
    }
  }

  /** « Avril 2009 – septembre 2009 », « … – juin 2011 », « 2009 – 2010 »: ISO texts, or null. */
  static String[] dates(String text) {
    if (text.isEmpty() || text.length() > 80) return null;
    String[] parts = DATES_SPLIT.split(text.strip(), 2);
    if (parts.length != 2) {
      String one = date(text);
      return one == null ? null : new String[] {one, one};
    }
    String a = parts[0].strip();
    String b = parts[1].strip();
    String da = a.equals("…") || a.equals("...") ? null : date(a);
    String db = b.equals("…") || b.equals("...") ? null : date(b);
    if (da == null && !(a.equals("…") || a.equals("..."))) return null;
    if (db == null && !(b.equals("…") || b.equals("..."))) return null;
    if (da == null && db == null) return null;
    return new String[] {da, db};
  }

  private static String date(String s) {
    String t = s.strip().replaceFirst("^(?i)(de|du|depuis)\\s+", "");
    if (YEAR_ONLY.matcher(t).matches()) return t;
    return Dates.parse(t);
  }

  /** True when a label names a part of a phase (« Année 2009-2010 », « Phase 1 — … »). */
  private static boolean periodWords(String key) {
    return key.length() < 200 && PERIOD_WORDS.matcher(key).matches();
  }

  private static boolean looksLikeWhen(String prefix) {
    String k = Texts.key(prefix);
    if (YEAR.matcher(k).find()) return true;
    for (String w : k.split("[^a-z0-9]+"))
      if (fr.fejdoc.text.FrenchNumbers.month(w) > 0) return true;
    return false;
  }

  static Boolean yesNo(String key) {
    String k = key.replaceAll("[.!]+$", "").strip();
    if (k.equals("oui") || k.equals("o") || k.equals("x oui")) return true;
    if (k.equals("non") || k.equals("n") || k.equals("x non")) return false;
    return null;
  }

  private static boolean wholeBold(String s) {
    String t = s.strip();
    return t.startsWith("**") && t.endsWith("**") && t.length() > 4;
  }

  /** A text without a bold wrapping the whole of it (total rows are printed in bold). */
  static String unbold(String s) {
    String t = s.strip();
    if (wholeBold(t) && t.indexOf("**", 2) == t.length() - 2)
      return t.substring(2, t.length() - 2).strip();
    return t;
  }

  /** A cell's text as written: no emphasis, tags or doubled spaces; line breaks kept. */
  static String cell(String s) {
    List<String> lines = new ArrayList<>();
    for (String l : s.split("\n")) {
      String p = Texts.plain(l);
      if (!p.isEmpty()) lines.add(p);
    }
    return String.join("\n", lines);
  }
}

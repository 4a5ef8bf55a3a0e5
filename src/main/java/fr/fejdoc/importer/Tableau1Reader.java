package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchNumbers;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Tableau 1 (the beneficiaries) into the {@code beneficiaires} block of experiment.yaml: the
 * counts table (periods, planned, entered, abandons), the characteristics table (young people's
 * rubrics, adults' quality, « Autres » rows), the other information (Mission Locale, scale, city
 * policy: ticks or the choice written out) and the « Remarques » after them.
 *
 * <p>Only the holder's figures are kept: the form's total row and, for successive intakes, the
 * total column are sums fejdoc (or the form) computes; they are compared with the sum and become a
 * value to review when they differ, never a stated figure when they agree. Row labels are
 * recognised from the form registry whatever the accents, case and apostrophes; a blank or « / »
 * cell is not given, « 0 » is 0; a cell that is not a number becomes a value to review.
 */
public final class Tableau1Reader implements FormReader {
  static final String BLOCK = "tableau1";
  private static final String B = "beneficiaires.";

  private enum Mode {
    NONE,
    COUNTS,
    CHARS,
    OTHER
  }

  private static final Pattern TICK = Pattern.compile("(?i)x|✓|✔|☒|oui");
  private static final Pattern PERIOD_PREFIX =
      Pattern.compile("(?iu)^\\s*b[ée]n[ée]ficiaires\\s+entr[ée]s\\s*");

  private final Source source;
  private final Draft draft;
  private final FormPlan plan;
  // state across the tables of Tableau 1 (one table may be cut in two by a page or a blank line)
  private Mode mode = Mode.NONE;
  private int plannedCol = 1;
  private int enteredCol = 2;
  private int totalCol = -1;
  private final List<Integer> periodCols = new ArrayList<>();
  private boolean stages;
  private boolean periodsRead;
  private boolean adults;
  private String rubric;
  private String lastKey;
  private final Set<String> seenRows = new LinkedHashSet<>();
  private String question; // suivi_mission_locale, echelle, politique_de_la_ville
  private final Map<String, Map<String, List<String>>> ticks = new LinkedHashMap<>();
  private final Map<String, Source.Where> tickWhere = new LinkedHashMap<>();
  private final List<Object> youngOthers = new ArrayList<>();
  private final List<Object> adultOthers = new ArrayList<>();
  private Source.Where othersWhere;
  private Source.Where adultOthersWhere;
  private boolean includesAdults;
  private Source.Where qualityWhere; // where the adults' « Qualité » block begins
  private Source.Where includesWhere;
  private final Map<String, Integer> sums = new LinkedHashMap<>();
  private int facts;

  /** The reader as registered in {@link Importer#readers}. */
  public Tableau1Reader() {
    this(null, null);
  }

  private Tableau1Reader(Source source, Draft draft) {
    this.source = source;
    this.draft = draft;
    this.plan = draft == null ? null : FormPlan.of(draft.kind());
  }

  @Override
  public void read(Source source, Draft draft) {
    new Tableau1Reader(source, draft).run();
  }

  // ---- the blocks ----

  private void run() {
    List<Source.Block> blocks = source.blocks();
    boolean previousT1 = false;
    int lastT1 = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      Source.Block b = blocks.get(i);
      if (draft.used(b)) {
        previousT1 = false;
        continue;
      }
      if (b instanceof Source.Table t) {
        if (isT1(t, previousT1)) {
          table(t);
          previousT1 = true;
          lastT1 = i;
          captionsBefore(blocks, i);
        } else {
          previousT1 = false;
          mode = Mode.NONE;
        }
      } else if (b instanceof Source.Para p) {
        String k = Texts.key(p.text());
        if (isCaption(k)) {
          draft.use(p);
          continue;
        }
        if (lastT1 >= 0
            && i - lastT1 <= 3
            && k.startsWith("taux de realisation calcule par fejdoc")) {
          draft.use(p); // fejdoc's own computation, not a fact
          continue;
        }
        String first = Texts.key(p.text().split("\n", 2)[0]);
        if (lastT1 >= 0 && i - lastT1 <= 4 && isRemarksTitle(first)) {
          draft.use(p);
          // « Remarques » alone, or followed by its text in the same paragraph
          String[] lines = p.text().split("\n", 2);
          String rest = lines.length > 1 ? lines[1].strip() : "";
          i = remarks(blocks, i + 1, rest, p.where()) - 1;
          lastT1 = -1;
          previousT1 = false;
          continue;
        }
        if (!k.isEmpty()) previousT1 = false;
      }
    }
    finish();
    if (facts > 0) draft.count(BLOCK, facts);
  }

  /** « Tableau 1 — … », « Annexe 1 … » (the form's captions of Tableau 1). */
  private static boolean isCaption(String k) {
    if (k.length() > 250) return false;
    if (k.matches("tableau 1\\s*[-:.]?\\s*(beneficiaires|autres? information).*")) return true;
    return k.matches("annexe 1\\b.*(publics|beneficiaires).*") || k.equals("annexe 1");
  }

  private static boolean isRemarksTitle(String k) {
    return k.matches("remarques?\\s*:?");
  }

  /** « Numéro du projet : … » and « Annexe 1 » just before the first table or its caption. */
  private void captionsBefore(List<Source.Block> blocks, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (!(blocks.get(j) instanceof Source.Para p)) return;
      String k = Texts.key(p.text());
      if (k.startsWith("numero du projet") || isCaption(k)) draft.use(p);
      else if (!k.isEmpty()) return;
    }
  }

  /** The remarks: paragraphs up to the next heading, caption or table. Returns the next index. */
  private int remarks(List<Source.Block> blocks, int from, String firstText, Source.Where at) {
    List<String> paras = new ArrayList<>();
    Source.Where where = null;
    if (!firstText.isEmpty()) {
      paras.add(firstText);
      where = at;
    }
    int i = from;
    for (; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Para p) || draft.used(p)) break;
      if (p.heading() > 0) break;
      String k = Texts.key(p.text());
      if (k.startsWith("tableau ") || k.startsWith("annexe ") || k.startsWith("numero du projet")) {
        break;
      }
      if (p.text().length() <= 250 && Texts.heading(plan, p.text()) != null) break;
      if (where == null) where = p.where();
      String text = p.text().strip();
      if (p.list() == Source.ListKind.BULLET) text = "  ".repeat(p.listLevel()) + "- " + text;
      else if (p.list() == Source.ListKind.NUMBERED) {
        text = "  ".repeat(p.listLevel()) + "1. " + text;
      }
      if (!paras.isEmpty() && p.list() == Source.ListKind.NONE) paras.add("");
      paras.add(text);
      draft.use(p);
    }
    if (!paras.isEmpty()) {
      draft.put(B + "remarques", String.join("\n", paras) + "\n", where);
      facts++;
    }
    return i;
  }

  // ---- which tables ----

  /**
   * A table of Tableau 1: one of its headers or groups, or its rows continuing the previous one.
   */
  private boolean isT1(Source.Table t, boolean continuing) {
    int known = 0, filled = 0;
    for (Source.Row r : t.rows()) {
      Deadline.check();
      String label = Texts.key(r.text(0));
      String all = Texts.key(rowText(r));
      if (all.isEmpty()) continue;
      filled++;
      if (all.contains("beneficiaires prevus pour toute la duree")
          || all.contains("beneficiaires entres pendant toute la duree")
          || label.startsWith("nombre de beneficiaires directement touches")
          || label.startsWith("autre information concernant les beneficiaires")
          || label.startsWith("les jeunes beneficiaires sont-ils inscrits")
          || label.matches("\\d\\.\\s*les jeunes beneficiaires sont-ils inscrits.*")) {
        return true;
      }
      if (lineKey(label) != null
          || anyRow(label) != null
          || choiceRow(label) != null
          || rubric(label) != null
          || label.startsWith("autres")) known++;
    }
    return continuing && filled > 0 && known * 2 >= filled;
  }

  // ---- rows ----

  private void table(Source.Table t) {
    draft.use(t);
    for (Source.Row r : t.rows()) {
      Deadline.check();
      if (row(r)) draft.use(r);
      else if (!Texts.key(rowText(r)).isEmpty()) {
        draft.use(r);
        draft.leftover(r.where(), rowText(r));
      } else draft.use(r);
    }
  }

  /** Reads one row; false when it is none of Tableau 1's. */
  private boolean row(Source.Row r) {
    List<String> cells = grid(r);
    String label = Texts.key(cells.isEmpty() ? "" : cells.get(0));
    String all = Texts.key(rowText(r));
    if (all.isEmpty()) return true;
    // headers
    if (all.contains("beneficiaires prevus") || all.contains("beneficiaires entres")) {
      header(cells, r.where());
      return true;
    }
    if (label.isEmpty() && all.contains("prevision initiale")) {
      mode = Mode.OTHER;
      plannedCol = indexOf(cells, "prevision");
      enteredCol = indexOf(cells, "realisation");
      if (plannedCol < 0) plannedCol = 1;
      if (enteredCol < 0) enteredCol = 2;
      return true;
    }
    // groups
    if (label.startsWith("nombre de beneficiaires directement touches")) {
      if (label.contains("caracteristiques")) {
        if (mode != Mode.CHARS) charsMode(1, 2);
      } else if (mode != Mode.COUNTS) mode = Mode.COUNTS;
      return true;
    }
    if (label.startsWith("autre information concernant")) {
      if (mode != Mode.OTHER) otherMode();
      return true;
    }
    if (label.matches("(1\\.?\\s*)?jeunes") && mode == Mode.CHARS && blankAfter(cells, 1)) {
      adults = false;
      rubric = null;
      return true;
    }
    if (label.matches("(2\\.?\\s*)?adultes") && mode == Mode.CHARS && blankAfter(cells, 1)) {
      adults = true;
      rubric = "qualite";
      if (qualityWhere == null) qualityWhere = r.where();
      seenRows.clear();
      lastKey = null;
      return true;
    }
    String rub = rubric(label);
    if (rub != null && blankAfter(cells, 1) && mode != Mode.COUNTS && mode != Mode.OTHER) {
      if (mode != Mode.CHARS) charsMode(1, 2);
      rubric = rub;
      if (rub.equals("qualite")) {
        adults = true;
        if (qualityWhere == null) qualityWhere = r.where();
      }
      seenRows.clear();
      lastKey = null;
      return true;
    }
    String q = question(label);
    if (q != null) {
      if (mode != Mode.OTHER) otherMode();
      question = q.isEmpty() ? question : q;
      return true;
    }
    // data rows
    String line = lineKey(label);
    if (line == null && mode == Mode.COUNTS) line = looseLineKey(label);
    if (line != null && mode != Mode.CHARS && mode != Mode.OTHER) {
      if (mode != Mode.COUNTS) mode = Mode.COUNTS;
      countsRow(line, cells, r.where());
      return true;
    }
    if (label.startsWith("nombre de jeunes inscrits et suivis par la ml")
        || label.startsWith("nombre de jeunes suivis par la ml")) {
      mlCounts(cells, r.where());
      return true;
    }
    String[] choice = choiceRow(label);
    if (choice != null && (mode == Mode.OTHER || mode == Mode.NONE || mode == Mode.CHARS)) {
      if (mode != Mode.OTHER) otherMode();
      choiceRow(choice, cells, r.where());
      return true;
    }
    if (mode == Mode.CHARS || mode == Mode.NONE) {
      if (label.startsWith("autre")) {
        otherRow(cells.get(0), cells, r.where());
        return true;
      }
      String key = rowKey(label);
      if (key != null) {
        if (mode != Mode.CHARS) charsMode(1, 2);
        characteristic(key, cells, r.where());
        return true;
      }
    }
    return false;
  }

  private void charsMode(int planned, int entered) {
    mode = Mode.CHARS;
    plannedCol = planned;
    enteredCol = entered;
    adults = false;
    rubric = null;
  }

  private void otherMode() {
    mode = Mode.OTHER;
    plannedCol = 1;
    enteredCol = 2;
  }

  /** A header row: which column holds what (periods from the counts table's header). */
  private void header(List<String> cells, Source.Where where) {
    int planned = -1, total = -1;
    List<Integer> periods = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int enMarks = 0, colonMarks = 0;
    for (int c = 1; c < cells.size(); c++) {
      String k = Texts.key(cells.get(c));
      if (k.contains("beneficiaires prevus") || k.equals("prevus")) planned = c;
      else if (k.contains("pendant toute la duree") || k.equals("total")) total = c;
      else if (k.contains("beneficiaires entres") || !k.isEmpty()) {
        String p = Texts.plain(cells.get(c));
        p = PERIOD_PREFIX.matcher(p).replaceFirst("");
        if (p.startsWith(":")) {
          colonMarks++;
          p = p.substring(1).strip();
        } else if (p.matches("(?i)^en\\s.*")) {
          enMarks++;
          p = p.substring(2).strip();
        } else {
          p =
              p.replaceFirst(
                  "(?i)^(au cours de |pendant |lors de |à |a )?(l['’]|la |le |les )", "");
        }
        p = p.strip();
        if (p.isEmpty()) continue;
        p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
        periods.add(c);
        names.add(p);
      }
    }
    if (periods.isEmpty()) {
      // the characteristics' header: prévus, entrés
      charsMode(planned < 0 ? 1 : planned, total < 0 ? 2 : total);
      return;
    }
    mode = Mode.COUNTS;
    plannedCol = planned < 0 ? 1 : planned;
    totalCol = total;
    periodCols.clear();
    periodCols.addAll(periods);
    if (enMarks > 0) stages = true;
    else if (colonMarks > 0) stages = false;
    else stages = Texts.key(names.get(0)).matches("(phase|etape)\\b.*");
    if (periodsRead) return;
    periodsRead = true;
    List<Object> values = new ArrayList<>(names);
    draft.put(
        B + "periodes",
        stages
            ? YamlWriter.map("phases", new YamlWriter.Flow(values))
            : new YamlWriter.Flow(values),
        where);
    facts += names.size();
  }

  /** A row of the counts table: Jeunes, Adultes, the total row, the abandons. */
  private void countsRow(String line, List<String> cells, Source.Where where) {
    if (periodCols.isEmpty()) {
      // no header read: label, prévus, periods…, total
      int n = Math.max(0, cells.size() - 3);
      for (int c = 2; c < 2 + n; c++) periodCols.add(c);
      totalCol = cells.size() - 1;
      plannedCol = 1;
    }
    List<Object> perPeriod = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    boolean any = false;
    String field = line.equals("abandons") ? "abandons" : "entres." + line;
    for (int c : periodCols) {
      Integer v = count(cell(cells, c), B + field, where);
      perPeriod.add(v);
      values.add(v);
      if (v != null) any = true;
    }
    String plannedText = cell(cells, plannedCol);
    Integer sum = null;
    for (Integer v : values) if (v != null) sum = (sum == null ? 0 : sum) + v;
    String totalText = totalCol < 0 ? "" : cell(cells, totalCol);
    List<Integer> read = new ArrayList<>(periodCols);
    read.add(plannedCol);
    read.add(totalCol);
    extra(cells, read, B + field, where);
    switch (line) {
      case "jeunes", "adultes" -> {
        Object p = planned(plannedText, B + "prevus." + line, where);
        if (p != null) {
          draft.put(B + "prevus." + line, p, where);
          facts++;
        }
        if (any) {
          draft.put(B + field, new YamlWriter.Flow(perPeriod), where);
          for (Integer v : values) if (v != null) facts++;
        }
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i) != null) sums.merge("p" + i, values.get(i), Integer::sum);
        }
        if (p != null) plannedSum(p);
        statedTotal(line, totalText, sum, values, where);
      }
      case "abandons" -> {
        if (any) {
          draft.put(B + "abandons", new YamlWriter.Flow(perPeriod), where);
          for (Integer v : values) if (v != null) facts++;
        }
        statedTotal("abandons", totalText, sum, values, where);
      }
      case "total" -> totalRow(plannedText, values, totalText, where);
      default -> {}
    }
  }

  private long plannedMin, plannedMax;
  private int plannedParts;

  private void plannedSum(Object p) {
    Optional<FrenchNumbers.Range> r = FrenchNumbers.parseRange(String.valueOf(p));
    if (r.isEmpty()) return;
    plannedMin += r.get().min();
    plannedMax = Math.min(Integer.MAX_VALUE, plannedMax + r.get().max());
    plannedParts++;
  }

  /**
   * The total column of a row: the holder's figure for stages of one cohort; for successive intakes
   * the sum of the periods, kept only when it differs from that sum (then to review).
   */
  private void statedTotal(
      String line, String text, Integer sum, List<Integer> values, Source.Where where) {
    String path = B + "total_entres." + line;
    Integer total = count(text, path, where);
    if (total == null) return;
    if (!line.equals("abandons")) sums.merge("t", total, Integer::sum);
    boolean intakes = !stages || values.size() <= 1;
    if (intakes && sum != null && sum.equals(total)) return; // the form's own sum
    if (intakes) {
      draft.review(
          path,
          "total écrit " + total + " ; la somme des périodes fait " + (sum == null ? 0 : sum),
          where);
    }
    draft.put(path, total, where);
    facts++;
  }

  /**
   * The total row: the planned total as printed; the entered totals are sums of the lines above
   * (the form's), kept only when the holder's differ.
   */
  private void totalRow(
      String plannedText, List<Integer> values, String totalText, Source.Where where) {
    if (!plannedText.isBlank() && !notGiven(plannedText)) {
      // the planned total is kept as printed, even when it equals jeunes + adultes: in a real
      // note the holder typed it (from the application), and check compares it with the sum
      {
        Object p = planned(plannedText, B + "prevus.total", where);
        if (p != null) {
          draft.put(B + "prevus.total", p, where);
          facts++;
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      Integer v = values.get(i);
      Integer s = sums.get("p" + i);
      if (v != null && s != null && !v.equals(s)) {
        draft.review(
            B + "entres",
            "ligne « Nombre total de bénéficiaires », période "
                + (i + 1)
                + " : "
                + v
                + " écrit, jeunes + adultes font "
                + s,
            where);
      }
    }
    Integer total = count(totalText, B + "total_entres", where);
    Integer s = sums.get("t");
    if (total != null && s != null && !total.equals(s)) {
      draft.review(
          B + "total_entres",
          "ligne « Nombre total de bénéficiaires » : "
              + total
              + " écrit, jeunes + adultes font "
              + s,
          where);
    }
  }

  /** A characteristics row of the form (its key in the current rubric). */
  private void characteristic(String key, List<String> cells, Source.Where where) {
    String at = rubric;
    if (at == null
        || FormRegistry.rows(at) == null
        || !FormRegistry.rows(at).keys().contains(key)) {
      at = rubricOf(key);
    }
    if (at == null) return;
    if (!at.equals(rubric)) {
      rubric = at;
      seenRows.clear();
      lastKey = null;
    }
    if (at.equals("qualite")) adults = true;
    ClosedList list = FormRegistry.rows(at);
    String k = key;
    if (seenRows.contains(key)) {
      // a label printed twice (« Niveau III » for « Niveau II »): the row at that place
      int next = lastKey == null ? 0 : list.keys().indexOf(lastKey) + 1;
      if (next > 0 && next < list.keys().size() && !seenRows.contains(list.keys().get(next))) {
        k = list.keys().get(next);
        draft.review(
            path(at, k),
            "libellé « "
                + list.label(key)
                + " » imprimé deux fois ; la seconde ligne est lue comme « "
                + list.label(k)
                + " » d'après sa place",
            where);
      } else {
        draft.review(
            path(at, key),
            "ligne « " + list.label(key) + " » en double : " + cellsText(cells),
            where);
        return;
      }
    }
    seenRows.add(k);
    lastKey = k;
    extra(cells, List.of(plannedCol, enteredCol), path(at, k), where);
    Object p = planned(cell(cells, plannedCol), path(at, k) + ".prevu", where);
    Integer e = count(cell(cells, enteredCol), path(at, k) + ".entre", where);
    if (p == null && e == null) return;
    Map<String, Object> row = new LinkedHashMap<>();
    if (p != null) row.put("prevu", p);
    if (e != null) row.put("entre", e);
    draft.put(path(at, k), new YamlWriter.Flow(row), where);
    facts += row.size();
  }

  private static String path(String rubric, String key) {
    return B + (rubric.equals("qualite") ? "adultes." : "jeunes.") + rubric + "." + key;
  }

  /** An « Autres (préciser) » row: its label as the holder wrote it, unless it is the form's. */
  private void otherRow(String text, List<String> cells, Source.Where where) {
    String plain = Texts.plain(text);
    String k = Texts.key(text);
    String labelText;
    boolean placeholder = k.replaceAll("[^a-z]", "").matches("autres?(preciser)?");
    if (placeholder) labelText = null;
    else if (k.matches("autres?\\s*:.*") || k.matches("autres?\\s*-.*")) {
      labelText = plain.replaceFirst("^[^:\\-–—]*[:\\-–—]\\s*", "").strip();
      if (Texts.key(labelText).matches("\\(?preciser\\)?")) labelText = null;
    } else labelText = plain;
    boolean young = !adults && !"qualite".equals(rubric);
    String listPath = B + (young ? "jeunes" : "adultes") + ".autres";
    Object p = planned(cell(cells, plannedCol), listPath, where);
    Integer e = count(cell(cells, enteredCol), listPath, where);
    if (p == null && e == null) return;
    if (labelText == null) {
      boolean zero = (p == null || "0".equals(String.valueOf(p))) && (e == null || e == 0);
      if (zero) return; // the form's blank row, filled with 0
      labelText = plain;
      draft.review(listPath, "ligne « Autres » sans libellé : " + cellsText(cells), where);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    if (young) row.put("rubrique", rubric == null ? "situation" : rubric);
    row.put("libelle", labelText);
    if (p != null) row.put("prevu", p);
    if (e != null) row.put("entre", e);
    facts += row.size() - (young ? 1 : 0);
    if (young) {
      youngOthers.add(draft.at(new YamlWriter.Flow(row), where));
      if (othersWhere == null) othersWhere = where;
      if (Texts.key(labelText).matches(".*\\badultes?\\b.*")) {
        includesAdults = true;
        includesWhere = where;
      }
    } else {
      adultOthers.add(draft.at(new YamlWriter.Flow(row), where));
      if (adultOthersWhere == null) adultOthersWhere = where;
    }
  }

  // ---- other information ----

  /** The Mission Locale's counts row (as real notes give them). */
  private void mlCounts(List<String> cells, Source.Where where) {
    String path = B + "suivi_mission_locale.";
    Object p = planned(cell(cells, plannedCol), path + "nombre_prevu", where);
    Integer d = count(cell(cells, enteredCol), path + "nombre_realise", where);
    if (p != null) {
      draft.put(path + "nombre_prevu", p, where);
      facts++;
    }
    if (d != null) {
      draft.put(path + "nombre_realise", d, where);
      facts++;
    }
  }

  /** A choice's row: its ticks, or the choices written out in its cells. */
  private void choiceRow(String[] choice, List<String> cells, Source.Where where) {
    String list = choice[0];
    question = list;
    tick(list, "prevu", choice[1], cell(cells, plannedCol), where);
    tick(list, "realise", choice[1], cell(cells, enteredCol), where);
  }

  private void tick(String list, String side, String key, String cell, Source.Where where) {
    String t = Texts.plain(cell).strip();
    if (t.isEmpty() || notGiven(t)) return;
    List<String> chosen = new ArrayList<>();
    if (TICK.matcher(t).matches()) chosen.add(key);
    else {
      // the choice written out (« Départementale », « Départementale Régionale* »)
      String k = Texts.key(t);
      for (Entry e : registry(list).entries()) {
        if (k.contains(Texts.key(e.label()))) chosen.add(e.key());
        else if (e.shortLabel() != null) {
          String s = Pattern.quote(Texts.key(e.shortLabel()));
          if (Pattern.compile("(?<![\\p{L}-])" + s + "(?![\\p{L}-])").matcher(k).find()) {
            chosen.add(e.key());
          }
        }
      }
      if (chosen.isEmpty()) {
        draft.review(
            B + list + "." + side,
            "case « " + t + " » : ni une croix ni un choix du formulaire",
            where);
        return;
      }
    }
    List<String> all =
        ticks
            .computeIfAbsent(list, x -> new LinkedHashMap<>())
            .computeIfAbsent(side, x -> new ArrayList<>());
    for (String c : chosen) if (!all.contains(c)) all.add(c);
    tickWhere.putIfAbsent(list + "." + side, where);
  }

  // ---- the end ----

  private void finish() {
    for (Map.Entry<String, Map<String, List<String>>> q : ticks.entrySet()) {
      for (Map.Entry<String, List<String>> s : q.getValue().entrySet()) {
        String path = B + q.getKey() + "." + s.getKey();
        Source.Where where = tickWhere.get(q.getKey() + "." + s.getKey());
        List<String> chosen = s.getValue();
        if (q.getKey().equals("echelle")) {
          draft.put(path, new YamlWriter.Flow(new ArrayList<Object>(chosen)), where);
          facts += chosen.size();
        } else {
          if (chosen.size() > 1) {
            draft.review(
                path,
                "plusieurs cases cochées pour un seul choix : "
                    + String.join(", ", chosen)
                    + " ; la première est gardée",
                where);
          }
          draft.put(path, chosen.get(0), where);
          facts++;
        }
      }
    }
    if (includesAdults) draft.put(B + "jeunes.inclut_adultes", true, includesWhere);
    if (!youngOthers.isEmpty()) draft.put(B + "jeunes.autres", youngOthers, null);
    if (!adultOthers.isEmpty()) draft.put(B + "adultes.autres", adultOthers, null);
    if (qualityWhere != null && draft.get(B + "adultes") == null) {
      // the form's « Qualité » block, printed and left empty: part of the form, kept as given
      draft.put(B + "adultes.qualite", new YamlWriter.Flow(YamlWriter.map()), qualityWhere);
    }
  }

  // ---- cells ----

  /** A planned figure: an Integer, a range or cap as written, or null (blank, « / »). */
  private Object planned(String cell, String path, Source.Where where) {
    String t = Texts.plain(cell).strip();
    if (t.isEmpty() || notGiven(t)) return null;
    Optional<Integer> n = FrenchNumbers.parseCount(t);
    if (n.isPresent() && n.get() >= 0) return n.get();
    if (FrenchNumbers.parseRange(t).isPresent()) return t;
    draft.review(path, "case « " + t + " » : ni un nombre ni une fourchette", where);
    return null;
  }

  /** A count: an Integer, or null (blank, « / »); anything else is a value to review. */
  private Integer count(String cell, String path, Source.Where where) {
    String t = Texts.plain(cell).strip();
    if (t.isEmpty() || notGiven(t)) return null;
    Optional<Integer> n = FrenchNumbers.parseCount(t);
    if (n.isPresent() && n.get() >= 0) return n.get();
    draft.review(path, "case « " + t + " » : pas un nombre entier", where);
    return null;
  }

  private static boolean notGiven(String t) {
    return t.matches("[/\\-–—_.]+|(?i)n\\.?\\s*[cr]\\.?|(?i)sans objet|(?i)nc");
  }

  /** The row's cells on the grid (a cell spanning n columns is followed by n - 1 blanks). */
  private static List<String> grid(Source.Row r) {
    List<String> out = new ArrayList<>();
    for (Source.Cell c : r.cells()) {
      out.add(c.text());
      for (int i = 1; i < Math.min(c.colspan(), 64); i++) out.add("");
    }
    return out;
  }

  /** Cells outside the columns read (a row longer than its header): values to review. */
  private void extra(List<String> cells, List<Integer> read, String path, Source.Where where) {
    for (int c = 1; c < cells.size(); c++) {
      if (read.contains(c) || Texts.plain(cells.get(c)).isBlank()) continue;
      draft.review(
          path,
          "case « "
              + Texts.plain(cells.get(c))
              + " » hors des colonnes du tableau (colonne "
              + (c + 1)
              + ")",
          where);
    }
  }

  private static String cell(List<String> cells, int i) {
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }

  private static boolean blankAfter(List<String> cells, int from) {
    for (int i = from; i < cells.size(); i++) if (!Texts.key(cells.get(i)).isEmpty()) return false;
    return true;
  }

  private static int indexOf(List<String> cells, String word) {
    for (int i = 1; i < cells.size(); i++) if (Texts.key(cells.get(i)).contains(word)) return i;
    return -1;
  }

  private static String rowText(Source.Row r) {
    StringBuilder sb = new StringBuilder();
    for (Source.Cell c : r.cells()) {
      if (c.text().isBlank()) continue;
      if (sb.length() > 0) sb.append(" | ");
      sb.append(c.text());
    }
    return sb.toString();
  }

  private static String cellsText(List<String> cells) {
    List<String> t = new ArrayList<>();
    for (String c : cells) t.add(Texts.plain(c));
    return String.join(" | ", t);
  }

  // ---- the form's labels ----

  private static String bare(String key) {
    return key.replaceAll("^\\d+\\s*[.)]\\s*", "")
        .replaceAll("[\\s:?*]+$", "")
        .replace("\"", "")
        .replace("« ", "")
        .replace(" »", "")
        .strip();
  }

  /** The key of a counts line (jeunes, adultes, total, abandons), or null. */
  private static String lineKey(String label) {
    String b = bare(label);
    for (Entry e : FormRegistry.BENEFICIARY_LINES.entries()) {
      if (b.equals(Texts.key(e.label()))) return e.key();
    }
    if (b.startsWith("nombre d'abandons")) return "abandons";
    if (b.startsWith("nombre total de beneficiaires")) return "total";
    return null;
  }

  /** In the counts table, « Jeunes (16-25 ans) », « Adultes (tuteurs) » and the like. */
  private static String looseLineKey(String label) {
    String b = bare(label);
    if (b.matches("jeunes\\b.*")) return "jeunes";
    if (b.matches("adultes\\b.*")) return "adultes";
    if (b.matches("(nombre )?total\\b.*")) return "total";
    if (b.matches("(nombre d')?abandons?\\b.*")) return "abandons";
    return null;
  }

  /** The rubric a group row names (Âge, Situation, Niveau de formation, Sexe, Qualité), or null. */
  private static String rubric(String label) {
    String b = bare(label);
    if (b.isEmpty()) return null;
    for (Entry e : FormRegistry.RUBRICS.entries()) {
      if (b.equals(Texts.key(e.label()))) return e.key();
      if (b.equals(Texts.key(e.name().fr()))) return e.key();
    }
    if (b.equals("qualite des adultes")) return "qualite";
    return null;
  }

  /** The key of a characteristics row in any rubric, or null. */
  private static String anyRow(String label) {
    return rowKey(label);
  }

  private static String rowKey(String label) {
    String b = bare(label);
    if (b.isEmpty()) return null;
    for (String rub : FormRegistry.RUBRICS.keys()) {
      ClosedList list = FormRegistry.rows(rub);
      for (Entry e : list.entries()) if (b.equals(Texts.key(e.label()))) return e.key();
    }
    return null;
  }

  private static String rubricOf(String key) {
    for (String rub : FormRegistry.RUBRICS.keys()) {
      if (FormRegistry.rows(rub).keys().contains(key)) return rub;
    }
    return null;
  }

  /** The question a group row asks in the other information ("" for the scale's title), or null. */
  private static String question(String label) {
    String b = bare(label);
    if (b.contains("inscrits et suivis par la mission locale")) return "suivi_mission_locale";
    if (b.contains("est-elle a l'echelle")) return "echelle";
    if (b.startsWith("echelle et territoire")) return "";
    if (b.contains("quartiers politique de la ville") && b.contains("inclut-il")) {
      return "politique_de_la_ville";
    }
    return null;
  }

  private static ClosedList registry(String list) {
    return switch (list) {
      case "suivi_mission_locale" -> FormRegistry.MISSION_LOCALE;
      case "echelle" -> FormRegistry.SCALE;
      default -> FormRegistry.CITY_POLICY;
    };
  }

  /** [list, key] of a choice's row of the other information, or null. */
  private static String[] choiceRow(String label) {
    String b = bare(label);
    if (b.isEmpty()) return null;
    for (String list : List.of("suivi_mission_locale", "echelle", "politique_de_la_ville")) {
      for (Entry e : registry(list).entries()) {
        String l = bare(Texts.key(e.label()));
        if (b.equals(l)) return new String[] {list, e.key()};
        if (e.shortLabel() != null && b.equals(Texts.key(e.shortLabel()))) {
          return new String[] {list, e.key()};
        }
      }
    }
    return null;
  }
}

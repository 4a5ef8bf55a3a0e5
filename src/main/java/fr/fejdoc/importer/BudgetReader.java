package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the « bilan d'exécution financière » into {@code budget}: each account of the form
 * (recognised from the form registry's accounts) with its planned and realised amounts as written,
 * its detail lines (under account 74, the subsidy funder the line's label starts with), the stated
 * totals, and the « Commentaires et explications sur les écarts » under the bilan (the bilan's own,
 * an account's or a detail line's, as fejdoc prints them under their row's label).
 *
 * <p>The bilan is one table per side (« CHARGES | PRÉVU | RÉALISÉ », fejdoc's side-by-side layout)
 * or one table holding both sides (« CHARGES | PRÉVU | RÉALISÉ | PRODUITS | PRÉVU | RÉALISÉ », as
 * real notes often have it). A total that does not add up is kept as written (check reports it); an
 * amount that cannot be read is a value to review.
 */
public final class BudgetReader implements FormReader {
  static final String BLOCK = "bilan";
  private static final Pattern NUMBER = Pattern.compile("^(\\d{2})(?!\\d)\\s*[-–—:.]?\\s*(.*)$");
  private static final Pattern LABEL = Pattern.compile("^\\*\\*(.+?)\\s*:?\\s*\\*\\*\\s*:?$");

  /** One side of a bilan table: its column of labels and its amount columns. */
  private record Side(String name, ClosedList accounts, int label, int planned, int actual) {}

  /** An account as read: its number, where, its map in the draft, its detail lines. */
  private static final class Read {
    final String side;
    final String number;
    final Map<String, Object> map = new LinkedHashMap<>();
    final List<Map<String, Object>> lines = new ArrayList<>();
    final List<String> printedLines = new ArrayList<>();

    Read(String side, String number) {
      this.side = side;
      this.number = number;
    }
  }

  @Override
  public void read(Source source, Draft draft) {
    Map<String, Read> accounts = new LinkedHashMap<>();
    Map<String, Map<String, Object>> totals = new LinkedHashMap<>();
    int facts = 0;
    int lastTable = -1;
    List<Source.Block> blocks = source.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Table t) || draft.used(t)) continue;
      if (layout(t)) {
        // fejdoc's side-by-side frame: one row, « Charges | Produits », the tables inside it
        if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Source.Table next && bilan(next))
          draft.use(t);
        continue;
      }
      if (!bilan(t)) continue;
      draft.use(t);
      sideCaptions(blocks, i, draft);
      lastTable = i;
      facts += table(t, draft, accounts, totals);
      title(blocks, i, draft);
    }
    if (lastTable < 0) return;
    for (Read a : accounts.values()) {
      Deadline.check();
      if (!a.lines.isEmpty()) a.map.put("detail", a.lines);
      String path = "budget." + a.side + "." + a.number;
      for (Map.Entry<String, Object> e : a.map.entrySet()) {
        draft.put(path + "." + e.getKey(), e.getValue(), null);
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : totals.entrySet()) {
      for (Map.Entry<String, Object> v : e.getValue().entrySet()) {
        draft.put("budget." + e.getKey() + ".total." + v.getKey(), v.getValue(), null);
      }
    }
    facts += comments(blocks, lastTable + 1, draft, accounts);
    draft.count(BLOCK, facts);
  }

  /** A one-row table whose cells are the bilan's sides alone (« Charges | Produits »). */
  private static boolean layout(Source.Table t) {
    if (t.rows().size() != 1 || t.rows().get(0).cells().size() < 2) return false;
    for (Source.Cell c : t.rows().get(0).cells()) {
      // the caption, then (when a source reader puts it there) the nested table's text
      String k = Texts.key(c.text().split("\n", 2)[0]);
      if (!k.equals(sideName(FormRegistry.CHARGE_ACCOUNTS))
          && !k.equals(sideName(FormRegistry.PRODUCT_ACCOUNTS))) return false;
    }
    return true;
  }

  /**
   * The captions « Charges » and « Produits » right above a bilan table, as paragraphs: fejdoc's
   * side-by-side frame when a PDF does not draw it as a table.
   */
  private static void sideCaptions(List<Source.Block> blocks, int table, Draft draft) {
    for (int j = table - 1; j >= 0 && j >= table - 2; j--) {
      if (!(blocks.get(j) instanceof Source.Para p) || draft.used(p)) return;
      String k = Texts.key(p.text());
      if (!k.equals(sideName(FormRegistry.CHARGE_ACCOUNTS))
          && !k.equals(sideName(FormRegistry.PRODUCT_ACCOUNTS))) return;
      draft.use(p);
    }
  }

  private static String sideName(ClosedList accounts) {
    return Texts.key(accounts.name());
  }

  /** Whether the table's first rows name a side and its planned/realised columns. */
  private static boolean bilan(Source.Table t) {
    return !sides(t).isEmpty();
  }

  /** The sides of the header row (the first of the first three rows naming one), or none. */
  private static List<Side> sides(Source.Table t) {
    int end = headerEnd(t);
    if (end < 0) return List.of();
    List<Side> out = sides(t.rows().get(end));
    return out.isEmpty() ? sides(merged(t.rows().get(end - 1), t.rows().get(end))) : out;
  }

  /**
   * The index of the header's last row: the first of the first three rows naming a side with its
   * columns, or the second of two rows merged over (« CHARGES | Montants en euros | » above « |
   * Prévu | Réalisé »); -1 when none.
   */
  private static int headerEnd(Source.Table t) {
    for (int r = 0; r < Math.min(3, t.rows().size()); r++) {
      if (!sides(t.rows().get(r)).isEmpty()) return r;
      if (r + 1 < t.rows().size() && !sides(merged(t.rows().get(r), t.rows().get(r + 1))).isEmpty())
        return r + 1;
    }
    return -1;
  }

  /** Two header rows as one: the side names of {@code top}, the other cells of {@code below}. */
  private static Source.Row merged(Source.Row top, Source.Row below) {
    List<String> up = grid(top);
    List<String> down = grid(below);
    List<Source.Cell> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(up.size(), down.size()); i++) {
      String k = i < up.size() ? Texts.key(up.get(i)) : "";
      boolean side =
          k.equals(sideName(FormRegistry.CHARGE_ACCOUNTS))
              || k.equals(sideName(FormRegistry.PRODUCT_ACCOUNTS));
      cells.add(new Source.Cell(side ? up.get(i) : i < down.size() ? down.get(i) : ""));
    }
    return new Source.Row(below.where(), cells);
  }

  /** A row's texts by grid column (a cell spanning two columns, then ""). */
  private static List<String> grid(Source.Row row) {
    List<String> out = new ArrayList<>();
    for (Source.Cell c : row.cells()) {
      out.add(c.text());
      for (int i = 1; i < Math.min(c.colspan(), 20); i++) out.add("");
    }
    return out;
  }

  /** A row of header texts alone: a side's name, « Prévu », « Réalisé », « Montants… ». */
  private static boolean headerLike(Source.Row row) {
    boolean any = false;
    for (Source.Cell c : row.cells()) {
      String k = Texts.key(c.text());
      if (k.isEmpty()) continue;
      any = true;
      if (!k.equals(sideName(FormRegistry.CHARGE_ACCOUNTS))
          && !k.equals(sideName(FormRegistry.PRODUCT_ACCOUNTS))
          && !k.startsWith(Texts.key(FormRegistry.SIDES.label("prevu")))
          && !k.startsWith(Texts.key(FormRegistry.SIDES.label("realise")))
          && !k.startsWith("montant")) return false;
    }
    return any;
  }

  private static List<Side> sides(Source.Row row) {
    List<Side> out = new ArrayList<>();
    List<Source.Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      String k = Texts.key(cells.get(i).text());
      ClosedList list = null;
      if (k.equals(sideName(FormRegistry.CHARGE_ACCOUNTS))) list = FormRegistry.CHARGE_ACCOUNTS;
      if (k.equals(sideName(FormRegistry.PRODUCT_ACCOUNTS))) list = FormRegistry.PRODUCT_ACCOUNTS;
      if (list == null) continue;
      int planned = -1;
      int actual = -1;
      for (int j = i + 1; j < cells.size() && j <= i + 3; j++) {
        String c = Texts.key(cells.get(j).text());
        // a blank header cell before « Prévu »: the label spans two columns (« 64 | Charges… »)
        if (c.isEmpty() && planned < 0 && actual < 0) continue;
        if (c.startsWith(Texts.key(FormRegistry.SIDES.label("prevu"))) && planned < 0) planned = j;
        else if (c.startsWith(Texts.key(FormRegistry.SIDES.label("realise"))) && actual < 0)
          actual = j;
        else break;
      }
      if (planned < 0 && actual < 0) continue;
      out.add(new Side(list.name(), list, i, planned, actual));
    }
    return out;
  }

  /** Reads the rows of one bilan table; the number of facts. */
  private static int table(
      Source.Table t,
      Draft draft,
      Map<String, Read> accounts,
      Map<String, Map<String, Object>> totals) {
    List<Side> sides = sides(t);
    int facts = 0;
    int headerEnd = headerEnd(t);
    Read[] current = new Read[sides.size()];
    for (int r = 0; r < t.rows().size(); r++) {
      Source.Row row = t.rows().get(r);
      Deadline.check();
      draft.use(row);
      if (r <= headerEnd) continue;
      if (headerLike(row)) {
        // the header repeated (a table continued over a page), or the second side's own header
        // when the halves come one after the other in one table (« PRODUITS | PRÉVU | RÉALISÉ »)
        List<Side> again = sides(row);
        if (!again.isEmpty()
            && !again.stream()
                .map(Side::name)
                .toList()
                .equals(sides.stream().map(Side::name).toList())) {
          sides = again;
          current = new Read[sides.size()];
        }
        continue;
      }
      for (int s = 0; s < sides.size(); s++) {
        Side side = sides.get(s);
        String label = label(row, side);
        String planned = cell(row, side.planned());
        String actual = cell(row, side.actual());
        if (label.isEmpty() && planned.isEmpty() && actual.isEmpty()) continue;
        String k = Texts.key(label);
        if (k.startsWith("total")) {
          Map<String, Object> total =
              totals.computeIfAbsent(side.name(), x -> new LinkedHashMap<>());
          facts += amount(draft, total, "prevu", planned, row, side.name() + ".total.prevu");
          facts += amount(draft, total, "realise", actual, row, side.name() + ".total.realise");
          current[s] = null;
          continue;
        }
        String number = account(side.accounts(), label);
        if (number != null) {
          Read a = accounts.get(side.name() + "." + number);
          if (a == null) {
            a = new Read(side.name(), number);
            accounts.put(side.name() + "." + number, a);
          }
          current[s] = a;
          String path = "budget." + side.name() + "." + number;
          facts += amount(draft, a.map, "prevu", planned, row, path + ".prevu");
          facts += amount(draft, a.map, "realise", actual, row, path + ".realise");
          continue;
        }
        if (current[s] == null) {
          draft.leftover(row.where(), "bilan : ligne hors compte « " + label + " »");
          continue;
        }
        Read a = current[s];
        Map<String, Object> line = new LinkedHashMap<>();
        String funder = null;
        String libelle = label;
        if (a.number.equals("74")) {
          String[] f = funder(label);
          if (f != null) {
            funder = f[0];
            libelle = f[1];
          }
        }
        String path = "budget." + side.name() + "." + a.number + ".detail";
        line.put("libelle", draft.at(libelle, row.where()));
        if (funder != null) {
          line.put("financeur", draft.at(funder, row.where()));
          facts++;
        }
        facts += amount(draft, line, "prevu", planned, row, path);
        facts += amount(draft, line, "realise", actual, row, path);
        facts++;
        a.lines.add(line);
        a.printedLines.add(label);
      }
    }
    return facts;
  }

  /** A row's label: its cells from the side's label column up to its first amount column. */
  private static String label(Source.Row row, Side side) {
    int end = side.planned() >= 0 ? side.planned() : side.actual();
    StringBuilder b = new StringBuilder();
    for (int i = side.label(); i < Math.max(end, side.label() + 1); i++) {
      String t = Texts.plain(row.text(i)).strip();
      if (t.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(t);
    }
    return b.toString();
  }

  private static String cell(Source.Row row, int i) {
    return i < 0 ? "" : Texts.plain(row.text(i)).strip();
  }

  /**
   * Puts the amount {@code text} under {@code key} of {@code into} as written when the loader reads
   * it; an unreadable amount is a value to review. 1 when a fact was read.
   */
  private static int amount(
      Draft draft, Map<String, Object> into, String key, String text, Source.Row row, String path) {
    if (text.isEmpty() || text.equals("-") || text.equals("–")) return 0;
    Optional<BigDecimal> v = FrenchNumbers.parseMoney(text);
    if (v.isEmpty() || v.get().signum() < 0) {
      draft.review(path, "montant illisible : « " + text + " »", row.where());
      return 0;
    }
    into.put(key, draft.at(text, row.where()));
    return 1;
  }

  /** The account number a row's label names (« 64 – Charges de personnel »), or null. */
  static String account(ClosedList accounts, String label) {
    String k = Texts.key(label);
    for (Entry e : accounts.entries()) {
      if (k.equals(Texts.key(e.label())) || k.equals(Texts.key(e.shortLabel()))) return e.key();
    }
    Matcher m = NUMBER.matcher(Texts.plain(label));
    if (m.matches() && accounts.keys().contains(m.group(1))) {
      String rest = Texts.key(m.group(2));
      String name = Texts.key(accounts.label(m.group(1)));
      name = name.substring(Math.min(name.length(), 2)).replaceFirst("^[\\s\\-–:.]+", "");
      // « 64 – Charges de personnel », « 64 Personnel » : the number and a word of the form's name
      if (rest.isEmpty()) return m.group(1);
      for (String w : rest.split("[^a-z0-9']+")) {
        if (w.length() >= 4 && name.contains(w.substring(0, 4))) return m.group(1);
      }
    }
    return null;
  }

  /**
   * The subsidy funder a line of account 74 starts with, and the line's own label: « Région(s) —
   * Région Bretagne » gives region and « Région Bretagne »; « État : FEJ » gives fej and itself.
   */
  static String[] funder(String label) {
    for (Entry e : FormRegistry.SUBSIDY_FUNDERS.entries()) {
      String f = e.label();
      for (String sep : List.of(" — ", " – ", " - ")) {
        if (label.startsWith(f + sep) && label.length() > f.length() + sep.length()) {
          return new String[] {e.key(), label.substring(f.length() + sep.length()).strip()};
        }
      }
    }
    String k = loose(label);
    for (Entry e : FormRegistry.SUBSIDY_FUNDERS.entries()) {
      String f = loose(e.label());
      if (!f.isEmpty() && (k.equals(f) || k.startsWith(f + " "))) {
        return new String[] {e.key(), label};
      }
    }
    return null;
  }

  /** Lower case, no accents, no punctuation, « (s) » dropped: how form labels are compared. */
  static String loose(String s) {
    String k = Texts.key(s).replace("(s)", "");
    return k.replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** Marks the bilan's title just before its table (« BILAN D'EXÉCUTION FINANCIÈRE »). */
  private static void title(List<Source.Block> blocks, int table, Draft draft) {
    for (int j = table - 1; j >= Math.max(0, table - 3); j--) {
      if (blocks.get(j) instanceof Source.Para p) {
        String k = Texts.key(p.text());
        if (k.startsWith("bilan d'execution financiere") || k.startsWith("bilan financier")) {
          draft.use(p);
          return;
        }
      }
    }
  }

  /**
   * The « Commentaires et explications sur les écarts » after the bilan: the paragraphs up to the
   * next heading or table, each « **label :** » paragraph starting the comment of that account or
   * line. The number of facts.
   */
  private static int comments(
      List<Source.Block> blocks, int from, Draft draft, Map<String, Read> accounts) {
    int start = -1;
    for (int i = from; i < Math.min(blocks.size(), from + 4); i++) {
      if (blocks.get(i) instanceof Source.Para p
          && p.heading() == 0
          && Texts.key(p.text()).startsWith("commentaires et explications")) {
        start = i;
        draft.use(p);
        break;
      }
      if (!(blocks.get(i) instanceof Source.Table)) break;
    }
    if (start < 0) return 0;
    String target = "budget.commentaires";
    FormPlan plan = FormPlan.of(draft.kind());
    Source.Where where = blocks.get(start).where();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    Map<String, Source.Where> wheres = new LinkedHashMap<>();
    Map<String, Object[]> lineTargets = new LinkedHashMap<>();
    for (int i = start + 1; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Para p) || p.heading() > 0) break;
      if (draft.used(p)) continue;
      String k = Texts.key(p.text());
      // the form's texts after the bilan end the comments: the certificate, the ministry's block
      if (k.equals(Texts.key(FormRegistry.FUND)) || k.startsWith("certificat")) break;
      // a heading of the form's plan written as a plain line (text extractions lose the levels)
      if (p.text().length() < 200 && Texts.heading(plan, p.text()) != null) break;
      Matcher m = LABEL.matcher(p.text().strip());
      if (m.matches()) {
        Object[] t = commentTarget(Texts.plain(m.group(1)), accounts);
        if (t == null) break; // another labelled block of the form (« Signature : »)
        target = (String) t[0];
        where = p.where();
        if (t.length > 1) lineTargets.put(target, t);
        draft.use(p);
        continue;
      }
      draft.use(p);
      String md =
          switch (p.list()) {
            case BULLET -> "  ".repeat(p.listLevel()) + "- " + p.text();
            case NUMBERED -> "  ".repeat(p.listLevel()) + "1. " + p.text();
            case NONE -> p.text();
          };
      List<String> list = texts.computeIfAbsent(target, x -> new ArrayList<>());
      if (!list.isEmpty()) {
        boolean item = p.list() != Source.ListKind.NONE;
        boolean prevItem = list.get(list.size() - 1).matches("^\\s*(-|1\\.) .*");
        list.add(item && prevItem ? "\n" : "\n\n");
      }
      list.add(md);
      wheres.putIfAbsent(target, where);
    }
    int facts = 0;
    for (Map.Entry<String, List<String>> e : texts.entrySet()) {
      String text = String.join("", e.getValue()).strip();
      if (text.isEmpty()) continue;
      Object[] line = lineTargets.get(e.getKey());
      if (line != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) line[1];
        m.put("commentaires", draft.at(text, wheres.get(e.getKey())));
      } else {
        draft.put(e.getKey(), text, wheres.get(e.getKey()));
      }
      facts++;
    }
    return facts;
  }

  /**
   * What a comment's label names: an account (« 62 – Autres services extérieurs ») gives its
   * comments path; an account and one of its lines (« 62 – … — Tests ») the line's map. Null when
   * the label is no row of the bilan.
   */
  private static Object[] commentTarget(String label, Map<String, Read> accounts) {
    for (Read a : accounts.values()) {
      ClosedList list =
          a.side.equals(FormRegistry.CHARGE_ACCOUNTS.name())
              ? FormRegistry.CHARGE_ACCOUNTS
              : FormRegistry.PRODUCT_ACCOUNTS;
      String name = list.label(a.number);
      if (label.equals(name)) {
        return new Object[] {"budget." + a.side + "." + a.number + ".commentaires"};
      }
      if (label.startsWith(name + " — ")) {
        String rest = label.substring(name.length() + 3).strip();
        for (int j = 0; j < a.printedLines.size(); j++) {
          if (a.printedLines.get(j).equals(rest)) {
            return new Object[] {
              "budget." + a.side + "." + a.number + ".detail." + j, a.lines.get(j)
            };
          }
        }
      }
    }
    return null;
  }
}

package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchNumbers;
import fr.fejdoc.text.YamlWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the « Financements | Montant | Part de ces financements dans le budget total de
 * l'expérimentation (hors évaluation) en % » table of II.B.2: each row's funding category (from the
 * form registry's categories; a row naming only the holder's funders takes the form's row of its
 * place), its share as written into {@code partenaires.parts_declarees}. A share fejdoc computed
 * (marked « * ») is no fact of the holder's and is not imported; the « Total » row is the form's
 * own sum.
 *
 * <p>The « Montant » column, where printed, is read by {@link #AMOUNTS}, which runs after the
 * readers of {@code partenaires.financiers} (the fiche synthétique names each funder with its
 * amount): with them, a category whose amount differs from theirs is a value to review; in a note
 * without the fiche's « Partenaires financiers (avec montant) », each category's row becomes a
 * financial partner with its amount as written.
 */
public final class FinancingReader implements FormReader {
  static final String BLOCK = "financements";

  /** The « Montant » column's step: register it after the readers of the partners. */
  public static final FormReader AMOUNTS = FinancingReader::amounts;

  /** A row of the table: its category (null when unknown), label, amount and share as written. */
  record Line(Source.Row row, String category, String label, String amount, String share) {}

  @Override
  public void read(Source source, Draft draft) {
    List<Source.Block> blocks = source.blocks();
    int facts = 0;
    boolean found = false;
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Table t) || draft.used(t)) continue;
      int[] cols = columns(t);
      if (cols == null) continue;
      found = true;
      draft.use(t);
      for (Source.Row r : t.rows()) draft.use(r);
      caption(blocks, i, draft);
      for (Line l : lines(t, cols)) {
        Deadline.check();
        if (l.category() == null) {
          draft.review(
              "partenaires.parts_declarees",
              "ligne du tableau « Financements » sans catégorie reconnue : « " + l.label() + " »",
              l.row().where());
          draft.leftover(l.row().where(), "Financements : " + rowText(l.row()));
          continue;
        }
        String share = l.share();
        if (!share.isEmpty() && !share.endsWith("*")) {
          if (percent(share)) {
            draft.put("partenaires.parts_declarees." + l.category(), share, l.row().where());
            facts++;
          } else {
            draft.review(
                "partenaires.parts_declarees." + l.category(),
                "part illisible : « " + share + " »",
                l.row().where());
          }
        }
        if (!l.amount().isEmpty()) facts++;
      }
    }
    if (found) draft.count(BLOCK, facts);
  }

  /** Columns of a financing table: {label, amount or -1, share}; null when it is none. */
  static int[] columns(Source.Table t) {
    if (t.rows().isEmpty()) return null;
    Source.Row head = t.rows().get(0);
    if (!Texts.key(head.text(0)).equals("financements")) return null;
    int amount = -1;
    int share = -1;
    for (int i = 1; i < head.cells().size(); i++) {
      String k = Texts.key(head.text(i));
      if (k.startsWith("montant") && amount < 0) amount = i;
      if (k.startsWith("part de ces financements") && share < 0) share = i;
    }
    return share < 0 ? null : new int[] {0, amount, share};
  }

  /** The table's rows with their category: by the form's label, else by their place. */
  static List<Line> lines(Source.Table t, int[] cols) {
    List<Line> out = new ArrayList<>();
    List<String> keys = FormRegistry.FUNDING_CATEGORIES.keys();
    for (Source.Row r : t.rows().subList(1, t.rows().size())) {
      Deadline.check();
      String label = Texts.plain(r.text(cols[0]));
      String amount = cols[1] < 0 ? "" : Texts.plain(r.text(cols[1]));
      // a share fejdoc computed is marked « * » (Texts.plain drops it with the emphasis marks)
      String shareCell = r.text(cols[2]).replace("**", "").replace("\\*", "*").strip();
      String share = Texts.plain(r.text(cols[2]));
      if (shareCell.endsWith("*") && !share.isEmpty()) share = share + " *";
      if (label.isEmpty() && amount.isEmpty() && share.isEmpty()) continue;
      if (Texts.key(label).startsWith("total")) continue;
      out.add(new Line(r, category(label), label, amount, share));
    }
    // a row naming only the holder's funders (« DIRECCTE - Région ») is the form's row of its place
    List<String> missing = new ArrayList<>(keys);
    for (Line l : out) missing.remove(l.category());
    for (int i = 0; i < out.size(); i++) {
      Line l = out.get(i);
      if (l.category() != null) continue;
      String byPlace = out.size() == keys.size() ? keys.get(i) : null;
      String only = missing.size() == 1 ? missing.get(0) : null;
      String c = byPlace != null && missing.contains(byPlace) ? byPlace : only;
      if (c != null) {
        missing.remove(c);
        out.set(i, new Line(l.row(), c, l.label(), l.amount(), l.share()));
      }
    }
    return out;
  }

  /** The funding category a row's label starts with (« Autofinancement (CMA) »), or null. */
  static String category(String label) {
    String k = BudgetReader.loose(label);
    for (Entry e : FormRegistry.FUNDING_CATEGORIES.entries()) {
      for (String name : List.of(e.label(), e.shortLabel(), e.name().fr(), e.name().en())) {
        String n = BudgetReader.loose(name);
        if (!n.isEmpty() && (k.equals(n) || k.startsWith(n + " "))) return e.key();
      }
    }
    return null;
  }

  /** A share as the loader reads it: « 49 », « 49 % », « 49,5% », at most 100. */
  static boolean percent(String text) {
    String t = text.strip();
    if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
    Optional<BigDecimal> v = FrenchNumbers.parseMoney(t);
    return v.isPresent()
        && v.get().signum() >= 0
        && v.get().compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  private static String rowText(Source.Row r) {
    List<String> cells = new ArrayList<>();
    for (Source.Cell c : r.cells()) cells.add(Texts.plain(c.text()));
    return String.join(" | ", cells);
  }

  /** Marks the table's caption (« Partenaires financiers ») and fejdoc's « * » note after it. */
  private static void caption(List<Source.Block> blocks, int table, Draft draft) {
    if (table > 0 && blocks.get(table - 1) instanceof Source.Para p && p.heading() == 0) {
      if (Texts.key(p.text()).equals("partenaires financiers")) draft.use(p);
    }
    if (table + 1 < blocks.size() && blocks.get(table + 1) instanceof Source.Para p) {
      String k = Texts.key(p.text()).replaceFirst("^\\*\\s*", ""); // « * » read as a mark
      if (k.startsWith("part calculee par fejdoc")) draft.use(p);
    }
  }

  /** The « Montant » column: checked against the financial partners, or read as them. */
  static void amounts(Source source, Draft draft) {
    for (Source.Block b : source.blocks()) {
      Deadline.check();
      if (!(b instanceof Source.Table t)) continue;
      int[] cols = columns(t);
      if (cols == null || cols[1] < 0) continue;
      List<Line> lines = lines(t, cols);
      Object funders = draft.get("partenaires.financiers");
      if (funders instanceof List<?> list && !list.isEmpty()) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object o : list) {
          if (!(Draft.unwrap(o) instanceof Map<?, ?> m)) continue;
          Object c = Draft.unwrap(m.get("categorie"));
          Object a = Draft.unwrap(m.get("montant"));
          if (a instanceof YamlWriter.Raw raw) a = raw.text();
          Optional<BigDecimal> v =
              a == null ? Optional.empty() : FrenchNumbers.parseMoney(String.valueOf(a));
          if (c != null && v.isPresent()) sums.merge(String.valueOf(c), v.get(), BigDecimal::add);
        }
        for (Line l : lines) {
          if (l.category() == null || l.amount().isEmpty()) continue;
          Optional<BigDecimal> v = FrenchNumbers.parseMoney(l.amount());
          BigDecimal sum = sums.get(l.category());
          if (v.isEmpty() || sum == null || v.get().compareTo(sum) != 0) {
            draft.review(
                "partenaires.financiers",
                "montant du tableau « Financements » « "
                    + l.amount()
                    + " » pour « "
                    + l.label()
                    + " » : différent des partenaires financiers lus ailleurs",
                l.row().where());
          }
        }
        return;
      }
      // the fiche synthétique names each funder with its amount: its reader gives them
      if (ficheFunders(source)) return;
      List<Object> out = new ArrayList<>();
      for (Line l : lines) {
        if (l.category() == null || l.amount().isEmpty()) continue;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nom", draft.at(name(l), l.row().where()));
        m.put("categorie", draft.at(l.category(), l.row().where()));
        if (FrenchNumbers.parseMoney(l.amount()).isPresent()) {
          m.put("montant", draft.at(l.amount(), l.row().where()));
        } else {
          draft.review(
              "partenaires.financiers",
              "montant illisible : « " + l.amount() + " »",
              l.row().where());
        }
        out.add(m);
      }
      if (!out.isEmpty()) draft.put("partenaires.financiers", out, null);
      return;
    }
  }

  /** Whether the note holds the fiche synthétique's « Partenaires financiers (avec montant) ». */
  static boolean ficheFunders(Source source) {
    for (Source.Block b : source.blocks()) {
      Deadline.check();
      if (!(b instanceof Source.Table t)) continue;
      for (Source.Row r : t.rows()) {
        for (Source.Cell c : r.cells()) {
          if (c.text().length() < 200
              && Texts.key(c.text()).startsWith("partenaires financiers (avec montant)")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The funders' names a row gives: « Autofinancement (CMA) » gives « CMA ». */
  private static String name(Line l) {
    String label = l.label();
    String form = FormRegistry.FUNDING_CATEGORIES.label(l.category());
    if (label.endsWith(")")) {
      int open = label.indexOf('(');
      if (open > 0
          && BudgetReader.loose(label.substring(0, open)).equals(BudgetReader.loose(form))) {
        return label.substring(open + 1, label.length() - 1).strip();
      }
    }
    return label;
  }
}

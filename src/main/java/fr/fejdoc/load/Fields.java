package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.model.Amount;
import fr.fejdoc.model.Choice;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Etp;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.MoneyCell;
import fr.fejdoc.model.Planned;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The keys of one YAML mapping, read by name. Keys outside {@code allowed} are reported once, on
 * creation, with the closest allowed key. Every accessor returns null for an absent or unreadable
 * value (the finding is already recorded).
 */
public final class Fields {
  private final Reader r;
  private final YNode.Map map;
  private final String path;
  private final Loc loc;

  Fields(Reader r, YNode.Map map, String path, List<String> allowed, Loc loc) {
    this.r = r;
    this.map = map;
    this.path = path;
    this.loc = loc;
    if (allowed != null) {
      YNode.Entry previous = null;
      for (YNode.Entry e : map.entries()) {
        String key = e.key().text();
        YNode.Entry before = previous;
        previous = e;
        if (allowed.contains(key)) continue;
        if (decimalComma(before, e)) {
          String whole = ((YNode.Scalar) before.value()).text();
          r.report(Code.DECIMAL_COMMA, e.key().loc(), before.key().text(), whole, key);
          continue;
        }
        String close = Suggest.closest(key, allowed);
        if (close != null) {
          r.report(Code.UNKNOWN_KEY, e.key().loc(), key, close, at());
        } else {
          r.report(
              Code.UNKNOWN_KEY_NO_SUGGESTION, e.key().loc(), key, String.join(", ", allowed), at());
        }
      }
    }
  }

  /**
   * "{etp: 2,5}": in a flow mapping the comma separates keys, so a French decimal comma reads as
   * the number 2 followed by a key "5" with no value.
   */
  private static boolean decimalComma(YNode.Entry before, YNode.Entry e) {
    if (before == null || !e.key().text().matches("[0-9]{1,6}")) return false;
    if (!(e.value() instanceof YNode.Scalar v) || !v.isNull()) return false;
    if (!(before.value() instanceof YNode.Scalar b) || !b.plain()) return false;
    if (!b.text().matches("-?[0-9]{1,12}")) return false;
    // on the same line: the two are one number the holder typed with a comma
    return before.value().loc() != null
        && e.key().loc() != null
        && before.value().loc().line() == e.key().loc().line();
  }

  private String at() {
    return path.isEmpty() ? "(racine)" : path;
  }

  public Reader reader() {
    return r;
  }

  /** Where the block is named: its key, or the mapping itself for a list item or the root. */
  public Loc loc() {
    return loc;
  }

  public String path() {
    return path;
  }

  public YNode.Map map() {
    return map;
  }

  /** Whether every value of the block is empty (see {@link Reader#blank}): it gives nothing. */
  public boolean blank() {
    return Reader.blank(map);
  }

  /** {@code f}, or null when it is absent or blank: an optional block left empty is not given. */
  public static Fields given(Fields f) {
    return f == null || f.blank() ? null : f;
  }

  /** Dotted path of a key, for messages. */
  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public YNode node(String key) {
    YNode n = map.get(key);
    return Reader.absent(n) ? null : n;
  }

  public boolean has(String key) {
    return node(key) != null;
  }

  /**
   * Reports a required key without a value; true when it has one. A key written but left empty
   * ({@code titre:}, as {@code fejdoc nouveau} writes it) is to fill in ({@link Code#TO_FILL}, a
   * warning, at the key); a key absent altogether is missing ({@link Code#MISSING_FIELD}, an error,
   * at this mapping).
   */
  public boolean require(String key) {
    YNode.Entry e = map.entry(key);
    if (e != null && !Reader.blank(e.value())) return true;
    if (e != null) r.report(Code.TO_FILL, e.key().loc(), path(key));
    else r.report(Code.MISSING_FIELD, loc, path(key));
    return false;
  }

  public Text text(String key) {
    return r.text(map.get(key), path(key));
  }

  public Text requiredText(String key) {
    return require(key) ? text(key) : null;
  }

  public Count count(String key) {
    return r.count(map.get(key), path(key));
  }

  public Planned planned(String key) {
    return r.planned(map.get(key), path(key));
  }

  public Amount amount(String key) {
    return r.amount(map.get(key), path(key));
  }

  public BigDecimal percent(String key) {
    return r.percent(map.get(key), path(key));
  }

  public MoneyCell moneyCell(String key) {
    return r.moneyCell(map.get(key), path(key));
  }

  public Etp etp(String key) {
    return r.etp(map.get(key), path(key));
  }

  public DurationText duration(String key) {
    return r.duration(map.get(key), path(key));
  }

  /** A duration whose bare number counts months ({@code duree_initiale_mois: 27}). */
  public DurationText months(String key) {
    return r.months(map.get(key), path(key));
  }

  public DateValue date(String key) {
    return r.date(map.get(key), path(key));
  }

  public Boolean bool(String key) {
    return r.bool(map.get(key), path(key));
  }

  public Choice choice(String key, List<String> allowed) {
    return r.choice(map.get(key), path(key), allowed);
  }

  public List<Choice> choices(String key, List<String> allowed) {
    return r.choices(map.get(key), path(key), allowed);
  }

  /** A nested mapping with its allowed keys; null when absent. */
  public Fields sub(String key, List<String> allowed) {
    YNode.Entry e = map.entry(key);
    return e == null ? null : r.fields(e.value(), path(key), allowed, e.key().loc());
  }

  /** A list of texts. */
  public List<Text> texts(String key) {
    List<Text> out = new ArrayList<>();
    List<YNode> items = r.items(map.get(key), path(key));
    for (int i = 0; i < items.size(); i++) {
      Text t = r.text(items.get(i), path(key) + "[" + (i + 1) + "]");
      if (t != null) out.add(t);
    }
    return out;
  }

  /**
   * A list of mappings, each read by {@code read}; unreadable items are left out, and so are blank
   * ones (an item whose every value is empty, as {@code fejdoc nouveau} writes it, holds nothing).
   */
  public <T> List<T> list(String key, List<String> allowed, Function<Fields, T> read) {
    List<T> out = new ArrayList<>();
    List<YNode> items = r.items(map.get(key), path(key));
    for (int i = 0; i < items.size(); i++) {
      Fields f = r.fields(items.get(i), path(key) + "[" + (i + 1) + "]", allowed);
      if (f != null && !f.blank()) {
        T t = read.apply(f);
        if (t != null) out.add(t);
      }
    }
    return out;
  }

  /** A per-period list of counts; null elements stay null (not applicable). */
  public List<Count> countsPerPeriod(String key) {
    List<Count> out = new ArrayList<>();
    List<YNode> items = r.items(map.get(key), path(key));
    for (int i = 0; i < items.size(); i++) {
      YNode n = items.get(i);
      String p = path(key) + "[" + (i + 1) + "]";
      if (n instanceof YNode.Scalar s && isNotApplicable(s)) {
        out.add(null);
      } else {
        out.add(r.count(n, p));
      }
    }
    return out;
  }

  private static boolean isNotApplicable(YNode.Scalar s) {
    if (s.isNull()) return true;
    String t = s.text().strip();
    return t.equals("/") || t.equals("-") || t.equalsIgnoreCase("n/a") || t.equals("—");
  }
}

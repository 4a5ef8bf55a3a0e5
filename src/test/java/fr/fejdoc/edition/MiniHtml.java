package fr.fejdoc.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: a tiny, strict reader of the HTML that {@code HtmlWriter} writes (not of HTML in
 * general). It reads tables, paragraphs, headings and tags with regular expressions and fails
 * loudly on anything it does not expect (a nested table, text between rows, an unknown entity), so
 * that a change of the writer's output shape cannot make an assertion pass by accident.
 */
final class MiniHtml {
  private MiniHtml() {}

  /** A cell: {@code th} or {@code td}, its attributes and its text. */
  record Cell(String tag, Map<String, String> attrs, String text) {
    boolean header() {
      return tag.equals("th");
    }

    String attr(String name) {
      return attrs.getOrDefault(name, "");
    }
  }

  /** A row of a table section ({@code thead} or {@code tbody}) with its class, if any. */
  record Row(String section, String cls, List<Cell> cells) {
    List<String> texts() {
      return cells.stream().map(Cell::text).toList();
    }

    String first() {
      return cells.isEmpty() ? "" : cells.get(0).text();
    }
  }

  /** A table: id and class attributes (empty when absent), caption text and rows in order. */
  record Table(String id, String cls, String caption, List<Row> rows) {
    List<Row> head() {
      return rows.stream().filter(r -> r.section().equals("thead")).toList();
    }

    List<Row> body() {
      return rows.stream().filter(r -> r.section().equals("tbody")).toList();
    }

    /** The one row whose first cell reads {@code first}; fails when there is none or several. */
    Row row(String first) {
      List<Row> found = rows.stream().filter(r -> r.first().equals(first)).toList();
      if (found.size() != 1) {
        throw new AssertionError(
            found.size()
                + " rows starting with «"
                + first
                + "» in table "
                + name()
                + "; first cells: "
                + rows.stream().map(Row::first).toList());
      }
      return found.get(0);
    }

    /** The texts of the cells of {@link #row}. */
    List<String> cells(String first) {
      return row(first).texts();
    }

    String name() {
      return !id.isEmpty() ? "#" + id : !cls.isEmpty() ? "." + cls : "(no id)";
    }
  }

  // ------------------------------------------------------------------ tables

  private static final Pattern TABLE =
      Pattern.compile("<table(\\s[^>]*)?>(.*?)</table>", Pattern.DOTALL);
  private static final Pattern CAPTION =
      Pattern.compile("\\G\\s*<caption>(.*?)</caption>", Pattern.DOTALL);
  private static final Pattern COLGROUP =
      Pattern.compile("\\G\\s*<colgroup>(?:<col(?:\\s[^>]*)?>)*</colgroup>");
  private static final Pattern SECTION =
      Pattern.compile("\\G\\s*<(thead|tbody)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern ROW =
      Pattern.compile("\\G\\s*<tr(\\s[^>]*)?>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("\\G\\s*<(th|td)(\\s[^>]*)?>(.*?)</\\1>", Pattern.DOTALL);

  /** Every table of the page, in order. */
  static List<Table> tables(String html) {
    List<Table> out = new ArrayList<>();
    Matcher m = TABLE.matcher(html);
    while (m.find()) out.add(parseTable(m.group(1), m.group(2)));
    int opened = count(html, "<table"), closed = count(html, "</table>");
    if (opened != out.size() || closed != out.size()) {
      throw new AssertionError(
          "unexpected table markup: " + opened + " <table, " + closed + " </table>, read " + out);
    }
    return out;
  }

  /** The table with this id; fails when there is none or several. */
  static Table table(String html, String id) {
    List<Table> found = tables(html).stream().filter(t -> t.id().equals(id)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          found.size()
              + " tables with id "
              + id
              + "; tables: "
              + tables(html).stream().map(Table::name).toList());
    }
    return found.get(0);
  }

  /** The key/value forms ({@code <table class="form">}) as label → value, in order. */
  static List<Map<String, String>> forms(String html) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Table t : tables(html)) {
      if (!t.cls().equals("form")) continue;
      Map<String, String> form = new LinkedHashMap<>();
      for (Row r : t.rows()) {
        if (r.cells().size() == 2)
          form.putIfAbsent(r.cells().get(0).text(), r.cells().get(1).text());
      }
      out.add(form);
    }
    return out;
  }

  private static Table parseTable(String attrText, String inner) {
    Map<String, String> attrs = attrs(attrText);
    if (inner.contains("<table")) throw new AssertionError("nested table in " + attrs);
    int at = 0;
    String caption = "";
    Matcher cap = CAPTION.matcher(inner);
    if (cap.find(at)) {
      caption = text(cap.group(1));
      at = cap.end();
    }
    Matcher cols = COLGROUP.matcher(inner);
    if (cols.find(at)) at = cols.end();
    List<Row> rows = new ArrayList<>();
    Matcher sec = SECTION.matcher(inner);
    while (sec.find(at)) {
      rows.addAll(rows(sec.group(1), sec.group(2), attrs));
      at = sec.end();
    }
    rest(inner, at, "table " + attrs);
    return new Table(
        attrs.getOrDefault("id", ""), attrs.getOrDefault("class", ""), caption, List.copyOf(rows));
  }

  private static List<Row> rows(String section, String inner, Map<String, String> table) {
    List<Row> rows = new ArrayList<>();
    Matcher m = ROW.matcher(inner);
    int at = 0;
    while (m.find(at)) {
      List<Cell> cells = new ArrayList<>();
      Matcher c = CELL.matcher(m.group(2));
      int cat = 0;
      while (c.find(cat)) {
        cells.add(new Cell(c.group(1), attrs(c.group(2)), text(c.group(3))));
        cat = c.end();
      }
      rest(m.group(2), cat, "row of " + table);
      rows.add(new Row(section, attrs(m.group(1)).getOrDefault("class", ""), List.copyOf(cells)));
      at = m.end();
    }
    rest(inner, at, section + " of " + table);
    return rows;
  }

  private static void rest(String s, int from, String where) {
    String left = s.substring(from);
    if (!left.isBlank()) {
      throw new AssertionError(
          "unexpected markup in " + where + ": " + left.substring(0, Math.min(120, left.length())));
    }
  }

  // ------------------------------------------------------------------ other elements

  private static final Pattern PARAGRAPH =
      Pattern.compile("<p(\\s[^>]*)?>(.*?)</p>", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("<h([1-6])>(.*?)</h\\1>", Pattern.DOTALL);
  private static final Pattern KEY_FIGURE =
      Pattern.compile(
          "<li><span class=\"kf-value\">(.*?)</span> <span class=\"kf-caption\">(.*?)</span></li>",
          Pattern.DOTALL);

  /** The text of every paragraph ({@code <p>}), in order. */
  static List<String> paragraphs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(html);
    while (m.find()) out.add(text(m.group(2)));
    return out;
  }

  /** Every heading as {@code level, text}, in order. */
  static List<Heading> headings(String html) {
    List<Heading> out = new ArrayList<>();
    Matcher m = HEADING.matcher(html);
    while (m.find()) out.add(new Heading(Integer.parseInt(m.group(1)), text(m.group(2))));
    int opened = 0;
    for (Matcher h = Pattern.compile("<h[1-6][\\s>]").matcher(html); h.find(); ) opened++;
    if (out.size() != opened) {
      throw new AssertionError("a heading could not be read: " + out);
    }
    return out;
  }

  record Heading(int level, String text) {
    @Override
    public String toString() {
      return "h" + level + " «" + text + "»";
    }
  }

  /** The key figures ({@code value → caption}), in order. */
  static Map<String, String> keyFigures(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = KEY_FIGURE.matcher(html);
    while (m.find()) out.put(text(m.group(1)), text(m.group(2)));
    return out;
  }

  /** A start tag: its name (lower case) and attributes (names lower case, values unescaped). */
  record Tag(String name, Map<String, String> attrs, String source) {}

  private static final Pattern START_TAG =
      Pattern.compile(
          "<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
  private static final Pattern ANY_ATTR =
      Pattern.compile("\\s+([^\\s=>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

  /**
   * Every start tag of the page, read leniently (any quoting) so that an injected tag would be seen
   * too. Fails when a {@code <} followed by a letter does not begin a readable tag.
   */
  static List<Tag> startTags(String html) {
    List<Tag> out = new ArrayList<>();
    Matcher m = START_TAG.matcher(html);
    int starts = 0;
    Matcher any = Pattern.compile("<[a-zA-Z]").matcher(html);
    while (any.find()) starts++;
    while (m.find()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      Matcher a = ANY_ATTR.matcher(m.group(2));
      while (a.find()) {
        String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
        attrs.put(a.group(1).toLowerCase(java.util.Locale.ROOT), v == null ? "" : unescape(v));
      }
      out.add(new Tag(m.group(1).toLowerCase(java.util.Locale.ROOT), attrs, m.group()));
    }
    if (out.size() != starts) {
      throw new AssertionError(starts + " '<' + letter but " + out.size() + " readable tags");
    }
    return out;
  }

  // ------------------------------------------------------------------ text

  private static final Pattern WRITER_ATTR = Pattern.compile("\\s+([a-z-]+)=\"([^\"]*)\"");

  /** The attributes as the writer writes them ({@code name="value"}), values unescaped. */
  static Map<String, String> attrs(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    if (s == null) return out;
    Matcher m = WRITER_ATTR.matcher(s);
    int at = 0;
    while (m.find(at) && m.start() == at) {
      out.put(m.group(1), unescape(m.group(2)));
      at = m.end();
    }
    if (!s.substring(at).isBlank()) throw new AssertionError("unexpected attributes: " + s);
    return out;
  }

  /**
   * The text of a fragment: line breaks and ends of paragraphs and list items become spaces, other
   * tags are dropped, entities unescaped, runs of ASCII white space collapsed. No-break spaces
   * (U+00A0, U+202F) are kept as they are.
   */
  static String text(String fragment) {
    String s = fragment.replaceAll("<br>|</p>|</li>", " ").replaceAll("<[^>]*>", "");
    return unescape(s).replaceAll("[ \\t\\r\\n]+", " ").strip();
  }

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?");

  /** Unescapes character references; fails on a named one the writer never writes. */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#x") || e.startsWith("#X"))
        rep = Character.toString(Integer.parseInt(e.substring(2), 16));
      else if (e.startsWith("#")) rep = Character.toString(Integer.parseInt(e.substring(1)));
      else {
        rep =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> throw new AssertionError("unexpected entity &" + e + "; in: " + s);
            };
      }
      m.appendReplacement(b, Matcher.quoteReplacement(rep));
    }
    m.appendTail(b);
    return b.toString();
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }
}

package fr.fejdoc.document.read;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.text.FrenchFormat;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the fejdoc markup (version 1, documented in docs/markup.md) that the templates render, into
 * the document tree. It is XML without DTDs or entities beyond the five predefined ones; text is
 * whitespace-collapsed except inside {@code <md>}, whose content is Markdown.
 */
public final class MarkupReader {
  public static final String VERSION = "1";

  /**
   * One factory per thread, told to reuse its reader from one closed parse to the next (the JDK's
   * factory sets up a new scanner, entity manager and buffers for every reader otherwise).
   */
  private static final ThreadLocal<XMLInputFactory> XML =
      ThreadLocal.withInitial(MarkupReader::factory);

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty("reuse-instance", Boolean.TRUE);
    } catch (IllegalArgumentException e) {
      // another implementation: a reader per parse, as before
    }
    return f;
  }

  /**
   * Elements nested in one another beyond which the markup is refused: the templates nest a dozen;
   * a project's own template could nest thousands, and the reader and every writer recurse once per
   * level.
   */
  public static final int MAX_XML_DEPTH = 64;

  private static final Set<String> INLINE =
      Set.of("b", "i", "u", "sup", "sub", "code", "a", "note", "br", "mdi", "num");

  private MarkupReader() {}

  /** The document tree of a markup text. */
  public static Doc read(String markup) {
    MarkupElement root = parse(markup);
    if (!root.name().equals("doc")) throw new MarkupException(root.line(), "racine <doc> attendue");
    String version = root.attr("version");
    if (!VERSION.equals(version)) {
      throw new MarkupException(
          root.line(),
          "version de balisage " + version + " non prise en charge (attendu " + VERSION + ")");
    }
    MarkupElement meta = root.child("meta");
    MarkupElement page = root.child("page");
    Doc.Meta m =
        new Doc.Meta(
            meta == null ? "" : Typography.french(meta.attr("title", "")),
            meta == null ? "" : Typography.french(meta.attr("author", "")),
            meta == null ? "" : Typography.french(meta.attr("subject", "")),
            meta == null || meta.attr("keywords", "").isBlank()
                ? List.of()
                : Arrays.stream(meta.attr("keywords").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList(),
            meta == null ? "fr" : meta.attr("lang", "fr"));
    Doc.Page p =
        new Doc.Page(
            page != null && "true".equals(page.attr("landscape")),
            page == null ? "" : Typography.french(page.attr("header", "")),
            page == null ? "" : Typography.french(page.attr("footer", "")),
            page != null && "true".equals(page.attr("cover")));
    List<Object> body = new ArrayList<>();
    for (Object c : root.children()) {
      if (c instanceof MarkupElement e && (e.name().equals("meta") || e.name().equals("page")))
        continue;
      body.add(c);
    }
    return new Doc(m, p, blocks(body));
  }

  // ---- XML to elements ----

  static MarkupElement parse(String markup) {
    XMLStreamReader r = null;
    try {
      r = XML.get().createXMLStreamReader(new StringReader(markup));
      Deque<MarkupElement> stack = new ArrayDeque<>();
      MarkupElement root = null;
      int events = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if ((++events & 0x3FF) == 0) Deadline.check();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (stack.size() >= MAX_XML_DEPTH) {
              throw new MarkupException(
                  r.getLocation().getLineNumber(),
                  "éléments imbriqués sur plus de " + MAX_XML_DEPTH + " niveaux");
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++)
              attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            MarkupElement e =
                new MarkupElement(
                    r.getLocalName(), attrs, new ArrayList<>(), r.getLocation().getLineNumber());
            if (stack.isEmpty()) root = e;
            else stack.peek().children().add(e);
            stack.push(e);
          }
          case XMLStreamConstants.END_ELEMENT -> stack.pop();
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!stack.isEmpty()) stack.peek().children().add(r.getText());
          }
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
              throw new MarkupException(
                  r.getLocation().getLineNumber(), "DTD et entités interdites");
          default -> {}
        }
      }
      if (root == null) throw new MarkupException(1, "balisage vide");
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      // the parser says -1 at the end of the input: the last line is the place
      if (line < 1) line = (int) markup.lines().count();
      throw new MarkupException(Math.max(1, line), "XML invalide : " + xmlProblem(e));
    } catch (RuntimeException e) {
      // the JDK's parser fails on some input with an exception of its own (a message resource it
      // lacks, for instance): the markup is invalid all the same
      if (e instanceof MarkupException
          || e instanceof fr.fejdoc.model.Deadline.Exceeded
          || e instanceof fr.fejdoc.model.finding.FindingException) throw e;
      throw new MarkupException(1, "XML invalide (le texte produit ne peut pas être lu)");
    } finally {
      close(r);
    }
  }

  /** Closes {@code r} (so that its factory may reuse it); a reader that cannot close is dropped. */
  private static void close(XMLStreamReader r) {
    if (r == null) return;
    try {
      r.close();
    } catch (XMLStreamException | RuntimeException e) {
      // the next parse gets a new reader
    }
  }

  /**
   * The parser's own description of an XML error, without its "ParseError at [row,col]" prefix (the
   * line is given apart) and on one line.
   */
  static String xmlProblem(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message:");
    if (at >= 0) m = m.substring(at + "Message:".length());
    return m.strip().replaceAll("\\s+", " ");
  }

  // ---- elements to blocks ----

  /**
   * Blocks of mixed content: runs of text and inline elements become paragraphs; sections written
   * one after the other nest by level (a level-2 section and what follows it go into the level-1
   * section before it), so templates can emit a form's plan as a flat list.
   */
  static List<Block> blocks(List<Object> children) {
    Set<Block> empty = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    return nest(flatBlocks(children, empty), empty, new int[] {0}, 0, false);
  }

  /**
   * Nests sections by level. A section written empty ({@code <section .../>}) takes the blocks that
   * follow it; a section written with its content takes only the deeper sections that follow, so a
   * page break written after {@code </section>} stays where it was written.
   */
  private static List<Block> nest(
      List<Block> flat, Set<Block> empty, int[] pos, int parentLevel, boolean parentWritten) {
    List<Block> out = new ArrayList<>();
    while (pos[0] < flat.size()) {
      Block b = flat.get(pos[0]);
      if (b instanceof Block.Section s) {
        if (s.level() <= parentLevel) return out;
        pos[0]++;
        List<Block> content = new ArrayList<>(s.content());
        content.addAll(nest(flat, empty, pos, s.level(), !empty.contains(s)));
        out.add(new Block.Section(s.id(), s.number(), s.title(), s.level(), content));
      } else {
        if (parentWritten) return out;
        out.add(b);
        pos[0]++;
      }
    }
    return out;
  }

  private static List<Block> flatBlocks(List<Object> children, Set<Block> empty) {
    List<Block> out = new ArrayList<>();
    List<Object> run = new ArrayList<>();
    for (Object c : children) {
      Deadline.check();
      if (c instanceof String || (c instanceof MarkupElement e && INLINE.contains(e.name()))) {
        run.add(c);
      } else {
        flush(run, out);
        block((MarkupElement) c, out, empty);
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<Object> run, List<Block> out) {
    if (run.isEmpty()) return;
    List<Inline> in = trim(inlines(run));
    run.clear();
    if (!in.isEmpty()) out.add(new Block.Para(in));
  }

  private static void block(MarkupElement e, List<Block> out, Set<Block> empty) {
    switch (e.name()) {
      case "section" -> {
        MarkupElement title = e.child("title");
        List<Object> content = new ArrayList<>(e.children());
        content.remove(title);
        List<Inline> t =
            title != null
                ? trim(inlines(title.children()))
                : List.of(new Inline.Text(Typography.french(e.attr("title", ""))));
        Block.Section section =
            new Block.Section(e.attr("id", ""), e.attr("number", ""), t, level(e), blocks(content));
        if (content.stream().allMatch(c -> c instanceof String str && str.isBlank())) {
          empty.add(section);
        }
        out.add(section);
      }
      case "p" -> {
        List<Inline> in = trim(inlines(e.children()));
        out.add(new Block.Para(in, style(e)));
      }
      case "h" -> out.add(new Block.Heading(level(e), trim(inlines(e.children()))));
      case "ul" -> out.add(new Block.BulletList(items(e)));
      case "ol" -> out.add(new Block.OrderedList(e.intAttr("start", 1), items(e)));
      case "md" -> out.addAll(MarkdownReader.blocks(dedent(text(e))));
      case "table" -> out.add(table(e));
      case "form" -> out.add(form(e));
      case "figure" -> {
        MarkupElement caption = e.child("caption");
        MarkupElement credit = e.child("credit");
        out.add(
            new Block.Figure(
                e.attr("src", ""),
                e.attr("alt", ""),
                caption == null ? List.of() : trim(inlines(caption.children())),
                credit == null ? List.of() : trim(inlines(credit.children())),
                e.intAttr("width", 100)));
      }
      case "quote" -> {
        MarkupElement by = e.child("by");
        List<Object> content = new ArrayList<>(e.children());
        content.remove(by);
        out.add(
            new Block.Quote(
                blocks(content),
                by == null ? List.of() : trim(inlines(by.children())),
                "true".equals(e.attr("pull"))));
      }
      case "keyfigures" -> {
        List<Block.KeyFigure> figures = new ArrayList<>();
        for (Object c : e.children()) {
          if (c instanceof MarkupElement k && k.name().equals("kf")) {
            figures.add(
                new Block.KeyFigure(
                    Typography.french(k.attr("value", "")), trim(inlines(k.children()))));
          } else if (c instanceof MarkupElement k) {
            throw new MarkupException(
                k.line(), "<kf> attendu dans <keyfigures>, trouvé <" + k.name() + ">");
          }
        }
        out.add(new Block.KeyFigures(figures));
      }
      case "box" -> {
        MarkupElement title = e.child("title");
        List<Object> content = new ArrayList<>(e.children());
        content.remove(title);
        Block.BoxKind kind = enumAttr(e, "kind", Block.BoxKind.class, Block.BoxKind.NOTICE);
        out.add(
            new Block.Box(
                kind,
                title == null ? List.of() : trim(inlines(title.children())),
                blocks(content)));
      }
      case "columns" -> out.add(new Block.Columns(e.intAttr("count", 2), blocks(e.children())));
      case "beside" -> out.add(new Block.Beside(blocks(e.children())));
      case "pagebreak" -> out.add(new Block.PageBreak());
      case "missing" ->
          out.add(
              new Block.Para(
                  List.of(new Inline.Text("Partie non renseignée")), Block.ParaStyle.MISSING));
      default -> throw new MarkupException(e.line(), "élément <" + e.name() + "> inconnu");
    }
  }

  /** A section's or heading's level, 1 to 6 (sections nest by level: a bound to that nesting). */
  private static int level(MarkupElement e) {
    int level = e.intAttr("level", 1);
    if (level < 1 || level > 6) {
      throw new MarkupException(e.line(), "level=\"" + level + "\" : un niveau de 1 à 6 attendu");
    }
    return level;
  }

  private static Block.ParaStyle style(MarkupElement e) {
    return enumAttr(e, "style", Block.ParaStyle.class, Block.ParaStyle.NORMAL);
  }

  private static <E extends Enum<E>> E enumAttr(
      MarkupElement e, String key, Class<E> type, E fallback) {
    String v = e.attr(key);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException x) {
      throw new MarkupException(e.line(), key + "=\"" + v + "\" inconnu");
    }
  }

  private static List<List<Block>> items(MarkupElement list) {
    List<List<Block>> items = new ArrayList<>();
    for (Object c : list.children()) {
      if (c instanceof MarkupElement li && li.name().equals("li")) items.add(blocks(li.children()));
      else if (c instanceof MarkupElement other)
        throw new MarkupException(other.line(), "<li> attendu, trouvé <" + other.name() + ">");
    }
    return items;
  }

  private static Block.Table table(MarkupElement t) {
    List<Block.Column> columns = new ArrayList<>();
    List<Block.Row> rows = new ArrayList<>();
    List<Inline> caption = List.of();
    for (Object c : t.children()) {
      if (!(c instanceof MarkupElement e)) continue;
      switch (e.name()) {
        case "caption" -> caption = trim(inlines(e.children()));
        case "col" ->
            columns.add(
                new Block.Column(
                    e.intAttr("width", 1),
                    enumAttr(e, "align", Block.Align.class, Block.Align.LEFT),
                    formula(e)));
        case "tr" -> {
          Block.RowKind kind = enumAttr(e, "kind", Block.RowKind.class, Block.RowKind.BODY);
          List<Block.Cell> cells = new ArrayList<>();
          for (Object x : e.children()) {
            if (!(x instanceof MarkupElement cell)) continue;
            if (!cell.name().equals("td") && !cell.name().equals("th")) {
              throw new MarkupException(
                  cell.line(), "<td> ou <th> attendu dans <tr>, trouvé <" + cell.name() + ">");
            }
            cells.add(
                new Block.Cell(
                    blocks(cell.children()),
                    cell.intAttr("colspan", 1),
                    cell.intAttr("rowspan", 1),
                    enumAttr(cell, "align", Block.Align.class, Block.Align.LEFT),
                    cell.name().equals("th") || kind == Block.RowKind.HEADER));
          }
          rows.add(new Block.Row(cells, kind));
        }
        default ->
            throw new MarkupException(
                e.line(), "élément <" + e.name() + "> inattendu dans <table>");
      }
    }
    return new Block.Table(
        t.attr("id"), caption, columns, rows, "true".equals(t.attr("landscape")));
  }

  /** A column's formula hint, checked: row-sum:A-B or share:N (1-based columns). */
  private static String formula(MarkupElement col) {
    String f = col.attr("formula");
    if (f == null || f.isBlank()) return null;
    if (!FORMULA.matcher(f).matches()) {
      throw new MarkupException(
          col.line(), "formula=\"" + f + "\" : row-sum:A-B ou share:N attendu");
    }
    return f;
  }

  private static Block.Form form(MarkupElement f) {
    List<Block.FormRow> rows = new ArrayList<>();
    for (Object c : f.children()) {
      if (!(c instanceof MarkupElement e)) continue;
      if (e.name().equals("group")) {
        rows.add(new Block.FormRow(trim(inlines(e.children())), List.of(), true));
      } else if (e.name().equals("field")) {
        MarkupElement label = e.child("label");
        List<Object> value = new ArrayList<>(e.children());
        value.remove(label);
        List<Inline> l =
            label != null
                ? trim(inlines(label.children()))
                : List.of(new Inline.Text(Typography.french(e.attr("label", ""))));
        rows.add(new Block.FormRow(l, blocks(value), false));
      } else {
        throw new MarkupException(
            e.line(), "<field> ou <group> attendu dans <form>, trouvé <" + e.name() + ">");
      }
    }
    return new Block.Form(rows);
  }

  // ---- inlines ----

  static List<Inline> inlines(List<Object> children) {
    List<Inline> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof String s) {
        String collapsed = collapse(s);
        if (!collapsed.isEmpty()) out.addAll(Typography.inlines(collapsed));
        continue;
      }
      MarkupElement e = (MarkupElement) c;
      switch (e.name()) {
        case "b" -> out.add(new Inline.Strong(inlines(e.children())));
        case "i" -> out.add(new Inline.Emph(inlines(e.children())));
        case "u" -> out.add(new Inline.Underline(inlines(e.children())));
        case "sup" -> out.add(new Inline.Superscript(inlines(e.children())));
        case "sub" -> out.add(new Inline.Subscript(inlines(e.children())));
        case "code" -> out.add(new Inline.Code(text(e)));
        case "num" -> out.add(num(e));
        case "br" -> out.add(new Inline.LineBreak());
        case "note" -> out.add(new Inline.Note(blocks(e.children())));
        case "mdi" -> out.addAll(MarkdownReader.inlines(dedent(text(e))));
        case "a" -> {
          String url = SafeLinks.clean(e.attr("href"));
          List<Inline> content = inlines(e.children());
          if (url == null) out.addAll(content);
          else out.add(new Inline.Link(url, content));
        }
        default ->
            throw new MarkupException(
                e.line(), "élément <" + e.name() + "> inattendu dans un texte");
      }
    }
    return merge(out);
  }

  /**
   * A typed figure: {@code <num kind="amount" value="1200.5"/>} prints fejdoc's one formatting of
   * the value ("1 200,50 €"); a text inside ({@code <num kind="count" value="1200">1 200</num>}) is
   * the holder's own writing of the same value, printed instead.
   */
  private static Inline num(MarkupElement e) {
    FigureKind kind = FigureKind.ofMarkup(e.attr("kind"));
    if (kind == null)
      throw new MarkupException(
          e.line(), "<num> : kind doit valoir count, amount, percent, etp ou decimal");
    BigDecimal value = FigureKind.parse(e.attr("value"));
    if (value == null)
      throw new MarkupException(
          e.line(),
          "<num> : value doit être un nombre écrit 1200 ou -1200.5 (15 chiffres au plus)");
    String own = Typography.french(collapse(text(e)).strip());
    return new Inline.Num(kind, value, own.isEmpty() ? FrenchFormat.figure(kind, value) : own);
  }

  /**
   * Adjacent text runs merged, with the double spaces of a junction made single; in time linear in
   * their length (merging them two by two was quadratic in their number).
   */
  private static List<Inline> merge(List<Inline> in) {
    List<Inline> out = new ArrayList<>(in.size());
    List<Inline.Text> texts = new ArrayList<>();
    for (Inline x : in) {
      if (x instanceof Inline.Text t) {
        texts.add(t);
        continue;
      }
      flushTexts(texts, out);
      out.add(x);
    }
    flushTexts(texts, out);
    return out;
  }

  private static void flushTexts(List<Inline.Text> texts, List<Inline> out) {
    if (texts.size() == 1) out.add(texts.get(0));
    if (texts.size() > 1) {
      StringBuilder b = new StringBuilder();
      for (Inline.Text t : texts) b.append(t.text());
      String s = b.toString();
      out.add(new Inline.Text(s.contains("  ") ? SPACES.matcher(s).replaceAll(" ") : s));
    }
    texts.clear();
  }

  /** Runs of two spaces or more (made one where text runs join). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");

  /** A column's formula hint. */
  private static final java.util.regex.Pattern FORMULA =
      java.util.regex.Pattern.compile("row-sum:\\d+-\\d+|share:\\d+");

  /**
   * {@code s} with each run of spaces, tabs, carriage returns and line feeds made one space (as XML
   * collapses them); {@code s} itself when it has none to change. Most text runs of a markup are
   * the indentation between its elements, a run already alone or none at all.
   */
  static String collapse(String s) {
    int n = s.length();
    int i = 0;
    // the first place where something changes: a tab, CR or LF, or a second blank in a row
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') break;
      if (c == ' ' && i + 1 < n && isXmlBlank(s.charAt(i + 1))) break;
    }
    if (i == n) return s;
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (isXmlBlank(c)) {
        b.append(' ');
        while (i < n && isXmlBlank(s.charAt(i))) i++;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static boolean isXmlBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static List<Inline> trim(List<Inline> in) {
    List<Inline> out = new ArrayList<>(in);
    if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
      String s = t.text().stripLeading();
      if (s.isEmpty()) out.remove(0);
      else out.set(0, new Inline.Text(s));
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
      String s = t.text().stripTrailing();
      if (s.isEmpty()) out.remove(out.size() - 1);
      else out.set(out.size() - 1, new Inline.Text(s));
    }
    return out;
  }

  private static String text(MarkupElement e) {
    StringBuilder b = new StringBuilder();
    for (Object c : e.children()) {
      if (c instanceof String s) b.append(s);
      else
        throw new MarkupException(
            ((MarkupElement) c).line(), "texte seul attendu dans <" + e.name() + ">");
    }
    return b.toString();
  }

  /** Removes the indentation common to every non-blank line (templates indent their markup). */
  static String dedent(String s) {
    String[] lines = s.split("\n", -1);
    int common = Integer.MAX_VALUE;
    for (String l : lines) {
      if (l.isBlank()) continue;
      int i = 0;
      while (i < l.length() && l.charAt(i) == ' ') i++;
      common = Math.min(common, i);
    }
    if (common == Integer.MAX_VALUE || common == 0) return s.strip();
    StringBuilder b = new StringBuilder(s.length());
    for (String l : lines)
      b.append(l.length() >= common ? l.substring(common) : l.strip()).append('\n');
    return b.toString().strip();
  }
}

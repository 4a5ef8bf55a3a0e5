package fr.fejdoc.write.odt;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.document.read.SafeLinks;
import fr.fejdoc.load.ImageTypes;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.odf.OdfPackage;
import fr.fejdoc.write.odf.OdfXml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendering of one document as ODT: the walk of the tree into content.xml (headings with
 * outline levels, paragraphs in their styles, lists, tables with covered cells placed by {@link
 * TableGrid} and repeated header rows, notes, images, boxes, key figures, forms, sections in
 * columns), the automatic styles it needs (collected while walking, written before the body), and
 * the package. Landscape tables turn the page to the « Paysage » page style, as the DOCX edition
 * turns a section. A new instance is made for every write.
 */
final class OdtRenderer {
  static final String MISSING_TEXT = "Partie non renseignée";
  static final String MISSING_IMAGE = "Image non disponible";

  /** Text width of an A4 portrait page with 2 cm margins, in twips. */
  private static final int PORTRAIT_WIDTH = 11906 - 2 * 1134;

  /** Text width of an A4 landscape page with 2 cm margins, in twips. */
  private static final int LANDSCAPE_WIDTH = 16838 - 2 * 1134;

  private static final int CELL_MARGIN = 85;
  private static final int DETAIL_INDENT = 284;
  private static final int BOX_MARGIN = 142;
  private static final int BESIDE_GAP = 170;
  private static final int KEY_FIGURE_WIDTH = 2200;
  private static final int COLUMN_GAP = 567;

  /** Paragraphs at most before a landscape table for its section to turn landscape with it. */
  private static final int LANDSCAPE_LEAD = 3;

  /** Where blocks go and how an ordinary paragraph looks there. */
  private record Flow(
      boolean main,
      boolean note,
      int width,
      String style,
      Block.Align align,
      boolean bold,
      int indent) {
    Flow withStyle(String s) {
      return new Flow(main, note, width, s, align, bold, indent);
    }

    Flow indented(int twips) {
      return new Flow(main, note, width, style, align, bold, indent + twips);
    }

    Flow nested(int w, String s, Block.Align a, boolean b, int i) {
      return new Flow(false, note, w, s, a, b, i);
    }
  }

  /** An embedded picture: its path in the package, media type and bytes. */
  private record Picture(String path, String mime, byte[] data, int width, int height) {}

  private final Resources resources;
  private final OdfXml body = OdfXml.fragment(64 * 1024);

  /** Automatic styles, by their definition, in order of first use. */
  private final Map<String, String> autoStyles = new LinkedHashMap<>();

  private final Map<String, Optional<Picture>> pictures = new HashMap<>();
  private final List<Picture> embedded = new ArrayList<>();

  private String baseMaster = OdtStyles.STANDARD;
  private boolean landscapeNow;
  private String pendingMaster;
  private boolean pendingBreak;
  private boolean atPageStart = true;
  private Block.Table turnedFor;
  private int sectionLevel;
  private int listDepth;
  private int tables;
  private int notes;
  private int frames;
  private int sections;

  OdtRenderer(Resources resources) {
    this.resources = resources == null ? Resources.NONE : resources;
  }

  byte[] render(Doc d) {
    Doc.Meta meta = d.meta();
    String lang = language(meta == null ? null : meta.lang());
    Doc.Page page = d.page() == null ? new Doc.Page(false, null, null, false) : d.page();
    String draft = d.isDraft() ? d.draft().mark() : null;
    landscapeNow = page.landscape();
    baseMaster = landscapeNow ? OdtStyles.LANDSCAPE : OdtStyles.STANDARD;
    boolean cover =
        page.coverPage()
            && (draft == null ? notBlank(page.header()) || notBlank(page.footer()) : true);
    pendingMaster = cover ? OdtStyles.COVER : baseMaster;
    Flow main = new Flow(true, false, width(), "Standard", null, false, 0);
    body.open("office:body").open("office:text");
    blocks(main, d.blocks());
    if (body.depth() == 2 && autoStyles.isEmpty() && pendingMaster != null) {
      paragraph(main, null, null).close(); // an empty document still has its page style
    }
    body.close().close();

    OdfPackage pkg = new OdfPackage(OdfPackage.TEXT);
    pkg.add("content.xml", "text/xml", content());
    pkg.add(
        "styles.xml",
        "text/xml",
        OdtStyles.xml(lang, page.landscape(), page.header(), page.footer(), draft, cover));
    for (Picture p : embedded) pkg.add(p.path(), p.mime(), p.data());
    if (meta != null) {
      pkg.meta(meta.title(), lang);
      pkg.about(meta.subject(), meta.author(), meta.keywords());
    } else {
      pkg.meta(null, lang);
    }
    return pkg.bytes();
  }

  private byte[] content() {
    OdfXml x = new OdfXml(body.xml().length() + 8 * 1024);
    x.open("office:document-content")
        .attr("xmlns:office", OdfXml.NS_OFFICE)
        .attr("xmlns:style", OdfXml.NS_STYLE)
        .attr("xmlns:text", OdfXml.NS_TEXT)
        .attr("xmlns:table", OdfXml.NS_TABLE)
        .attr("xmlns:draw", OdfXml.NS_DRAW)
        .attr("xmlns:fo", OdfXml.NS_FO)
        .attr("xmlns:xlink", OdfXml.NS_XLINK)
        .attr("xmlns:svg", OdfXml.NS_SVG)
        .attr("xmlns:loext", OdfXml.NS_LOEXT)
        .attr("office:version", OdfXml.VERSION);
    x.open("office:automatic-styles");
    for (Map.Entry<String, String> e : autoStyles.entrySet()) {
      x.raw(e.getKey().replace("\u0000", e.getValue()));
    }
    x.close();
    x.raw(body.xml());
    x.close();
    return x.bytes();
  }

  /** "fr" → "fr-FR"; a full tag is kept; nothing → "fr-FR" (as the DOCX edition). */
  static String language(String lang) {
    if (lang == null || lang.isBlank()) return "fr-FR";
    String l = lang.strip().replace('_', '-');
    if (!l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) return "fr-FR";
    if (l.contains("-")) return l;
    return l.equalsIgnoreCase("fr") ? "fr-FR" : l.toLowerCase(Locale.ROOT);
  }

  private int width() {
    return landscapeNow ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  }

  // ---------------------------------------------------------------- automatic styles

  /**
   * The name of the automatic style defined by {@code xml}, where U+0000 stands for its name; the
   * same definition gets the same name.
   */
  private String auto(String prefix, String xml) {
    String name = autoStyles.get(xml);
    if (name == null) {
      name = prefix + (autoStyles.size() + 1);
      autoStyles.put(xml, name);
    }
    return name;
  }

  private static String pt(int twips) {
    int tenths = Math.round(twips / 2f);
    return (tenths / 10) + "." + (tenths % 10) + "pt";
  }

  private static String align(Block.Align a) {
    if (a == null) return null;
    return switch (a) {
      case LEFT -> null;
      case CENTER -> "center";
      case RIGHT -> "end";
    };
  }

  /**
   * The style of a paragraph: {@code parent} itself, or an automatic style under it with the
   * alignment, weight, indentation, keep, page break and page style asked for.
   */
  private String paraStyle(
      String parent,
      Block.Align a,
      boolean bold,
      int indent,
      boolean keep,
      String master,
      boolean pageBreak,
      boolean rightAlign) {
    String al = rightAlign ? "end" : align(a);
    if (al == null && !bold && indent == 0 && !keep && master == null && !pageBreak) return parent;
    StringBuilder b =
        new StringBuilder("<style:style style:name=\"\u0000\" style:family=\"paragraph\"");
    b.append(" style:parent-style-name=\"").append(parent).append('"');
    if (master != null) b.append(" style:master-page-name=\"").append(master).append('"');
    b.append("><style:paragraph-properties");
    if (al != null) b.append(" fo:text-align=\"").append(al).append('"');
    if (indent > 0) b.append(" fo:margin-left=\"").append(pt(indent)).append('"');
    if (keep) b.append(" fo:keep-with-next=\"always\"");
    if (pageBreak && master == null) b.append(" fo:break-before=\"page\"");
    b.append("/>");
    if (bold) {
      b.append(
          "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
              + " style:font-weight-complex=\"bold\"/>");
    }
    b.append("</style:style>");
    return auto("P", b.toString());
  }

  /** The page style the next element of the main flow starts, consumed; or null. */
  private String takeMaster(Flow f) {
    if (!f.main) return null;
    String m = pendingMaster;
    pendingMaster = null;
    if (m != null) {
      pendingBreak = false;
    }
    atPageStart = m != null;
    return m;
  }

  private boolean takeBreak(Flow f) {
    if (!f.main) return false;
    boolean b = pendingBreak;
    pendingBreak = false;
    return b;
  }

  /** Opens a paragraph in {@code flow} ({@code style} null: the flow's own). */
  private OdfXml paragraph(Flow f, String style, Block.Align a) {
    return paragraph(f, style, a, false, false);
  }

  private OdfXml paragraph(Flow f, String style, Block.Align a, boolean keep, boolean right) {
    String master = takeMaster(f);
    boolean pb = takeBreak(f);
    String s =
        paraStyle(
            style == null ? f.style() : style,
            a == null ? f.align() : a,
            f.bold(),
            f.indent(),
            keep,
            master,
            pb,
            right);
    return body.open("text:p").attr("text:style-name", s);
  }

  // ---------------------------------------------------------------- blocks

  private void blocks(Flow f, List<Block> list) {
    if (list == null) return;
    for (Block b : list) block(f, b);
  }

  private void block(Flow f, Block block) {
    fr.fejdoc.model.Deadline.check();
    switch (block) {
      case null -> {}
      case Block.Section s -> section(f, s);
      case Block.Para p -> para(f, p);
      case Block.Heading h -> heading(f, sectionLevel + Math.max(1, h.level()), null, h.content());
      case Block.BulletList l -> list(f, l.items(), -1);
      case Block.OrderedList l -> list(f, l.items(), l.start());
      case Block.Table t -> table(f, t);
      case Block.Form fm -> form(f, fm);
      case Block.Figure fg -> figure(f, fg);
      case Block.Quote q -> quote(f, q);
      case Block.KeyFigures k -> keyFigures(f, k);
      case Block.Box b -> box(f, b);
      case Block.Columns c -> columns(f, c);
      case Block.Beside s -> beside(f, s);
      case Block.PageBreak pb -> {
        if (f.main && !atPageStart && pendingMaster == null) pendingBreak = true;
      }
    }
  }

  private void section(Flow f, Block.Section s) {
    Block.Table lead = f.main && !landscapeNow ? landscapeLead(s) : null;
    if (lead != null) {
      turnedFor = lead;
      turn(true);
    }
    int level = Math.max(1, s.level());
    boolean hasNumber = s.number() != null && !s.number().isBlank();
    List<Inline> title = s.title() == null ? List.of() : s.title();
    if (hasNumber || !title.isEmpty()) {
      List<Inline> all = new ArrayList<>();
      if (hasNumber) all.add(new Inline.Text(s.number().strip() + " "));
      all.addAll(title);
      heading(f, level, s.id(), all);
    }
    int saved = sectionLevel;
    sectionLevel = level;
    blocks(f, s.content());
    sectionLevel = saved;
  }

  /** The landscape table a section opens with (after at most a few paragraphs), or null. */
  private static Block.Table landscapeLead(Block.Section s) {
    if (s.content() == null) return null;
    int before = 0;
    for (Block b : s.content()) {
      if (b instanceof Block.Table t && t.landscape()) return before <= LANDSCAPE_LEAD ? t : null;
      if (!(b instanceof Block.Para) && !(b instanceof Block.Heading)) return null;
      before++;
    }
    return null;
  }

  /** Turns the next page of the main flow landscape, or back to the document's own page. */
  private void turn(boolean landscape) {
    landscapeNow = landscape;
    pendingMaster = landscape ? OdtStyles.LANDSCAPE : baseMaster;
    pendingBreak = false;
  }

  private void heading(Flow f, int level, String bookmark, List<Inline> content) {
    int l = OdtStyles.clampLevel(level);
    String master = takeMaster(f);
    boolean pb = takeBreak(f);
    String style = paraStyle(OdtStyles.heading(l), null, false, 0, false, master, pb, false);
    body.open("text:h").attr("text:style-name", style).attr("text:outline-level", l);
    if (bookmark != null && !bookmark.isBlank()) {
      body.empty("text:bookmark", "text:name", bookmark.strip());
    }
    inlines(f, content, 0);
    body.close();
  }

  private void para(Flow f, Block.Para p) {
    paragraph(f, OdtStyles.of(p.style()), null);
    if (p.style() == Block.ParaStyle.MISSING && (p.content() == null || p.content().isEmpty())) {
      body.odfText(MISSING_TEXT);
    } else {
      inlines(f, p.content(), 0);
    }
    body.close();
  }

  // ---------------------------------------------------------------- lists

  /** A list; {@code start} < 0 for bullets. */
  private void list(Flow f, List<List<Block>> items, int start) {
    if (items == null || items.isEmpty()) return;
    boolean top = listDepth == 0;
    String style = start < 0 ? OdtStyles.BULLETS : OdtStyles.NUMBERS;
    openList(f, style, top, false);
    boolean first = true;
    listDepth++;
    try {
      for (List<Block> item : items) {
        body.open("text:list-item");
        if (first && start >= 0) body.attr("text:start-value", Math.max(0, start));
        first = false;
        List<Block> rest = item == null ? List.of() : item;
        boolean wrote = false;
        for (Block b : rest) {
          if (b == null) continue;
          if (b instanceof Block.Para
              || b instanceof Block.Heading
              || b instanceof Block.BulletList
              || b instanceof Block.OrderedList) {
            if (b instanceof Block.Heading h) {
              paragraph(f, null, null);
              inlines(f, h.content(), 1);
              body.close();
            } else {
              block(f, b);
            }
          } else if (top) {
            // a list item holds paragraphs and lists only: the list pauses around the block and
            // goes on after it, the rest of the item under a list header (no second number)
            if (!wrote) paragraph(f, null, null).close();
            body.close().close();
            listDepth--;
            block(f.indented(357), b);
            listDepth++;
            openList(f, style, true, true);
            body.open("text:list-header");
            wrote = false;
            continue;
          } else {
            paragraph(f, null, null).odfText(plainBlock(b)).close();
          }
          wrote = true;
        }
        if (!wrote) paragraph(f, null, null).close();
        body.close();
      }
    } finally {
      listDepth--;
    }
    body.close();
  }

  private void openList(Flow f, String style, boolean top, boolean continued) {
    body.open("text:list");
    if (top) body.attr("text:style-name", style);
    if (continued) body.attr("text:continue-numbering", "true");
  }

  private static String plainBlock(Block b) {
    StringBuilder out = new StringBuilder();
    collect(b, out);
    return out.toString().strip();
  }

  private static void collect(Block b, StringBuilder out) {
    switch (b) {
      case Block.Para p -> out.append(PlainText.of(p.content())).append(' ');
      case Block.Heading h -> out.append(PlainText.of(h.content())).append(' ');
      case Block.Table t -> {
        for (Block.Row r : t.rows() == null ? List.<Block.Row>of() : t.rows()) {
          if (r == null || r.cells() == null) continue;
          for (Block.Cell c : r.cells()) {
            if (c != null && c.content() != null) for (Block x : c.content()) collect(x, out);
          }
        }
      }
      case null -> {}
      default -> {
        for (Block x : Block.children(b)) collect(x, out);
      }
    }
  }

  // ---------------------------------------------------------------- inlines

  private static final int BOLD = 1;
  private static final int ITALIC = 2;
  private static final int UNDERLINE = 4;
  private static final int SUPER = 8;
  private static final int SUB = 16;

  private String textStyle(int marks) {
    StringBuilder b =
        new StringBuilder(
            "<style:style style:name=\"\u0000\" style:family=\"text\"><style:text-properties");
    if ((marks & BOLD) != 0)
      b.append(
          " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
              + " style:font-weight-complex=\"bold\"");
    if ((marks & ITALIC) != 0)
      b.append(
          " fo:font-style=\"italic\" style:font-style-asian=\"italic\""
              + " style:font-style-complex=\"italic\"");
    if ((marks & UNDERLINE) != 0)
      b.append(
          " style:text-underline-style=\"solid\" style:text-underline-width=\"auto\""
              + " style:text-underline-color=\"font-color\"");
    if ((marks & SUPER) != 0) b.append(" style:text-position=\"super 58%\"");
    else if ((marks & SUB) != 0) b.append(" style:text-position=\"sub 58%\"");
    b.append("/></style:style>");
    return auto("T", b.toString());
  }

  private void inlines(Flow f, List<Inline> list, int marks) {
    write(f, list, marks, false);
  }

  private void write(Flow f, List<Inline> list, int m, boolean inLink) {
    if (list == null) return;
    for (Inline i : list) {
      switch (i) {
        case null -> {}
        case Inline.Text t -> text(t.text(), m);
        case Inline.Num n -> text(n.text(), m);
        case Inline.Emph e -> write(f, e.content(), m | ITALIC, inLink);
        case Inline.Strong s -> write(f, s.content(), m | BOLD, inLink);
        case Inline.Underline u -> write(f, u.content(), m | UNDERLINE, inLink);
        case Inline.Superscript s -> write(f, s.content(), (m | SUPER) & ~SUB, inLink);
        case Inline.Subscript s -> write(f, s.content(), (m | SUB) & ~SUPER, inLink);
        case Inline.Code c -> {
          if (c.text() != null && !c.text().isEmpty()) {
            body.open("text:span").attr("text:style-name", OdtStyles.CODE);
            text(c.text(), m);
            body.close();
          }
        }
        case Inline.Link l -> link(f, l, m, inLink);
        case Inline.Note n -> note(f, n, m);
        case Inline.LineBreak b -> body.empty("text:line-break");
      }
    }
  }

  private void text(String s, int marks) {
    if (s == null || s.isEmpty()) return;
    if (marks == 0) {
      body.odfText(s);
      return;
    }
    body.open("text:span").attr("text:style-name", textStyle(marks)).odfText(s).close();
  }

  private void link(Flow f, Inline.Link l, int m, boolean inLink) {
    String url = l.url();
    List<Inline> content = l.content() == null || l.content().isEmpty() ? null : l.content();
    if (inLink || !SafeLinks.isSafe(url)) {
      if (content == null) text(url, m);
      else write(f, content, m, inLink);
      return;
    }
    body.open("text:a")
        .attr("xlink:type", "simple")
        .attr("xlink:href", url)
        .attr("text:style-name", OdtStyles.LINK)
        .attr("text:visited-style-name", OdtStyles.LINK);
    if (content == null) text(url, m);
    else write(f, content, m, true);
    body.close();
  }

  private void note(Flow f, Inline.Note n, int m) {
    if (f.note()) {
      // no note inside a note: its text follows in brackets, as in the DOCX edition
      StringBuilder b = new StringBuilder();
      for (Block x : n.content() == null ? List.<Block>of() : n.content()) collect(x, b);
      text(" [" + b.toString().strip() + "]", m);
      return;
    }
    int id = ++notes;
    body.open("text:note").attr("text:id", "ftn" + id).attr("text:note-class", "footnote");
    body.open("text:note-citation").text(Integer.toString(id)).close();
    body.open("text:note-body");
    Flow inner = new Flow(false, true, PORTRAIT_WIDTH, OdtStyles.FOOTNOTE, null, false, 0);
    int depth = body.depth();
    blocks(inner, n.content());
    if (body.depth() == depth && (n.content() == null || n.content().isEmpty())) {
      paragraph(inner, null, null).close();
    }
    body.close().close();
  }

  // ---------------------------------------------------------------- tables

  /** The style of a table of {@code widths}, starting the pending page style or break. */
  private String tableStyle(Flow f, int total, int marginLeft) {
    String master = takeMaster(f);
    boolean pb = takeBreak(f);
    StringBuilder b =
        new StringBuilder("<style:style style:name=\"\u0000\" style:family=\"table\"");
    if (master != null) b.append(" style:master-page-name=\"").append(master).append('"');
    b.append("><style:table-properties style:width=\"")
        .append(pt(total))
        .append("\" table:align=\"")
        .append(marginLeft > 0 ? "margins" : "left")
        .append('"');
    if (marginLeft > 0) b.append(" fo:margin-left=\"").append(pt(marginLeft)).append('"');
    if (pb && master == null) b.append(" fo:break-before=\"page\"");
    b.append(" fo:margin-top=\"0pt\" fo:margin-bottom=\"6pt\"/></style:style>");
    return auto("Ta", b.toString());
  }

  private String columnStyle(int width) {
    return auto(
        "Co",
        "<style:style style:name=\"\u0000\" style:family=\"table-column\">"
            + "<style:table-column-properties style:column-width=\""
            + pt(width)
            + "\"/></style:style>");
  }

  /**
   * A cell style: {@code fill} a colour or null, {@code borders} the four fo:border values (top,
   * bottom, left, right), padding in twips on the left and right.
   */
  private String cellStyle(String fill, String[] borders, int padding, String valign) {
    StringBuilder b =
        new StringBuilder(
            "<style:style style:name=\"\u0000\" style:family=\"table-cell\">"
                + "<style:table-cell-properties");
    if (fill != null) b.append(" fo:background-color=\"#").append(fill).append('"');
    b.append(" fo:border-top=\"").append(borders[0]).append('"');
    b.append(" fo:border-bottom=\"").append(borders[1]).append('"');
    b.append(" fo:border-left=\"").append(borders[2]).append('"');
    b.append(" fo:border-right=\"").append(borders[3]).append('"');
    b.append(" fo:padding-top=\"1pt\" fo:padding-bottom=\"1pt\"");
    b.append(" fo:padding-left=\"").append(pt(padding)).append('"');
    b.append(" fo:padding-right=\"").append(pt(padding)).append('"');
    if (valign != null) b.append(" style:vertical-align=\"").append(valign).append('"');
    b.append("/></style:style>");
    return auto("Ce", b.toString());
  }

  private static final String GRID = "0.5pt solid #6b6b6b";

  private static String[] all(String border) {
    return new String[] {border, border, border, border};
  }

  private String openTable(Flow f, int[] widths, int marginLeft) {
    int total = 0;
    for (int w : widths) total += w;
    String name = "Tableau" + (++tables);
    body.open("table:table")
        .attr("table:name", name)
        .attr("table:style-name", tableStyle(f, total, marginLeft));
    for (int w : widths) body.empty("table:table-column", "table:style-name", columnStyle(w));
    return name;
  }

  private void table(Flow f, Block.Table t) {
    boolean turn = f.main && t.landscape() && !landscapeNow;
    if (turn) turn(true);
    Flow tf = f.main ? new Flow(true, f.note(), width(), f.style(), f.align(), f.bold(), 0) : f;
    dataTable(tf, t);
    if (turn || (turnedFor == t && f.main)) {
      turn(false);
      turnedFor = null;
      landscapeNow = baseMaster.equals(OdtStyles.LANDSCAPE);
    }
  }

  private void dataTable(Flow f, Block.Table t) {
    if (t.caption() != null && !t.caption().isEmpty()) {
      paragraph(f, OdtStyles.CAPTION, null);
      if (t.id() != null && !t.id().isBlank()) {
        body.empty("text:bookmark", "text:name", t.id().strip());
      }
      inlines(f, t.caption(), 0);
      body.close();
    }
    TableGrid grid = TableGrid.of(t);
    int[] widths =
        TableGrid.widths(t.columns(), grid.columns, Math.max(567, f.width() - f.indent()));
    openTable(f, widths, f.indent());
    List<Block.Row> rows = t.rows() == null ? List.of() : t.rows();
    long headerRows = t.headerRows();
    boolean inHeader = false;
    for (int i = 0; i < rows.size(); i++) {
      Block.Row row = rows.get(i);
      Block.RowKind kind = row == null || row.kind() == null ? Block.RowKind.BODY : row.kind();
      if (i == 0 && headerRows > 0) {
        body.open("table:table-header-rows");
        inHeader = true;
      }
      body.open("table:table-row");
      for (TableGrid.Slot slot : grid.rows.get(i)) slot(f, slot, kind, t.columns(), widths);
      body.close();
      if (inHeader && i + 1 == headerRows) {
        body.close();
        inHeader = false;
      }
    }
    if (inHeader) body.close();
    if (rows.isEmpty()) {
      body.open("table:table-row");
      for (int k = 0; k < grid.columns; k++) emptyCell(f, null, widths[k]);
      body.close();
    }
    body.close();
  }

  private void slot(
      Flow f, TableGrid.Slot slot, Block.RowKind kind, List<Block.Column> cols, int[] widths) {
    if (slot.continuation()) {
      for (int k = 0; k < slot.span(); k++) body.empty("table:covered-table-cell");
      return;
    }
    int width = 0;
    for (int k = slot.column(); k < slot.column() + slot.span() && k < widths.length; k++)
      width += widths[k];
    String style =
        switch (kind) {
          case HEADER -> cellStyle("d9d9d9", all(GRID), CELL_MARGIN, "bottom");
          case GROUP -> cellStyle("efefef", all(GRID), CELL_MARGIN, null);
          case TOTAL ->
              cellStyle(
                  null, new String[] {"1.5pt solid #1e1e1e", GRID, GRID, GRID}, CELL_MARGIN, null);
          default -> cellStyle(null, all(GRID), CELL_MARGIN, null);
        };
    Block.Cell cell = slot.cell();
    body.open("table:table-cell")
        .attr("table:style-name", style)
        .attr("office:value-type", "string");
    if (slot.span() > 1) body.attr("table:number-columns-spanned", slot.span());
    if (slot.rowspan() > 1) body.attr("table:number-rows-spanned", slot.rowspan());
    Block.Align align = cell == null ? null : cell.align();
    if ((align == null || align == Block.Align.LEFT)
        && cols != null
        && slot.column() < cols.size()
        && cols.get(slot.column()) != null) align = cols.get(slot.column()).align();
    boolean bold =
        kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP || kind == Block.RowKind.TOTAL;
    int indent = kind == Block.RowKind.DETAIL && slot.column() == 0 ? DETAIL_INDENT : 0;
    Flow inner = f.nested(width - 2 * CELL_MARGIN, OdtStyles.TABLE_TEXT, align, bold, indent);
    cellContent(inner, cell == null ? null : cell.content());
    body.close();
    for (int k = 1; k < slot.span(); k++) body.empty("table:covered-table-cell");
  }

  /** A cell's blocks; at least one paragraph. */
  private void cellContent(Flow inner, List<Block> content) {
    boolean any = false;
    if (content != null) for (Block b : content) any |= b != null;
    if (!any) {
      paragraph(inner, null, null).close();
      return;
    }
    blocks(inner, content);
  }

  private void emptyCell(Flow f, String style, int width) {
    body.open("table:table-cell").attr("table:style-name", style);
    paragraph(f.nested(width, OdtStyles.TABLE_TEXT, null, false, 0), null, null).close();
    body.close();
  }

  // ---------------------------------------------------------------- forms, boxes, key figures

  private void form(Flow f, Block.Form fm) {
    int total = Math.max(567, f.width() - f.indent());
    int[] widths = {total * 35 / 100, total - total * 35 / 100};
    openTable(f, widths, f.indent());
    String labelStyle = cellStyle("efefef", all(GRID), CELL_MARGIN, null);
    String groupStyle = cellStyle("d9d9d9", all(GRID), CELL_MARGIN, null);
    String valueStyle = cellStyle(null, all(GRID), CELL_MARGIN, null);
    int rows = 0;
    for (Block.FormRow row : fm.rows() == null ? List.<Block.FormRow>of() : fm.rows()) {
      if (row == null) continue;
      List<Block> value = row.value() == null ? List.of() : row.value();
      if (row.group()) {
        body.open("table:table-row");
        body.open("table:table-cell")
            .attr("table:style-name", groupStyle)
            .attr("table:number-columns-spanned", 2)
            .attr("office:value-type", "string");
        label(f, total, row.label());
        body.close();
        body.empty("table:covered-table-cell");
        body.close();
        rows++;
        if (!value.isEmpty()) {
          body.open("table:table-row");
          body.open("table:table-cell")
              .attr("table:style-name", valueStyle)
              .attr("table:number-columns-spanned", 2)
              .attr("office:value-type", "string");
          cellContent(
              f.nested(total - 2 * CELL_MARGIN, OdtStyles.TABLE_TEXT, null, false, 0), value);
          body.close();
          body.empty("table:covered-table-cell");
          body.close();
        }
        continue;
      }
      body.open("table:table-row");
      body.open("table:table-cell")
          .attr("table:style-name", labelStyle)
          .attr("office:value-type", "string");
      label(f, widths[0], row.label());
      body.close();
      body.open("table:table-cell")
          .attr("table:style-name", valueStyle)
          .attr("office:value-type", "string");
      cellContent(
          f.nested(widths[1] - 2 * CELL_MARGIN, OdtStyles.TABLE_TEXT, null, false, 0), value);
      body.close();
      body.close();
      rows++;
    }
    if (rows == 0) {
      body.open("table:table-row");
      emptyCell(f, valueStyle, widths[0]);
      emptyCell(f, valueStyle, widths[1]);
      body.close();
    }
    body.close();
  }

  private void label(Flow f, int width, List<Inline> label) {
    Flow inner = f.nested(width - 2 * CELL_MARGIN, OdtStyles.TABLE_TEXT, null, true, 0);
    paragraph(inner, null, null);
    inlines(inner, label, 0);
    body.close();
  }

  private void box(Flow f, Block.Box b) {
    int width = Math.max(567, f.width() - f.indent());
    Block.BoxKind kind = b.kind() == null ? Block.BoxKind.NOTICE : b.kind();
    String accent = "1pt solid #000091";
    String style =
        switch (kind) {
          case BAND ->
              cellStyle(
                  "e8eaf6",
                  new String[] {"none", "none", "4.5pt solid #000091", "none"},
                  BOX_MARGIN,
                  null);
          case ACTOR -> cellStyle(null, all(accent), BOX_MARGIN, null);
          case NOTICE ->
              cellStyle(
                  "f2f2f2",
                  new String[] {"1pt solid #6b6b6b", "none", "none", "none"},
                  BOX_MARGIN,
                  null);
          case IDENTITY -> cellStyle("f5f6fb", all(accent), BOX_MARGIN, null);
        };
    openTable(f, new int[] {width}, f.indent());
    body.open("table:table-row");
    body.open("table:table-cell")
        .attr("table:style-name", style)
        .attr("office:value-type", "string");
    Flow inner = f.nested(width - 2 * BOX_MARGIN, "Standard", null, false, 0);
    boolean any = false;
    if (b.title() != null && !b.title().isEmpty()) {
      paragraph(inner, OdtStyles.BOX_TITLE, null);
      inlines(inner, b.title(), 0);
      body.close();
      any = true;
    }
    if (any) blocks(inner, b.content());
    else cellContent(inner, b.content());
    body.close().close().close();
  }

  private void keyFigures(Flow f, Block.KeyFigures k) {
    List<Block.KeyFigure> figures =
        k.figures() == null ? List.of() : k.figures().stream().filter(Objects::nonNull).toList();
    if (figures.isEmpty()) return;
    int total = Math.max(567, f.width() - f.indent());
    int per = Math.max(1, Math.min(Math.min(3, figures.size()), total / KEY_FIGURE_WIDTH));
    int[] widths = TableGrid.widths(null, per, total);
    openTable(f, widths, f.indent());
    String filled = cellStyle("eef0fa", all("3pt solid #ffffff"), CELL_MARGIN, null);
    String empty = cellStyle(null, all("none"), CELL_MARGIN, null);
    for (int start = 0; start < figures.size(); start += per) {
      body.open("table:table-row");
      for (int i = 0; i < per; i++) {
        if (start + i >= figures.size()) {
          emptyCell(f, empty, widths[i]);
          continue;
        }
        Block.KeyFigure fig = figures.get(start + i);
        body.open("table:table-cell")
            .attr("table:style-name", filled)
            .attr("office:value-type", "string");
        Flow inner = f.nested(widths[i] - 2 * CELL_MARGIN, OdtStyles.TABLE_TEXT, null, false, 0);
        paragraph(inner, OdtStyles.KEY_FIGURE, null);
        body.odfText(fig.value());
        body.close();
        paragraph(inner, OdtStyles.KEY_FIGURE_CAPTION, null);
        inlines(inner, fig.caption(), 0);
        body.close();
        body.close();
      }
      body.close();
    }
    body.close();
  }

  private void beside(Flow f, Block.Beside s) {
    List<Block> parts =
        s.content() == null ? List.of() : s.content().stream().filter(Objects::nonNull).toList();
    if (parts.size() < 2) {
      blocks(f, parts);
      return;
    }
    int n = parts.size();
    int total = Math.max(567, f.width() - f.indent());
    int[] widths = TableGrid.widths(null, n, total);
    openTable(f, widths, f.indent());
    body.open("table:table-row");
    for (int i = 0; i < n; i++) {
      int gap = i < n - 1 ? BESIDE_GAP : 0;
      String style = cellStyle(null, all("none"), 0, null);
      if (gap > 0) {
        style =
            auto(
                "Ce",
                "<style:style style:name=\"\u0000\" style:family=\"table-cell\">"
                    + "<style:table-cell-properties fo:border=\"none\" fo:padding-top=\"0pt\""
                    + " fo:padding-bottom=\"0pt\" fo:padding-left=\"0pt\" fo:padding-right=\""
                    + pt(gap)
                    + "\"/></style:style>");
      }
      body.open("table:table-cell")
          .attr("table:style-name", style)
          .attr("office:value-type", "string");
      cellContent(f.nested(widths[i] - gap, "Standard", null, false, 0), List.of(parts.get(i)));
      body.close();
    }
    body.close().close();
  }

  // ---------------------------------------------------------------- quotes, columns

  private void quote(Flow f, Block.Quote q) {
    Flow inner = f.withStyle(q.pull() ? OdtStyles.PULL_QUOTE : OdtStyles.QUOTE);
    blocks(inner, q.content());
    if (q.attribution() != null && !q.attribution().isEmpty()) {
      paragraph(inner, null, null, false, true);
      body.odfText("— ");
      inlines(inner, q.attribution(), 0);
      body.close();
    }
  }

  private void columns(Flow f, Block.Columns c) {
    int n = Math.min(c.count(), 6);
    if (!f.main || n < 2 || landscapeNow) {
      blocks(f, c.content());
      return;
    }
    if (pendingMaster != null || pendingBreak) {
      // a section cannot carry a page style: an empty paragraph starts the page
      paragraph(f, null, null).close();
    }
    String style =
        auto(
            "Sect",
            "<style:style style:name=\"\u0000\" style:family=\"section\"><style:section-properties"
                + " text:dont-balance-text-columns=\"false\"><style:columns fo:column-count=\""
                + n
                + "\" fo:column-gap=\""
                + pt(COLUMN_GAP)
                + "\"/></style:section-properties></style:style>");
    body.open("text:section")
        .attr("text:style-name", style)
        .attr("text:name", "Section" + (++sections));
    int depth = body.depth();
    int column = (PORTRAIT_WIDTH - COLUMN_GAP * (n - 1)) / n;
    blocks(
        new Flow(true, f.note(), column, f.style(), f.align(), f.bold(), f.indent()), c.content());
    if (body.depth() == depth && (c.content() == null || c.content().isEmpty())) {
      paragraph(f, null, null).close();
    }
    body.close();
  }

  // ---------------------------------------------------------------- figures

  private void figure(Flow f, Block.Figure fg) {
    Optional<Picture> image = f.note() ? Optional.empty() : picture(fg.source());
    String alt = fg.alt() == null ? "" : fg.alt().strip();
    if (image.isEmpty()) {
      paragraph(f, OdtStyles.SMALL, Block.Align.CENTER, true, false);
      body.odfText("[" + (alt.isEmpty() ? MISSING_IMAGE : alt) + "]");
      body.close();
    } else {
      Picture p = image.get();
      paragraph(f, OdtStyles.FIGURE, Block.Align.CENTER);
      int max = Math.max(567, f.width() - f.indent());
      int percent = fg.widthPercent();
      // twips: a share of the text width, or the image's own size at 96 dpi within it
      long w =
          percent > 0 && percent <= 100
              ? (long) max * percent / 100
              : Math.min(max, (long) p.width() * 15);
      long h = Math.max(1, w * p.height() / Math.max(1, p.width()));
      int n = ++frames;
      String frameStyle =
          auto(
              "fr",
              "<style:style style:name=\"\u0000\" style:family=\"graphic\">"
                  + "<style:graphic-properties style:vertical-pos=\"top\""
                  + " style:vertical-rel=\"baseline\" style:horizontal-pos=\"center\""
                  + " style:horizontal-rel=\"paragraph\" fo:border=\"none\""
                  + " style:mirror=\"none\"/></style:style>");
      body.open("draw:frame")
          .attr("draw:style-name", frameStyle)
          .attr("draw:name", "Image" + n)
          .attr("text:anchor-type", "as-char")
          .attr("svg:width", pt((int) Math.min(Integer.MAX_VALUE, w)))
          .attr("svg:height", pt((int) Math.min(Integer.MAX_VALUE, h)))
          .attr("draw:z-index", 0);
      body.empty(
          "draw:image",
          "xlink:href",
          p.path(),
          "xlink:type",
          "simple",
          "xlink:show",
          "embed",
          "xlink:actuate",
          "onLoad",
          "draw:mime-type",
          p.mime());
      if (!alt.isEmpty()) {
        body.open("svg:title").text(alt).close();
        body.open("svg:desc").text(alt).close();
      }
      body.close();
      body.close();
    }
    List<Inline> caption = fg.caption() == null ? List.of() : fg.caption();
    List<Inline> credit = fg.credit() == null ? List.of() : fg.credit();
    if (caption.isEmpty() && credit.isEmpty()) return;
    paragraph(f, OdtStyles.SMALL, Block.Align.CENTER);
    inlines(f, caption, 0);
    if (!credit.isEmpty()) {
      if (!caption.isEmpty()) body.odfText(" ");
      inlines(f, credit, ITALIC);
    }
    body.close();
  }

  private Optional<Picture> picture(String source) {
    if (source == null || source.isBlank()) return Optional.empty();
    return pictures.computeIfAbsent(source, this::load);
  }

  private Optional<Picture> load(String source) {
    try {
      Optional<byte[]> bytes = resources.image(source);
      if (bytes == null || bytes.isEmpty()) return Optional.empty();
      Optional<byte[]> fit = ImageTypes.forDocuments(bytes.get());
      if (fit.isEmpty()) return Optional.empty();
      ImageTypes.Info info = ImageTypes.probe(fit.get());
      String ext =
          switch (info.mime()) {
            case ImageTypes.PNG -> ".png";
            case ImageTypes.JPEG -> ".jpg";
            default -> null;
          };
      if (ext == null) return Optional.empty();
      Picture p =
          new Picture(
              "Pictures/image" + (embedded.size() + 1) + ext,
              info.mime(),
              fit.get(),
              info.width(),
              info.height());
      embedded.add(p);
      return Optional.of(p);
    } catch (ImageTypes.Unreadable | RuntimeException e) {
      return Optional.empty(); // shown as missing, as check reports it
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}

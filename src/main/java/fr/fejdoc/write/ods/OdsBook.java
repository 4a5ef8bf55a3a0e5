package fr.fejdoc.write.ods;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.write.Sheets;
import fr.fejdoc.write.odf.OdfPackage;
import fr.fejdoc.write.odf.OdfXml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One spreadsheet from one document: a sheet per table of the tree, in order, laid out like the
 * XLSX edition (the project line, the caption, the draft mark or a blank row, then the table).
 */
final class OdsBook {
  /** Rows above the table: project line, caption, a blank line (as the XLSX edition). */
  static final int TOP = 3;

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 40;

  /** A table of the tree and the project line in force where it stands. */
  private record Found(Block.Table table, String projectLine) {}

  private final OdsStyles styles = new OdsStyles();
  private final Sheets.Names names = new Sheets.Names();

  byte[] write(Doc doc) {
    List<Found> tables = new ArrayList<>();
    find(doc.blocks(), new String[1], tables);
    String draft = doc.isDraft() ? doc.draft().mark() : null;
    // the body first: it names the styles it uses, written before it
    OdfXml body = OdfXml.fragment(64 * 1024);
    body.open("office:body").open("office:spreadsheet");
    int n = 0;
    for (Found f : tables) sheet(body, f, ++n, draft);
    if (tables.isEmpty()) {
      body.open("table:table").attr("table:name", "Document");
      body.empty("table:table-column");
      row(body, "Ce document ne contient aucun tableau.", Sheets.Role.VALUE, 1);
      if (draft != null) {
        body.open("table:table-row").empty("table:table-cell").close();
        row(body, draft, Sheets.Role.DRAFT, 1);
      }
      body.close();
    }
    body.close().close();

    String bodyXml = body.xml();
    OdfXml x = new OdfXml(bodyXml.length() + 8 * 1024);
    x.open("office:document-content");
    namespaces(x);
    x.open("office:automatic-styles");
    styles.write(x);
    x.close();
    x.raw(bodyXml);
    x.close();

    Doc.Meta meta = doc.meta();
    OdfPackage pkg = new OdfPackage(OdfPackage.SPREADSHEET);
    pkg.add("content.xml", "text/xml", x.bytes());
    pkg.add("styles.xml", "text/xml", stylesXml(doc, draft));
    String lang = meta == null || meta.lang() == null ? "fr-FR" : meta.lang();
    if (lang.equals("fr")) lang = "fr-FR";
    pkg.meta(meta == null ? null : meta.title(), lang);
    if (meta != null) pkg.about(meta.subject(), meta.author(), meta.keywords());
    return pkg.bytes();
  }

  static void namespaces(OdfXml x) {
    x.attr("xmlns:office", OdfXml.NS_OFFICE)
        .attr("xmlns:style", OdfXml.NS_STYLE)
        .attr("xmlns:text", OdfXml.NS_TEXT)
        .attr("xmlns:table", OdfXml.NS_TABLE)
        .attr("xmlns:fo", OdfXml.NS_FO)
        .attr("xmlns:number", OdfXml.NS_NUMBER)
        .attr("xmlns:of", OdfXml.NS_OF)
        .attr("office:version", OdfXml.VERSION);
  }

  /** A row of one cell of text. */
  private void row(OdfXml x, String text, Sheets.Role role, int span) {
    x.open("table:table-row");
    x.open("table:table-cell").attr("table:style-name", styles.cell(role, null, null));
    if (span > 1) x.attr("table:number-columns-spanned", span);
    x.attr("office:value-type", "string");
    paragraphs(x, text);
    x.close();
    for (int k = 1; k < span; k++) x.empty("table:covered-table-cell");
    x.close();
  }

  private void sheet(OdfXml x, Found f, int n, String draft) {
    Block.Table t = f.table();
    OdsTable model = new OdsTable(t, TOP);
    int columns = model.columns;
    int[] width = new int[columns];
    ProjectLine project = ProjectLine.of(f.projectLine());
    if (project != null) {
      width[0] = Math.max(width[0], project.label().length() + 1);
      if (columns > 1) width[1] = Math.max(width[1], Math.min(MAX_WIDTH, project.value().length()));
    }
    for (int i = 0; i < model.rows; i++) {
      for (TableGrid.Slot s : model.grid.rows.get(i)) {
        if (s.cell() == null || s.span() != 1) continue;
        String text = model.texts[i][s.column()];
        int need =
            model.kind(i) == Block.RowKind.HEADER
                ? Sheets.longestWord(text)
                : Math.min(MAX_WIDTH, Sheets.longestLine(text));
        if (model.figures[i][s.column()] != null) need = Math.max(need, text.length() + 2);
        width[s.column()] = Math.max(width[s.column()], need);
      }
    }

    x.open("table:table").attr("table:name", names.of(t.id(), PlainText.of(t.caption()), n));
    x.attr("table:style-name", t.landscape() ? "ta2" : "ta1");
    for (int c = 0; c < columns; c++) {
      int w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width[c]));
      x.empty("table:table-column", "table:style-name", styles.column(w));
    }
    // project line, caption, draft mark or blank
    x.open("table:table-row");
    if (project != null) {
      textCell(x, project.label(), styles.cell(Sheets.Role.LABEL, null, null), 1);
      textCell(x, project.value(), styles.cell(Sheets.Role.VALUE, null, null), 1);
    } else {
      x.empty("table:table-cell");
    }
    x.close();
    String caption = PlainText.of(t.caption());
    if (!caption.isEmpty()) row(x, caption, Sheets.Role.TITLE, columns);
    else x.open("table:table-row").empty("table:table-cell").close();
    if (draft != null) row(x, draft, Sheets.Role.DRAFT, 1);
    else x.open("table:table-row").empty("table:table-cell").close();

    int header = 0;
    while (header < model.rows && model.kind(header) == Block.RowKind.HEADER) header++;
    if (header > 0) x.open("table:table-header-rows");
    for (int i = 0; i < model.rows; i++) {
      if (i == header && header > 0) x.close();
      x.open("table:table-row");
      for (TableGrid.Slot s : model.grid.rows.get(i)) slot(x, model, i, s);
      x.close();
    }
    if (header == model.rows && header > 0) x.close();
    x.close();
  }

  private void slot(OdfXml x, OdsTable model, int i, TableGrid.Slot slot) {
    Block.RowKind kind = model.kind(i);
    int c = slot.column();
    Sheets.Role role = Sheets.role(kind);
    if (role == Sheets.Role.DETAIL && c > 0) role = Sheets.Role.BODY;
    Block.Align align = model.align(slot);
    if (slot.continuation()) {
      for (int k = 0; k < slot.span(); k++) x.empty("table:covered-table-cell");
      return;
    }
    if (slot.cell() == null) {
      x.empty("table:table-cell", "table:style-name", styles.cell(role, align, null));
      return;
    }
    Inline.Num figure = model.figures[i][c];
    String formula = model.formula(i, c);
    String number = styles.number(figure);
    if (formula != null && figure == null) {
      number =
          model.plan.percentStyle(i, c)
              ? styles.percent()
              : styles.number(model.plan.blankStyle(i, c));
    } else if (formula != null && model.plan.percentStyle(i, c)) {
      number = styles.percent();
    }
    x.open("table:table-cell").attr("table:style-name", styles.cell(role, align, number));
    if (slot.span() > 1) x.attr("table:number-columns-spanned", slot.span());
    if (slot.rowspan() > 1) x.attr("table:number-rows-spanned", slot.rowspan());
    if (formula != null) x.attr("table:formula", formula);
    if (formula != null && figure == null) {
      // a formula blank while its inputs are
      x.attr("office:value-type", "string").attr("office:string-value", "");
    } else if (figure != null) {
      BigDecimal value = formula != null ? model.plan.computed(i, c) : OdsTable.number(figure);
      String plain = FigureKind.plain(value);
      switch (figure.kind()) {
        case AMOUNT ->
            x.attr("office:value-type", "currency")
                .attr("office:currency", "EUR")
                .attr("office:value", plain);
        case PERCENT -> x.attr("office:value-type", "percentage").attr("office:value", plain);
        default -> x.attr("office:value-type", "float").attr("office:value", plain);
      }
      paragraphs(x, figure.text());
    } else {
      String text = model.texts[i][c];
      // text is a string cell, never a formula: « =HYPERLINK(…) » stays text
      if (text != null && !text.isEmpty()) {
        x.attr("office:value-type", "string");
        paragraphs(x, text);
      }
    }
    x.close();
    for (int k = 1; k < slot.span(); k++) x.empty("table:covered-table-cell");
  }

  private void textCell(OdfXml x, String text, String style, int span) {
    x.open("table:table-cell").attr("table:style-name", style);
    if (span > 1) x.attr("table:number-columns-spanned", span);
    x.attr("office:value-type", "string");
    paragraphs(x, text);
    x.close();
  }

  private static void paragraphs(OdfXml x, String text) {
    if (text == null) return;
    for (String line : text.split("\n", -1)) x.open("text:p").odfText(line).close();
  }

  /** Walks the blocks in order; {@code line[0]} is the last project line seen. */
  private static void find(List<Block> blocks, String[] line, List<Found> out) {
    if (blocks == null) return;
    for (Block b : blocks) {
      switch (b) {
        case Block.Table t -> out.add(new Found(t, line[0]));
        case Block.Para p when p.style() == Block.ParaStyle.INSTRUCTION -> {
          String text = PlainText.of(p.content());
          if (ProjectLine.of(text) != null) line[0] = text;
        }
        case null -> {}
        default -> find(Block.children(b), line, out);
      }
    }
  }

  /** The project line above a table: the label and value of an "X : Y" instruction paragraph. */
  record ProjectLine(String label, String value) {
    static ProjectLine of(String text) {
      if (text == null) return null;
      int colon = text.indexOf(':');
      if (colon <= 0) return null;
      String label = trim(text.substring(0, colon));
      String value = trim(text.substring(colon + 1));
      return label.isEmpty() || value.isEmpty() ? null : new ProjectLine(label, value);
    }

    private static String trim(String s) {
      return s.replaceAll("^[\\s\\u00A0\\u202F\\u2007]+|[\\s\\u00A0\\u202F\\u2007]+$", "");
    }
  }

  /** styles.xml: A4 page layouts (portrait, landscape), running header and "page n / N". */
  private static byte[] stylesXml(Doc doc, String draft) {
    OdfXml x = new OdfXml(4096);
    x.open("office:document-styles");
    namespaces(x);
    x.open("office:styles");
    x.open("style:style").attr("style:name", "Default").attr("style:family", "table-cell");
    x.empty("style:text-properties", "fo:font-family", "Arial", "fo:font-size", "10pt");
    x.close();
    x.close();
    x.open("office:automatic-styles");
    for (boolean landscape : new boolean[] {false, true}) {
      x.open("style:page-layout").attr("style:name", landscape ? "pmL" : "pmP");
      x.open("style:page-layout-properties")
          .attr("fo:page-width", landscape ? "29.7cm" : "21cm")
          .attr("fo:page-height", landscape ? "21cm" : "29.7cm")
          .attr("style:print-orientation", landscape ? "landscape" : "portrait")
          .attr("fo:margin", "1.5cm")
          .attr("style:table-centering", "horizontal")
          .attr("style:scale-to-X", "1")
          .attr("style:scale-to-Y", "0");
      x.close();
      x.close();
    }
    x.close();
    x.open("office:master-styles");
    String header = doc.page() == null ? null : doc.page().header();
    for (boolean landscape : new boolean[] {false, true}) {
      x.open("style:master-page")
          .attr("style:name", landscape ? "Landscape" : "Portrait")
          .attr("style:page-layout-name", landscape ? "pmL" : "pmP");
      x.open("style:header");
      x.open("style:region-left").open("text:p").odfText(header == null ? "" : header).close();
      x.close();
      if (draft != null)
        x.open("style:region-center").open("text:p").odfText(draft).close().close();
      x.close();
      x.open("style:footer").open("text:p").text("page ");
      x.open("text:page-number").text("1").close().text(" / ");
      x.open("text:page-count").text("1").close();
      x.close().close();
      x.close();
    }
    x.close();
    x.close();
    return x.bytes();
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import java.util.List;

/**
 * Tables and the blocks laid out as tables: data tables (header rows repeated on each page, merged
 * cells as {@code gridSpan}/{@code vMerge}, widths from the columns' weights, shaded header and
 * group rows, bold totals, indented detail rows), forms (label | value), boxes (one framed cell)
 * and key figures (a row of big numbers).
 */
final class DocxTables {
  /** Left and right cell margin of the table styles, in twips. */
  static final int CELL_MARGIN = 85;

  private static final int DETAIL_INDENT = 284;
  private static final int BOX_MARGIN = 142;

  /** The gap between blocks laid side by side, in twips (3 mm). */
  private static final int BESIDE_GAP = 170;

  /** Tables of at most this many rows are kept on one page when they fit. */
  private static final int SHORT_TABLE = 15;

  /** The narrowest cell of a key figure, in twips. */
  private static final int KEY_FIGURE_WIDTH = 2200;

  private final DocxRenderer r;

  DocxTables(DocxRenderer r) {
    this.r = r;
  }

  // ---------------------------------------------------------------- data tables

  void table(DocxFlow flow, Block.Table t) {
    if (t.caption() != null && !t.caption().isEmpty()) {
      DocxPara c = flow.paragraph();
      c.style = DocxStyles.CAPTION;
      long mark = r.bookmarks.start(c, t.id());
      r.runs.inlines(c, flow, t.caption(), Marks.NONE);
      r.bookmarks.end(c, mark);
    }
    TableGrid grid = TableGrid.of(t);
    int[] widths = TableGrid.widths(t.columns(), grid.columns, flow.width());
    StringBuilder tbl = newTable(flow, widths, "TableGrid", null, -1);
    List<Block.Row> rows = t.rows() == null ? List.of() : t.rows();
    long headerRows = t.headerRows();
    for (int i = 0; i < rows.size(); i++) {
      Block.Row row = rows.get(i);
      Block.RowKind kind = row == null || row.kind() == null ? Block.RowKind.BODY : row.kind();
      tbl.append("<w:tr>");
      if (i < headerRows) tbl.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
      boolean keep =
          i + 1 < rows.size()
              && (rows.size() <= SHORT_TABLE
                  || kind == Block.RowKind.HEADER
                  || kind == Block.RowKind.GROUP);
      for (TableGrid.Slot slot : grid.rows.get(i)) {
        slot(flow, tbl, slot, kind, keep, t.columns(), widths);
      }
      tbl.append("</w:tr>");
    }
    tbl.append("</w:tbl>");
  }

  private void slot(
      DocxFlow flow,
      StringBuilder tr,
      TableGrid.Slot slot,
      Block.RowKind kind,
      boolean keep,
      List<Block.Column> cols,
      int[] widths) {
    int width = 0;
    for (int k = slot.column(); k < slot.column() + slot.span(); k++) width += widths[k];
    tr.append("<w:tc><w:tcPr>");
    DocxXml.width(tr, "w:tcW", width);
    if (slot.span() > 1) tr.append("<w:gridSpan w:val=\"").append(slot.span()).append("\"/>");
    if (slot.continuation()) tr.append("<w:vMerge/>");
    else if (slot.rowspan() > 1) tr.append("<w:vMerge w:val=\"restart\"/>");
    switch (kind) {
      case HEADER -> {
        DocxXml.shade(tr, DocxStyles.HEAD_FILL);
        tr.append("<w:vAlign w:val=\"bottom\"/>");
      }
      case GROUP -> DocxXml.shade(tr, DocxStyles.GROUP_FILL);
      case TOTAL ->
          tr.append(
              "<w:tcBorders><w:top w:val=\"single\" w:sz=\"12\" w:color=\"1E1E1E\"/></w:tcBorders>");
      default -> {}
    }
    tr.append("</w:tcPr>");
    Block.Cell cell = slot.cell();
    Block.Align align = cell == null ? null : cell.align();
    if ((align == null || align == Block.Align.LEFT)
        && cols != null
        && slot.column() < cols.size()
        && cols.get(slot.column()) != null) align = cols.get(slot.column()).align();
    boolean bold =
        kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP || kind == Block.RowKind.TOTAL;
    int indent = kind == Block.RowKind.DETAIL && slot.column() == 0 ? DETAIL_INDENT : 0;
    DocxFlow.Defaults d =
        new DocxFlow.Defaults(
            DocxStyles.TABLE_TEXT, align, bold ? Marks.BOLD : Marks.NONE, indent, keep);
    DocxFlow inner = cellFlow(flow, width, d);
    if (cell != null) r.blocks.blocks(inner, cell.content());
    inner.close();
    tr.append("</w:tc>");
  }

  // ---------------------------------------------------------------- forms

  void form(DocxFlow flow, Block.Form f) {
    int total = flow.width();
    int[] widths = {total * 35 / 100, total - total * 35 / 100};
    StringBuilder tbl = newTable(flow, widths, "TableGrid", null, -1);
    for (Block.FormRow row : f.rows() == null ? List.<Block.FormRow>of() : f.rows()) {
      if (row == null) continue;
      List<Block> value = row.value() == null ? List.of() : row.value();
      if (row.group()) {
        spanned(tbl, total, DocxStyles.HEAD_FILL);
        label(flow, total, row.label());
        tbl.append("</w:tc></w:tr>");
        if (!value.isEmpty()) {
          spanned(tbl, total, null);
          DocxFlow inner = cellFlow(flow, total, tableText(Marks.NONE));
          r.blocks.blocks(inner, value);
          inner.close();
          tbl.append("</w:tc></w:tr>");
        }
        continue;
      }
      tbl.append("<w:tr><w:tc><w:tcPr>");
      DocxXml.width(tbl, "w:tcW", widths[0]);
      DocxXml.shade(tbl, DocxStyles.GROUP_FILL);
      tbl.append("</w:tcPr>");
      label(flow, widths[0], row.label());
      tbl.append("</w:tc><w:tc><w:tcPr>");
      DocxXml.width(tbl, "w:tcW", widths[1]);
      tbl.append("</w:tcPr>");
      DocxFlow inner = cellFlow(flow, widths[1], tableText(Marks.NONE));
      r.blocks.blocks(inner, value);
      inner.close();
      tbl.append("</w:tc></w:tr>");
    }
    tbl.append("</w:tbl>");
  }

  /** Opens a row and its one cell across both columns of a form, shaded with {@code fill}. */
  private static void spanned(StringBuilder tbl, int total, String fill) {
    tbl.append("<w:tr><w:tc><w:tcPr>");
    DocxXml.width(tbl, "w:tcW", total);
    tbl.append("<w:gridSpan w:val=\"2\"/>");
    if (fill != null) DocxXml.shade(tbl, fill);
    tbl.append("</w:tcPr>");
  }

  private void label(DocxFlow flow, int width, List<Inline> label) {
    DocxFlow inner = cellFlow(flow, width, tableText(Marks.BOLD));
    DocxPara p = r.blocks.paragraph(inner, null);
    r.runs.inlines(p, inner, label, Marks.BOLD);
    inner.close();
  }

  // ---------------------------------------------------------------- boxes and key figures

  void box(DocxFlow flow, Block.Box b) {
    int width = flow.width();
    Block.BoxKind kind = b.kind() == null ? Block.BoxKind.NOTICE : b.kind();
    StringBuilder borders = new StringBuilder(256);
    String fill = null;
    switch (kind) {
      case BAND -> {
        DocxXml.border(borders, "left", 36, DocxStyles.ACCENT);
        fill = "E8EAF6";
      }
      case ACTOR -> frame(borders);
      case NOTICE -> {
        DocxXml.border(borders, "top", 8, DocxStyles.RULE);
        fill = "F2F2F2";
      }
      case IDENTITY -> {
        frame(borders);
        fill = "F5F6FB";
      }
    }
    StringBuilder tbl = newTable(flow, new int[] {width}, null, borders, BOX_MARGIN);
    tbl.append("<w:tr><w:tc><w:tcPr>");
    DocxXml.width(tbl, "w:tcW", width);
    if (fill != null) DocxXml.shade(tbl, fill);
    tbl.append("</w:tcPr>");
    DocxFlow inner = flow.nested(width - 2 * BOX_MARGIN, DocxFlow.Defaults.BODY);
    if (b.title() != null && !b.title().isEmpty()) {
      DocxPara t = inner.paragraph();
      t.style = DocxStyles.BOX_TITLE;
      r.runs.inlines(t, inner, b.title(), Marks.NONE);
    }
    r.blocks.blocks(inner, b.content());
    inner.close();
    tbl.append("</w:tc></w:tr></w:tbl>");
  }

  /** The four sides of a box's frame. */
  private static void frame(StringBuilder borders) {
    for (String side : new String[] {"top", "left", "bottom", "right"})
      DocxXml.border(borders, side, 8, DocxStyles.ACCENT);
  }

  void keyFigures(DocxFlow flow, Block.KeyFigures k) {
    List<Block.KeyFigure> figures =
        k.figures() == null
            ? List.of()
            : k.figures().stream().filter(java.util.Objects::nonNull).toList();
    if (figures.isEmpty()) return;
    int per = Math.max(1, Math.min(Math.min(3, figures.size()), flow.width() / KEY_FIGURE_WIDTH));
    int[] widths = TableGrid.widths(null, per, flow.width());
    StringBuilder borders = new StringBuilder(96);
    DocxXml.border(borders, "insideV", 24, "FFFFFF");
    StringBuilder tbl = newTable(flow, widths, null, borders, -1);
    for (int start = 0; start < figures.size(); start += per) {
      tbl.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (int i = 0; i < per; i++) {
        tbl.append("<w:tc><w:tcPr>");
        DocxXml.width(tbl, "w:tcW", widths[i]);
        boolean filled = start + i < figures.size();
        if (filled) DocxXml.shade(tbl, "EEF0FA");
        tbl.append("</w:tcPr>");
        DocxFlow inner = cellFlow(flow, widths[i], tableText(Marks.NONE));
        if (filled) {
          Block.KeyFigure f = figures.get(start + i);
          DocxPara v = inner.paragraph();
          v.style = DocxStyles.KEY_FIGURE;
          DocxRuns.text(v.c, f.value(), Marks.NONE);
          DocxPara c = inner.paragraph();
          c.style = DocxStyles.KEY_FIGURE_CAPTION;
          r.runs.inlines(c, inner, f.caption(), Marks.NONE);
        }
        inner.close();
        tbl.append("</w:tc>");
      }
      tbl.append("</w:tr>");
    }
    tbl.append("</w:tbl>");
  }

  // ---------------------------------------------------------------- side by side

  /** One borderless row, one cell per block, a gap between them (nested tables inside). */
  void beside(DocxFlow flow, Block.Beside s) {
    List<Block> parts =
        s.content() == null
            ? List.of()
            : s.content().stream().filter(java.util.Objects::nonNull).toList();
    if (parts.size() < 2) {
      r.blocks.blocks(flow, parts);
      return;
    }
    int n = parts.size();
    int[] widths = TableGrid.widths(null, n, flow.width());
    StringBuilder tbl = newTable(flow, widths, null, null, 0);
    tbl.append("<w:tr>");
    for (int i = 0; i < n; i++) {
      tbl.append("<w:tc><w:tcPr>");
      DocxXml.width(tbl, "w:tcW", widths[i]);
      int gap = i < n - 1 ? BESIDE_GAP : 0;
      if (gap > 0) {
        tbl.append("<w:tcMar>");
        DocxXml.width(tbl, "w:right", gap);
        tbl.append("</w:tcMar>");
      }
      tbl.append("</w:tcPr>");
      DocxFlow inner = flow.nested(widths[i] - gap, DocxFlow.Defaults.BODY);
      r.blocks.blocks(inner, List.of(parts.get(i)));
      inner.close();
      tbl.append("</w:tc>");
    }
    tbl.append("</w:tr></w:tbl>");
  }

  // ---------------------------------------------------------------- helpers

  private static DocxFlow.Defaults tableText(Marks marks) {
    return new DocxFlow.Defaults(DocxStyles.TABLE_TEXT, null, marks, 0);
  }

  private static DocxFlow cellFlow(DocxFlow parent, int width, DocxFlow.Defaults d) {
    return parent.nested(width - 2 * CELL_MARGIN, d);
  }

  /**
   * Starts a table of fixed layout and the given column widths, its properties and grid written;
   * {@code borders}: the {@code w:tblBorders} content, or null; {@code cellMargin}: the left and
   * right cell margin in twips, or -1 for the style's. After another table, a small paragraph keeps
   * Word from joining them. The caller appends the rows and {@code </w:tbl>}.
   */
  private static StringBuilder newTable(
      DocxFlow flow, int[] widths, String style, CharSequence borders, int cellMargin) {
    if (!flow.isEmpty() && flow.lastParagraph() == null) {
      DocxPara gap = flow.paragraph();
      if (flow.defaults.style() != null) gap.style = flow.defaults.style();
    }
    StringBuilder tbl = flow.table();
    tbl.append("<w:tbl><w:tblPr>");
    if (style != null) DocxXml.val(tbl, "w:tblStyle", style);
    int total = 0;
    for (int w : widths) total += w;
    DocxXml.width(tbl, "w:tblW", total);
    if (borders != null) tbl.append("<w:tblBorders>").append(borders).append("</w:tblBorders>");
    tbl.append("<w:tblLayout w:type=\"fixed\"/>");
    if (cellMargin >= 0) {
      tbl.append("<w:tblCellMar>");
      DocxXml.width(tbl, "w:left", cellMargin);
      DocxXml.width(tbl, "w:right", cellMargin);
      tbl.append("</w:tblCellMar>");
    }
    tbl.append("</w:tblPr><w:tblGrid>");
    for (int w : widths) tbl.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    tbl.append("</w:tblGrid>");
    return tbl;
  }
}

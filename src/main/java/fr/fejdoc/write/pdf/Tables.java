package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.TableGrid;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Tables and forms. A table breaks across pages with its caption and header rows repeated, a row is
 * never cut unless it is taller than a page (then between lines), merged cells keep their spans;
 * group rows are shaded, detail rows indented and lighter, total rows bold under a rule. A form is
 * a two-column bordered table: shaded labels, values, group rows as shaded titles.
 */
final class Tables {
  /** A form laid out, with the label of each of its table rows (null for group rows). */
  record FormTable(PdfPTable table, List<String> labels) {}

  private final Blocks blocks;

  /** The size of the header cells of the table being laid out: the same for all of them. */
  private float headSize = Styles.TABLE;

  Tables(Blocks blocks) {
    this.blocks = blocks;
  }

  // ---------------------------------------------------------------- tables

  PdfPTable table(Block.Table t, Ctx ctx) {
    List<Block.Column> cols = Blocks.nn(t.columns());
    List<Block.Row> rows = new ArrayList<>();
    for (Block.Row r : Blocks.nn(t.rows())) if (r != null) rows.add(r);
    TableGrid grid = TableGrid.of(new Block.Table(t.id(), t.caption(), cols, rows, t.landscape()));
    int n = grid.columns;
    float[] widths = new float[n];
    for (int i = 0; i < n; i++) {
      Block.Column c = i < cols.size() ? cols.get(i) : null;
      widths[i] = c != null && c.width() > 0 ? c.width() : 1f;
    }
    float sum = 0;
    for (float w : widths) sum += w;

    PdfPTable pt = new PdfPTable(n);
    widths(pt, widths);
    pt.setWidthPercentage(100);
    pt.setSplitLate(true);
    pt.setSplitRows(true);
    pt.setSpacingBefore(ctx.inCell() ? 2f : 6f);
    pt.setSpacingAfter(ctx.inCell() ? 2f : 10f);
    pt.setHorizontalAlignment(Element.ALIGN_LEFT);

    Ctx base =
        ctx.cell(ctx.width())
            .size(Styles.TABLE, Styles.TABLE_LEADING)
            .color(Styles.INK)
            .bold(false)
            .italic(false);
    int header = 0;
    boolean caption = !Blocks.nn(t.caption()).isEmpty();
    Structure.Node table = blocks.open("Table");
    if (caption) {
      Structure.Node tag = blocks.open("Caption");
      if (tag != null) tag.once = true;
      // the caption is the first header row: it comes back with the headers on each page
      Ctx cc = base.size(Styles.TABLE + 1f, Styles.TABLE_LEADING + 1.2f).bold(true);
      PdfPCell c = new PdfPCell();
      Blocks.plain(c);
      c.setColspan(n);
      c.setPaddingBottom(4f);
      Paragraph p = blocks.inlines.paragraph(t.caption(), cc);
      c.addElement(p);
      pt.addCell(c);
      header++;
      blocks.close(tag);
    }
    headSize = headerSize(rows, grid, widths, sum, base.bold(true));
    boolean inHeader = true;
    for (int r = 0; r < rows.size(); r++) {
      Block.Row row = rows.get(r);
      Block.RowKind kind = row.kind() == null ? Block.RowKind.BODY : row.kind();
      if (kind != Block.RowKind.HEADER) inHeader = false;
      if (inHeader) header++;
      Structure.Node tr = blocks.open("TR");
      if (tr != null && inHeader) tr.once = true;
      for (TableGrid.Slot slot : grid.rows.get(r)) {
        if (slot.continuation()) continue; // held by a cell merged down from above
        if (slot.cell() == null) {
          // cells missing at the end of the row: empty ones, so that the row is complete
          Structure.Node td = blocks.open(kind == Block.RowKind.HEADER ? "TH" : "TD");
          blocks.close(td);
          PdfPCell filler = new PdfPCell();
          style(filler, kind, false);
          pt.addCell(filler);
          continue;
        }
        Block.Cell cell = slot.cell();
        int col = slot.column();
        int colspan = slot.span();
        int rowspan = slot.rowspan();
        boolean head = kind == Block.RowKind.HEADER || cell.header();
        Structure.Node tc = blocks.open(head ? "TH" : "TD");
        if (tc != null) {
          tc.attributes.put("O", "Table");
          if (head) tc.attributes.put("Scope", kind == Block.RowKind.HEADER ? "Column" : "Row");
          if (colspan > 1) tc.attributes.put("ColSpan", colspan);
          if (rowspan > 1) tc.attributes.put("RowSpan", rowspan);
        }
        float w = 0;
        for (int k = col; k < col + colspan; k++) w += widths[k];
        w = ctx.width() * w / sum - 2 * Styles.CELL_PAD - 2;
        Block.Align align = cell.align();
        if ((align == null || align == Block.Align.LEFT)
            && col < cols.size()
            && cols.get(col) != null) align = cols.get(col).align();
        pt.addCell(cell(cell, kind, col, colspan, rowspan, align, base.width(w)));
        blocks.close(tc);
      }
      blocks.close(tr);
    }
    blocks.close(table);
    // a table of header rows only would be dropped by OpenPDF as having no body
    pt.setHeaderRows(header >= pt.size() ? 0 : header);
    return pt;
  }

  private PdfPCell cell(
      Block.Cell cell,
      Block.RowKind kind,
      int col,
      int colspan,
      int rowspan,
      Block.Align align,
      Ctx ctx) {
    boolean head = kind == Block.RowKind.HEADER;
    int a =
        head
            ? Element.ALIGN_CENTER
            : switch (align == null ? Block.Align.LEFT : align) {
              case CENTER -> Element.ALIGN_CENTER;
              case RIGHT -> Element.ALIGN_RIGHT;
              case LEFT -> Element.ALIGN_LEFT;
            };
    Ctx cc = ctx.align(a);
    switch (kind) {
      case HEADER, GROUP, TOTAL -> cc = cc.bold(true);
      case DETAIL ->
          cc = cc.size(Styles.TABLE - 0.5f, Styles.TABLE_LEADING - 0.5f).color(Styles.MUTED);
      default -> {}
    }
    cc = head ? cc.size(headSize, headSize * Styles.TABLE_LEADING / Styles.TABLE) : cc;
    cc = cc.fitWords(Blocks.plainBlocks(cell.content()));
    PdfPCell c = new PdfPCell();
    c.setColspan(colspan);
    c.setRowspan(rowspan);
    style(c, kind, col == 0);
    if (head) c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    for (Element e : blocks.cell(cell.content(), cc)) {
      if (e instanceof Paragraph p && p.getAlignment() == Element.ALIGN_UNDEFINED)
        p.setAlignment(a);
      c.addElement(e);
    }
    return c;
  }

  /** The largest size at which no word of a header cell is wider than its cell. */
  private static float headerSize(
      List<Block.Row> rows, TableGrid grid, float[] widths, float sum, Ctx ctx) {
    float size = Styles.TABLE;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).kind() != Block.RowKind.HEADER) break;
      for (TableGrid.Slot slot : grid.rows.get(r)) {
        if (slot.cell() == null) continue;
        float w = 0;
        for (int k = slot.column(); k < slot.column() + slot.span(); k++) w += widths[k];
        w = ctx.width() * w / sum - 2 * Styles.CELL_PAD - 2;
        size =
            Math.min(size, ctx.width(w).fitWords(Blocks.plainBlocks(slot.cell().content())).size());
      }
    }
    return size;
  }

  /** Borders, padding and shading of a cell by the kind of its row. */
  private static void style(PdfPCell c, Block.RowKind kind, boolean first) {
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Styles.RULE);
    c.setBorderWidth(Styles.BORDER);
    c.setPadding(Styles.CELL_PAD);
    c.setPaddingTop(Styles.CELL_PAD - 0.5f);
    c.setPaddingBottom(Styles.CELL_PAD + 0.5f);
    c.setUseAscender(true);
    c.setUseDescender(true);
    switch (kind) {
      case HEADER -> c.setBackgroundColor(Styles.HEAD_BG);
      case GROUP -> c.setBackgroundColor(Styles.GROUP_BG);
      case TOTAL -> c.setCellEvent(TOP_RULE);
      case DETAIL -> {
        if (first) c.setPaddingLeft(Styles.CELL_PAD + 12f);
      }
      default -> {}
    }
  }

  /**
   * A total's rule over its row, drawn over the cell's own border: a wider border of its own would
   * make OpenPDF draw every border of the cell inside it, out of line with its neighbours.
   */
  private static final PdfPCellEvent TOP_RULE =
      (cell, position, canvases) -> {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        cb.saveState();
        cb.setLineWidth(1.5f);
        cb.setColorStroke(Styles.INK);
        cb.moveTo(position.getLeft(), position.getTop());
        cb.lineTo(position.getRight(), position.getTop());
        cb.stroke();
        cb.restoreState();
      };

  private static void widths(PdfPTable t, float[] widths) {
    try {
      t.setWidths(widths);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- forms

  FormTable form(Block.Form f, Ctx ctx) {
    PdfPTable t = new PdfPTable(2);
    widths(t, new float[] {34f, 66f});
    t.setWidthPercentage(100);
    t.setSplitLate(true);
    t.setSplitRows(true);
    t.setSpacingBefore(ctx.inCell() ? 2f : 4f);
    t.setSpacingAfter(ctx.inCell() ? 2f : 10f);
    Ctx base =
        ctx.cell(ctx.width())
            .size(Styles.FORM, Styles.FORM_LEADING)
            .color(Styles.INK)
            .bold(false)
            .italic(false)
            .align(Element.ALIGN_LEFT);
    float labelWidth = ctx.width() * 0.34f - 2 * Styles.CELL_PAD - 2;
    float valueWidth = ctx.width() * 0.66f - 2 * Styles.CELL_PAD - 2;
    List<String> labels = new ArrayList<>();
    Structure.Node table = blocks.open("Table");
    for (Block.FormRow r : Blocks.nn(f.rows())) {
      if (r == null) continue;
      Structure.Node tr = blocks.open("TR");
      if (r.group()) {
        Structure.Node th = cellTag("TH", "Column", 2);
        PdfPCell g = formCell(Styles.HEAD_BG);
        g.setColspan(2);
        Ctx gc = base.size(Styles.FORM + 0.5f, Styles.FORM_LEADING + 0.5f).bold(true);
        g.addElement(blocks.inlines.paragraph(r.label(), gc));
        t.addCell(g);
        blocks.close(th);
        blocks.close(tr);
        labels.add(null);
        if (!Blocks.nn(r.value()).isEmpty()) {
          tr = blocks.open("TR");
          Structure.Node td = cellTag("TD", null, 2);
          PdfPCell v = formCell(null);
          v.setColspan(2);
          for (Element e : blocks.cell(r.value(), base.width(ctx.width() - 8))) v.addElement(e);
          t.addCell(v);
          blocks.close(td);
          labels.add(Blocks.plain(r.label()).strip());
        }
      } else {
        Structure.Node th = cellTag("TH", "Row", 1);
        PdfPCell l = formCell(Styles.LABEL_BG);
        Ctx lc = base.bold(true).width(labelWidth);
        l.addElement(blocks.inlines.paragraph(r.label(), lc));
        t.addCell(l);
        blocks.close(th);
        Structure.Node td = blocks.open("TD");
        PdfPCell v = formCell(null);
        for (Element e : blocks.cell(r.value(), base.width(valueWidth))) v.addElement(e);
        t.addCell(v);
        blocks.close(td);
        labels.add(Blocks.plain(r.label()).strip());
      }
      blocks.close(tr);
    }
    blocks.close(table);
    return new FormTable(t, labels);
  }

  /** Opens a table cell element with its scope (null: none) and column span. */
  private Structure.Node cellTag(String type, String scope, int colspan) {
    Structure.Node n = blocks.open(type);
    if (n != null) {
      n.attributes.put("O", "Table");
      if (scope != null) n.attributes.put("Scope", scope);
      if (colspan > 1) n.attributes.put("ColSpan", colspan);
    }
    return n;
  }

  private static PdfPCell formCell(java.awt.Color background) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Styles.RULE);
    c.setBorderWidth(Styles.BORDER);
    c.setPadding(Styles.CELL_PAD);
    c.setPaddingBottom(Styles.CELL_PAD + 0.5f);
    c.setUseAscender(true);
    c.setUseDescender(true);
    if (background != null) c.setBackgroundColor(background);
    return c;
  }
}

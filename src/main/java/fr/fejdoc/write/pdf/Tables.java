package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import java.util.ArrayList;
import java.util.Arrays;
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
    int n = Math.max(1, Math.max(cols.size(), spannedColumns(rows)));
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
    if (caption) {
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
    }
    headSize = headerSize(rows, cols, widths, sum, base.bold(true), n);
    int[] busy = new int[n];
    boolean inHeader = true;
    for (Block.Row row : rows) {
      Block.RowKind kind = row.kind() == null ? Block.RowKind.BODY : row.kind();
      if (kind != Block.RowKind.HEADER) inHeader = false;
      if (inHeader) header++;
      int col = 0;
      for (Block.Cell cell : Blocks.nn(row.cells())) {
        if (cell == null) continue;
        while (col < n && busy[col] > 0) col++;
        if (col >= n) break;
        int colspan = Math.max(1, Math.min(cell.colspan(), n - col));
        int rowspan = Math.max(1, cell.rowspan());
        for (int k = col; k < col + colspan; k++) busy[k] = rowspan;
        float w = 0;
        for (int k = col; k < col + colspan; k++) w += widths[k];
        w = ctx.width() * w / sum - 2 * Styles.CELL_PAD - 2;
        Block.Align align = cell.align();
        if ((align == null || align == Block.Align.LEFT)
            && col < cols.size()
            && cols.get(col) != null) align = cols.get(col).align();
        pt.addCell(cell(cell, kind, col, colspan, rowspan, align, base.width(w)));
        col += colspan;
      }
      // cells missing at the end of the row: empty ones, so that the row is complete
      for (int k = 0; k < n; k++) {
        if (busy[k] == 0) {
          PdfPCell filler = new PdfPCell();
          style(filler, kind, false);
          busy[k] = 1;
          pt.addCell(filler);
        }
      }
      for (int k = 0; k < n; k++) if (busy[k] > 0) busy[k]--;
    }
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
      List<Block.Row> rows, List<Block.Column> cols, float[] widths, float sum, Ctx ctx, int n) {
    float size = Styles.TABLE;
    int[] busy = new int[n];
    for (Block.Row row : rows) {
      if (row.kind() != Block.RowKind.HEADER) break;
      int col = 0;
      for (Block.Cell cell : Blocks.nn(row.cells())) {
        if (cell == null) continue;
        while (col < n && busy[col] > 0) col++;
        if (col >= n) break;
        int colspan = Math.max(1, Math.min(cell.colspan(), n - col));
        for (int k = col; k < col + colspan; k++) busy[k] = Math.max(1, cell.rowspan());
        float w = 0;
        for (int k = col; k < col + colspan; k++) w += widths[k];
        w = ctx.width() * w / sum - 2 * Styles.CELL_PAD - 2;
        size = Math.min(size, ctx.width(w).fitWords(Blocks.plainBlocks(cell.content())).size());
        col += colspan;
      }
      for (int k = 0; k < n; k++) if (busy[k] > 0) busy[k]--;
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

  /** Columns a table needs: the widest row, counting cells held down by rowspans from above. */
  private static int spannedColumns(List<Block.Row> rows) {
    int max = 0;
    int[] busy = new int[0];
    for (Block.Row row : rows) {
      int col = 0;
      int width = 0;
      for (Block.Cell c : Blocks.nn(row.cells())) {
        if (c == null) continue;
        while (col < busy.length && busy[col] > 0) col++;
        int span = Math.max(1, c.colspan());
        if (col + span > busy.length) busy = Arrays.copyOf(busy, col + span);
        for (int k = col; k < col + span; k++) busy[k] = Math.max(1, c.rowspan());
        col += span;
        width = Math.max(width, col);
      }
      for (int k = 0; k < busy.length; k++) {
        if (busy[k] > 0) width = Math.max(width, k + 1);
      }
      max = Math.max(max, width);
      for (int k = 0; k < busy.length; k++) if (busy[k] > 0) busy[k]--;
    }
    return max;
  }

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
    for (Block.FormRow r : Blocks.nn(f.rows())) {
      if (r == null) continue;
      if (r.group()) {
        PdfPCell g = formCell(Styles.HEAD_BG);
        g.setColspan(2);
        Ctx gc = base.size(Styles.FORM + 0.5f, Styles.FORM_LEADING + 0.5f).bold(true);
        g.addElement(blocks.inlines.paragraph(r.label(), gc));
        t.addCell(g);
        labels.add(null);
        if (!Blocks.nn(r.value()).isEmpty()) {
          PdfPCell v = formCell(null);
          v.setColspan(2);
          for (Element e : blocks.cell(r.value(), base.width(ctx.width() - 8))) v.addElement(e);
          t.addCell(v);
          labels.add(Blocks.plain(r.label()).strip());
        }
      } else {
        PdfPCell l = formCell(Styles.LABEL_BG);
        Ctx lc = base.bold(true).width(labelWidth);
        l.addElement(blocks.inlines.paragraph(r.label(), lc));
        t.addCell(l);
        PdfPCell v = formCell(null);
        for (Element e : blocks.cell(r.value(), base.width(valueWidth))) v.addElement(e);
        t.addCell(v);
        labels.add(Blocks.plain(r.label()).strip());
      }
    }
    return new FormTable(t, labels);
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

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

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
      CTP c = flow.paragraph();
      DocxBlocks.pPr(c).addNewPStyle().setVal(DocxStyles.CAPTION);
      long mark = r.bookmarks.start(c, t.id());
      r.runs.inlines(c, flow, t.caption(), Marks.NONE);
      r.bookmarks.end(c, mark);
    }
    TableGrid grid = TableGrid.of(t);
    int[] widths = TableGrid.widths(t.columns(), grid.columns, flow.width());
    CTTbl tbl = newTable(flow, widths, "TableGrid");
    List<Block.Row> rows = t.rows() == null ? List.of() : t.rows();
    long headerRows = t.headerRows();
    for (int i = 0; i < rows.size(); i++) {
      Block.Row row = rows.get(i);
      Block.RowKind kind = row == null || row.kind() == null ? Block.RowKind.BODY : row.kind();
      CTRow tr = tbl.addNewTr();
      if (i < headerRows) {
        CTTrPr trPr = tr.addNewTrPr();
        trPr.addNewCantSplit();
        trPr.addNewTblHeader();
      }
      boolean keep =
          i + 1 < rows.size()
              && (rows.size() <= SHORT_TABLE
                  || kind == Block.RowKind.HEADER
                  || kind == Block.RowKind.GROUP);
      for (TableGrid.Slot slot : grid.rows.get(i)) {
        slot(flow, tr, slot, kind, keep, t.columns(), widths);
      }
    }
  }

  private void slot(
      DocxFlow flow,
      CTRow tr,
      TableGrid.Slot slot,
      Block.RowKind kind,
      boolean keep,
      List<Block.Column> cols,
      int[] widths) {
    int width = 0;
    for (int k = slot.column(); k < slot.column() + slot.span(); k++) width += widths[k];
    CTTc tc = tr.addNewTc();
    CTTcPr pr = tc.addNewTcPr();
    width(pr.addNewTcW(), width);
    if (slot.span() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(slot.span()));
    if (slot.continuation()) pr.addNewVMerge();
    else if (slot.rowspan() > 1) pr.addNewVMerge().setVal(STMerge.RESTART);
    switch (kind) {
      case HEADER -> {
        shade(pr, DocxStyles.HEAD_FILL);
        pr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
      }
      case GROUP -> shade(pr, DocxStyles.GROUP_FILL);
      case TOTAL -> {
        CTBorder top = pr.addNewTcBorders().addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(12));
        top.setColor("1E1E1E");
      }
      default -> {}
    }
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
    DocxFlow inner = cellFlow(flow, tc, width, d);
    if (cell != null) r.blocks.blocks(inner, cell.content());
    inner.close();
  }

  // ---------------------------------------------------------------- forms

  void form(DocxFlow flow, Block.Form f) {
    int total = flow.width();
    int[] widths = {total * 35 / 100, total - total * 35 / 100};
    CTTbl tbl = newTable(flow, widths, "TableGrid");
    for (Block.FormRow row : f.rows() == null ? List.<Block.FormRow>of() : f.rows()) {
      if (row == null) continue;
      List<Block> value = row.value() == null ? List.of() : row.value();
      if (row.group()) {
        CTTc tc = spanned(tbl.addNewTr(), total);
        shade(tc.getTcPr(), DocxStyles.HEAD_FILL);
        label(flow, tc, total, row.label());
        if (!value.isEmpty()) {
          CTTc v = spanned(tbl.addNewTr(), total);
          DocxFlow inner = cellFlow(flow, v, total, tableText(Marks.NONE));
          r.blocks.blocks(inner, value);
          inner.close();
        }
        continue;
      }
      CTRow tr = tbl.addNewTr();
      CTTc label = tr.addNewTc();
      width(label.addNewTcPr().addNewTcW(), widths[0]);
      shade(label.getTcPr(), DocxStyles.GROUP_FILL);
      label(flow, label, widths[0], row.label());
      CTTc cell = tr.addNewTc();
      width(cell.addNewTcPr().addNewTcW(), widths[1]);
      DocxFlow inner = cellFlow(flow, cell, widths[1], tableText(Marks.NONE));
      r.blocks.blocks(inner, value);
      inner.close();
    }
  }

  private CTTc spanned(CTRow tr, int total) {
    CTTc tc = tr.addNewTc();
    CTTcPr pr = tc.addNewTcPr();
    width(pr.addNewTcW(), total);
    pr.addNewGridSpan().setVal(BigInteger.TWO);
    return tc;
  }

  private void label(DocxFlow flow, CTTc tc, int width, List<Inline> label) {
    DocxFlow inner = cellFlow(flow, tc, width, tableText(Marks.BOLD));
    CTP p = r.blocks.paragraph(inner, null);
    r.runs.inlines(p, inner, label, Marks.BOLD);
    inner.close();
  }

  // ---------------------------------------------------------------- boxes and key figures

  void box(DocxFlow flow, Block.Box b) {
    int width = flow.width();
    CTTbl tbl = newTable(flow, new int[] {width}, null);
    Block.BoxKind kind = b.kind() == null ? Block.BoxKind.NOTICE : b.kind();
    CTTblPr pr = tbl.getTblPr();
    CTTblBorders borders = pr.addNewTblBorders();
    String fill = null;
    switch (kind) {
      case BAND -> {
        border(borders.addNewLeft(), 36, DocxStyles.ACCENT);
        fill = "E8EAF6";
      }
      case ACTOR -> {
        for (CTBorder e :
            new CTBorder[] {
              borders.addNewTop(),
              borders.addNewLeft(),
              borders.addNewBottom(),
              borders.addNewRight()
            }) border(e, 8, DocxStyles.ACCENT);
      }
      case NOTICE -> {
        border(borders.addNewTop(), 8, DocxStyles.RULE);
        fill = "F2F2F2";
      }
      case IDENTITY -> {
        for (CTBorder e :
            new CTBorder[] {
              borders.addNewTop(),
              borders.addNewLeft(),
              borders.addNewBottom(),
              borders.addNewRight()
            }) border(e, 8, DocxStyles.ACCENT);
        fill = "F5F6FB";
      }
    }
    CTTblWidth m = pr.addNewTblCellMar().addNewLeft();
    width(m, BOX_MARGIN);
    width(pr.getTblCellMar().addNewRight(), BOX_MARGIN);
    CTTc tc = tbl.addNewTr().addNewTc();
    CTTcPr tcPr = tc.addNewTcPr();
    width(tcPr.addNewTcW(), width);
    if (fill != null) shade(tcPr, fill);
    DocxFlow inner =
        DocxFlow.nested(
            tc::addNewP,
            tc::addNewTbl,
            width - 2 * BOX_MARGIN,
            flow.body,
            DocxFlow.Defaults.BODY,
            flow.footnote);
    if (b.title() != null && !b.title().isEmpty()) {
      CTP t = inner.paragraph();
      DocxBlocks.pPr(t).addNewPStyle().setVal(DocxStyles.BOX_TITLE);
      r.runs.inlines(t, inner, b.title(), Marks.NONE);
    }
    r.blocks.blocks(inner, b.content());
    inner.close();
  }

  void keyFigures(DocxFlow flow, Block.KeyFigures k) {
    List<Block.KeyFigure> figures =
        k.figures() == null
            ? List.of()
            : k.figures().stream().filter(java.util.Objects::nonNull).toList();
    if (figures.isEmpty()) return;
    int per = Math.max(1, Math.min(Math.min(3, figures.size()), flow.width() / KEY_FIGURE_WIDTH));
    int[] widths = TableGrid.widths(null, per, flow.width());
    CTTbl tbl = newTable(flow, widths, null);
    CTTblBorders borders = tbl.getTblPr().addNewTblBorders();
    border(borders.addNewInsideV(), 24, "FFFFFF");
    for (int start = 0; start < figures.size(); start += per) {
      CTRow tr = tbl.addNewTr();
      tr.addNewTrPr().addNewCantSplit();
      for (int i = 0; i < per; i++) {
        CTTc tc = tr.addNewTc();
        width(tc.addNewTcPr().addNewTcW(), widths[i]);
        DocxFlow inner = cellFlow(flow, tc, widths[i], tableText(Marks.NONE));
        if (start + i < figures.size()) {
          shade(tc.getTcPr(), "EEF0FA");
          Block.KeyFigure f = figures.get(start + i);
          CTP v = inner.paragraph();
          DocxBlocks.pPr(v).addNewPStyle().setVal(DocxStyles.KEY_FIGURE);
          DocxRuns.text(v::addNewR, f.value(), Marks.NONE);
          CTP c = inner.paragraph();
          DocxBlocks.pPr(c).addNewPStyle().setVal(DocxStyles.KEY_FIGURE_CAPTION);
          r.runs.inlines(c, inner, f.caption(), Marks.NONE);
        }
        inner.close();
      }
    }
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
    CTTbl tbl = newTable(flow, widths, null);
    CTTblPr pr = tbl.getTblPr();
    width(pr.addNewTblCellMar().addNewLeft(), 0);
    width(pr.getTblCellMar().addNewRight(), 0);
    CTRow tr = tbl.addNewTr();
    for (int i = 0; i < n; i++) {
      CTTc tc = tr.addNewTc();
      CTTcPr tcPr = tc.addNewTcPr();
      width(tcPr.addNewTcW(), widths[i]);
      int gap = i < n - 1 ? BESIDE_GAP : 0;
      if (gap > 0) width(tcPr.addNewTcMar().addNewRight(), gap);
      DocxFlow inner =
          DocxFlow.nested(
              tc::addNewP,
              tc::addNewTbl,
              widths[i] - gap,
              flow.body,
              DocxFlow.Defaults.BODY,
              flow.footnote);
      r.blocks.blocks(inner, List.of(parts.get(i)));
      inner.close();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static DocxFlow.Defaults tableText(Marks marks) {
    return new DocxFlow.Defaults(DocxStyles.TABLE_TEXT, null, marks, 0);
  }

  private static DocxFlow cellFlow(DocxFlow parent, CTTc tc, int width, DocxFlow.Defaults d) {
    return DocxFlow.nested(
        tc::addNewP, tc::addNewTbl, width - 2 * CELL_MARGIN, parent.body, d, parent.footnote);
  }

  /**
   * A table of fixed layout and the given column widths; after another table, a small paragraph
   * keeps Word from joining them.
   */
  private static CTTbl newTable(DocxFlow flow, int[] widths, String style) {
    if (!flow.isEmpty() && flow.lastParagraph() == null) {
      CTP gap = flow.paragraph();
      if (flow.defaults.style() != null)
        DocxBlocks.pPr(gap).addNewPStyle().setVal(flow.defaults.style());
    }
    CTTbl tbl = flow.table();
    CTTblPr pr = tbl.addNewTblPr();
    if (style != null) pr.addNewTblStyle().setVal(style);
    int total = 0;
    for (int w : widths) total += w;
    width(pr.addNewTblW(), total);
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = tbl.addNewTblGrid();
    for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
    return tbl;
  }

  private static void width(CTTblWidth w, int twips) {
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  private static void shade(CTTcPr pr, String fill) {
    CTShd shd = pr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(fill);
  }

  private static void border(CTBorder b, int size, String color) {
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(size));
    b.setSpace(BigInteger.ZERO);
    b.setColor(color);
  }
}

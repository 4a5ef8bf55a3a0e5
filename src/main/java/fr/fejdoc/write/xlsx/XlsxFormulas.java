package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.write.Sheets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The live formulas of a table, in place of the figures the tree shows:
 *
 * <ul>
 *   <li>a column hinted {@code row-sum:A-B} holds =SUM of columns A to B of its row;
 *   <li>a body row followed by detail rows holds the SUM of its details;
 *   <li>a TOTAL row sums, per column, the BODY rows since the last header, group or total row
 *       (detail rows are already in their body row);
 *   <li>a column hinted {@code share:N} holds column N of its row divided by column N of the total
 *       row, as a percentage.
 * </ul>
 *
 * A cell the tree leaves blank gets a formula that stays blank while its inputs are. Then every
 * formula is evaluated: one that does not give the figure of the tree (to its last digit shown) is
 * replaced by that figure, so the spreadsheet never shows another number than the documents.
 */
final class XlsxFormulas {
  private static final String PERCENT = "[$-40C]0\\ %";

  /** A formula and the figure it must give (null: blank). */
  private record Placed(XSSFCell cell, Figure expected) {}

  private final XlsxStyles styles;
  private final List<Placed> placed = new ArrayList<>();
  private int kept;

  XlsxFormulas(XlsxStyles styles) {
    this.styles = styles;
  }

  /** The number of formulas left in the workbook after {@link #verify}. */
  int kept() {
    return kept;
  }

  void add(XlsxTable t) {
    boolean[][] done = new boolean[t.rows()][t.grid.columns];
    for (int c = 0; c < t.grid.columns; c++) {
      String hint = t.formula(c);
      if (hint != null && hint.startsWith("row-sum:")) rowSums(t, c, hint.substring(8), done);
    }
    detailSums(t, done);
    totals(t, done);
    for (int c = 0; c < t.grid.columns; c++) {
      String hint = t.formula(c);
      if (hint != null && hint.startsWith("share:")) shares(t, c, hint.substring(6), done);
    }
  }

  private void rowSums(XlsxTable t, int c, String range, boolean[][] done) {
    int[] ab = columns(range, t.grid.columns);
    if (ab == null || (c >= ab[0] && c <= ab[1])) return;
    for (int i = 0; i < t.rows(); i++) {
      Block.RowKind kind = t.kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) continue;
      if (!t.single(i, c)) continue;
      boolean ok = true;
      for (int k = ab[0]; k <= ab[1] && ok; k++) ok = t.single(i, k);
      if (!ok) continue;
      String args = t.ref(i, ab[0]) + ":" + t.ref(i, ab[1]);
      place(t, i, c, args, done);
    }
  }

  private void detailSums(XlsxTable t, boolean[][] done) {
    for (int i = 0; i < t.rows(); i++) {
      if (t.kind(i) != Block.RowKind.BODY) continue;
      int end = i + 1;
      while (end < t.rows() && t.kind(end) == Block.RowKind.DETAIL) end++;
      if (end == i + 1) continue;
      for (int c = 0; c < t.grid.columns; c++) {
        if (done[i][c] || !t.single(i, c)) continue;
        List<Integer> rows = new ArrayList<>();
        boolean figures = false;
        for (int k = i + 1; k < end; k++) {
          if (!t.single(k, c)) continue;
          rows.add(k);
          figures |= t.figures[k][c] != null;
        }
        if (figures) place(t, i, c, ranges(t, rows, c), done);
      }
    }
  }

  private void totals(XlsxTable t, boolean[][] done) {
    int from = 0;
    for (int i = 0; i < t.rows(); i++) {
      Block.RowKind kind = t.kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) {
        from = i + 1;
        continue;
      }
      if (kind != Block.RowKind.TOTAL) continue;
      for (int c = 0; c < t.grid.columns; c++) {
        if (done[i][c] || !t.single(i, c)) continue;
        List<Integer> rows = new ArrayList<>();
        boolean empty = blank(t.texts[i][c]);
        for (int k = from; k < i; k++) {
          if (t.kind(k) == Block.RowKind.BODY && t.single(k, c)) {
            rows.add(k);
            empty &= blank(t.texts[k][c]);
          }
        }
        // a column of figures, or one left blank so far (a period still to come)
        if (!rows.isEmpty() && (numeric(t, c) || empty)) place(t, i, c, ranges(t, rows, c), done);
      }
      from = i + 1;
    }
  }

  private void shares(XlsxTable t, int c, String column, boolean[][] done) {
    int n;
    try {
      n = Integer.parseInt(column.strip()) - 1;
    } catch (NumberFormatException e) {
      return;
    }
    if (n < 0 || n >= t.grid.columns || n == c) return;
    for (int i = 0; i < t.rows(); i++) {
      Block.RowKind kind = t.kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) continue;
      int total = -1;
      for (int k = i; k < t.rows() && total < 0; k++)
        if (t.kind(k) == Block.RowKind.TOTAL) total = k;
      if (total < 0 || done[i][c] || !t.single(i, c) || !t.single(i, n) || !t.single(total, n))
        continue;
      String part = t.ref(i, n);
      String whole = t.ref(total, n);
      String formula =
          "IF(OR(COUNT(" + part + ")=0," + whole + "=0),\"\"," + part + "/" + whole + ")";
      Figure expected = t.figures[i][c];
      if (expected == null && !blank(t.texts[i][c])) continue;
      XSSFCell cell = t.cells[i][c];
      cell.setCellFormula(formula);
      if (expected == null || expected.kind() != Figure.Kind.PERCENT)
        cell.setCellStyle(styles.get(role(t, i, c), t.align(slot(t, i, c)), PERCENT));
      placed.add(new Placed(cell, expected));
      done[i][c] = true;
    }
  }

  /** Puts =SUM(args) at row i, column c; a cell the tree leaves blank stays blank when empty. */
  private void place(XlsxTable t, int i, int c, String args, boolean[][] done) {
    Figure expected = t.figures[i][c];
    if (expected == null && !blank(t.texts[i][c])) return; // a text cell stays text
    String sum = "SUM(" + args + ")";
    XSSFCell cell = t.cells[i][c];
    cell.setCellFormula(expected != null ? sum : "IF(COUNT(" + args + ")=0,\"\"," + sum + ")");
    if (expected == null) {
      String format = columnFormat(t, c);
      if (format == null) format = rowFormat(t, i);
      if (format != null)
        cell.setCellStyle(styles.get(role(t, i, c), t.align(slot(t, i, c)), format));
    }
    placed.add(new Placed(cell, expected));
    done[i][c] = true;
  }

  /**
   * Evaluates every formula; one that does not give the tree's figure is replaced by the figure.
   * Then caches the results in the file, for readers that do not recalculate.
   */
  void verify(XSSFWorkbook wb) {
    XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
    for (int pass = 0; pass < 8; pass++) {
      ev.clearAllCachedResultValues();
      boolean changed = false;
      for (Placed p : placed) {
        if (p.cell().getCellType() != CellType.FORMULA) continue;
        CellValue v;
        try {
          v = ev.evaluate(p.cell());
        } catch (RuntimeException e) {
          v = null;
        }
        if (!matches(v, p.expected())) {
          p.cell().removeFormula();
          if (p.expected() == null) p.cell().setBlank();
          else p.cell().setCellValue(p.expected().number());
          changed = true;
        }
      }
      if (!changed) break;
    }
    ev.clearAllCachedResultValues();
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    kept = (int) placed.stream().filter(p -> p.cell().getCellType() == CellType.FORMULA).count();
  }

  static boolean matches(CellValue v, Figure expected) {
    if (v == null) return false;
    if (expected == null) {
      return v.getCellType() == CellType.BLANK
          || (v.getCellType() == CellType.STRING && v.getStringValue().isEmpty());
    }
    if (v.getCellType() != CellType.NUMERIC) return false;
    return Math.abs(v.getNumberValue() - expected.number()) <= expected.tolerance() + 1e-9;
  }

  // ---------------------------------------------------------------- helpers

  /** "A-B" (1-based, inclusive) → {a, b} 0-based, or null. */
  private static int[] columns(String range, int columns) {
    int dash = range.indexOf('-');
    if (dash <= 0) return null;
    try {
      int a = Integer.parseInt(range.substring(0, dash).strip()) - 1;
      int b = Integer.parseInt(range.substring(dash + 1).strip()) - 1;
      return a >= 0 && a <= b && b < columns ? new int[] {a, b} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The rows' cells of column c as ranges of consecutive rows: "B4:B7,B9". */
  private static String ranges(XlsxTable t, List<Integer> rows, int c) {
    StringBuilder b = new StringBuilder();
    int k = 0;
    while (k < rows.size()) {
      int start = rows.get(k);
      int end = start;
      while (k + 1 < rows.size() && rows.get(k + 1) == end + 1) end = rows.get(++k);
      if (b.length() > 0) b.append(',');
      b.append(t.ref(start, c));
      if (end > start) b.append(':').append(t.ref(end, c));
      k++;
    }
    return b.toString();
  }

  private static boolean numeric(XlsxTable t, int c) {
    return columnFormat(t, c) != null;
  }

  /** The number format of the column's first figure, or null when it has none. */
  private static String columnFormat(XlsxTable t, int c) {
    for (int i = 0; i < t.rows(); i++) if (t.figures[i][c] != null) return t.figures[i][c].format();
    return null;
  }

  /** The number format of the row's first figure, or null. */
  private static String rowFormat(XlsxTable t, int i) {
    for (int c = 0; c < t.grid.columns; c++)
      if (t.figures[i][c] != null) return t.figures[i][c].format();
    return null;
  }

  private static Sheets.Role role(XlsxTable t, int i, int c) {
    Sheets.Role role = Sheets.role(t.kind(i));
    return role == Sheets.Role.DETAIL && c > 0 ? Sheets.Role.BODY : role;
  }

  private static TableGrid.Slot slot(XlsxTable t, int i, int c) {
    for (var s : t.grid.rows.get(i)) if (s.column() == c) return s;
    throw new IllegalStateException("no slot at " + i + "," + c);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

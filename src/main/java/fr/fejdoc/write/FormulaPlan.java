package fr.fejdoc.write;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.CellFigure;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The live formulas of a table in a spreadsheet edition (XLSX, ODS), whatever the file format: the
 * writers only spell them (A1 or ODF syntax) and write the value computed here.
 *
 * <ul>
 *   <li>a column hinted {@code row-sum:A-B} holds the SUM of columns A to B of its row;
 *   <li>a body row followed by detail rows holds the SUM of its details;
 *   <li>a TOTAL row sums, per column, the BODY rows since the last header, group or total row
 *       (detail rows are already in their body row);
 *   <li>a column hinted {@code share:N} holds column N of its row divided by column N of the total
 *       row, as a percentage.
 * </ul>
 *
 * A cell the tree leaves blank gets a formula that stays blank while its inputs are; a cell of text
 * never gets one. Every formula is then computed exactly (BigDecimal), as a spreadsheet would: one
 * that does not give the tree's figure to its last digit shown is dropped for the figure, so the
 * sheet never shows another number than the documents; the kept ones carry their computed value.
 * Bounded: a table still changing after 16 passes (a hostile one) keeps its figures and no formula;
 * each pass is linear in the formulas' size (results are memoised), references deeper than 64 are
 * dropped.
 */
public final class FormulaPlan {

  /** A formula: the cells it reads (row, column of the table's grid) and how. */
  public sealed interface Formula {}

  /** SUM of {@code cells}; blank while none of them is a number when {@code blankIfEmpty}. */
  public record Sum(List<int[]> cells, boolean blankIfEmpty) implements Formula {}

  /** {@code part / whole}, blank while part is not a number or whole is 0. */
  public record Share(int[] part, int[] whole) implements Formula {}

  public final Block.Table table;
  public final TableGrid grid;
  public final int rows;
  public final int columns;

  /** The plain text of each cell that starts at (row, column), as the writer spells it. */
  public final String[][] texts;

  /** The typed figure of each cell (none in header and group rows). */
  public final Inline.Num[][] figures;

  private final Formula[][] formulas;
  private final BigDecimal[][] computed;
  private final boolean[][] percentStyle;
  private final boolean[][] single;

  /**
   * The plan of {@code table}; {@code text} gives a cell's plain text (what decides that a cell is
   * blank; the writer shows the same text).
   */
  public FormulaPlan(Block.Table table, Function<List<Block>, String> text) {
    this.table = table;
    this.grid = TableGrid.of(table);
    this.rows = grid.rows.size();
    this.columns = grid.columns;
    texts = new String[rows][columns];
    figures = new Inline.Num[rows][columns];
    formulas = new Formula[rows][columns];
    computed = new BigDecimal[rows][columns];
    percentStyle = new boolean[rows][columns];
    single = new boolean[rows][columns];
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      for (TableGrid.Slot s : grid.rows.get(i)) {
        if (s.cell() == null) continue;
        int c = s.column();
        texts[i][c] = text.apply(s.cell().content());
        if (kind != Block.RowKind.HEADER && kind != Block.RowKind.GROUP)
          figures[i][c] = CellFigure.of(s.cell().content()).orElse(null);
        single[i][c] = s.span() == 1 && s.rowspan() == 1;
      }
    }
    plan();
    settle();
  }

  /** The kind of row {@code i} (BODY when the tree gives none). */
  public Block.RowKind kind(int i) {
    List<Block.Row> list = table.rows();
    Block.Row row = list == null || i >= list.size() ? null : list.get(i);
    return row == null || row.kind() == null ? Block.RowKind.BODY : row.kind();
  }

  /** The cell's own alignment, else its column's. */
  public Block.Align align(TableGrid.Slot slot) {
    Block.Align a = slot.cell() == null ? null : slot.cell().align();
    List<Block.Column> cols = table.columns();
    if ((a == null || a == Block.Align.LEFT)
        && cols != null
        && slot.column() < cols.size()
        && cols.get(slot.column()) != null) a = cols.get(slot.column()).align();
    return a;
  }

  /** The kept formula at row i, column c, or null. */
  public Formula formula(int i, int c) {
    return formulas[i][c];
  }

  /** The value of the kept formula at (i, c), a percentage as a fraction; null: blank. */
  public BigDecimal computed(int i, int c) {
    return computed[i][c];
  }

  /**
   * Whether the formula at (i, c) shows as a percentage while its cell's figure (if any) is not
   * one: a share where the tree leaves a blank.
   */
  public boolean percentStyle(int i, int c) {
    return percentStyle[i][c];
  }

  /** How many formulas are kept. */
  public int count() {
    int n = 0;
    for (Formula[] row : formulas) for (Formula f : row) if (f != null) n++;
    return n;
  }

  /**
   * The figure whose number style a formula cell at (i, c) the tree leaves blank takes: the first
   * figure of its column, else of its row; null when neither has one.
   */
  public Inline.Num blankStyle(int i, int c) {
    Inline.Num n = columnFigure(c);
    return n != null ? n : rowFigure(i);
  }

  /**
   * The cells of a formula grouped in rectangles of consecutive cells, each {@code {firstRow,
   * firstColumn, lastRow, lastColumn}}: down a column ("B4:B7") or along a row ("C8:E8").
   */
  public static List<int[]> ranges(List<int[]> cells) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < cells.size()) {
      int[] start = cells.get(k);
      int[] end = start;
      while (k + 1 < cells.size()
          && cells.get(k + 1)[1] == end[1]
          && cells.get(k + 1)[0] == end[0] + 1) end = cells.get(++k);
      while (k + 1 < cells.size()
          && cells.get(k + 1)[0] == end[0]
          && cells.get(k + 1)[1] == end[1] + 1) end = cells.get(++k);
      out.add(new int[] {start[0], start[1], end[0], end[1]});
      k++;
    }
    return out;
  }

  /** The column letters of 0-based column {@code c}: A, B… Z, AA… */
  public static String column(int c) {
    StringBuilder b = new StringBuilder();
    int n = c + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      b.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  /** A figure's value in a spreadsheet: a percentage as a fraction (49 % → 0.49). */
  public static BigDecimal number(Inline.Num n) {
    return n.kind() == FigureKind.PERCENT ? n.value().movePointLeft(2) : n.value();
  }

  /** The decimals a figure shows: what a computed value is compared to. */
  public static int decimals(Inline.Num n) {
    BigDecimal v = n.value().signum() == 0 ? BigDecimal.ZERO : n.value().stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    return switch (n.kind()) {
      case COUNT -> 0;
      case AMOUNT -> 2;
      case PERCENT -> scale;
      case ETP, DECIMAL -> Math.min(6, scale);
    };
  }

  /** Whether {@code v} shows as {@code expected} (to half its last digit); null is blank. */
  public static boolean matches(BigDecimal v, Inline.Num expected) {
    if (expected == null) return v == null;
    if (v == null) return false;
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals(expected)).divide(BigDecimal.TWO);
    if (expected.kind() == FigureKind.PERCENT) tolerance = tolerance.movePointLeft(2);
    return v.subtract(number(expected)).abs().compareTo(tolerance.add(new BigDecimal("1e-9"))) <= 0;
  }

  // ------------------------------------------------------------------ plan

  private String hint(int c) {
    List<Block.Column> cols = table.columns();
    if (cols == null || c >= cols.size() || cols.get(c) == null) return null;
    String f = cols.get(c).formula();
    return f == null || f.isBlank() ? null : f.strip();
  }

  private void plan() {
    for (int c = 0; c < columns; c++) {
      String h = hint(c);
      if (h != null && h.startsWith("row-sum:")) rowSums(c, h.substring(8));
    }
    detailSums();
    totals();
    for (int c = 0; c < columns; c++) {
      String h = hint(c);
      if (h != null && h.startsWith("share:")) shares(c, h.substring(6));
    }
  }

  private void rowSums(int c, String range) {
    int dash = range.indexOf('-');
    if (dash <= 0) return;
    int a;
    int b;
    try {
      a = Integer.parseInt(range.substring(0, dash).strip()) - 1;
      b = Integer.parseInt(range.substring(dash + 1).strip()) - 1;
    } catch (NumberFormatException e) {
      return;
    }
    if (a < 0 || a > b || b >= columns || (c >= a && c <= b)) return;
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP || !single[i][c]) continue;
      boolean ok = true;
      List<int[]> cells = new ArrayList<>();
      for (int k = a; k <= b && ok; k++) {
        ok = single[i][k];
        cells.add(new int[] {i, k});
      }
      if (ok) place(i, c, cells);
    }
  }

  private void detailSums() {
    for (int i = 0; i < rows; i++) {
      if (kind(i) != Block.RowKind.BODY) continue;
      int end = i + 1;
      while (end < rows && kind(end) == Block.RowKind.DETAIL) end++;
      if (end == i + 1) continue;
      for (int c = 0; c < columns; c++) {
        if (formulas[i][c] != null || !single[i][c]) continue;
        List<int[]> cells = new ArrayList<>();
        boolean any = false;
        for (int k = i + 1; k < end; k++) {
          if (!single[k][c]) continue;
          cells.add(new int[] {k, c});
          any |= figures[k][c] != null;
        }
        if (any) place(i, c, cells);
      }
    }
  }

  private void totals() {
    int from = 0;
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) {
        from = i + 1;
        continue;
      }
      if (kind != Block.RowKind.TOTAL) continue;
      for (int c = 0; c < columns; c++) {
        if (formulas[i][c] != null || !single[i][c]) continue;
        List<int[]> cells = new ArrayList<>();
        boolean empty = blank(texts[i][c]);
        for (int k = from; k < i; k++) {
          if (kind(k) == Block.RowKind.BODY && single[k][c]) {
            cells.add(new int[] {k, c});
            empty &= blank(texts[k][c]);
          }
        }
        // a column of figures, or one left blank so far (a period still to come)
        if (!cells.isEmpty() && (columnFigure(c) != null || empty)) place(i, c, cells);
      }
      from = i + 1;
    }
  }

  private void shares(int c, String column) {
    int n;
    try {
      n = Integer.parseInt(column.strip()) - 1;
    } catch (NumberFormatException e) {
      return;
    }
    if (n < 0 || n >= columns || n == c) return;
    int total = -1; // the next total row at or after i
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      if (total < i) {
        total = -1;
        for (int k = i; k < rows && total < 0; k++) if (kind(k) == Block.RowKind.TOTAL) total = k;
        if (total < 0) return;
      }
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) continue;
      if (formulas[i][c] != null || !single[i][c] || !single[i][n]) continue;
      if (!single[total][n]) continue;
      if (figures[i][c] == null && !blank(texts[i][c])) continue;
      formulas[i][c] = new Share(new int[] {i, n}, new int[] {total, n});
      percentStyle[i][c] = figures[i][c] == null || figures[i][c].kind() != FigureKind.PERCENT;
    }
  }

  private void place(int i, int c, List<int[]> cells) {
    if (figures[i][c] == null && !blank(texts[i][c])) return; // a text cell stays text
    formulas[i][c] = new Sum(cells, figures[i][c] == null);
  }

  // ------------------------------------------------------------------ evaluation

  private void settle() {
    for (int pass = 0; ; pass++) {
      if (pass == 16) {
        for (Formula[] row : formulas) Arrays.fill(row, null);
        return;
      }
      BigDecimal[][] memo = new BigDecimal[rows][columns];
      boolean[][] seen = new boolean[rows][columns];
      boolean changed = false;
      for (int i = 0; i < rows; i++) {
        for (int c = 0; c < columns; c++) {
          if (formulas[i][c] == null) continue;
          Result r = evaluate(i, c, memo, seen, 0);
          if (!r.ok() || !matches(r.value(), figures[i][c])) {
            formulas[i][c] = null;
            changed = true;
          } else {
            computed[i][c] = r.value();
          }
        }
      }
      if (!changed) return;
    }
  }

  private record Result(boolean ok, BigDecimal value) {}

  /**
   * The number in cell (i, c) as a spreadsheet sees it: a percentage as a fraction; null if none.
   */
  private Result value(int i, int c, BigDecimal[][] memo, boolean[][] seen, int depth) {
    if (formulas[i][c] != null) return evaluate(i, c, memo, seen, depth);
    Inline.Num n = figures[i][c];
    return new Result(true, n == null ? null : number(n));
  }

  private Result evaluate(int i, int c, BigDecimal[][] memo, boolean[][] seen, int depth) {
    if (seen[i][c]) return new Result(true, memo[i][c]);
    if (depth > 64) return new Result(false, null);
    Result r;
    switch (formulas[i][c]) {
      case Sum s -> {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        boolean ok = true;
        for (int[] at : s.cells()) {
          Result v = value(at[0], at[1], memo, seen, depth + 1);
          ok &= v.ok();
          if (v.value() != null) {
            sum = sum.add(v.value());
            count++;
          }
        }
        r = new Result(ok, s.blankIfEmpty() && count == 0 ? null : sum);
      }
      case Share s -> {
        Result part = value(s.part()[0], s.part()[1], memo, seen, depth + 1);
        Result whole = value(s.whole()[0], s.whole()[1], memo, seen, depth + 1);
        boolean ok = part.ok() && whole.ok();
        boolean wholeIsBlankFormula =
            formulas[s.whole()[0]][s.whole()[1]] != null && whole.value() == null;
        if (part.value() == null) r = new Result(ok, null);
        else if (wholeIsBlankFormula) r = new Result(false, null); // "" = 0 is false: #VALUE!
        else if (whole.value() == null || whole.value().signum() == 0) r = new Result(ok, null);
        else r = new Result(ok, part.value().divide(whole.value(), MathContext.DECIMAL64));
      }
    }
    seen[i][c] = true;
    memo[i][c] = r.value();
    return r;
  }

  // ------------------------------------------------------------------ helpers

  /** The first figure of column c, or null. */
  private Inline.Num columnFigure(int c) {
    for (int i = 0; i < rows; i++) if (figures[i][c] != null) return figures[i][c];
    return null;
  }

  private Inline.Num rowFigure(int i) {
    for (int c = 0; c < columns; c++) if (figures[i][c] != null) return figures[i][c];
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

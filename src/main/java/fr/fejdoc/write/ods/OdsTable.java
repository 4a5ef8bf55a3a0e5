package fr.fejdoc.write.ods;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.CellFigure;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out on its sheet, with its live formulas, as the XLSX edition has them ({@code
 * XlsxFormulas}): a column hinted {@code row-sum:A-B} sums columns A to B of its row; a body row
 * followed by detail rows sums its details; a TOTAL row sums, per column, the BODY rows since the
 * last header, group or total row; a column hinted {@code share:N} divides column N of its row by
 * column N of the total row. A cell the tree leaves blank gets a formula that stays blank while its
 * inputs are. Every formula is then computed here, exactly (BigDecimal): one that does not give the
 * tree's figure to its last digit shown is dropped for the figure, so the sheet never shows another
 * number than the documents, and the kept ones carry their computed value as {@code office:value}.
 */
final class OdsTable {

  /** A formula: the cells it reads and how. */
  sealed interface Formula {}

  /** SUM of {@code cells}; blank while none of them is a number when {@code blankIfEmpty}. */
  record Sum(List<int[]> cells, boolean blankIfEmpty) implements Formula {}

  /** {@code part / whole}, blank while part is not a number or whole is 0. */
  record Share(int[] part, int[] whole) implements Formula {}

  final Block.Table table;
  final TableGrid grid;

  /** The sheet row (0-based) of the table's first row. */
  final int top;

  final int rows;
  final int columns;
  final String[][] texts;
  final Inline.Num[][] figures;
  final Formula[][] formulas;

  /** The computed value of each kept formula (null: blank). */
  final BigDecimal[][] computed;

  /** Whether each kept formula's cell got the percentage style (a share of a blank cell). */
  final boolean[][] percentStyle;

  OdsTable(Block.Table table, int top) {
    this.table = table;
    this.grid = TableGrid.of(table);
    this.top = top;
    this.rows = grid.rows.size();
    this.columns = grid.columns;
    texts = new String[rows][columns];
    figures = new Inline.Num[rows][columns];
    formulas = new Formula[rows][columns];
    computed = new BigDecimal[rows][columns];
    percentStyle = new boolean[rows][columns];
    boolean[][] single = new boolean[rows][columns];
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      for (TableGrid.Slot s : grid.rows.get(i)) {
        if (s.cell() == null) continue;
        int c = s.column();
        texts[i][c] = OdsText.of(s.cell().content());
        if (kind != Block.RowKind.HEADER && kind != Block.RowKind.GROUP)
          figures[i][c] = CellFigure.of(s.cell().content()).orElse(null);
        single[i][c] = s.span() == 1 && s.rowspan() == 1;
      }
    }
    this.single = single;
    plan();
    settle();
  }

  private final boolean[][] single;

  Block.RowKind kind(int i) {
    List<Block.Row> list = table.rows();
    Block.Row row = list == null || i >= list.size() ? null : list.get(i);
    return row == null || row.kind() == null ? Block.RowKind.BODY : row.kind();
  }

  /** The cell's own alignment, else its column's. */
  Block.Align align(TableGrid.Slot slot) {
    Block.Align a = slot.cell() == null ? null : slot.cell().align();
    List<Block.Column> cols = table.columns();
    if ((a == null || a == Block.Align.LEFT)
        && cols != null
        && slot.column() < cols.size()
        && cols.get(slot.column()) != null) a = cols.get(slot.column()).align();
    return a;
  }

  private String hint(int c) {
    List<Block.Column> cols = table.columns();
    if (cols == null || c >= cols.size() || cols.get(c) == null) return null;
    String f = cols.get(c).formula();
    return f == null || f.isBlank() ? null : f.strip();
  }

  // ------------------------------------------------------------------ plan

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
    int a;
    int b;
    try {
      a = Integer.parseInt(range.substring(0, Math.max(0, dash)).strip()) - 1;
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
        if (!cells.isEmpty() && (columnHasFigures(c) || empty)) place(i, c, cells);
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
    for (int i = 0; i < rows; i++) {
      Block.RowKind kind = kind(i);
      if (kind == Block.RowKind.HEADER || kind == Block.RowKind.GROUP) continue;
      int total = -1;
      for (int k = i; k < rows && total < 0; k++) if (kind(k) == Block.RowKind.TOTAL) total = k;
      if (total < 0 || formulas[i][c] != null || !single[i][c] || !single[i][n]) continue;
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

  /**
   * Drops every formula that does not give the tree's figure, until all kept ones do; a table still
   * changing after 16 passes (a hostile one) keeps its figures and no formula. Each pass is linear
   * in the formulas' size (results are memoised).
   */
  private void settle() {
    for (int pass = 0; ; pass++) {
      if (pass == 16) {
        for (Formula[] row : formulas) java.util.Arrays.fill(row, null);
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

  /** A figure's value in a spreadsheet: a percentage as a fraction (49 % → 0.49). */
  static BigDecimal number(Inline.Num n) {
    return n.kind() == FigureKind.PERCENT ? n.value().movePointLeft(2) : n.value();
  }

  /** The decimals a figure shows: what a computed value is compared to. */
  static int decimals(Inline.Num n) {
    BigDecimal v = n.value().signum() == 0 ? BigDecimal.ZERO : n.value().stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    return switch (n.kind()) {
      case COUNT -> 0;
      case AMOUNT -> 2;
      case PERCENT -> scale;
      case ETP, DECIMAL -> Math.min(6, scale);
    };
  }

  static boolean matches(BigDecimal v, Inline.Num expected) {
    if (expected == null) return v == null;
    if (v == null) return false;
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals(expected)).divide(BigDecimal.TWO);
    if (expected.kind() == FigureKind.PERCENT) tolerance = tolerance.movePointLeft(2);
    return v.subtract(number(expected)).abs().compareTo(tolerance.add(new BigDecimal("1e-9"))) <= 0;
  }

  // ------------------------------------------------------------------ helpers

  /** The first figure of column c, or null: what a blank formula cell of the column looks like. */
  Inline.Num columnFigure(int c) {
    for (int i = 0; i < rows; i++) if (figures[i][c] != null) return figures[i][c];
    return null;
  }

  Inline.Num rowFigure(int i) {
    for (int c = 0; c < columns; c++) if (figures[i][c] != null) return figures[i][c];
    return null;
  }

  private boolean columnHasFigures(int c) {
    return columnFigure(c) != null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The formula as ODF writes it: {@code of:=SUM([.B4:.B7];[.B9])}. */
  String formula(int i, int c) {
    return switch (formulas[i][c]) {
      case null -> null;
      case Sum s -> {
        String args = ranges(s.cells());
        String sum = "SUM(" + args + ")";
        yield "of:=" + (s.blankIfEmpty() ? "IF(COUNT(" + args + ")=0;\"\";" + sum + ")" : sum);
      }
      case Share s -> {
        String part = "[" + ref(s.part()[0], s.part()[1]) + "]";
        String whole = "[" + ref(s.whole()[0], s.whole()[1]) + "]";
        yield "of:=IF(OR(COUNT(" + part + ")=0;" + whole + "=0);\"\";" + part + "/" + whole + ")";
      }
    };
  }

  /** Cells of one column as ranges of consecutive rows: "[.B4:.B7];[.B9]". */
  private String ranges(List<int[]> cells) {
    StringBuilder b = new StringBuilder();
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
      if (b.length() > 0) b.append(';');
      b.append('[').append(ref(start[0], start[1]));
      if (end != start) b.append(':').append(ref(end[0], end[1]));
      b.append(']');
      k++;
    }
    return b.toString();
  }

  /** ".B4": row i, column c of the table on its sheet. */
  String ref(int i, int c) {
    return "." + column(c) + (top + i + 1);
  }

  static String column(int c) {
    StringBuilder b = new StringBuilder();
    int n = c + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      b.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  /** The plain text of a cell's blocks. */
  static final class OdsText {
    private OdsText() {}

    static String of(List<Block> blocks) {
      StringBuilder b = new StringBuilder();
      append(blocks, b, 0);
      return b.toString();
    }

    private static void item(StringBuilder b, String mark, List<Block> item, int depth) {
      StringBuilder inner = new StringBuilder();
      append(item, inner, depth + 1);
      if (b.length() > 0) b.append('\n');
      b.append(mark).append(inner);
    }

    private static void append(List<Block> blocks, StringBuilder b, int depth) {
      if (blocks == null || depth > 16) return;
      for (Block x : blocks) {
        List<Inline> line =
            switch (x) {
              case Block.Para p -> p.content();
              case Block.Heading h -> h.content();
              default -> null;
            };
        if (line != null) {
          String s = PlainText.of(line, "\n");
          if (!s.isEmpty()) {
            if (b.length() > 0) b.append('\n');
            b.append(s);
          }
        } else if (x instanceof Block.BulletList l) {
          for (List<Block> item : l.items()) item(b, "• ", item, depth);
        } else if (x instanceof Block.OrderedList l) {
          int k = l.start();
          for (List<Block> item : l.items()) item(b, (k++) + ". ", item, depth);
        } else if (x != null) {
          append(Block.children(x), b, depth + 1);
        }
      }
    }
  }
}

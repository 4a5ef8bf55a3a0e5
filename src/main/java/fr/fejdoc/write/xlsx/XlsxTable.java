package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.write.CellText;
import fr.fejdoc.write.FormulaPlan;
import java.util.List;

/**
 * A table on its sheet: the shared {@link FormulaPlan} (which cells are formulas, over which cells,
 * and their exact values) spelt in Excel's A1 syntax ({@code SUM(B4:B7,B9)}).
 */
public final class XlsxTable {
  /** The last column and row a worksheet has (XFD, 1048576), 0-based. */
  static final int LAST_COLUMN = 16383;

  static final int LAST_ROW = 1048575;

  final Block.Table table;
  final FormulaPlan plan;
  final int top;
  final int headerRows;

  XlsxTable(Block.Table table, int top) {
    this.table = table;
    this.plan = new FormulaPlan(table, CellText::of);
    this.top = top;
    this.headerRows = (int) Math.max(0, Math.min(plan.rows, table.headerRows()));
  }

  /** The A1 formula (without "=") at row i, column c, or null (none, or out of the sheet). */
  String formula(int i, int c) {
    return switch (plan.formula(i, c)) {
      case null -> null;
      case FormulaPlan.Sum s -> {
        String args = ranges(s.cells());
        if (args == null) yield null;
        String sum = "SUM(" + args + ")";
        yield s.blankIfEmpty() ? "IF(COUNT(" + args + ")=0,\"\"," + sum + ")" : sum;
      }
      case FormulaPlan.Share s -> {
        String part = ref(s.part()[0], s.part()[1]);
        String whole = ref(s.whole()[0], s.whole()[1]);
        if (part == null || whole == null) yield null;
        yield "IF(OR(COUNT(" + part + ")=0," + whole + "=0),\"\"," + part + "/" + whole + ")";
      }
    };
  }

  /** Cells as ranges of consecutive cells: "B4:B7,B9"; null if one is out of the sheet. */
  private String ranges(List<int[]> cells) {
    StringBuilder b = new StringBuilder();
    for (int[] r : FormulaPlan.ranges(cells)) {
      String from = ref(r[0], r[1]);
      String to = ref(r[2], r[3]);
      if (from == null || to == null) return null;
      if (b.length() > 0) b.append(',');
      b.append(from);
      if (r[2] != r[0] || r[3] != r[1]) b.append(':').append(to);
    }
    return b.toString();
  }

  /** The A1 reference of row {@code i}, column {@code c} of the table; null out of the sheet. */
  String ref(int i, int c) {
    return at(top + i, c);
  }

  /** The A1 reference of sheet row {@code row}, column {@code c} (0-based); null out of it. */
  public static String at(int row, int c) {
    if (row < 0 || row > LAST_ROW || c < 0 || c > LAST_COLUMN) return null;
    return FormulaPlan.column(c) + (row + 1);
  }
}

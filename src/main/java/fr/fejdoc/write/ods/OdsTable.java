package fr.fejdoc.write.ods;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.write.FormulaPlan;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table laid out on its sheet: the shared {@link FormulaPlan} (which cells are formulas, over
 * which cells, and their exact values) spelt in ODF's syntax ({@code of:=SUM([.B4:.B7])}).
 */
final class OdsTable {

  final Block.Table table;
  final TableGrid grid;
  final FormulaPlan plan;

  /** The sheet row (0-based) of the table's first row. */
  final int top;

  final int rows;
  final int columns;
  final String[][] texts;
  final Inline.Num[][] figures;

  OdsTable(Block.Table table, int top) {
    this.plan = new FormulaPlan(table, fr.fejdoc.write.CellText::of);
    this.table = table;
    this.grid = plan.grid;
    this.top = top;
    this.rows = plan.rows;
    this.columns = plan.columns;
    this.texts = plan.texts;
    this.figures = plan.figures;
  }

  Block.RowKind kind(int i) {
    return plan.kind(i);
  }

  /** The cell's own alignment, else its column's. */
  Block.Align align(TableGrid.Slot slot) {
    return plan.align(slot);
  }

  /** A figure's value in a spreadsheet: a percentage as a fraction (49 % → 0.49). */
  static BigDecimal number(Inline.Num n) {
    return FormulaPlan.number(n);
  }

  /** The decimals a figure shows: what a computed value is compared to. */
  static int decimals(Inline.Num n) {
    return FormulaPlan.decimals(n);
  }

  /** The formula as ODF writes it: {@code of:=SUM([.B4:.B7];[.B9])}. */
  String formula(int i, int c) {
    return switch (plan.formula(i, c)) {
      case null -> null;
      case FormulaPlan.Sum s -> {
        String args = ranges(s.cells());
        String sum = "SUM(" + args + ")";
        yield "of:=" + (s.blankIfEmpty() ? "IF(COUNT(" + args + ")=0;\"\";" + sum + ")" : sum);
      }
      case FormulaPlan.Share s -> {
        String part = "[" + ref(s.part()[0], s.part()[1]) + "]";
        String whole = "[" + ref(s.whole()[0], s.whole()[1]) + "]";
        yield "of:=IF(OR(COUNT(" + part + ")=0;" + whole + "=0);\"\";" + part + "/" + whole + ")";
      }
    };
  }

  /** Cells as ranges of consecutive cells: "[.B4:.B7];[.B9]". */
  private String ranges(List<int[]> cells) {
    StringBuilder b = new StringBuilder();
    for (int[] r : FormulaPlan.ranges(cells)) {
      if (b.length() > 0) b.append(';');
      b.append('[').append(ref(r[0], r[1]));
      if (r[2] != r[0] || r[3] != r[1]) b.append(':').append(ref(r[2], r[3]));
      b.append(']');
    }
    return b.toString();
  }

  /** ".B4": row i, column c of the table on its sheet. */
  String ref(int i, int c) {
    return "." + FormulaPlan.column(c) + (top + i + 1);
  }
}

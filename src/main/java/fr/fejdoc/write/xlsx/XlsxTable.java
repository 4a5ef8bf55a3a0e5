package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.TableGrid;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A table as laid out on its sheet: for every grid position where a cell starts, its text, the
 * figure read from it and the spreadsheet cell; what {@link XlsxFormulas} works from.
 */
final class XlsxTable {
  final Block.Table table;
  final TableGrid grid;
  final int top;
  final int headerRows;
  final Figure[][] figures;
  final String[][] texts;
  final XSSFCell[][] cells;

  XlsxTable(Block.Table table, TableGrid grid, int top) {
    this.table = table;
    this.grid = grid;
    this.top = top;
    this.headerRows = (int) table.headerRows();
    int rows = grid.rows.size();
    this.figures = new Figure[rows][grid.columns];
    this.texts = new String[rows][grid.columns];
    this.cells = new XSSFCell[rows][grid.columns];
  }

  int rows() {
    return grid.rows.size();
  }

  Block.RowKind kind(int i) {
    List<Block.Row> rows = table.rows();
    Block.Row row = rows == null || i >= rows.size() ? null : rows.get(i);
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

  /** The formula hint of grid column {@code c}, or null. */
  String formula(int c) {
    List<Block.Column> cols = table.columns();
    if (cols == null || c >= cols.size() || cols.get(c) == null) return null;
    String f = cols.get(c).formula();
    return f == null || f.isBlank() ? null : f.strip();
  }

  /**
   * Whether a cell of its own (not merged, not spanning) starts at row {@code i}, column {@code c}.
   */
  boolean single(int i, int c) {
    for (TableGrid.Slot s : grid.rows.get(i)) {
      if (s.column() == c)
        return s.cell() != null && s.span() == 1 && s.rowspan() == 1 && cells[i][c] != null;
      if (s.column() > c) return false;
    }
    return false;
  }

  /** The A1 reference of row {@code i}, column {@code c} of the table. */
  String ref(int i, int c) {
    return CellReference.convertNumToColString(c) + (top + i + 1);
  }
}

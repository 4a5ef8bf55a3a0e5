package fr.fejdoc.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's cells placed on its grid: for every row, its slots from left to right, each a cell
 * starting there, the continuation of a cell merged down from above ({@code vMerge}), or an empty
 * filler completing a short row. Spans are clamped to the grid and to the rows left. Shared by the
 * writers that place cells on a grid (DOCX, XLSX, and any writer that needs covered cells).
 */
public final class TableGrid {

  /** A slot of a row: {@code cell} is null for a continuation or a filler. */
  public record Slot(int column, int span, Block.Cell cell, int rowspan, boolean continuation) {}

  /** The number of grid columns. */
  public final int columns;

  /** The slots of every row of the table, in order. */
  public final List<List<Slot>> rows;

  private TableGrid(int columns, List<List<Slot>> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  public static TableGrid of(Block.Table t) {
    List<Block.Row> rows = t.rows() == null ? List.of() : t.rows();
    int declared = t.columns() == null ? 0 : t.columns().size();
    int needed = place(rows, Integer.MAX_VALUE / 4, null);
    int columns = Math.max(1, Math.max(declared, needed));
    List<List<Slot>> out = new ArrayList<>();
    place(rows, columns, out);
    return new TableGrid(columns, out);
  }

  /** Places the rows on {@code columns} columns; returns the width used. */
  private static int place(List<Block.Row> rows, int columns, List<List<Slot>> out) {
    boolean bounded = out != null;
    int[] coveredUntil = new int[bounded ? columns : 64]; // last row covered from above, per column
    int[] coverSpan = new int[coveredUntil.length];
    java.util.Arrays.fill(coveredUntil, -1);
    int used = 0;
    for (int r = 0; r < rows.size(); r++) {
      Block.Row row = rows.get(r);
      List<Block.Cell> cells = row == null || row.cells() == null ? List.of() : row.cells();
      List<Slot> slots = new ArrayList<>();
      int col = 0;
      int next = 0;
      while (true) {
        if (col < coveredUntil.length && coveredUntil[col] >= r) {
          int span = Math.max(1, coverSpan[col]);
          slots.add(new Slot(col, span, null, 1, true));
          col += span;
          continue;
        }
        Block.Cell cell = null;
        while (next < cells.size() && cell == null) cell = cells.get(next++);
        if (cell == null) {
          if (bounded && col < columns) {
            slots.add(new Slot(col, 1, null, 1, false));
            col++;
            continue;
          }
          break;
        }
        int span = Math.max(1, cell.colspan());
        if (bounded) {
          int room = 0;
          while (col + room < columns && coveredUntil[col + room] < r && room < span) room++;
          if (room == 0) break; // no room left on this row: the cell is dropped
          span = room;
        }
        int rowspan = Math.max(1, Math.min(cell.rowspan(), rows.size() - r));
        if (col + span > coveredUntil.length) {
          int size = Math.max(col + span, coveredUntil.length * 2);
          int old = coveredUntil.length;
          coveredUntil = java.util.Arrays.copyOf(coveredUntil, size);
          coverSpan = java.util.Arrays.copyOf(coverSpan, size);
          java.util.Arrays.fill(coveredUntil, old, size, -1);
        }
        if (rowspan > 1) {
          coveredUntil[col] = r + rowspan - 1;
          coverSpan[col] = span;
          for (int k = col + 1; k < col + span; k++) {
            coveredUntil[k] = r + rowspan - 1;
            coverSpan[k] = 0;
          }
        }
        slots.add(new Slot(col, span, cell, rowspan, false));
        col += span;
      }
      used = Math.max(used, col);
      if (bounded) out.add(slots);
    }
    return used;
  }

  /** Column widths in twips sharing {@code total} by the columns' weights (missing: 1). */
  public static int[] widths(List<Block.Column> cols, int columns, int total) {
    long[] weight = new long[columns];
    long sum = 0;
    for (int i = 0; i < columns; i++) {
      Block.Column c = cols != null && i < cols.size() ? cols.get(i) : null;
      weight[i] = c != null && c.width() > 0 ? c.width() : 1;
      sum += weight[i];
    }
    int[] w = new int[columns];
    int given = 0;
    for (int i = 0; i < columns; i++) {
      w[i] = (int) (total * weight[i] / sum);
      given += w[i];
    }
    w[columns - 1] += total - given;
    return w;
  }
}

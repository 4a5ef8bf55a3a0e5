package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.write.Sheets;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table on its own sheet, laid out like the FEJ annex forms: the project line ("Numéro du
 * projet | AP1_027"), the caption, then the table with its merged cells, typed figures, shaded and
 * frozen header rows, column widths that fit the text, and the print setup (A4, landscape for
 * landscape tables, fit to width, header rows repeated, project line in the page header).
 */
final class XlsxSheet {
  /** Rows above the table: project line, caption, a blank line. */
  static final int TOP = 3;

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 40;

  private final XlsxStyles styles;

  XlsxSheet(XlsxStyles styles) {
    this.styles = styles;
  }

  /** The project line above a table: the label and value of an "X : Y" instruction paragraph. */
  record ProjectLine(String label, String value) {
    static ProjectLine of(String text) {
      if (text == null) return null;
      int colon = text.indexOf(':');
      if (colon <= 0) return null;
      String label = trim(text.substring(0, colon));
      String value = trim(text.substring(colon + 1));
      return label.isEmpty() || value.isEmpty() ? null : new ProjectLine(label, value);
    }
  }

  /** Strips ordinary and no-break spaces (U+00A0, U+202F) at both ends. */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) a++;
    while (b > a && isSpace(s.charAt(b - 1))) b--;
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  /** Lays {@code t} out on {@code sheet}; returns what the formulas need. */
  XlsxTable write(XSSFSheet sheet, Block.Table t, ProjectLine project, String runningHeader) {
    return write(sheet, t, project, runningHeader, null);
  }

  /**
   * The same; {@code draft} is the mark of a draft ("BROUILLON — non conforme — 2 erreurs") or
   * null: it fills the blank row above the table and the centre of the printed page header.
   */
  XlsxTable write(
      XSSFSheet sheet, Block.Table t, ProjectLine project, String runningHeader, String draft) {
    TableGrid grid = TableGrid.of(t);
    int columns = grid.columns;
    XlsxTable model = new XlsxTable(t, grid, TOP);
    int[] width = new int[columns];

    if (project != null) {
      XSSFRow r0 = sheet.createRow(0);
      XSSFCell label = r0.createCell(0);
      label.setCellValue(project.label());
      label.setCellStyle(styles.get(Sheets.Role.LABEL, null, null));
      XSSFCell value = r0.createCell(1);
      value.setCellValue(project.value());
      value.setCellStyle(styles.get(Sheets.Role.VALUE, null, null));
      width[0] = Math.max(width[0], project.label().length() + 1);
      if (columns > 1) width[1] = Math.max(width[1], Math.min(MAX_WIDTH, project.value().length()));
    }
    String caption = CellText.of(t.caption());
    if (!caption.isEmpty()) {
      XSSFCell c = sheet.createRow(1).createCell(0);
      c.setCellValue(caption);
      c.setCellStyle(styles.get(Sheets.Role.TITLE, null, null));
    }

    if (draft != null) draftRow(sheet, 2, draft);

    List<Block.Row> rows = t.rows() == null ? List.of() : t.rows();
    for (int i = 0; i < rows.size(); i++) {
      Block.RowKind kind = model.kind(i);
      XSSFRow row = sheet.createRow(TOP + i);
      for (TableGrid.Slot slot : grid.rows.get(i)) cell(sheet, row, i, slot, kind, model, width);
    }

    for (int c = 0; c < columns; c++) {
      int w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width[c]));
      sheet.setColumnWidth(c, (w + 2) * 256);
      width[c] = w;
    }
    for (int i = 0; i < rows.size(); i++) {
      int lines = estimatedLines(model, i, width);
      if (lines > 1) sheet.getRow(TOP + i).setHeightInPoints(lines * 12.75f + 2);
    }
    if (!caption.isEmpty() && columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
    }
    print(sheet, t, model.headerRows, project, runningHeader, caption);
    if (draft != null) draftHeader(sheet, draft);
    return model;
  }

  /** The mark of a draft in row {@code index}: bold red on a pale band. */
  void draftRow(XSSFSheet sheet, int index, String draft) {
    XSSFCell c = sheet.createRow(index).createCell(0);
    c.setCellValue(draft);
    c.setCellStyle(styles.get(Sheets.Role.DRAFT, null, null));
  }

  /** The mark of a draft in the centre of the printed page header, bold and red. */
  static void draftHeader(XSSFSheet sheet, String draft) {
    sheet.getHeader().setCenter("&\"Arial,Bold\"&KB00020" + escape(draft));
  }

  /** Writes a slot: its value (a typed figure or text), style and merge. */
  private void cell(
      XSSFSheet sheet,
      XSSFRow row,
      int i,
      TableGrid.Slot slot,
      Block.RowKind kind,
      XlsxTable model,
      int[] width) {
    int c = slot.column();
    Sheets.Role role = Sheets.role(kind);
    Block.Align align = model.align(slot);
    if (role == Sheets.Role.DETAIL && c > 0) role = Sheets.Role.BODY;
    XSSFCell cell = row.createCell(c);
    for (int k = c + 1; k < c + slot.span(); k++)
      row.createCell(k).setCellStyle(styles.get(role, align, null));
    if (slot.cell() == null) {
      cell.setCellStyle(styles.get(role, align, null));
      return;
    }
    if (slot.span() > 1 || slot.rowspan() > 1) {
      sheet.addMergedRegion(
          new CellRangeAddress(TOP + i, TOP + i + slot.rowspan() - 1, c, c + slot.span() - 1));
    }
    String text = CellText.of(slot.cell().content());
    model.texts[i][c] = text;
    Figure figure = null;
    if (kind != Block.RowKind.HEADER && kind != Block.RowKind.GROUP)
      figure = Figure.of(slot.cell().content()).orElse(null);
    if (figure != null) {
      model.figures[i][c] = figure;
      cell.setCellValue(figure.number());
      cell.setCellStyle(styles.get(role, align, figure.format()));
    } else {
      if (!text.isEmpty()) cell.setCellValue(text);
      cell.setCellStyle(styles.get(role, align, null));
    }
    model.cells[i][c] = cell;
    if (slot.span() == 1) {
      int need =
          kind == Block.RowKind.HEADER
              ? Sheets.longestWord(text)
              : Math.min(MAX_WIDTH, Sheets.longestLine(text));
      if (figure != null) need = Math.max(need, text.length() + 2);
      width[c] = Math.max(width[c], need);
    }
  }

  private static int estimatedLines(XlsxTable model, int i, int[] width) {
    int lines = 1;
    for (TableGrid.Slot slot : model.grid.rows.get(i)) {
      if (slot.cell() == null || slot.rowspan() > 1) continue;
      String text = model.texts[i][slot.column()];
      if (text == null || text.isEmpty()) continue;
      int chars = 0;
      for (int k = slot.column(); k < slot.column() + slot.span(); k++) chars += width[k] + 2;
      int n = 0;
      int perLine = Math.max(1, chars * 115 / 100); // text runs narrower than the digit width
      for (String line : text.split("\n", -1)) n += Math.max(1, wrapped(line, perLine));
      lines = Math.max(lines, n);
    }
    return lines;
  }

  /** Lines a text takes when wrapped by words at {@code chars} characters. */
  static int wrapped(String line, int chars) {
    int n = 1;
    int used = 0;
    for (String word : line.split("[ \u00A0]+")) {
      int w = word.length();
      if (used == 0) {
        used = w;
      } else if (used + 1 + w <= chars) {
        used += 1 + w;
      } else {
        n++;
        used = w;
      }
      while (used > chars) {
        n++;
        used -= chars;
      }
    }
    return n;
  }

  private static void print(
      XSSFSheet sheet,
      Block.Table t,
      int headerRows,
      ProjectLine project,
      String runningHeader,
      String caption) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(t.landscape());
    sheet.setFitToPage(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    if (headerRows > 0) {
      sheet.createFreezePane(0, TOP + headerRows);
      sheet.setRepeatingRows(new CellRangeAddress(TOP, TOP + headerRows - 1, -1, -1));
    }
    String left =
        project != null
            ? project.label() + " : " + project.value()
            : runningHeader == null ? "" : runningHeader;
    sheet.getHeader().setLeft(escape(fr.fejdoc.write.docx.Ooxml.clean(left)));
    sheet.getHeader().setRight(escape(caption.length() > 80 ? "" : caption));
    sheet.getFooter().setCenter("page &P / &N");
  }

  /** "&" starts a code in page headers: a literal one is doubled. */
  private static String escape(String s) {
    return s.replace("&", "&&");
  }
}

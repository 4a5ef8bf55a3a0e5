package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.write.CellText;
import fr.fejdoc.write.FormulaPlan;
import fr.fejdoc.write.Sheets;
import fr.fejdoc.write.odf.OdfXml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One table on its own worksheet ({@code xl/worksheets/sheetN.xml}), laid out like the FEJ annex
 * forms: the project line ("Numéro du projet | AP1_027"), the caption, then the table with its
 * merged cells, typed figures, live formulas with their computed values, shaded and frozen header
 * rows, column widths that fit the text, and the print setup (A4, landscape for landscape tables,
 * fit to width, header rows repeated, project line in the page header). Text is always a string,
 * never a formula.
 */
final class XlsxSheet {
  /** Rows above the table: project line, caption, a blank line. */
  static final int TOP = 3;

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 40;

  /** The percentage format of a share where the tree shows none. */
  private static final String PERCENT = "[$-40C]0\\ %";

  private final XlsxStyles styles;
  private final XlsxStrings strings;

  XlsxSheet(XlsxStyles styles, XlsxStrings strings) {
    this.styles = styles;
    this.strings = strings;
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

  /** A worksheet: its part and the rows printed on every page (0-based, from > to: none). */
  record Written(byte[] xml, int repeatFrom, int repeatTo) {}

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

  /**
   * Lays {@code t} out; {@code draft} is the mark of a draft ("BROUILLON — non conforme — 2
   * erreurs") or null: it fills the blank row above the table and the centre of the page header.
   */
  Written table(
      Block.Table t, ProjectLine project, String runningHeader, String draft, boolean first) {
    XlsxTable model = new XlsxTable(t, TOP);
    FormulaPlan plan = model.plan;
    TableGrid grid = plan.grid;
    int columns = Math.min(grid.columns, XlsxTable.LAST_COLUMN + 1);
    int rows = Math.min(plan.rows, XlsxTable.LAST_ROW + 1 - TOP);

    // widths first: the columns come before the rows in the part
    int[] width = new int[columns];
    if (project != null) {
      width[0] = Math.max(width[0], project.label().length() + 1);
      if (columns > 1) width[1] = Math.max(width[1], Math.min(MAX_WIDTH, project.value().length()));
    }
    for (int i = 0; i < rows; i++) {
      for (TableGrid.Slot s : grid.rows.get(i)) {
        if (s.cell() == null || s.span() != 1 || s.column() >= columns) continue;
        String text = plan.texts[i][s.column()];
        int need =
            plan.kind(i) == Block.RowKind.HEADER
                ? Sheets.longestWord(text)
                : Math.min(MAX_WIDTH, Sheets.longestLine(text));
        if (plan.figures[i][s.column()] != null) need = Math.max(need, text.length() + 2);
        width[s.column()] = Math.max(width[s.column()], need);
      }
    }
    for (int c = 0; c < columns; c++) width[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width[c]));

    OdfXml data = OdfXml.fragment(4096 + rows * columns * 48);
    List<String> merged = new ArrayList<>();
    if (project != null) {
      data.open("row").attr("r", 1);
      text(data, 0, 0, project.label(), styles.get(Sheets.Role.LABEL, null, null));
      text(data, 0, 1, project.value(), styles.get(Sheets.Role.VALUE, null, null));
      data.close();
    }
    String caption = CellText.of(t.caption());
    if (!caption.isEmpty()) {
      data.open("row").attr("r", 2);
      text(data, 1, 0, caption, styles.get(Sheets.Role.TITLE, null, null));
      data.close();
      if (columns > 1) merged.add("A2:" + XlsxTable.at(1, columns - 1));
    }
    if (draft != null) draftRow(data, 2, draft);

    for (int i = 0; i < rows; i++) {
      data.open("row").attr("r", TOP + i + 1);
      int lines = estimatedLines(plan, i, width);
      if (lines > 1) {
        data.attr("ht", number(BigDecimal.valueOf(lines * 12.75 + 2)));
        data.attr("customHeight", "1");
      }
      for (TableGrid.Slot slot : grid.rows.get(i)) {
        if (slot.column() >= columns) break;
        cell(data, model, i, slot, merged, columns);
      }
      data.close();
    }

    int headerRows = Math.min(model.headerRows, rows);
    String left =
        project != null
            ? project.label() + " : " + project.value()
            : runningHeader == null ? "" : runningHeader;
    byte[] xml =
        worksheet(
            data,
            width,
            merged,
            first,
            TOP + headerRows,
            headerRows > 0 ? TOP + headerRows : 0,
            t.landscape(),
            header(left, draft, caption.length() > 80 ? "" : caption),
            Math.max(columns, project != null ? 2 : 1),
            TOP + rows);
    return headerRows > 0 ? new Written(xml, TOP, TOP + headerRows - 1) : new Written(xml, 0, -1);
  }

  /** The sheet of a document without any table: one line of text (and the draft mark). */
  Written empty(String draft) {
    OdfXml data = OdfXml.fragment(1024);
    data.open("row").attr("r", 1);
    text(data, 0, 0, "Ce document ne contient aucun tableau.", XlsxStyles.DEFAULT);
    data.close();
    if (draft != null) draftRow(data, 2, draft);
    byte[] xml =
        worksheet(
            data,
            null,
            List.of(),
            true,
            0,
            0,
            false,
            draft == null ? null : header("", draft, ""),
            1,
            draft == null ? 1 : 3);
    return new Written(xml, 0, -1);
  }

  /** The mark of a draft in row {@code index}: bold red on a pale band. */
  private void draftRow(OdfXml data, int index, String draft) {
    data.open("row").attr("r", index + 1);
    text(data, index, 0, draft, styles.get(Sheets.Role.DRAFT, null, null));
    data.close();
  }

  /** Writes a slot: its value (a typed figure, a formula or text), style and merge. */
  private void cell(
      OdfXml x, XlsxTable model, int i, TableGrid.Slot slot, List<String> merged, int columns) {
    FormulaPlan plan = model.plan;
    int c = slot.column();
    int row = TOP + i;
    Block.RowKind kind = plan.kind(i);
    Sheets.Role role = Sheets.role(kind);
    if (role == Sheets.Role.DETAIL && c > 0) role = Sheets.Role.BODY;
    Block.Align align = plan.align(slot);
    int plain = styles.get(role, align, null);
    int last = Math.min(columns - 1, c + slot.span() - 1);
    if (slot.cell() == null) {
      blank(x, row, c, plain);
    } else {
      if (slot.span() > 1 || slot.rowspan() > 1) {
        int bottom = Math.min(XlsxTable.LAST_ROW, row + slot.rowspan() - 1);
        if (bottom > row || last > c)
          merged.add(XlsxTable.at(row, c) + ":" + XlsxTable.at(bottom, last));
      }
      Inline.Num figure = plan.figures[i][c];
      String formula = model.formula(i, c);
      if (formula != null) {
        String format;
        if (plan.percentStyle(i, c)) format = PERCENT;
        else if (figure != null) format = Figure.of(figure).format();
        else {
          Inline.Num like = plan.blankStyle(i, c);
          format = like == null ? null : Figure.of(like).format();
        }
        BigDecimal value = plan.computed(i, c);
        x.open("c").attr("r", XlsxTable.at(row, c)).attr("s", styles.get(role, align, format));
        if (value == null) x.attr("t", "str");
        x.open("f").text(formula).close();
        x.open("v").text(value == null ? "" : number(value)).close();
        x.close();
      } else if (figure != null) {
        Figure f = Figure.of(figure);
        x.open("c").attr("r", XlsxTable.at(row, c)).attr("s", styles.get(role, align, f.format()));
        x.open("v").text(number(FormulaPlan.number(figure))).close();
        x.close();
      } else {
        String text = plan.texts[i][c];
        if (text == null || text.isEmpty()) blank(x, row, c, plain);
        else text(x, row, c, text, plain);
      }
    }
    for (int k = c + 1; k <= last; k++) blank(x, row, k, plain);
  }

  private static void blank(OdfXml x, int row, int c, int style) {
    x.empty("c", "r", XlsxTable.at(row, c), "s", Integer.toString(style));
  }

  /** A cell of text: a shared string, never a formula (« =1+1 » stays text). */
  private void text(OdfXml x, int row, int c, String text, int style) {
    x.open("c").attr("r", XlsxTable.at(row, c));
    if (style != XlsxStyles.DEFAULT) x.attr("s", style);
    x.attr("t", "s");
    x.open("v").text(Integer.toString(strings.index(text))).close();
    x.close();
  }

  /** A number as a cell holds it: plain digits and a point, no exponent. */
  static String number(BigDecimal v) {
    return FigureKind.plain(v);
  }

  private static byte[] worksheet(
      OdfXml data,
      int[] width,
      List<String> merged,
      boolean first,
      int freeze,
      int freezeRows,
      boolean landscape,
      String header,
      int lastColumn,
      int lastRow) {
    String dataXml = data.xml();
    OdfXml x = new OdfXml(dataXml.length() + 2048);
    x.open("worksheet").attr("xmlns", XlsxBook.NS_MAIN).attr("xmlns:r", XlsxBook.NS_R);
    x.open("sheetPr").empty("pageSetUpPr", "fitToPage", "1").close();
    x.empty("dimension", "ref", "A1:" + XlsxTable.at(Math.max(0, lastRow - 1), lastColumn - 1));
    x.open("sheetViews").open("sheetView");
    if (first) x.attr("tabSelected", "1");
    x.attr("workbookViewId", "0");
    if (freezeRows > 0) {
      String topLeft = XlsxTable.at(freeze, 0);
      x.empty(
          "pane",
          "ySplit",
          Integer.toString(freezeRows),
          "topLeftCell",
          topLeft,
          "activePane",
          "bottomLeft",
          "state",
          "frozen");
      x.empty("selection", "pane", "bottomLeft", "activeCell", topLeft, "sqref", topLeft);
    }
    x.close().close();
    x.empty("sheetFormatPr", "defaultRowHeight", "15");
    if (width != null && width.length > 0) {
      x.open("cols");
      for (int c = 0; c < width.length; c++) {
        x.empty(
            "col",
            "min",
            Integer.toString(c + 1),
            "max",
            Integer.toString(c + 1),
            "width",
            Integer.toString(width[c] + 2),
            "customWidth",
            "1");
      }
      x.close();
    }
    x.open("sheetData").raw(dataXml).close();
    if (!merged.isEmpty()) {
      x.open("mergeCells").attr("count", merged.size());
      for (String m : merged) x.empty("mergeCell", "ref", m);
      x.close();
    }
    x.empty("printOptions", "horizontalCentered", "1");
    XlsxBook.pageMargins(x);
    x.empty(
        "pageSetup",
        "paperSize",
        "9",
        "orientation",
        landscape ? "landscape" : "portrait",
        "fitToWidth",
        "1",
        "fitToHeight",
        "0");
    if (header != null) {
      x.open("headerFooter");
      x.open("oddHeader").text(header).close();
      x.open("oddFooter").text("&Cpage &P / &N").close();
      x.close();
    }
    x.close();
    return x.bytes();
  }

  /**
   * The page header: {@code left} (project line or running header), the draft mark in the centre
   * (bold, red), {@code right} (the caption). "&" starts a code: a literal one is doubled.
   */
  private static String header(String left, String draft, String right) {
    String l = escape(OdfXml.clean(left).strip());
    String c = draft == null ? "" : "&\"Arial,Bold\"&KB00020" + escape(OdfXml.clean(draft));
    String r = escape(OdfXml.clean(right));
    // Excel refuses a header longer than 255 characters: the caption goes first, then the rest
    if (l.length() + c.length() + r.length() + 6 > MAX_HEADER) r = "";
    if (l.length() + c.length() + 6 > MAX_HEADER) c = "";
    if (l.length() + 6 > MAX_HEADER) l = cut(l, MAX_HEADER - 6);
    StringBuilder b = new StringBuilder();
    if (!l.isEmpty()) b.append("&L").append(l);
    if (!c.isEmpty()) b.append("&C").append(c);
    if (!r.isEmpty()) b.append("&R").append(r);
    return b.toString();
  }

  /** The most characters of a page header or footer. */
  static final int MAX_HEADER = 255;

  /** {@code s} cut to at most {@code n} characters, neither a pair nor a doubled "&" split. */
  private static String cut(String s, int n) {
    int end = n;
    if (Character.isLowSurrogate(s.charAt(end))) end--;
    String t = s.substring(0, end);
    int amps = 0;
    for (int k = t.length() - 1; k >= 0 && t.charAt(k) == '&'; k--) amps++;
    return amps % 2 == 1 ? t.substring(0, t.length() - 1) : t;
  }

  private static String escape(String s) {
    return s.replace("&", "&&");
  }

  private static int estimatedLines(FormulaPlan plan, int i, int[] width) {
    int lines = 1;
    for (TableGrid.Slot slot : plan.grid.rows.get(i)) {
      if (slot.cell() == null || slot.rowspan() > 1 || slot.column() >= width.length) continue;
      String text = plan.texts[i][slot.column()];
      if (text == null || text.isEmpty()) continue;
      int chars = 0;
      for (int k = slot.column(); k < Math.min(width.length, slot.column() + slot.span()); k++)
        chars += width[k] + 2;
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
}

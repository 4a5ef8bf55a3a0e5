package fr.fejdoc.catalogue;

import fr.fejdoc.write.odf.OdfXml;
import fr.fejdoc.write.odf.OoxmlPackage;
import fr.fejdoc.write.xlsx.XlsxBook;
import fr.fejdoc.write.xlsx.XlsxStrings;
import fr.fejdoc.write.xlsx.XlsxTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * experiences.xlsx: the same columns and rows as experiences.csv (same {@link Column} list), with
 * typed numbers, an auto-filter on the header and the header row frozen; SpreadsheetML written
 * directly, text always as a string (never a formula), reproducible bytes ({@code
 * SOURCE_DATE_EPOCH}).
 */
public final class CatalogueWorkbook {
  public static final String XLSX = "experiences.xlsx";

  private static final String SHEET = "experiences";

  /** Cell styles: 1 the header (bold), 2 an amount ({@code #,##0.00}). */
  private static final int HEAD = 1;

  private static final int MONEY = 2;

  private CatalogueWorkbook() {}

  public static byte[] xlsx(List<CatalogueEntry> entries) {
    XlsxStrings strings = new XlsxStrings();
    int columns = Column.ALL.size();
    OdfXml data = OdfXml.fragment(4096 + entries.size() * columns * 40);
    data.open("row").attr("r", 1);
    for (int i = 0; i < columns; i++) text(data, strings, 0, i, Column.ALL.get(i).name(), HEAD);
    data.close();
    for (int r = 0; r < entries.size(); r++) {
      data.open("row").attr("r", r + 2);
      for (int i = 0; i < columns; i++) {
        Object v = Column.ALL.get(i).value().apply(entries.get(r));
        if (v == null) continue;
        if (v instanceof Number n) {
          BigDecimal d = decimal(n);
          if (d == null) continue;
          data.open("c").attr("r", XlsxTable.at(r + 1, i));
          if (n instanceof BigDecimal) data.attr("s", MONEY);
          data.open("v").text(fr.fejdoc.text.FigureKind.plain(d)).close().close();
        } else {
          text(data, strings, r + 1, i, OdfXml.clean(v.toString()).strip(), 0);
        }
      }
      data.close();
    }
    String last = XlsxTable.at(Math.max(0, entries.size()), columns - 1);
    String dataXml = data.xml();

    OdfXml x = new OdfXml(dataXml.length() + 2048);
    x.open("worksheet").attr("xmlns", XlsxBook.NS_MAIN).attr("xmlns:r", XlsxBook.NS_R);
    x.empty("dimension", "ref", "A1:" + last);
    x.open("sheetViews").open("sheetView").attr("tabSelected", "1").attr("workbookViewId", "0");
    x.empty(
        "pane", "ySplit", "1", "topLeftCell", "A2", "activePane", "bottomLeft", "state", "frozen");
    x.empty("selection", "pane", "bottomLeft", "activeCell", "A2", "sqref", "A2");
    x.close().close();
    x.empty("sheetFormatPr", "defaultRowHeight", "15");
    x.open("cols")
        .empty(
            "col", "min", "1", "max", Integer.toString(columns), "width", "18", "customWidth", "1")
        .close();
    x.open("sheetData").raw(dataXml).close();
    x.empty("autoFilter", "ref", "A1:" + last);
    XlsxBook.pageMargins(x);
    x.close();

    OoxmlPackage pkg = new OoxmlPackage();
    pkg.properties(
        "Catalogue des expérimentations du FEJ", "fejdoc", "Expérimentations", "FEJ", "fr-FR");
    return XlsxBook.pack(pkg, workbook(last), List.of(x.bytes()), styles(), strings.xml());
  }

  /** A number as the cell holds it; null for one that is not finite. */
  private static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) return d;
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
  }

  private static void text(OdfXml x, XlsxStrings strings, int row, int c, String s, int style) {
    x.open("c").attr("r", XlsxTable.at(row, c));
    if (style != 0) x.attr("s", style);
    x.attr("t", "s");
    x.open("v").text(Integer.toString(strings.index(s))).close();
    x.close();
  }

  private static byte[] workbook(String last) {
    OdfXml x = new OdfXml(1024);
    x.open("workbook").attr("xmlns", XlsxBook.NS_MAIN).attr("xmlns:r", XlsxBook.NS_R);
    x.open("bookViews").empty("workbookView", "activeTab", "0").close();
    x.open("sheets").empty("sheet", "name", SHEET, "sheetId", "1", "r:id", "rId1").close();
    x.open("definedNames");
    x.open("definedName")
        .attr("name", "_xlnm._FilterDatabase")
        .attr("localSheetId", "0")
        .attr("hidden", "1")
        .text(XlsxBook.quoted(SHEET) + "!" + absolute("A1") + ":" + absolute(last))
        .close();
    x.close();
    x.close();
    return x.bytes();
  }

  /** "$A$1" of "A1". */
  private static String absolute(String ref) {
    int digit = 0;
    while (digit < ref.length() && !Character.isDigit(ref.charAt(digit))) digit++;
    return "$" + ref.substring(0, digit) + "$" + ref.substring(digit);
  }

  private static byte[] styles() {
    OdfXml x = new OdfXml(2048);
    x.open("styleSheet").attr("xmlns", XlsxBook.NS_MAIN);
    x.open("numFmts").attr("count", 1);
    x.empty("numFmt", "numFmtId", "164", "formatCode", "#,##0.00");
    x.close();
    x.open("fonts").attr("count", 2);
    for (boolean bold : new boolean[] {false, true}) {
      x.open("font");
      if (bold) x.empty("b");
      x.empty("sz", "val", "11").empty("name", "val", "Calibri").empty("family", "val", "2");
      x.close();
    }
    x.close();
    x.open("fills").attr("count", 2);
    x.open("fill").empty("patternFill", "patternType", "none").close();
    x.open("fill").empty("patternFill", "patternType", "gray125").close();
    x.close();
    x.open("borders").attr("count", 1);
    x.open("border").empty("left").empty("right").empty("top").empty("bottom").empty("diagonal");
    x.close().close();
    x.open("cellStyleXfs").attr("count", 1);
    x.empty("xf", "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0");
    x.close();
    x.open("cellXfs").attr("count", 3);
    x.empty("xf", "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0", "xfId", "0");
    x.empty(
        "xf",
        "numFmtId",
        "0",
        "fontId",
        "1",
        "fillId",
        "0",
        "borderId",
        "0",
        "xfId",
        "0",
        "applyFont",
        "1");
    x.empty(
        "xf",
        "numFmtId",
        "164",
        "fontId",
        "0",
        "fillId",
        "0",
        "borderId",
        "0",
        "xfId",
        "0",
        "applyNumberFormat",
        "1");
    x.close();
    x.open("cellStyles").attr("count", 1);
    x.empty("cellStyle", "name", "Normal", "xfId", "0", "builtinId", "0");
    x.close();
    x.close();
    return x.bytes();
  }
}

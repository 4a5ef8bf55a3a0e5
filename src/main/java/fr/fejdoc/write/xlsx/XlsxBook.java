package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.write.CellText;
import fr.fejdoc.write.Sheets;
import fr.fejdoc.write.odf.OdfXml;
import fr.fejdoc.write.odf.OoxmlPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * One workbook from one document, written directly as SpreadsheetML: a sheet per table of the tree,
 * in order, each with the project line that precedes it (the last "label : value" instruction
 * paragraph before the table); the workbook recalculates on opening.
 */
public final class XlsxBook {
  /** SpreadsheetML's namespace. */
  public static final String NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** The relationships' namespace ({@code r:id}). */
  public static final String NS_R = OoxmlPackage.RELS;

  /**
   * The start of SpreadsheetML's content types ({@code sheet.main+xml}, {@code worksheet+xml}…).
   */
  public static final String CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** A table of the tree and the project line in force where it stands. */
  record Found(Block.Table table, String projectLine) {}

  private final XlsxStyles styles = new XlsxStyles();
  private final XlsxStrings strings = new XlsxStrings();
  private final Sheets.Names names = new Sheets.Names();

  XlsxBook() {}

  byte[] write(Doc doc) {
    String running = doc.page() == null ? null : doc.page().header();
    String draft = doc.isDraft() ? doc.draft().mark() : null;
    List<Found> tables = new ArrayList<>();
    find(doc.blocks(), new String[1], tables);
    XlsxSheet layout = new XlsxSheet(styles, strings);
    List<String> sheetNames = new ArrayList<>();
    List<XlsxSheet.Written> sheets = new ArrayList<>();
    int n = 0;
    for (Found f : tables) {
      n++;
      sheetNames.add(names.of(f.table().id(), CellText.of(f.table().caption()), n));
      sheets.add(
          layout.table(
              f.table(), XlsxSheet.ProjectLine.of(f.projectLine()), running, draft, n == 1));
    }
    if (tables.isEmpty()) {
      sheetNames.add("Document");
      sheets.add(layout.empty(draft));
    }

    OoxmlPackage pkg = new OoxmlPackage();
    Doc.Meta meta = doc.meta();
    if (meta != null) {
      String keywords =
          meta.keywords() == null
              ? null
              : String.join(
                  "; ", meta.keywords().stream().filter(w -> w != null && !w.isBlank()).toList());
      pkg.properties(meta.title(), meta.author(), meta.subject(), keywords, "fr-FR");
    } else {
      pkg.properties(null, null, null, null, "fr-FR");
    }
    return pack(
        pkg,
        workbook(sheetNames, sheets),
        sheets.stream().map(XlsxSheet.Written::xml).toList(),
        styles.xml(),
        strings.xml());
  }

  /**
   * The workbook's package ({@code pkg}, its properties set): xl/workbook.xml, its sheets
   * (sheet1.xml… in order, related rId1… as {@code workbook} names them), styles and shared
   * strings. The annexes' workbooks and the catalogue's use it.
   */
  public static byte[] pack(
      OoxmlPackage pkg, byte[] workbook, List<byte[]> sheets, byte[] styles, byte[] strings) {
    pkg.relate("", OoxmlPackage.OFFICE_DOCUMENT, "xl/workbook.xml");
    pkg.add("xl/workbook.xml", CT + "sheet.main+xml", workbook);
    for (int k = 0; k < sheets.size(); k++)
      pkg.relate("xl/workbook.xml", NS_R + "/worksheet", "worksheets/sheet" + (k + 1) + ".xml");
    pkg.relate("xl/workbook.xml", NS_R + "/styles", "styles.xml");
    pkg.relate("xl/workbook.xml", NS_R + "/sharedStrings", "sharedStrings.xml");
    for (int k = 0; k < sheets.size(); k++)
      pkg.add("xl/worksheets/sheet" + (k + 1) + ".xml", CT + "worksheet+xml", sheets.get(k));
    pkg.add("xl/styles.xml", CT + "styles+xml", styles);
    pkg.add("xl/sharedStrings.xml", CT + "sharedStrings+xml", strings);
    return pkg.bytes();
  }

  /** The page margins Excel gives a new sheet, in inches. */
  public static void pageMargins(OdfXml x) {
    x.empty(
        "pageMargins",
        "left",
        "0.7",
        "right",
        "0.7",
        "top",
        "0.75",
        "bottom",
        "0.75",
        "header",
        "0.3",
        "footer",
        "0.3");
  }

  /** xl/workbook.xml: the sheets (rId1… in order), print titles, recalculation on load. */
  private static byte[] workbook(List<String> names, List<XlsxSheet.Written> sheets) {
    OdfXml x = new OdfXml(1024 + names.size() * 128);
    x.open("workbook").attr("xmlns", NS_MAIN).attr("xmlns:r", NS_R);
    x.open("bookViews").empty("workbookView", "activeTab", "0").close();
    x.open("sheets");
    for (int k = 0; k < names.size(); k++) {
      x.empty(
          "sheet",
          "name",
          names.get(k),
          "sheetId",
          Integer.toString(k + 1),
          "r:id",
          "rId" + (k + 1));
    }
    x.close();
    boolean titles = sheets.stream().anyMatch(s -> s.repeatFrom() <= s.repeatTo());
    if (titles) {
      x.open("definedNames");
      for (int k = 0; k < sheets.size(); k++) {
        XlsxSheet.Written s = sheets.get(k);
        if (s.repeatFrom() > s.repeatTo()) continue;
        x.open("definedName")
            .attr("name", "_xlnm.Print_Titles")
            .attr("localSheetId", k)
            .text(quoted(names.get(k)) + "!$" + (s.repeatFrom() + 1) + ":$" + (s.repeatTo() + 1))
            .close();
      }
      x.close();
    }
    x.empty("calcPr", "calcId", "191029", "fullCalcOnLoad", "1");
    x.close();
    return x.bytes();
  }

  /** A sheet's name in a reference: 'Tableau 1a' (a quote doubled). */
  public static String quoted(String name) {
    return "'" + name.replace("'", "''") + "'";
  }

  /** Walks the blocks in order; {@code line[0]} is the last project line seen. */
  private static void find(List<Block> blocks, String[] line, List<Found> out) {
    if (blocks == null) return;
    for (Block b : blocks) {
      switch (b) {
        case Block.Table t -> out.add(new Found(t, line[0]));
        case Block.Para p when p.style() == Block.ParaStyle.INSTRUCTION -> {
          String text = CellText.of(p.content());
          if (XlsxSheet.ProjectLine.of(text) != null) line[0] = text;
        }
        case null -> {}
        default -> find(Block.children(b), line, out);
      }
    }
  }
}

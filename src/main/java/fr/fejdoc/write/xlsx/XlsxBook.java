package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.write.docx.Ooxml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook from one document: a sheet per table of the tree, in order, each with the project
 * line that precedes it (the last "label : value" instruction paragraph before the table).
 */
final class XlsxBook {
  /** A table of the tree and the project line in force where it stands. */
  record Found(Block.Table table, String projectLine) {}

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final XlsxStyles styles = new XlsxStyles(wb);
  private final XlsxFormulas formulas = new XlsxFormulas(styles);
  private final Set<String> names = new HashSet<>();

  byte[] write(Doc doc) {
    XSSFFont base = wb.getFontAt(0);
    base.setFontName("Arial");
    base.setFontHeightInPoints((short) 10);
    Doc.Meta meta = doc.meta();
    if (meta != null) {
      String keywords =
          meta.keywords() == null
              ? null
              : String.join(
                  "; ", meta.keywords().stream().filter(w -> w != null && !w.isBlank()).toList());
      Ooxml.properties(wb, meta.title(), meta.author(), meta.subject(), keywords);
    } else {
      Ooxml.properties(wb, null, null, null, null);
    }
    String running = doc.page() == null ? null : doc.page().header();
    String draft = doc.isDraft() ? doc.draft().mark() : null;
    List<Found> tables = new ArrayList<>();
    find(doc.blocks(), new String[1], tables);
    XlsxSheet layout = new XlsxSheet(styles);
    int n = 0;
    for (Found f : tables) {
      n++;
      XSSFSheet sheet = wb.createSheet(sheetName(f.table(), n));
      XlsxTable model =
          layout.write(sheet, f.table(), XlsxSheet.ProjectLine.of(f.projectLine()), running, draft);
      formulas.add(model);
    }
    if (tables.isEmpty()) {
      XSSFSheet sheet = wb.createSheet("Document");
      sheet.createRow(0).createCell(0).setCellValue("Ce document ne contient aucun tableau.");
      if (draft != null) {
        layout.draftRow(sheet, 2, draft);
        XlsxSheet.draftHeader(sheet, draft);
      }
    }
    formulas.verify(wb);
    wb.setForceFormulaRecalculation(true);
    return Ooxml.bytes(wb);
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

  /**
   * The sheet's name: the table's id made readable ("tableau-1a" → "Tableau 1a", "bilan-charges" →
   * "Bilan charges"), else the caption before its dash, else "Tableau n"; at most 31 characters
   * without {@code []:*?/\}, and unique.
   */
  String sheetName(Block.Table t, int n) {
    String name = null;
    if (t.id() != null && !t.id().isBlank()) {
      String id = t.id().strip().replace('-', ' ').replace('_', ' ');
      name = id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    } else {
      String caption = CellText.of(t.caption());
      int dash = caption.indexOf(" — ");
      if (dash < 0) dash = caption.indexOf(" – ");
      if (dash > 0) name = caption.substring(0, dash);
      else if (!caption.isEmpty() && caption.length() <= 31) name = caption;
    }
    if (name == null || name.isBlank()) name = "Tableau " + n;
    name = name.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
    if (name.length() > 31) name = name.substring(0, 31).strip();
    if (name.isEmpty()) name = "Tableau " + n;
    String unique = name;
    for (int k = 2; names.contains(unique.toLowerCase(Locale.ROOT)); k++) {
      String suffix = " (" + k + ")";
      unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }
    names.add(unique.toLowerCase(Locale.ROOT));
    return unique;
  }
}

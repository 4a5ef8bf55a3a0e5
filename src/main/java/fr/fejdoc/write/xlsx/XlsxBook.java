package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Sheets;
import fr.fejdoc.write.docx.Ooxml;
import java.util.ArrayList;
import java.util.List;
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
  private final Sheets.Names names = new Sheets.Names();

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
      XSSFSheet sheet =
          wb.createSheet(names.of(f.table().id(), CellText.of(f.table().caption()), n));
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
}

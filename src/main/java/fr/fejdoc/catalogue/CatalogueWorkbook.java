package fr.fejdoc.catalogue;

import fr.fejdoc.write.docx.Ooxml;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * experiences.xlsx: the same columns and rows as experiences.csv (same {@link Column} list), with
 * typed numbers, an auto-filter on the header and the header row frozen. Reproducible bytes ({@link
 * Ooxml#bytes}).
 */
public final class CatalogueWorkbook {
  public static final String XLSX = "experiences.xlsx";

  private CatalogueWorkbook() {}

  public static byte[] xlsx(List<CatalogueEntry> entries) {
    Ooxml.quietLogging();
    XSSFWorkbook wb = new XSSFWorkbook();
    Ooxml.properties(
        wb, "Catalogue des expérimentations du FEJ", "fejdoc", "Expérimentations", "FEJ");
    XSSFSheet sheet = wb.createSheet("experiences");
    CellStyle head = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    head.setFont(bold);
    CellStyle money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    XSSFRow header = sheet.createRow(0);
    for (int i = 0; i < Column.ALL.size(); i++) {
      XSSFCell c = header.createCell(i);
      c.setCellValue(Column.ALL.get(i).name());
      c.setCellStyle(head);
    }
    for (int r = 0; r < entries.size(); r++) {
      XSSFRow row = sheet.createRow(r + 1);
      for (int i = 0; i < Column.ALL.size(); i++) {
        Column col = Column.ALL.get(i);
        Object v = col.value().apply(entries.get(r));
        if (v == null) continue;
        XSSFCell c = row.createCell(i);
        if (v instanceof BigDecimal d) {
          c.setCellValue(d.doubleValue());
          c.setCellStyle(money);
        } else if (v instanceof Number n) {
          c.setCellValue(n.doubleValue());
        } else {
          c.setCellValue(Ooxml.clean(v.toString()));
        }
      }
    }
    int last = Column.ALL.size() - 1;
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, entries.size()), 0, last));
    sheet.createFreezePane(0, 1);
    for (int i = 0; i <= last; i++) sheet.setColumnWidth(i, 18 * 256);
    return Ooxml.bytes(wb);
  }
}

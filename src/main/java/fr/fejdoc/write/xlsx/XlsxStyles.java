package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.write.Sheets.Role;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workbook, made once per distinct look (role, alignment, number format) in
 * order of first use, so that the same tree gives the same styles part.
 */
final class XlsxStyles {

  private record Key(Role role, Block.Align align, String format) {}

  private final XSSFWorkbook wb;
  // Looked up only, never iterated.
  private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
  private XSSFFont plain;
  private XSSFFont bold;
  private XSSFFont title;
  private XSSFFont draft;

  XlsxStyles(XSSFWorkbook wb) {
    this.wb = wb;
  }

  XSSFCellStyle get(Role role, Block.Align align, String format) {
    return styles.computeIfAbsent(new Key(role, align, format), this::make);
  }

  private XSSFCellStyle make(Key k) {
    XSSFCellStyle s = wb.createCellStyle();
    boolean table =
        k.role() != Role.TITLE
            && k.role() != Role.LABEL
            && k.role() != Role.VALUE
            && k.role() != Role.DRAFT;
    s.setFont(
        switch (k.role()) {
          case TITLE -> titleFont();
          case DRAFT -> draftFont();
          case LABEL, HEADER, GROUP, TOTAL -> boldFont();
          default -> plainFont();
        });
    s.setWrapText(k.role() != Role.TITLE && k.role() != Role.DRAFT);
    s.setVerticalAlignment(
        k.role() == Role.HEADER ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
    s.setAlignment(
        k.align() == Block.Align.CENTER
            ? HorizontalAlignment.CENTER
            : k.align() == Block.Align.RIGHT
                ? HorizontalAlignment.RIGHT
                : HorizontalAlignment.LEFT);
    if (k.role() == Role.DETAIL && k.align() != Block.Align.RIGHT) s.setIndention((short) 1);
    if (k.format() != null) s.setDataFormat(wb.createDataFormat().getFormat(k.format()));
    if (table) {
      XSSFColor rule = color(0x6B, 0x6B, 0x6B);
      s.setBorderTop(k.role() == Role.TOTAL ? BorderStyle.MEDIUM : BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setTopBorderColor(k.role() == Role.TOTAL ? color(0x1E, 0x1E, 0x1E) : rule);
      s.setBottomBorderColor(rule);
      s.setLeftBorderColor(rule);
      s.setRightBorderColor(rule);
    }
    if (k.role() == Role.DRAFT) {
      s.setFillForegroundColor(color(0xFD, 0xEC, 0xEA));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (k.role() == Role.HEADER || k.role() == Role.GROUP || k.role() == Role.LABEL) {
      int v = k.role() == Role.HEADER ? 0xD9 : 0xEF;
      s.setFillForegroundColor(color(v, v, v));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  private XSSFFont plainFont() {
    if (plain == null) plain = font(false, 10);
    return plain;
  }

  private XSSFFont boldFont() {
    if (bold == null) bold = font(true, 10);
    return bold;
  }

  private XSSFFont titleFont() {
    if (title == null) {
      title = font(true, 12);
      title.setColor(color(0x00, 0x00, 0x91));
    }
    return title;
  }

  private XSSFFont draftFont() {
    if (draft == null) {
      draft = font(true, 11);
      draft.setColor(color(0xB0, 0x00, 0x20));
    }
    return draft;
  }

  private XSSFFont font(boolean b, int points) {
    XSSFFont f = wb.createFont();
    f.setFontName("Arial");
    f.setFontHeightInPoints((short) points);
    f.setBold(b);
    return f;
  }

  private static XSSFColor color(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }
}

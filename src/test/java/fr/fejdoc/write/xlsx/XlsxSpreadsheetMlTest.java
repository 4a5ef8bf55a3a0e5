package fr.fejdoc.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.docx.ExampleDocs;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SpreadsheetML the writer spells itself, read back by POI. */
class XlsxSpreadsheetMlTest {

  private static final XlsxWriter WRITER = new XlsxWriter();

  @Test
  void everyCachedValueIsWhatTheFormulaEvaluatesTo(@TempDir Path tmp) throws Exception {
    List<ExampleDocs.Example> docs = new ArrayList<>(ExampleDocs.all());
    docs.addAll(ExampleDocs.of(ExampleDocs.withBudget(tmp)));
    int formulas = 0;
    for (ExampleDocs.Example e : docs) {
      try (XSSFWorkbook wb = XlsxWriterTest.open(WRITER.write(e.doc(), e.resources()))) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : wb) {
          for (Row r : sheet) {
            for (Cell c : r) {
              if (c.getCellType() != CellType.FORMULA) continue;
              formulas++;
              String where = e + " " + sheet.getSheetName() + "!" + c.getAddress();
              CellValue v = ev.evaluate(c);
              if (v.getCellType() == CellType.NUMERIC) {
                assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
                assertThat(c.getNumericCellValue())
                    .as(where)
                    .isCloseTo(v.getNumberValue(), within(1e-9));
              } else {
                assertThat(v.getCellType()).as(where).isEqualTo(CellType.STRING);
                assertThat(v.getStringValue()).as(where).isEmpty();
                assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).as(where).isEmpty();
              }
            }
          }
        }
      }
    }
    assertThat(formulas).isGreaterThan(20);
  }

  private static Block.Row row(Block.RowKind kind, String... texts) {
    List<Block.Cell> cells = new ArrayList<>();
    for (String t : texts)
      cells.add(
          new Block.Cell(List.of(new Block.Para(List.of(new Inline.Text(t)))), 1, 1, null, false));
    return new Block.Row(cells, kind);
  }

  @Test
  void aHoldersTextStaysTextAsWritten() throws Exception {
    String longText = "x".repeat(40_000);
    List<String> hostile =
        List.of(
            "=1+1",
            "@SUM(A1:A2)",
            "+33 6 12 34 56 78",
            "-2+3",
            "=HYPERLINK(\"http://exemple.invalid\",\"clic\")",
            "_x0041_ reste _x0041_",
            "a\u0001b\uFFFEc",
            "<b>&amp;</b> \"'",
            "&L&P gauche");
    List<Block.Row> rows = new ArrayList<>();
    rows.add(row(Block.RowKind.HEADER, "Texte", "Total"));
    for (String h : hostile) rows.add(row(Block.RowKind.BODY, h, h));
    rows.add(row(Block.RowKind.BODY, "long", longText));
    rows.add(row(Block.RowKind.TOTAL, "Total", ""));
    Block.Table t =
        new Block.Table(
            "hostile",
            List.of(new Inline.Text("=Légende & <titre>")),
            List.of(new Block.Column(1, Block.Align.LEFT), new Block.Column(1, Block.Align.LEFT)),
            rows,
            false);
    Doc doc = new Doc(null, null, List.of(t));
    try (XSSFWorkbook wb = XlsxWriterTest.open(WRITER.write(doc, Resources.NONE))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=Légende & <titre>");
      for (int k = 0; k < hostile.size(); k++) {
        Row r = s.getRow(XlsxSheet.TOP + 1 + k);
        String expected = hostile.get(k).equals("a\u0001b\uFFFEc") ? "abc" : hostile.get(k);
        for (int c = 0; c < 2; c++) {
          assertThat(r.getCell(c).getCellType()).as(expected).isEqualTo(CellType.STRING);
          assertThat(r.getCell(c).getStringCellValue()).isEqualTo(expected);
        }
      }
      Cell cut = s.getRow(XlsxSheet.TOP + 1 + hostile.size()).getCell(1);
      assertThat(cut.getStringCellValue()).isEqualTo("x".repeat(XlsxStrings.MAX_LENGTH));
      // a column of text has no total formula, and no text became one
      for (Row r : s)
        for (Cell c : r)
          assertThat(c.getCellType()).as(c.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
    }
  }

  @Test
  void aTableWiderThanASheetIsCutAtItsLastColumn() throws Exception {
    int wide = XlsxTable.LAST_COLUMN + 1 + 20;
    List<Block.Cell> figures = new ArrayList<>();
    List<Block.Cell> totals = new ArrayList<>();
    for (int c = 0; c < wide; c++) {
      Inline.Num one =
          new Inline.Num(
              fr.fejdoc.text.FigureKind.COUNT, java.math.BigDecimal.ONE, Integer.toString(1));
      figures.add(new Block.Cell(List.of(new Block.Para(List.of(one))), 1, 1, null, false));
      totals.add(new Block.Cell(List.of(new Block.Para(List.of(one))), 1, 1, null, false));
    }
    Block.Table t =
        new Block.Table(
            "large",
            List.of(),
            List.of(),
            List.of(
                new Block.Row(figures, Block.RowKind.BODY),
                new Block.Row(totals, Block.RowKind.TOTAL)),
            false);
    Doc doc = new Doc(null, null, List.of(t));
    try (XSSFWorkbook wb = XlsxWriterTest.open(WRITER.write(doc, Resources.NONE))) {
      XSSFSheet s = wb.getSheetAt(0);
      Row body = s.getRow(XlsxSheet.TOP);
      Row total = s.getRow(XlsxSheet.TOP + 1);
      assertThat((int) body.getLastCellNum()).isEqualTo(XlsxTable.LAST_COLUMN + 1);
      Cell last = total.getCell(XlsxTable.LAST_COLUMN);
      assertThat(last.getCellFormula()).isEqualTo("SUM(XFD4)");
      assertThat(last.getNumericCellValue()).isEqualTo(1.0);
      assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(last).getNumberValue())
          .isEqualTo(1.0);
    }
  }

  @Test
  void datesComeFromSourceDateEpoch() throws Exception {
    String before = System.getProperty("fejdoc.sourceDateEpoch");
    System.setProperty("fejdoc.sourceDateEpoch", "1700000000");
    try {
      Doc doc = new Doc(null, null, List.of(new Block.Para(List.of(new Inline.Text("Rien")))));
      byte[] bytes = WRITER.write(doc, Resources.NONE);
      try (XSSFWorkbook wb = XlsxWriterTest.open(bytes)) {
        assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
            .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
            .isEqualTo("Ce document ne contient aucun tableau.");
      }
      List<String> names = new ArrayList<>();
      try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
          names.add(e.getName());
          assertThat(e.getTimeLocal())
              .as(e.getName())
              .isEqualTo(LocalDateTime.ofEpochSecond(1_700_000_000L, 0, ZoneOffset.UTC));
        }
      }
      assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
      assertThat(names).contains("xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml");
    } finally {
      if (before == null) System.clearProperty("fejdoc.sourceDateEpoch");
      else System.setProperty("fejdoc.sourceDateEpoch", before);
    }
  }
}

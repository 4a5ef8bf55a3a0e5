package fr.fejdoc.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import fr.fejdoc.write.docx.ExampleDocs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

  private static final XlsxWriter WRITER = new XlsxWriter();

  static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Block.Table> tables(Doc doc) {
    List<Block.Table> out = new ArrayList<>();
    ExampleDocs.tables(doc.blocks(), out::add);
    return out;
  }

  /** The values of the row whose first cell reads {@code label}, evaluated ("" for blank). */
  private static List<Object> row(XSSFSheet sheet, String label, FormulaEvaluator ev) {
    for (Row r : sheet) {
      Cell first = r.getCell(0);
      if (first == null || first.getCellType() != CellType.STRING) continue;
      if (!first.getStringCellValue().equals(label)) continue;
      List<Object> out = new ArrayList<>();
      for (int c = 1; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        CellValue v = cell == null ? null : ev.evaluate(cell);
        if (v == null || v.getCellType() == CellType.BLANK) out.add("");
        else if (v.getCellType() == CellType.NUMERIC) out.add(v.getNumberValue());
        else out.add(v.getStringValue());
      }
      return out;
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  /**
   * Every formula of the workbook evaluates, without error, to the figure the tree shows at its
   * place (blank where the tree is blank); returns the number of formulas.
   */
  static int checkFormulasAgainstTree(Doc doc, XSSFWorkbook wb) {
    FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
    List<Block.Table> tables = tables(doc);
    assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size());
    int formulas = 0;
    for (int k = 0; k < tables.size(); k++) {
      XSSFSheet sheet = wb.getSheetAt(k);
      TableGrid grid = TableGrid.of(tables.get(k));
      for (int i = 0; i < grid.rows.size(); i++) {
        for (TableGrid.Slot slot : grid.rows.get(i)) {
          if (slot.cell() == null) continue;
          Row r = sheet.getRow(XlsxSheet.TOP + i);
          Cell cell = r == null ? null : r.getCell(slot.column());
          if (cell == null || cell.getCellType() != CellType.FORMULA) continue;
          formulas++;
          String where = sheet.getSheetName() + "!" + cell.getAddress();
          CellValue v = ev.evaluate(cell);
          assertThat(v.getCellType())
              .as("%s = %s", where, cell.getCellFormula())
              .isNotEqualTo(CellType.ERROR);
          Figure expected = Figure.of(slot.cell().content()).orElse(null);
          if (expected == null) {
            assertThat(v.getCellType()).as(where).isEqualTo(CellType.STRING);
            assertThat(v.getStringValue()).as(where).isEmpty();
          } else {
            assertThat(v.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(v.getNumberValue())
                .as("%s = %s", where, cell.getCellFormula())
                .isCloseTo(expected.number(), within(expected.tolerance() + 1e-9));
          }
        }
      }
    }
    return formulas;
  }

  @Test
  void writtenForTheAnnexesOnly() {
    assertThat(Writers.all()).containsKey("xlsx");
    var w = Writers.all().get("xlsx");
    assertThat(w.extension()).isEqualTo("xlsx");
    assertThat(w.accepts("annexes")).isTrue();
    assertThat(w.accepts("restitution-finale")).isFalse();
    assertThat(w.accepts("note-etape-2010-12-31")).isFalse();
    assertThat(WRITER.accepts("restitution-finale")).isTrue();
  }

  @Test
  void annexesOfAp1027() throws Exception {
    ExampleDocs.Example e = ExampleDocs.example("AP1_027", "annexes");
    try (XSSFWorkbook wb = open(WRITER.write(e.doc(), e.resources()))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly("Tableau 1a", "Tableau 1b", "Tableau 1c", "Tableau 2", "Tableau 3");
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      XSSFSheet t1 = wb.getSheet("Tableau 1a");
      assertThat(t1.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Numéro du projet");
      assertThat(t1.getRow(0).getCell(1).getStringCellValue()).isEqualTo("AP1_027");
      assertThat(t1.getHeader().getLeft()).contains("AP1_027");
      assertThat(row(t1, "Jeunes", ev)).containsExactly(120.0, 64.0, 40.0, "", 104.0);
      assertThat(row(t1, "Nombre total de bénéficiaires", ev))
          .containsExactly(120.0, 64.0, 40.0, "", 104.0);
      Row total = rowOf(t1, "Nombre total de bénéficiaires");
      assertThat(total.getCell(5).getCellFormula()).isEqualTo("SUM(C8:E8)");
      assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B6:B7)");
      assertThat(t1.getPaneInformation().isFreezePane()).isTrue();
      assertThat(t1.getPaneInformation().getHorizontalSplitPosition())
          .isEqualTo((short) (XlsxSheet.TOP + 1));

      XSSFSheet t1b = wb.getSheet("Tableau 1b");
      assertThat(row(t1b, "Filles", ev)).containsExactly("", 42.0);
      assertThat(row(t1b, "Garçons", ev)).containsExactly("", 62.0);

      XSSFSheet t2 = wb.getSheet("Tableau 2");
      Cell achats = find(t2, 2200.64);
      assertThat(achats.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("€");
      assertThat(t2.getPrintSetup().getLandscape()).isTrue();
      assertThat(t2.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(t2.getFitToPage()).isTrue();
      assertThat(t2.getRepeatingRows().formatAsString()).isEqualTo("4:5");
      assertThat(wb.getSheet("Tableau 3").getPrintSetup().getLandscape()).isFalse();

      int merged = 1; // the caption
      for (Block.Row r : tables(e.doc()).get(3).rows())
        for (Block.Cell c : r.cells()) if (c.colspan() > 1 || c.rowspan() > 1) merged++;
      assertThat(t2.getNumMergedRegions()).isEqualTo(merged);

      assertThat(checkFormulasAgainstTree(e.doc(), wb)).isGreaterThanOrEqualTo(7);
    }
  }

  private static Row rowOf(XSSFSheet sheet, String label) {
    for (Row r : sheet)
      if (r.getCell(0) != null
          && r.getCell(0).getCellType() == CellType.STRING
          && r.getCell(0).getStringCellValue().equals(label)) return r;
    throw new AssertionError("no row " + label);
  }

  private static Cell find(XSSFSheet sheet, double value) {
    for (Row r : sheet)
      for (Cell c : r)
        if (c.getCellType() == CellType.NUMERIC && Math.abs(c.getNumericCellValue() - value) < 1e-9)
          return c;
    throw new AssertionError("no cell " + value + " in " + sheet.getSheetName());
  }

  @Test
  void everyExampleDocumentGivesFormulasEqualToTheTree() {
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      try (XSSFWorkbook wb = open(WRITER.write(e.doc(), e.resources()))) {
        if (!tables(e.doc()).isEmpty()) checkFormulasAgainstTree(e.doc(), wb);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
  }

  @Test
  void financingSharesAreLiveWhereTheyMatchTheDocument() throws Exception {
    ExampleDocs.Example e = ExampleDocs.example("AP1_027", "restitution-finale");
    try (XSSFWorkbook wb = open(WRITER.write(e.doc(), e.resources()))) {
      XSSFSheet f = wb.getSheet("Financements");
      Row fej = rowOf(f, "Fonds d’Expérimentation pour la Jeunesse");
      assertThat(fej.getCell(1).getNumericCellValue()).isEqualTo(107710.0);
      assertThat(fej.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(fej.getCell(2).getCellStyle().getDataFormatString()).contains("%");
      Row total = rowOf(f, "Total");
      assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B5:B7)");
      checkFormulasAgainstTree(e.doc(), wb);
    }
  }

  @Test
  void bilanTotalsAreLive(@TempDir Path tmp) throws Exception {
    Path dir = ExampleDocs.withBudget(tmp);
    ExampleDocs.Example e =
        ExampleDocs.of(dir).stream()
            .filter(x -> x.name().equals("annexes"))
            .findFirst()
            .orElseThrow();
    try (XSSFWorkbook wb = open(WRITER.write(e.doc(), e.resources()))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      XSSFSheet charges = wb.getSheet("Bilan charges");
      XSSFSheet produits = wb.getSheet("Bilan produits");
      assertThat(charges).isNotNull();
      assertThat(produits).isNotNull();
      assertThat(row(charges, "TOTAL DES CHARGES", ev)).containsExactly(200000.0, 218848.64);
      assertThat(row(produits, "TOTAL DES PRODUITS", ev)).containsExactly(200000.0, 218848.64);
      assertThat(rowOf(charges, "TOTAL DES CHARGES").getCell(1).getCellFormula())
          .startsWith("SUM(");
      assertThat(rowOf(charges, "64 – Charges de personnel").getCell(2).getCellFormula())
          .isEqualTo("SUM(C10:C11)");
      assertThat(row(produits, "74 – Subventions d’exploitation", ev))
          .containsExactly(152000.0, 162010.0);
      assertThat(checkFormulasAgainstTree(e.doc(), wb)).isGreaterThanOrEqualTo(11);
    }
  }

  @Test
  void aFormulaThatDisagreesWithTheTreeGivesWayToTheTreeFigure() throws Exception {
    Block.Table t =
        new Block.Table(
            "essai",
            List.of(new Inline.Text("Essai — totaux")),
            List.of(new Block.Column(3, Block.Align.LEFT), new Block.Column(1, Block.Align.RIGHT)),
            List.of(
                row(Block.RowKind.HEADER, "Poste", "Montant"),
                row(Block.RowKind.BODY, "a", amount("10")),
                row(Block.RowKind.BODY, "b", "17 à 20"),
                row(Block.RowKind.TOTAL, "Total faux", amount("35")),
                row(Block.RowKind.BODY, "c", amount("5")),
                row(Block.RowKind.TOTAL, "Total juste", amount("5"))),
            false);
    Doc doc = new Doc(null, null, List.of(t));
    try (XSSFWorkbook wb = open(WRITER.write(doc, Resources.NONE))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getSheetName()).isEqualTo("Essai");
      Row wrong = rowOf(s, "Total faux");
      assertThat(wrong.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(wrong.getCell(1).getNumericCellValue()).isEqualTo(35.0);
      Row right = rowOf(s, "Total juste");
      assertThat(right.getCell(1).getCellFormula()).isEqualTo("SUM(B8)");
      assertThat(rowOf(s, "b").getCell(1).getStringCellValue()).isEqualTo("17 à 20");
      checkFormulasAgainstTree(doc, wb);
    }
  }

  /** A typed amount as the markup reader makes it. */
  static Inline.Num amount(String value) {
    BigDecimal v = new BigDecimal(value);
    return new Inline.Num(FigureKind.AMOUNT, v, FrenchFormat.figure(FigureKind.AMOUNT, v));
  }

  /** A row of cells: a String is text, an Inline is the cell's content. */
  private static Block.Row row(Block.RowKind kind, Object... contents) {
    List<Block.Cell> cells = new ArrayList<>();
    for (Object o : contents) {
      Inline in = o instanceof Inline i ? i : new Inline.Text((String) o);
      cells.add(new Block.Cell(List.of(new Block.Para(List.of(in))), 1, 1, null, false));
    }
    return new Block.Row(cells, kind);
  }

  @Test
  void sameTreeGivesSameBytes(@TempDir Path tmp) throws Exception {
    List<ExampleDocs.Example> docs = new ArrayList<>(ExampleDocs.all());
    docs.addAll(ExampleDocs.of(ExampleDocs.withBudget(tmp)));
    for (ExampleDocs.Example e : docs) {
      assertThat(new XlsxWriter().write(e.doc(), e.resources()))
          .as("bytes of %s", e)
          .isEqualTo(new XlsxWriter().write(e.doc(), e.resources()));
    }
  }

  @Test
  void aDocumentWithoutTablesStillGivesAWorkbook() throws Exception {
    Doc doc = new Doc(null, null, List.of(new Block.Para(List.of(new Inline.Text("Rien")))));
    try (XSSFWorkbook wb = open(WRITER.write(doc, null))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
    }
  }

  @Test
  void numericCellsComeFromTypedValuesNeverFromText() throws Exception {
    // "1.234" is 1234 to a French reader and 1.234 to an English one; "1 234,5" would be parsed
    // as a decimal. The cell must hold the typed value whatever its text says.
    Inline.Num ambiguous = new Inline.Num(FigureKind.DECIMAL, new BigDecimal("1.234"), "1.234");
    Inline.Num share = new Inline.Num(FigureKind.PERCENT, new BigDecimal("87.5"), "87,5 %");
    Inline.Num count = new Inline.Num(FigureKind.COUNT, new BigDecimal("1200"), "1 200");
    Block.Table t =
        new Block.Table(
            "typed",
            List.of(),
            List.of(new Block.Column(3, Block.Align.LEFT), new Block.Column(1, Block.Align.RIGHT)),
            List.of(
                row(Block.RowKind.HEADER, "Poste", "Valeur"),
                row(Block.RowKind.BODY, "ambigu", ambiguous),
                row(Block.RowKind.BODY, "part", share),
                row(Block.RowKind.BODY, "compte", count),
                row(Block.RowKind.BODY, "texte seul", "1 234"),
                row(Block.RowKind.BODY, "non communiqué", "n.c."),
                row(Block.RowKind.BODY, "gras", new Inline.Strong(List.of(amount("2200.64"))))),
            false);
    Doc doc = new Doc(null, null, List.of(t));
    try (XSSFWorkbook wb = open(WRITER.write(doc, Resources.NONE))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(rowOf(s, "ambigu").getCell(1).getNumericCellValue()).isEqualTo(1.234);
      assertThat(rowOf(s, "part").getCell(1).getNumericCellValue()).isEqualTo(0.875);
      assertThat(rowOf(s, "part").getCell(1).getCellStyle().getDataFormatString()).contains("0.0");
      assertThat(rowOf(s, "compte").getCell(1).getNumericCellValue()).isEqualTo(1200.0);
      // a number written as text only stays text: nothing is parsed back
      assertThat(rowOf(s, "texte seul").getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(rowOf(s, "texte seul").getCell(1).getStringCellValue()).isEqualTo("1 234");
      assertThat(rowOf(s, "non communiqué").getCell(1).getStringCellValue()).isEqualTo("n.c.");
      assertThat(rowOf(s, "gras").getCell(1).getNumericCellValue()).isEqualTo(2200.64);
      assertThat(rowOf(s, "gras").getCell(1).getCellStyle().getDataFormatString()).contains("€");
    }
  }
}

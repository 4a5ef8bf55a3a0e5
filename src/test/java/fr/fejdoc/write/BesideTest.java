package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.read.MarkupReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * Blocks side by side ({@code <beside>}, the bilan's charges and produits): each writer puts them
 * in columns, or one below the other where it has no room for columns.
 */
class BesideTest {
  static final String MARKUP =
      """
      <doc version="1"><section id="bilan" level="1" title="Bilan">
      <beside>
      <table id="bilan-charges"><caption>Charges</caption>
      <col width="6"/><col width="3" align="right"/>
      <tr kind="header"><th>CHARGES</th><th>PRÉVU</th></tr>
      <tr><th>60 – Achat</th><td>1 000 €</td></tr>
      <tr kind="total"><th>TOTAL DES CHARGES</th><td>1 000 €</td></tr>
      </table>
      <table id="bilan-produits"><caption>Produits</caption>
      <col width="6"/><col width="3" align="right"/>
      <tr kind="header"><th>PRODUITS</th><th>PRÉVU</th></tr>
      <tr><th>74 – Subventions</th><td>1 000 €</td></tr>
      <tr kind="total"><th>TOTAL DES PRODUITS</th><td>1 000 €</td></tr>
      </table>
      </beside>
      </section></doc>
      """;

  static Doc doc() {
    return MarkupReader.read(MARKUP);
  }

  @Test
  void markupReadsIntoOneBesideBlockOfTwoTables() {
    Block.Section s = (Block.Section) doc().blocks().get(0);
    Block.Beside b = (Block.Beside) s.content().get(0);
    assertThat(b.content()).hasSize(2).allMatch(x -> x instanceof Block.Table);
  }

  @Test
  void pdfPutsTheSecondTableBesideTheFirst() throws IOException {
    byte[] pdf = Writers.all().get("pdf").write(doc(), Resources.NONE);
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getNumberOfPages()).isEqualTo(1);
      Map<String, TextPosition> at = firstGlyphs(d);
      TextPosition charges = at.get("TOTAL DES CHARGES"), produits = at.get("TOTAL DES PRODUITS");
      assertThat(charges).isNotNull();
      assertThat(produits).isNotNull();
      float half = d.getPage(0).getMediaBox().getWidth() / 2;
      assertThat(charges.getXDirAdj()).isLessThan(half);
      assertThat(produits.getXDirAdj()).isGreaterThan(half);
      assertThat(produits.getYDirAdj())
          .isCloseTo(charges.getYDirAdj(), org.assertj.core.api.Assertions.within(2f));
    }
  }

  @Test
  void docxNestsEachTableInItsOwnCellOfOneRow() throws IOException {
    byte[] docx = Writers.all().get("docx").write(doc(), Resources.NONE);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable outer = d.getTables().get(0);
      assertThat(outer.getRows()).hasSize(1);
      List<XWPFTableCell> cells = outer.getRow(0).getTableCells();
      assertThat(cells).hasSize(2);
      assertThat(cells.get(0).getTables()).hasSize(1);
      assertThat(cells.get(1).getTables()).hasSize(1);
      assertThat(cells.get(0).getTables().get(0).getText()).contains("TOTAL DES CHARGES");
      assertThat(cells.get(1).getTables().get(0).getText()).contains("TOTAL DES PRODUITS");
      // the frame itself has no borders: only the two tables are drawn
      assertThat(outer.getCTTbl().getTblPr().getTblStyle()).isNull();
    }
  }

  @Test
  void htmlWrapsEachBlockInAFlexibleColumn() {
    String html =
        new String(Writers.all().get("html").write(doc(), Resources.NONE), StandardCharsets.UTF_8);
    int beside = html.indexOf("<div class=\"beside\">");
    assertThat(beside).isPositive();
    String inside = html.substring(beside);
    assertThat(inside.indexOf("TOTAL DES CHARGES"))
        .isLessThan(inside.indexOf("TOTAL DES PRODUITS"));
    assertThat(html).contains(".beside { display: flex; flex-wrap: wrap;");
  }

  @Test
  void spreadsheetKeepsOneSheetPerTable() throws IOException {
    DocumentWriter xlsx = Writers.all().get("xlsx");
    byte[] bytes = xlsx.write(doc(), Resources.NONE);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
      assertThat(names).containsExactly("Bilan charges", "Bilan produits");
    }
  }

  /** The first glyph of each line of text on page 1, by the line's text. */
  private static Map<String, TextPosition> firstGlyphs(PDDocument d) throws IOException {
    Map<String, TextPosition> out = new HashMap<>();
    PDFTextStripper s =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) out.putIfAbsent(text.strip(), positions.get(0));
          }
        };
    s.setSortByPosition(false);
    s.getText(d);
    return out;
  }
}

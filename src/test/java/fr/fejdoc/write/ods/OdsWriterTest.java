package fr.fejdoc.write.ods;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.CellFigure;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import fr.fejdoc.write.docx.ExampleDocs;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The ODS edition read back with odfdom: typed cells, formulas, merged cells, injection. */
class OdsWriterTest {
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final OdsWriter WRITER = new OdsWriter();

  static OdfSpreadsheetDocument open(byte[] bytes) throws Exception {
    return OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(bytes));
  }

  static List<Block.Table> tables(Doc doc) {
    List<Block.Table> out = new ArrayList<>();
    ExampleDocs.tables(doc.blocks(), out::add);
    return out;
  }

  static ExampleDocs.Example annexes(List<ExampleDocs.Example> docs, String project) {
    return docs.stream()
        .filter(e -> e.project().equals(project) && e.name().equals("annexes"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void registeredForTheAnnexesOnly() {
    var w = Writers.all().get("ods");
    assertThat(w).isInstanceOf(OdsWriter.class);
    assertThat(w.accepts("annexes")).isTrue();
    assertThat(w.accepts("restitution-finale")).isFalse();
  }

  @Test
  void annexesOfAp1027HaveTypedCellsFormulasAndMergedCells() throws Exception {
    ExampleDocs.Example e = annexes(ExampleDocs.all(), "AP1_027");
    byte[] bytes = WRITER.write(e.doc(), e.resources());
    String dump = System.getProperty("fejdoc.odsDump");
    if (dump != null) java.nio.file.Files.write(Path.of(dump), bytes);
    try (OdfSpreadsheetDocument ods = open(bytes)) {
      List<OdfTable> sheets = ods.getTableList(false);
      assertThat(sheets).hasSize(tables(e.doc()).size());
      OdfTable t1 = ods.getTableByName("Tableau 1a");
      assertThat(t1).isNotNull();
      assertThat(text(cell(t1, 0, 0))).isEqualTo("Numéro du projet");
      assertThat(text(cell(t1, 1, 0))).isEqualTo("AP1_027");
      int young = rowOf(t1, "Jeunes");
      Element planned = cell(t1, 1, young);
      assertThat(office(planned, "value-type")).isEqualTo("float");
      assertThat(value(planned)).isEqualTo(120.0);
      Element entered = cell(t1, 5, young);
      assertThat(formula(entered))
          .isEqualTo("of:=SUM([.C" + (young + 1) + ":.E" + (young + 1) + "])");
      assertThat(value(entered)).isEqualTo(104.0);
      assertThat(text(entered)).isEqualTo("104");
      assertThat(t1.getOdfElement().getElementsByTagNameNS(TABLE, "table-header-rows").getLength())
          .isEqualTo(1);

      OdfTable t2 = ods.getTableByName("Tableau 2");
      assertThat(t2).isNotNull();
      // the header's first cells span two rows, "Ressources humaines" three columns
      Element first = cell(t2, 0, OdsBook.TOP);
      assertThat(first.getAttributeNS(TABLE, "number-rows-spanned")).isEqualTo("2");
      Element human = cell(t2, 4, OdsBook.TOP);
      assertThat(text(human)).isEqualTo("Ressources humaines mobilisées");
      assertThat(human.getAttributeNS(TABLE, "number-columns-spanned")).isEqualTo("3");
      assertThat(cell(t2, 5, OdsBook.TOP).getLocalName()).isEqualTo("covered-table-cell");
      assertThat(cell(t2, 0, OdsBook.TOP + 1).getLocalName()).isEqualTo("covered-table-cell");
    }
  }

  @Test
  void financingAmountsAreCurrencyAndSharesLive() throws Exception {
    ExampleDocs.Example e = ExampleDocs.example("AP1_027", "restitution-finale");
    try (OdfSpreadsheetDocument ods = open(WRITER.write(e.doc(), e.resources()))) {
      OdfTable fin = ods.getTableByName("Financements");
      int fej = rowOf(fin, "Fonds d’Expérimentation pour la Jeunesse");
      Element amount = cell(fin, 1, fej);
      assertThat(office(amount, "value-type")).isEqualTo("currency");
      assertThat(office(amount, "currency")).isEqualTo("EUR");
      assertThat(value(amount)).isEqualTo(107710.0);
      Element share = cell(fin, 2, fej);
      assertThat(office(share, "value-type")).isEqualTo("percentage");
      assertThat(formula(share)).startsWith("of:=IF(OR(COUNT(");
      assertThat(value(share)).isCloseTo(0.49, org.assertj.core.api.Assertions.within(0.005));
      assertThat(formula(cell(fin, 1, rowOf(fin, "Total")))).isEqualTo("of:=SUM([.B5:.B7])");
    }
  }

  @Test
  void typedCellsTextAndInjectionsStayText() throws Exception {
    Block.Table t =
        new Block.Table(
            "essai",
            List.of(new Inline.Text("Essai — injection")),
            List.of(
                new Block.Column(3, Block.Align.LEFT),
                new Block.Column(1, Block.Align.RIGHT),
                new Block.Column(1, Block.Align.RIGHT, "share:2")),
            List.of(
                row(Block.RowKind.HEADER, "Poste", "Montant", "Part"),
                row(
                    Block.RowKind.BODY,
                    "=HYPERLINK(\"http://x.test\";\"clic\")",
                    amount("30"),
                    percent("75")),
                row(Block.RowKind.BODY, "+1", amount("10"), percent("25")),
                row(Block.RowKind.BODY, "-2+3", "n.c.", ""),
                row(Block.RowKind.BODY, "@SUM(A1)", "1 234", ""),
                row(Block.RowKind.TOTAL, "Total", amount("40"), percent("100"))),
            false);
    Doc doc = new Doc(null, null, List.of(t));
    byte[] bytes = WRITER.write(doc, Resources.NONE);
    try (OdfSpreadsheetDocument ods = open(bytes)) {
      OdfTable s = ods.getTableByName("Essai");
      int top = OdsBook.TOP;
      for (int i = 1; i <= 4; i++) {
        Element c = cell(s, 0, top + i);
        assertThat(formula(c)).as("row %s", i).isNull();
        assertThat(office(c, "value-type")).isEqualTo("string");
      }
      assertThat(text(cell(s, 0, top + 1))).isEqualTo("=HYPERLINK(\"http://x.test\";\"clic\")");
      assertThat(text(cell(s, 0, top + 4))).isEqualTo("@SUM(A1)");
      assertThat(s.getCellByPosition(0, top + 1).getStringValue())
          .isEqualTo("=HYPERLINK(\"http://x.test\";\"clic\")");
      // figures typed, text left as text (nothing parsed back)
      assertThat(value(cell(s, 1, top + 1))).isEqualTo(30.0);
      assertThat(text(cell(s, 1, top + 3))).isEqualTo("n.c.");
      assertThat(office(cell(s, 1, top + 4), "value-type")).isEqualTo("string");
      // the total is live and its cached value is the sum
      Element total = cell(s, 1, top + 5);
      assertThat(formula(total)).isEqualTo("of:=SUM([.B5:.B8])");
      assertThat(value(total)).isEqualTo(40.0);
      Element share = cell(s, 2, top + 1);
      assertThat(formula(share)).isEqualTo("of:=IF(OR(COUNT([.B5])=0;[.B9]=0);\"\";[.B5]/[.B9])");
      assertThat(value(share)).isEqualTo(0.75);
      assertThat(formula(cell(s, 2, top + 5))).isEqualTo("of:=SUM([.C5:.C8])");
      // a share the tree leaves blank, of a text amount: blank while its inputs are
      Element blank = cell(s, 2, top + 3);
      assertThat(formula(blank)).startsWith("of:=IF(OR(COUNT([.B7])");
      assertThat(text(blank)).isEmpty();
      assertThat(office(blank, "string-value")).isNull();
    }
  }

  @Test
  void aFormulaThatDisagreesWithTheTreeGivesWayToTheTreeFigure() throws Exception {
    Block.Table t =
        new Block.Table(
            "essai",
            List.of(),
            List.of(new Block.Column(3, Block.Align.LEFT), new Block.Column(1, Block.Align.RIGHT)),
            List.of(
                row(Block.RowKind.HEADER, "Poste", "Montant"),
                row(Block.RowKind.BODY, "a", amount("10")),
                row(Block.RowKind.BODY, "b", "17 à 20"),
                row(Block.RowKind.TOTAL, "Total faux", amount("35")),
                row(Block.RowKind.BODY, "c", amount("5")),
                row(Block.RowKind.TOTAL, "Total juste", amount("5"))),
            false);
    try (OdfSpreadsheetDocument ods = open(WRITER.write(new Doc(null, null, List.of(t)), null))) {
      OdfTable s = ods.getTableList(false).get(0);
      Element wrong = cell(s, 1, OdsBook.TOP + 3);
      assertThat(formula(wrong)).isNull();
      assertThat(value(wrong)).isEqualTo(35.0);
      assertThat(formula(cell(s, 1, OdsBook.TOP + 5))).isEqualTo("of:=SUM([.B8])");
    }
  }

  @Test
  void sameTreeGivesSameBytes(@TempDir Path tmp) throws Exception {
    List<ExampleDocs.Example> docs = new ArrayList<>(ExampleDocs.all());
    docs.addAll(ExampleDocs.of(ExampleDocs.withBudget(tmp)));
    for (ExampleDocs.Example e : docs) {
      if (!e.name().equals("annexes")) continue;
      assertThat(new OdsWriter().write(e.doc(), e.resources()))
          .as("bytes of %s", e)
          .isEqualTo(new OdsWriter().write(e.doc(), e.resources()));
    }
  }

  @Test
  void aDraftCarriesItsMarkAboveEveryTable() throws Exception {
    Block.Table t =
        new Block.Table(
            "essai",
            List.of(),
            List.of(new Block.Column(1, Block.Align.LEFT)),
            List.of(row(Block.RowKind.BODY, "a")),
            false);
    Doc draft = new Doc(null, null, List.of(t), new Doc.Draft(2));
    byte[] bytes = WRITER.write(draft, null);
    try (OdfSpreadsheetDocument ods = open(bytes)) {
      assertThat(text(cell(ods.getTableList(false).get(0), 0, 2))).isEqualTo(draft.draft().mark());
      // and in the centre of the printed page header (styles.xml)
      byte[] styles = ods.getPackage().getBytes("styles.xml");
      assertThat(new String(styles, java.nio.charset.StandardCharsets.UTF_8))
          .contains("<style:region-center><text:p>" + draft.draft().mark() + "</text:p>");
    }
  }

  @Test
  void aDocumentWithoutTablesStillGivesASpreadsheet() throws Exception {
    Doc doc = new Doc(null, null, List.of(new Block.Para(List.of(new Inline.Text("Rien")))));
    try (OdfSpreadsheetDocument ods = open(WRITER.write(doc, null))) {
      assertThat(ods.getTableList(false)).hasSize(1);
      assertThat(text(cell(ods.getTableList(false).get(0), 0, 0))).contains("aucun tableau");
    }
  }

  // ------------------------------------------------------------------ helpers

  static int rowOf(OdfTable t, String label) {
    List<List<Element>> g = grid(t);
    for (int r = 0; r < g.size(); r++)
      if (!g.get(r).isEmpty() && label.equals(text(g.get(r).get(0)))) return r;
    throw new AssertionError("no row " + label + " in " + t.getTableName());
  }

  /**
   * The sheet's rows (header rows included) as read by odfdom's DOM, each its cells and covered
   * cells in order.
   */
  static List<List<Element>> grid(OdfTable t) {
    List<List<Element>> out = new ArrayList<>();
    rows(t.getOdfElement(), out);
    return out;
  }

  private static void rows(Element parent, List<List<Element>> out) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !TABLE.equals(e.getNamespaceURI())) continue;
      if (e.getLocalName().equals("table-header-rows")) rows(e, out);
      if (!e.getLocalName().equals("table-row")) continue;
      List<Element> cells = new ArrayList<>();
      for (var c = e.getFirstChild(); c != null; c = c.getNextSibling())
        if (c instanceof Element ce && TABLE.equals(ce.getNamespaceURI())) cells.add(ce);
      out.add(cells);
    }
  }

  static Element cell(OdfTable t, int column, int row) {
    List<Element> r = grid(t).get(row);
    return column < r.size() ? r.get(column) : null;
  }

  static String text(Element cell) {
    StringBuilder b = new StringBuilder();
    NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      if (i > 0) b.append('\n');
      b.append(ps.item(i).getTextContent());
    }
    return b.toString();
  }

  static String office(Element cell, String attribute) {
    String v = cell.getAttributeNS(OFFICE, attribute);
    return v.isEmpty() ? null : v;
  }

  static String formula(Element cell) {
    String v = cell.getAttributeNS(TABLE, "formula");
    return v.isEmpty() ? null : v;
  }

  static Double value(Element cell) {
    String v = office(cell, "value");
    return v == null ? null : Double.valueOf(v);
  }

  static Inline.Num amount(String value) {
    BigDecimal v = new BigDecimal(value);
    return new Inline.Num(FigureKind.AMOUNT, v, FrenchFormat.figure(FigureKind.AMOUNT, v));
  }

  static Inline.Num percent(String value) {
    BigDecimal v = new BigDecimal(value);
    return new Inline.Num(FigureKind.PERCENT, v, FrenchFormat.figure(FigureKind.PERCENT, v));
  }

  static Block.Row row(Block.RowKind kind, Object... contents) {
    List<Block.Cell> cells = new ArrayList<>();
    for (Object o : contents) {
      List<Inline> in =
          o instanceof Inline i
              ? List.of(i)
              : o.toString().isEmpty() ? List.of() : List.of(new Inline.Text((String) o));
      cells.add(
          new Block.Cell(List.of(new Block.Para(in)), 1, 1, null, kind == Block.RowKind.HEADER));
    }
    return new Block.Row(cells, kind);
  }

  /** The figure a tree cell shows, or null. */
  static Inline.Num figure(TableGrid.Slot slot) {
    return slot.cell() == null ? null : CellFigure.of(slot.cell().content()).orElse(null);
  }
}

package fr.fejdoc.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

  private static final DocxWriter WRITER = new DocxWriter();

  static XWPFDocument open(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(ExampleDocs.Example e) {
    return WRITER.write(e.doc(), e.resources());
  }

  /** Text with every kind of space made a plain space. */
  static String norm(String s) {
    return s.replaceAll("[\\u00A0\\u202F\\u2009\\u2007]", " ").strip();
  }

  /** The text of one part of the package. */
  static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; )
        if (e.getName().equals(name))
          return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    throw new AssertionError("no part " + name);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }

  @Test
  void isRegisteredAsDocx() {
    assertThat(WRITER.extension()).isEqualTo("docx");
    assertThat(Writers.all()).containsKey("docx");
    assertThat(Writers.all().get("docx").accepts("restitution-finale")).isTrue();
  }

  // ---------------------------------------------------------------- example projects

  @Test
  void everyDocumentOpensAndItsSectionsAreHeadings() throws Exception {
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      try (XWPFDocument doc = open(write(e))) {
        List<String> expected = new ArrayList<>();
        headings(e.doc().blocks(), 0, expected);
        List<String> actual = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
          String style = p.getStyleID();
          if (style != null && style.startsWith("Heading"))
            actual.add(style + " " + norm(p.getText()));
        }
        assertThat(actual).as("headings of %s", e).isEqualTo(expected).isNotEmpty();
        assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(doc.getStyles().getStyle("PartieNonRenseignee").getName())
            .isEqualTo("Partie non renseignée");
      }
    }
  }

  /**
   * "HeadingN text" of the sections and sub-headings at the body level, as the writer names them.
   */
  private static void headings(List<Block> blocks, int level, List<String> out) {
    for (Block b : blocks) {
      switch (b) {
        case Block.Section s -> {
          int l = Math.max(1, s.level());
          String number =
              s.number() == null || s.number().isBlank() ? "" : s.number().strip() + " ";
          String title = number + DocxRuns.plain(s.title());
          if (!title.isBlank()) out.add("Heading" + Math.min(6, l) + " " + norm(title));
          headings(s.content(), l, out);
        }
        case Block.Heading h ->
            out.add(
                "Heading"
                    + Math.min(6, level + Math.max(1, h.level()))
                    + " "
                    + norm(DocxRuns.plain(h.content())));
        case Block.Columns c -> headings(c.content(), level, out);
        case Block.Beside bs -> headings(bs.content(), level, out);
        default -> {}
      }
    }
  }

  @Test
  void annexTablesHoldTheSeedFigures() throws Exception {
    try (XWPFDocument doc = open(write(ExampleDocs.example("AP1_027", "annexes")))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(5);
      assertThat(row(tables.get(0), "Jeunes"))
          .containsExactly("Jeunes", "120", "64", "40", "", "104");
      assertThat(row(tables.get(0), "Nombre total de bénéficiaires"))
          .containsExactly("Nombre total de bénéficiaires", "120", "64", "40", "", "104");
      assertThat(row(tables.get(1), "Filles")).containsExactly("Filles", "", "42");
      assertThat(row(tables.get(1), "Garçons")).containsExactly("Garçons", "", "62");
      List<String> tableau2 = new ArrayList<>();
      for (XWPFTableRow r : tables.get(3).getRows())
        r.getTableCells().forEach(c -> tableau2.add(norm(c.getText())));
      assertThat(tableau2).contains("2 200,64 €");
    }
  }

  private static List<String> row(XWPFTable table, String label) {
    for (XWPFTableRow r : table.getRows()) {
      if (norm(r.getCell(0).getText()).equals(label))
        return r.getTableCells().stream().map(c -> norm(c.getText())).toList();
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void mergedCellsAreGridSpansAndVerticalMerges() throws Exception {
    ExampleDocs.Example annexes = ExampleDocs.example("AP1_027", "annexes");
    int[] spans = new int[2]; // [0] cells × rows under a colspan, [1] rowspans
    ExampleDocs.tables(
        annexes.doc().blocks(),
        t -> {
          for (Block.Row r : t.rows())
            for (Block.Cell c : r.cells()) {
              if (c.colspan() > 1) spans[0] += Math.max(1, c.rowspan());
              if (c.rowspan() > 1) spans[1]++;
            }
        });
    assertThat(spans[0]).isPositive();
    assertThat(spans[1]).isPositive();
    try (XWPFDocument doc = open(write(annexes))) {
      String xml = doc.getDocument().xmlText();
      assertThat(count(xml, "<w:gridSpan ")).isEqualTo(spans[0]);
      assertThat(count(xml, "<w:vMerge w:val=\"restart\"/>")).isEqualTo(spans[1]);
      assertThat(count(xml, "<w:vMerge/>")).isPositive();
    }
  }

  @Test
  void headerRowsRepeatOnEveryPage() throws Exception {
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      long[] header = new long[1];
      ExampleDocs.tables(e.doc().blocks(), t -> header[0] += t.headerRows());
      try (XWPFDocument doc = open(write(e))) {
        String xml = doc.getDocument().xmlText();
        assertThat((long) count(xml, "<w:tblHeader/>"))
            .as("header rows of %s", e)
            .isEqualTo(header[0]);
      }
    }
  }

  @Test
  void footersHavePageAndNumpagesFields() throws Exception {
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      String footer = e.doc().page().footer();
      if (footer == null || !footer.contains("{pages}")) continue;
      try (XWPFDocument doc = open(write(e))) {
        String xml = "";
        for (XWPFFooter f : doc.getFooterList()) xml += f._getHdrFtr().xmlText();
        assertThat(xml).as("footer of %s", e).contains("> PAGE <").contains("> NUMPAGES <");
        assertThat(xml).contains("w:fldCharType=\"begin\"").contains("w:fldCharType=\"end\"");
      }
    }
  }

  @Test
  void landscapeTableHasItsOwnSectionAndEverySectionKeepsTheFooter() throws Exception {
    try (XWPFDocument doc = open(write(ExampleDocs.example("AP1_027", "annexes")))) {
      String xml = doc.getDocument().xmlText();
      int sections = count(xml, "<w:sectPr");
      assertThat(sections).isGreaterThanOrEqualTo(3);
      assertThat(count(xml, "w:orient=\"landscape\"")).isEqualTo(1);
      assertThat(count(xml, "<w:footerReference ")).isEqualTo(sections);
      assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient()).isNull();
    }
  }

  @Test
  void coverPageHasNoHeaderOrFooter() throws Exception {
    try (XWPFDocument doc = open(write(ExampleDocs.example("AP1_027", "restitution-finale")))) {
      String xml = doc.getDocument().xmlText();
      assertThat(count(xml, "<w:titlePg/>")).isEqualTo(1);
      assertThat(xml).contains("w:type=\"first\"");
      // the cover ends with a page break carried by the next paragraph
      assertThat(xml).contains("<w:pageBreakBefore/>");
    }
  }

  @Test
  void propertiesLanguageAndFixedDate() throws Exception {
    ExampleDocs.Example e = ExampleDocs.example("AP1_027", "restitution-finale");
    try (XWPFDocument doc = open(write(e))) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(e.doc().meta().title());
      assertThat(core.getCreator()).isEqualTo(e.doc().meta().author());
      assertThat(core.getSubject()).isEqualTo(e.doc().meta().subject());
      assertThat(core.getKeywords()).contains("AP1_027");
      assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
      assertThat(doc.getStyles().getCtStyles().xmlText()).contains("w:val=\"fr-FR\"");
      assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr-FR");
    }
    // an English document says so in its properties too, not only in its styles
    fr.fejdoc.document.Doc fr = e.doc();
    fr.fejdoc.document.Doc en =
        new fr.fejdoc.document.Doc(
            new fr.fejdoc.document.Doc.Meta(
                fr.meta().title(),
                fr.meta().author(),
                fr.meta().subject(),
                fr.meta().keywords(),
                "en"),
            fr.page(),
            fr.blocks(),
            fr.draft());
    try (XWPFDocument doc = open(new DocxWriter().write(en, e.resources()))) {
      assertThat(
              doc.getProperties()
                  .getCoreProperties()
                  .getUnderlyingProperties()
                  .getLanguageProperty())
          .contains("en");
    }
  }

  @Test
  void footnotesLinksAndImagesAreReal() throws Exception {
    try (XWPFDocument doc =
        open(write(ExampleDocs.example("passeport-accueil-commun", "fiche-experience")))) {
      assertThat(doc.getFootnotes()).isNotEmpty();
      assertThat(doc.getDocument().xmlText()).contains("<w:footnoteReference ");
      assertThat(doc.getPackagePart().getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation()))
          .isNotEmpty();
      assertThat(doc.getDocument().xmlText()).contains("<w:hyperlink r:id=");
      assertThat(doc.getDocument().xmlText()).contains("<w:cols w:space=\"567\" w:num=\"2\"/>");
    }
    try (XWPFDocument doc = open(write(ExampleDocs.example("AP1_393", "note-etape-2010-12-31")))) {
      assertThat(doc.getAllPictures()).hasSize(1);
    }
  }

  @Test
  void sameTreeGivesSameBytes() {
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      assertThat(new DocxWriter().write(e.doc(), e.resources()))
          .as("bytes of %s", e)
          .isEqualTo(new DocxWriter().write(e.doc(), e.resources()));
    }
  }

  @Test
  void sourceDateEpochSetsDatesAndZipTimes() throws Exception {
    ExampleDocs.Example e = ExampleDocs.example("AP1_140", "note-etape-2010-12-31");
    byte[] bytes;
    System.setProperty("fejdoc.sourceDateEpoch", "1700000000");
    try {
      bytes = write(e);
    } finally {
      System.clearProperty("fejdoc.sourceDateEpoch");
    }
    try (XWPFDocument doc = open(bytes)) {
      assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
          .isEqualTo(Instant.ofEpochSecond(1700000000));
    }
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = z.getNextEntry();
      assertThat(first.getName()).isEqualTo("[Content_Types].xml");
      assertThat(first.getTimeLocal())
          .isEqualTo(java.time.LocalDateTime.of(2023, 11, 14, 22, 13, 20));
    }
  }

  // ---------------------------------------------------------------- a tree with every block

  @Test
  void everyBlockAndInlineOfTheTree() throws Exception {
    byte[] png =
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    Resources resources =
        source ->
            source.equals("logo.png") ? java.util.Optional.of(png) : java.util.Optional.empty();
    byte[] bytes = WRITER.write(SampleDoc.build(), resources);
    try (XWPFDocument doc = open(bytes)) {
      String xml = doc.getDocument().xmlText();
      assertThat(xml)
          .contains("<w:hyperlink w:anchor=\"s_cible\"")
          .contains("<w:bookmarkStart w:id=\"0\" w:name=\"s_cible\"/>")
          .contains("<w:vertAlign w:val=\"superscript\"/>")
          .contains("<w:rStyle w:val=\"Code\"/>")
          .contains("<w:u w:val=\"single\"/>")
          .contains("<w:pStyle w:val=\"CitationExergue\"/>")
          .contains("<w:pStyle w:val=\"ChiffreCle\"/>")
          .contains("<w:pStyle w:val=\"TitreEncadre\"/>")
          .contains("<w:pStyle w:val=\"Heading3\"/>")
          .contains("<w:cols w:space=\"567\" w:num=\"2\"/>")
          .contains("w:orient=\"landscape\"")
          .contains("Partie non renseignée")
          .contains("[Image absente]")
          .contains("<w:br/>");
      String numbering = part(bytes, "word/numbering.xml");
      assertThat(numbering).contains("<w:startOverride w:val=\"3\"/>").contains("w:val=\"bullet\"");
      assertThat(xml).contains("<w:ilvl w:val=\"1\"/>");
      assertThat(doc.getFootnotes())
          .filteredOn(f -> f.getCTFtnEdn().getId().signum() > 0)
          .hasSize(1);
      assertThat(part(bytes, "word/footnotes.xml"))
          .contains("Une note")
          .contains("[imbriquée]")
          .contains("w:type=\"separator\"");
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(doc.getBodyElements()).extracting(IBodyElement::getElementType).isNotEmpty();
    }
  }

  @Test
  void hostileTextIsHarmless() throws Exception {
    Doc doc =
        new Doc(
            new Doc.Meta("<&>\"'", "a\u0001b", null, null, "xx-invalid!"),
            new Doc.Page(false, "&P {page} <b>", null, false),
            List.of(
                new Block.Para(List.of(new Inline.Text("a\u0000b\u0007c <w:p/> & \uD800 \uFFFF"))),
                new Block.Para(
                    List.of(
                        new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("x"))),
                        new Inline.Link("file:///etc/passwd", List.of())))));
    try (XWPFDocument d = open(WRITER.write(doc, Resources.NONE))) {
      String text = d.getParagraphs().get(0).getText();
      assertThat(text).isEqualTo("abc <w:p/> &  ");
      assertThat(d.getDocument().xmlText())
          .doesNotContain("javascript")
          .doesNotContain("<w:hyperlink");
      assertThat(d.getParagraphs().get(1).getText()).isEqualTo("xfile:///etc/passwd");
    }
  }

  @Test
  void emptyDocumentIsValid() throws Exception {
    Doc doc = new Doc(null, null, List.of());
    try (XWPFDocument d = open(WRITER.write(doc, null))) {
      assertThat(d.getParagraphs()).hasSize(1);
    }
  }

  @Test
  void tableGridPlacesSpansAndFillsShortRows() {
    Block.Cell a = SampleDoc.cell("a", 2, 2);
    Block.Cell b = SampleDoc.cell("b", 1, 1);
    Block.Table t =
        new Block.Table(
            "t",
            List.of(),
            List.of(),
            List.of(
                new Block.Row(List.of(a, b), Block.RowKind.BODY),
                new Block.Row(List.of(b, b), Block.RowKind.BODY),
                new Block.Row(List.of(b), Block.RowKind.BODY)),
            false);
    TableGrid g = TableGrid.of(t);
    assertThat(g.columns).isEqualTo(4);
    assertThat(g.rows.get(1))
        .extracting(TableGrid.Slot::column, TableGrid.Slot::continuation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, true),
            org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(3, false));
    assertThat(g.rows.get(2)).hasSize(4);
    assertThat(TableGrid.widths(null, 3, 100)).containsExactly(33, 33, 34);
  }

  @Test
  void poiLogsToASilentSimpleLogger() {
    Ooxml.quietLogging();
    assertThat(System.getProperty("log4j2.loggerContextFactory"))
        .isEqualTo("org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    assertThat(System.getProperty("log4j2.simplelogLevel")).isEqualTo("OFF");
  }
}

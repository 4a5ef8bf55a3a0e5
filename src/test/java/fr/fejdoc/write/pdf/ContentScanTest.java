package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/**
 * The content scanner Tagging marks pages with: it places every text operator's first glyph where
 * PDFBox's own stream engine (with the fonts' programs) places it, on real documents, and follows
 * the state operators, the fonts' declared widths and the images on small streams; hostile bytes
 * end the scan, never loop.
 */
class ContentScanTest {

  @Test
  void placesEveryTextRunWherePdfBoxDoesOnTheExamples() throws Exception {
    for (String project : List.of("AP1_027", "exemple-complet")) {
      Examples.Example e = Examples.get(project, "restitution");
      byte[] pdf =
          new PdfRenderer(e.doc().doc(), e.resources(), true, null, false).render().bytes();
      int compared = 0;
      try (PDDocument doc = Pdfs.load(pdf)) {
        var fonts = new IdentityHashMap<COSDictionary, ContentScan.Font>();
        for (PDPage page : doc.getPages()) {
          byte[] content;
          try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
          }
          ContentScan scan =
              ContentScan.scan(
                  content, new PdfBoxResources(page.getResources().getCOSObject(), fonts));
          List<float[]> mine = new ArrayList<>();
          for (ContentScan.Op op : scan.ops)
            if (op.kind() == ContentScan.TEXT) mine.add(new float[] {op.x(), op.y()});
          Engine engine = new Engine();
          engine.processPage(page);
          assertThat(mine).hasSameSizeAs(engine.firsts);
          for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)[0]).isCloseTo(engine.firsts.get(i)[0], within(0.01f));
            assertThat(mine.get(i)[1]).isCloseTo(engine.firsts.get(i)[1], within(0.01f));
            compared++;
          }
        }
      }
      assertThat(compared).as(project).isGreaterThan(200);
    }
  }

  @Test
  void followsTextStateWidthsAndAdjustments() {
    COSDictionary resources = resources();
    String content =
        "q 1 0 0 1 10 20 cm BT /F1 10 Tf 1 0 0 1 100 700 Tm <00010002>Tj <0003>Tj"
            + " [<0001> -500 <0002>] TJ 0 -12 Td (x) Tj 2 Tc <0001> Tj <0001> Tj ET Q"
            + " BT /F1 10 Tf 1 0 0 1 5 5 Tm <0001>Tj ET";
    ContentScan scan = scan(content, resources);
    List<ContentScan.Op> text =
        scan.ops.stream().filter(o -> o.kind() == ContentScan.TEXT).toList();
    // widths: CID 1 = 500, 2 = 250, 3 = 1000 (default); 10 pt
    assertThat(text).hasSize(6);
    assertThat(text.get(0).x()).isCloseTo(110f, within(0.001f));
    assertThat(text.get(0).y()).isCloseTo(720f, within(0.001f));
    assertThat(text.get(1).x()).isCloseTo(110f + 7.5f, within(0.001f));
    assertThat(text.get(2).x()).isCloseTo(110f + 7.5f + 10f, within(0.001f));
    // "(x)": one byte of a two-byte font shows nothing, so it is no text run
    assertThat(scan.ops.stream().filter(o -> o.name().equals("Tj")).count()).isEqualTo(6);
    assertThat(text.get(3).x()).isCloseTo(110f, within(0.001f)); // Td from the line's start
    assertThat(text.get(3).y()).isCloseTo(708f, within(0.001f));
    assertThat(text.get(4).x()).isCloseTo(110f + 5f + 2f, within(0.001f)); // char spacing
    assertThat(text.get(5).x()).isCloseTo(5f, within(0.001f)); // after Q: no translation
    // each operator starts at its first operand
    ContentScan.Op tm = scan.ops.stream().filter(o -> o.name().equals("Tm")).findFirst().get();
    assertThat(content.substring(tm.start())).startsWith("1 0 0 1 100 700 Tm");
  }

  @Test
  void turnedTextIsNoRunAndImagesHaveTheirBox() {
    COSDictionary resources = resources();
    String content =
        "0 1 -1 0 595 0 cm BT /F1 40 Tf 0.7 0.7 -0.7 0.7 100 100 Tm <0001>Tj ET"
            + " q 200 0 0 100 50 60 cm /Im1 Do Q q /Fm1 Do Q";
    ContentScan scan = scan(content, resources);
    assertThat(scan.base).containsExactly(0d, 1d, -1d, 0d, 595d, 0d);
    ContentScan.Op turned = scan.ops.stream().filter(o -> o.name().equals("Tj")).findFirst().get();
    assertThat(turned.kind()).isEqualTo(ContentScan.PATH);
    List<ContentScan.Op> dos = scan.ops.stream().filter(o -> o.name().equals("Do")).toList();
    assertThat(dos.get(0).kind()).isEqualTo(ContentScan.IMAGE);
    // image unit square through [200 0 0 100 50 60] then the page's turn
    assertThat(dos.get(0).box()).containsExactly(435f, 50f, 535f, 250f);
    assertThat(dos.get(1).kind()).isEqualTo(ContentScan.FORM);
  }

  @Test
  void hostileBytesEndTheScan() {
    COSDictionary resources = resources();
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100_000; i++) deep.append('[');
    for (String content :
        List.of(
            "BT /F1 10 Tf (unclosed \\( string Tj",
            "<00 Tj >> ]]] }} ) /F9 Tf (a) Tj",
            deep + " 1 2 Tj",
            "BI /W 1 /H 1 ID \u0000\u0001EI q Q",
            "q q q q 1 0 0 1 1e9 -- Tm % comment\n BT <zz> Tj Q Q Q Q Q Q",
            "")) {
      ContentScan scan = scan(content, resources);
      assertThat(scan.ops).allSatisfy(o -> assertThat(o.start()).isBetween(0, content.length()));
    }
    ContentScan inline = scan("q BI /W 1 /H 1 ID \u0000Q\u0001 EI Q", resources);
    assertThat(inline.ops).extracting(ContentScan.Op::name).containsExactly("q", "BI", "Q");
  }

  // ---------------------------------------------------------------- helpers

  private static ContentScan scan(String content, COSDictionary resources) {
    return ContentScan.scan(
        content.getBytes(StandardCharsets.ISO_8859_1),
        new PdfBoxResources(resources, new IdentityHashMap<>()));
  }

  /** F1: a composite font declaring CID 1 = 500, 2 = 250; Im1 an image, Fm1 a form. */
  private static COSDictionary resources() {
    COSDictionary cid = new COSDictionary();
    COSArray w = new COSArray();
    w.add(COSInteger.get(1));
    COSArray list = new COSArray();
    list.add(COSInteger.get(500));
    list.add(COSInteger.get(250));
    w.add(list);
    cid.setItem(COSName.W, w);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    COSArray kids = new COSArray();
    kids.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, kids);
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName("F1"), font);
    COSStream image = new COSStream();
    image.setItem(COSName.SUBTYPE, COSName.IMAGE);
    COSStream form = new COSStream();
    form.setItem(COSName.SUBTYPE, COSName.FORM);
    COSDictionary xobjects = new COSDictionary();
    xobjects.setItem(COSName.getPDFName("Im1"), image);
    xobjects.setItem(COSName.getPDFName("Fm1"), form);
    COSDictionary resources = new COSDictionary();
    resources.setItem(COSName.FONT, fonts);
    resources.setItem(COSName.XOBJECT, xobjects);
    return resources;
  }

  /** PDFBox's reading: the first glyph of each page-level text operator. */
  private static final class Engine extends PDFStreamEngine {
    final List<float[]> firsts = new ArrayList<>();
    private boolean first;
    private int depth;

    Engine() {
      addOperator(new BeginText(this));
      addOperator(new EndText(this));
      addOperator(new SetFontAndSize(this));
      addOperator(new ShowText(this));
      addOperator(new ShowTextAdjusted(this));
      addOperator(new ShowTextLine(this));
      addOperator(new ShowTextLineAndSpace(this));
      addOperator(new MoveText(this));
      addOperator(new MoveTextSetLeading(this));
      addOperator(new NextLine(this));
      addOperator(new SetCharSpacing(this));
      addOperator(new SetWordSpacing(this));
      addOperator(new SetTextHorizontalScaling(this));
      addOperator(new SetTextLeading(this));
      addOperator(new SetTextRise(this));
      addOperator(new SetMatrix(this));
      addOperator(new Concatenate(this));
      addOperator(new Save(this));
      addOperator(new Restore(this));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if (depth > 0) {
        super.processOperator(operator, operands);
        return;
      }
      String name = operator.getName();
      boolean text =
          switch (name) {
            case "Tj", "TJ", "'", "\"" -> true;
            default -> false;
          };
      first = text;
      depth++;
      try {
        super.processOperator(operator, operands);
      } finally {
        depth--;
      }
      first = false;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      if (!first) return;
      first = false;
      boolean turned = Math.abs(trm.getShearX()) > 1e-3 || Math.abs(trm.getShearY()) > 1e-3;
      if (!turned) firsts.add(new float[] {trm.getTranslateX(), trm.getTranslateY()});
    }
  }
}

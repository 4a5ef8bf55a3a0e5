package fr.fejdoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF reader against the DOCX reader on the same documents: for the example projects and 20
 * synthetic ones, each PDF gives the same tables (rows, cells compared with {@link Texts#key}) and
 * the same paragraphs in order, with the same heading levels and list kinds, as the DOCX of the
 * same document. Pictures are read once each. Bad PDFs give their message key.
 */
class PdfSourceTest {

  /** Matched and total counts. */
  private static final class Tally {
    int cells;
    int cellsFound;
    int paras;
    int parasFound;
    int levels;
    int levelsFound;
    final List<String> misses = new ArrayList<>();

    String share(int found, int total) {
      return String.format(
          java.util.Locale.ROOT,
          "%d/%d (%.1f %%)",
          found,
          total,
          100.0 * found / Math.max(1, total));
    }
  }

  @Test
  void examplesAndSyntheticReadAsTheirDocx(@TempDir Path tmp) throws Exception {
    Tally examples = new Tally();
    for (Path dir : Rendered.examples()) compare(dir, examples);
    Tally synth = new Tally();
    for (Path dir : Rendered.synthetic(tmp, 20)) compare(dir, synth);
    for (Tally t : List.of(examples, synth)) {
      System.out.println(
          (t == examples ? "examples" : "synthetic (20)")
              + ": table cells "
              + t.share(t.cellsFound, t.cells)
              + ", paragraphs "
              + t.share(t.parasFound, t.paras)
              + ", heading levels and list kinds of those "
              + t.share(t.levelsFound, t.levels));
      t.misses.stream().limit(40).forEach(m -> System.out.println("  " + m));
    }
    // measured: cells 99.7 % / 99.7 %, paragraphs 99.4 % / 99.5 %, levels 100 % / 99.8 %
    assertTrue(examples.cellsFound >= examples.cells * 0.995, "example cells");
    assertTrue(synth.cellsFound >= synth.cells * 0.995, "synthetic cells");
    assertTrue(examples.parasFound >= examples.paras * 0.99, "example paragraphs (aim: all)");
    assertTrue(synth.parasFound >= synth.paras * 0.99, "synthetic paragraphs (aim: all)");
    assertTrue(examples.levelsFound >= examples.levels * 0.995, "example heading levels");
    assertTrue(synth.levelsFound >= synth.levels * 0.995, "synthetic heading levels");
  }

  private static void compare(Path dir, Tally t) throws Exception {
    List<Source> docx = Rendered.sources(dir, "docx");
    List<Source> pdf = Rendered.sources(dir, "pdf");
    assertEquals(docx.size(), pdf.size());
    for (int i = 0; i < docx.size(); i++) {
      String where = dir.getFileName() + "/" + docx.get(i).file();
      tables(where, docx.get(i), pdf.get(i), t);
      paragraphs(where, docx.get(i), pdf.get(i), t);
    }
  }

  /** A text compared without its footnote calls ({@code [^1]}, POI's {@code [footnoteRef:1]}). */
  private static String key(String s) {
    return Texts.key(s.replaceAll("(?i)\\[(\\^|footnoteref:)[^\\]]*]", ""));
  }

  private static List<Source.Table> tablesOf(Source s) {
    List<Source.Table> out = new ArrayList<>();
    for (Source.Block b : s.blocks()) if (b instanceof Source.Table tb) out.add(tb);
    return out;
  }

  private static String rowKey(Source.Row r) {
    StringBuilder b = new StringBuilder();
    for (Source.Cell c : r.cells())
      b.append(key(c.text())).append('/').append(c.colspan()).append('|');
    return b.toString();
  }

  private static void tables(String where, Source docx, Source pdf, Tally t) {
    List<Source.Table> d = tablesOf(docx);
    List<Source.Table> p = tablesOf(pdf);
    // tables paired in order by their first row (a PDF box read as a table is skipped)
    int j = 0;
    for (Source.Table dt : d) {
      int cells = 0;
      for (Source.Row r : dt.rows()) cells += r.cells().size();
      t.cells += cells;
      int k = j;
      while (k < p.size() && !rowKey(p.get(k).rows().get(0)).equals(rowKey(dt.rows().get(0)))) k++;
      if (k == p.size()) {
        t.misses.add(where + ": table not found: " + rowKey(dt.rows().get(0)));
        continue;
      }
      Source.Table pt = p.get(k);
      j = k + 1;
      int found = 0;
      int rows = Math.min(dt.rows().size(), pt.rows().size());
      for (int r = 0; r < rows; r++) {
        Source.Row dr = dt.rows().get(r);
        Source.Row pr = pt.rows().get(r);
        for (int c = 0; c < dr.cells().size(); c++) {
          Source.Cell dc = dr.cells().get(c);
          Source.Cell pc = c < pr.cells().size() ? pr.cells().get(c) : null;
          if (pc != null && key(dc.text()).equals(key(pc.text())) && dc.colspan() == pc.colspan())
            found++;
          else if (t.misses.size() < 200)
            t.misses.add(
                where
                    + " row "
                    + r
                    + " cell "
                    + c
                    + ": docx «"
                    + dc.text()
                    + "»/"
                    + dc.colspan()
                    + " pdf «"
                    + (pc == null ? "-" : pc.text() + "»/" + pc.colspan()));
        }
      }
      if (dt.rows().size() != pt.rows().size())
        t.misses.add(
            where
                + ": rows "
                + dt.rows().size()
                + " docx, "
                + pt.rows().size()
                + " pdf: "
                + rowKey(dt.rows().get(0)));
      t.cellsFound += found;
    }
  }

  private static void paragraphs(String where, Source docx, Source pdf, Tally t) {
    List<String> d = new ArrayList<>();
    List<Source.Para> dp = new ArrayList<>();
    for (Source.Block b : docx.blocks())
      if (b instanceof Source.Para p && !key(p.text()).isEmpty()) {
        d.add(key(p.text()));
        dp.add(p);
      }
    List<String> p = new ArrayList<>();
    List<Source.Para> pp2 = new ArrayList<>();
    for (Source.Block b : pdf.blocks())
      if (b instanceof Source.Para pp) {
        p.add(key(pp.text()));
        pp2.add(pp);
      }
    // longest common subsequence: paragraphs found in the same order
    int[][] l = new int[d.size() + 1][p.size() + 1];
    for (int i = d.size() - 1; i >= 0; i--)
      for (int k = p.size() - 1; k >= 0; k--)
        l[i][k] =
            d.get(i).equals(p.get(k)) ? l[i + 1][k + 1] + 1 : Math.max(l[i + 1][k], l[i][k + 1]);
    t.paras += d.size();
    t.parasFound += l[0][0];
    int i = 0;
    int k = 0;
    while (i < d.size() && k < p.size()) {
      if (d.get(i).equals(p.get(k))) {
        Source.Para a = dp.get(i);
        Source.Para b = pp2.get(k);
        t.levels++;
        if (a.heading() == b.heading() && a.list() == b.list()) t.levelsFound++;
        else if (t.misses.size() < 200)
          t.misses.add(
              where
                  + ": heading "
                  + a.heading()
                  + "/"
                  + a.list()
                  + " docx, "
                  + b.heading()
                  + "/"
                  + b.list()
                  + " pdf: "
                  + d.get(i));
        i++;
        k++;
      } else if (l[i + 1][k] >= l[i][k + 1]) {
        if (t.misses.size() < 200) t.misses.add(where + ": paragraph only in docx: " + d.get(i));
        i++;
      } else {
        if (t.misses.size() < 200) t.misses.add(where + ": paragraph only in pdf: " + p.get(k));
        k++;
      }
    }
  }

  @Test
  void picturesAreReadOnceEach() throws Exception {
    Path dir = Path.of("projects", "exemple-complet");
    int found = 0;
    for (Source s : Rendered.sources(dir, "pdf")) {
      for (Source.Picture p : s.pictures()) {
        assertTrue(p.name().matches("image-[0-9]+\\.(png|jpg)"), p.name());
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.bytes()));
        assertTrue(img != null && img.getWidth() > 0, p.name() + " decodes");
        assertTrue(p.where().page() >= 1);
        found++;
      }
    }
    // the chart in the narrative and the signature, each once
    assertTrue(found >= 2, "pictures found: " + found);
  }

  @Test
  void aPictureIsTakenOnceAndTinyOnesAreLeftOut() throws Exception {
    PDDocument doc = new PDDocument();
    BufferedImage big = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
    BufferedImage dot = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    PDImageXObject x = LosslessFactory.createFromImage(doc, big);
    PDImageXObject d = LosslessFactory.createFromImage(doc, dot);
    for (int i = 0; i < 3; i++) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            10);
        cs.newLineAtOffset(72, 700);
        cs.showText("Page " + i);
        cs.endText();
        cs.drawImage(x, 72, 400, 240, 160);
        cs.drawImage(d, 72, 300, 4, 4);
      }
    }
    Source s = Sources.read(save(doc), "note.pdf");
    assertEquals(1, s.pictures().size());
    assertEquals("image-1.png", s.pictures().get(0).name());
    assertEquals(1, s.pictures().get(0).where().page());
  }

  // ------------------------------------------------------------------ bad input

  private static String refusal(byte[] bytes) {
    try {
      Sources.read(bytes, "note.pdf");
      return "read";
    } catch (NotImportable e) {
      return e.key();
    }
  }

  private static byte[] save(PDDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    return out.toByteArray();
  }

  @Test
  void aScannedPageHasNoText() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 200; x++) img.setRGB(x, x / 2, 0xFFFFFF);
    PDImageXObject x = LosslessFactory.createFromImage(doc, img);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(x, 50, 50, 400, 200);
    }
    assertEquals("import.pdf-no-text", refusal(save(doc)));
  }

  @Test
  void anEncryptedPdfIsRefused() throws Exception {
    byte[] real = Rendered.documents(Rendered.examples().get(0), "pdf").values().iterator().next();
    PDDocument doc = org.apache.pdfbox.Loader.loadPDF(real);
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("proprio", "secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    assertEquals("import.pdf-encrypted", refusal(save(doc)));
  }

  @Test
  void fiveHundredPagesAreRefusedFast() throws Exception {
    PDDocument doc = new PDDocument();
    for (int i = 0; i < 500; i++) doc.addPage(new PDPage());
    byte[] bytes = save(doc);
    long start = System.nanoTime();
    assertEquals("import.pdf-too-many-pages", refusal(bytes));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 2000, "refused in " + ms + " ms");
    try {
      Sources.read(bytes, "note.pdf");
      fail();
    } catch (NotImportable e) {
      assertEquals(List.of(500, PdfSource.MAX_PAGES), Arrays.asList(e.args()));
    }
  }

  @Test
  void aTruncatedPdfIsUnreadable() throws Exception {
    byte[] real = Rendered.documents(Rendered.examples().get(0), "pdf").values().iterator().next();
    for (double cut : new double[] {0.1, 0.5, 0.9, 0.99}) {
      byte[] part = Arrays.copyOf(real, (int) (real.length * cut));
      assertEquals("import.pdf-unreadable", refusal(part), "cut at " + cut);
    }
    // a header and nothing else, and garbage after a PDF header
    assertEquals("import.pdf-unreadable", refusal("%PDF-1.7\n%%EOF\n".getBytes()));
    byte[] junk = new byte[5000];
    new java.util.Random(7).nextBytes(junk);
    System.arraycopy("%PDF-1.4\n".getBytes(), 0, junk, 0, 9);
    System.arraycopy("%%EOF".getBytes(), 0, junk, 4990, 5);
    assertEquals("import.pdf-unreadable", refusal(junk));
  }
}

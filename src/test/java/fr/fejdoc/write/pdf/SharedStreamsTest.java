package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.write.Compression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Streams deflated once for every document (font programs, ToUnicode maps): the same bytes as a
 * fresh deflate, kept within bounds, and every such stream of a tagged PDF deflated at {@link
 * Compression#LEVEL} (OpenPDF stores them; the writer deflates them as they are added).
 */
class SharedStreamsTest {

  private static byte[] fresh(byte[] plain, int level) {
    Deflater d = new Deflater(level);
    try {
      d.setInput(plain);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (!d.finished()) out.write(buf, 0, d.deflate(buf));
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** Bytes that compress somewhat, like a font table: runs, repeats and noise. */
  private static byte[] sample(Random r, int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : i / 7);
    return b;
  }

  @Test
  void givesTheBytesOfAFreshDeflateAndKeepsThem() {
    Random r = new Random(14);
    for (int size : new int[] {0, 1, 17, 4096, 40_000, 130_000}) {
      for (int level : new int[] {1, Compression.LEVEL, 6}) {
        byte[] plain = sample(r, size);
        byte[] first = SharedStreams.deflate(plain, level);
        assertThat(first).as("size %d level %d", size, level).isEqualTo(fresh(plain, level));
        // the same content, in another array: the kept bytes, not a second deflate
        assertThat(SharedStreams.deflate(plain.clone(), level)).isSameAs(first);
      }
    }
  }

  @Test
  void keepsWithinItsBounds() {
    Random r = new Random(7);
    for (int i = 0; i < SharedStreams.MAX_ENTRIES + 40; i++)
      SharedStreams.deflate(sample(r, 100 + i), Compression.LEVEL);
    assertThat(SharedStreams.kept()).isLessThanOrEqualTo(SharedStreams.MAX_ENTRIES);
    byte[] big = sample(r, SharedStreams.MAX_STREAM + 1);
    byte[] z = SharedStreams.deflate(big, Compression.LEVEL);
    assertThat(z).isEqualTo(fresh(big, Compression.LEVEL));
    assertThat(SharedStreams.deflate(big, Compression.LEVEL)).isNotSameAs(z); // never kept
  }

  @Test
  void theFontProgramsOfATaggedPdfAreDeflatedAtTheLevel() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "restitution");
    byte[] pdf = new PdfWriter().write(e.doc().doc(), e.resources());
    int fonts = 0;
    int maps = 0;
    try (PDDocument doc = Pdfs.load(pdf)) {
      for (COSObject o :
          doc.getDocument().getXrefTable().keySet().stream()
              .map(k -> doc.getDocument().getObjectFromPool(k))
              .toList()) {
        COSBase b = o.getObject();
        if (!(b instanceof COSStream s)) continue;
        boolean font = isFontProgram(doc, o);
        boolean map = !font && startsWith(s, "/CIDInit");
        if (!font && !map) continue;
        if (font) fonts++;
        else maps++;
        assertThat(s.getFilters()).isEqualTo(COSName.FLATE_DECODE);
        byte[] raw = bytes(s, true);
        byte[] plain = bytes(s, false);
        assertThat(raw).isEqualTo(fresh(plain, Compression.LEVEL));
        assertThat(raw.length).isLessThan(plain.length);
        assertThat(SharedStreams.isKept(plain, Compression.LEVEL)).isTrue();
      }
    }
    assertThat(fonts).isEqualTo(4); // regular, bold, italic, bold italic
    assertThat(maps).isEqualTo(4);
  }

  @Test
  void theColourProfileOfTheOutputIntentIsDeflatedAtTheLevel() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "annexes");
    byte[] pdf = new PdfWriter().write(e.doc().doc(), e.resources());
    try (PDDocument doc = Pdfs.load(pdf)) {
      var intents = doc.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      COSStream profile =
          (COSStream) intents.get(0).getCOSObject().getDictionaryObject("DestOutputProfile");
      byte[] raw = bytes(profile, true);
      byte[] plain = bytes(profile, false);
      assertThat(plain.length).isGreaterThan(1000); // an ICC profile, not an empty stream
      assertThat(raw).isEqualTo(fresh(plain, Compression.LEVEL));
      // deflated once for every document: kept by SharedStreams, not by OpenPDF's own deflate
      assertThat(SharedStreams.isKept(plain, Compression.LEVEL)).isTrue();
    }
  }

  /** A stream's bytes as stored in the file ({@code raw}) or decoded. */
  private static byte[] bytes(COSStream s, boolean raw) throws IOException {
    try (InputStream in = raw ? s.createRawInputStream() : s.createInputStream()) {
      return in.readAllBytes();
    }
  }

  private static boolean isFontProgram(PDDocument doc, COSObject stream) {
    for (var k : doc.getDocument().getXrefTable().keySet()) {
      COSBase b = doc.getDocument().getObjectFromPool(k).getObject();
      if (b instanceof COSDictionary d
          && COSName.FONT_DESC.equals(d.getCOSName(COSName.TYPE))
          && d.getItem(COSName.FONT_FILE2) == stream) return true;
    }
    return false;
  }

  private static boolean startsWith(COSStream s, String text) throws IOException {
    try (InputStream in = s.createInputStream()) {
      byte[] head = in.readNBytes(text.length());
      return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals(text);
    }
  }
}

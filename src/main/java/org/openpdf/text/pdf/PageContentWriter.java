package org.openpdf.text.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;

/**
 * fejdoc's hook into OpenPDF's writer (this class is fejdoc's, not OpenPDF's: it lives in OpenPDF's
 * package because the call that hands a page and its content to the writer is package-private).
 * Each page's content stream reaches {@link #pageContent} uncompressed, with the page dictionary
 * and its link annotations, before anything of the page is written; what it returns is written
 * instead, compressed once. {@link #beforeClose} runs after the last page and before the catalog is
 * made. The fonts and images of a page's resources can be looked up by their resource names.
 * Streams that OpenPDF stored uncompressed on purpose (deflated at level 0: the font programs and
 * their ToUnicode maps, which recur from document to document) reach {@link #deflateStored} when
 * they are added to the body: what it returns is written instead.
 *
 * <p>Why a class here rather than reflection: overriding {@code add(PdfPage, PdfContents)} gives
 * the page (resources, media box, rotation, annotations) together with its content in one call,
 * checked by the compiler against the OpenPDF version built with, and costs no reflective access.
 * fejdoc runs on the class path (one shaded jar), where a class of another jar may join a package.
 */
public abstract class PageContentWriter extends PdfWriter {

  /** Link annotations of the page being made, held back until its content was seen. */
  private final List<PdfAnnotation> pending = new ArrayList<>();

  /** Whether the content of the page being made is to be stored uncompressed (read at once). */
  private boolean plainPage;

  /** Fonts by resource name (all fonts of a document have distinct names). */
  private final Map<PdfName, BaseFont> fontsByName = new HashMap<>();

  /** Made at the first page, at the writer's compression level (set by the subclass). */
  private Deflater deflater;

  private final Inflater inflater = new Inflater();

  protected PageContentWriter(Document document, OutputStream os) throws DocumentException {
    super(attach(document), os);
    pdf.addWriter(this);
  }

  private static PdfDocument attach(Document document) {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
    document.addDocListener(pdf);
    return pdf;
  }

  /**
   * The content to write for {@code page} instead of {@code content} (both uncompressed); {@code
   * links} are the page's link annotations, written after this call.
   *
   * @param mediaBox the page's media box: llx, lly, urx, ury
   * @param rotation the page's /Rotate (0, 90, 180, 270)
   */
  protected abstract byte[] pageContent(
      PdfDictionary page, float[] mediaBox, int rotation, byte[] content, List<PdfAnnotation> links)
      throws IOException;

  /** Runs after the last page, before the catalog is made (extra catalog entries go in now). */
  protected abstract void beforeClose() throws IOException;

  /**
   * The zlib stream (header and checksum included) to write for a stream whose bytes are {@code
   * plain}, which OpenPDF stored (deflated at level {@link PdfStream#NO_COMPRESSION}) so that it is
   * deflated here, at the writer's compression level.
   */
  protected abstract byte[] deflateStored(byte[] plain) throws IOException;

  /**
   * Has the content of the page about to be made built uncompressed: to be called from {@code
   * onEndPage} (the content is built right after), so that it is compressed once, here.
   */
  protected final void plainNextPage() {
    plainPage = true;
  }

  @Override
  public int getCompressionLevel() {
    return plainPage ? PdfStream.NO_COMPRESSION : super.getCompressionLevel();
  }

  @Override
  public PdfIndirectObject addToBody(PdfObject object) throws IOException {
    byte[] stored = stored(object);
    if (stored != null) {
      PdfStream s = (PdfStream) object;
      byte[] z = deflateStored(inflate(stored));
      ByteArrayOutputStream out = new ByteArrayOutputStream(z.length);
      out.write(z);
      s.streamBytes = out;
      s.compressionLevel = super.getCompressionLevel();
      s.put(PdfName.LENGTH, new PdfNumber(z.length));
    }
    return super.addToBody(object);
  }

  /**
   * The zlib bytes of {@code object} when it is a stream OpenPDF deflated at level {@link
   * PdfStream#NO_COMPRESSION} (a Flate stream of stored blocks), else null.
   */
  private static byte[] stored(PdfObject object) {
    if (!(object instanceof PdfStream s)
        || !s.compressed
        || s.compressionLevel != PdfStream.NO_COMPRESSION
        || s.inputStream != null
        || s.streamBytes == null
        || s.streamBytes.size() < 3
        || !PdfName.FLATEDECODE.equals(s.get(PdfName.FILTER))) return null;
    byte[] z = s.streamBytes.toByteArray();
    // a zlib header, then a first block of type 0 (stored)
    return (z[0] & 0x0f) == 8 && (z[2] & 0x06) == 0 ? z : null;
  }

  @Override
  public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref)
      throws IOException {
    if (plainPage
        && object instanceof PdfAnnotation a
        && a.isAnnotation()
        && PdfName.LINK.equals(a.get(PdfName.SUBTYPE))) {
      pending.add(a); // written with the page's content, once its place in the structure is known
      return null;
    }
    return super.addToBody(object, ref);
  }

  @Override
  PdfIndirectReference add(PdfPage page, PdfContents contents) throws PdfException {
    if (!plainPage) return super.add(page, contents);
    plainPage = false;
    try {
      byte[] plain = plain(contents);
      float[] box = new float[4];
      if (page.get(PdfName.MEDIABOX) instanceof PdfArray a && a.size() == 4) {
        for (int i = 0; i < 4; i++)
          box[i] = a.getPdfObject(i) instanceof PdfNumber n ? n.floatValue() : 0f;
      }
      int rotation = page.get(PdfName.ROTATE) instanceof PdfNumber r ? r.intValue() : 0;
      List<PdfAnnotation> links = new ArrayList<>(pending);
      pending.clear();
      byte[] marked = pageContent(page, box, rotation, plain, links);
      if (deflater == null) deflater = new Deflater(super.getCompressionLevel());
      deflater.reset();
      ByteArrayOutputStream z = new ByteArrayOutputStream(marked.length / 3 + 64);
      try (DeflaterOutputStream out = new DeflaterOutputStream(z, deflater, 8192)) {
        out.write(marked);
      }
      contents.streamBytes = z;
      contents.bytes = null;
      contents.compressed = true;
      contents.compressionLevel = super.getCompressionLevel(); // deflated: not a stored stream
      contents.put(PdfName.LENGTH, new PdfNumber(z.size()));
      contents.put(PdfName.FILTER, PdfName.FLATEDECODE);
      for (PdfAnnotation a : links) super.addToBody(a, a.getIndirectReference());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return super.add(page, contents);
  }

  /** The bytes of {@code contents}, inflated when OpenPDF stored them in a Flate stream. */
  private byte[] plain(PdfContents contents) throws IOException {
    byte[] raw = contents.streamBytes != null ? contents.streamBytes.toByteArray() : contents.bytes;
    if (raw == null) return new byte[0];
    if (!contents.compressed) return raw;
    return inflate(raw);
  }

  /** {@code raw}, a zlib stream, inflated. */
  private byte[] inflate(byte[] raw) throws IOException {
    inflater.reset();
    inflater.setInput(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
    byte[] buf = new byte[Math.max(256, raw.length)];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      if (open) {
        try {
          beforeClose();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      super.close(); // the fonts are written now, through addToBody
    } finally {
      if (deflater != null) deflater.end();
      inflater.end();
    }
  }

  /** The font a page's resources call {@code name}, or null. */
  protected final BaseFont font(PdfName name) {
    BaseFont f = fontsByName.get(name);
    if (f == null && fontsByName.size() < documentFonts.size()) {
      for (FontDetails d : documentFonts.values())
        fontsByName.put(d.getFontName(), d.getBaseFont());
      f = fontsByName.get(name);
    }
    return f;
  }

  /** Whether a page's resources call an image {@code name} (not a form). */
  protected final boolean image(PdfName name) {
    return imageDictionary.contains(name);
  }

  /** Whether {@code font} shows two-byte codes (glyph identifiers, Identity-H). */
  protected static boolean composite(BaseFont font) {
    return font instanceof TrueTypeFontUnicode;
  }

  /**
   * The width of {@code code} in thousandths of the text size, as the font dictionary written for
   * {@code font} declares it: a glyph's advance for a composite TrueType font (its /W), the
   * character's width for a simple font (its /Widths).
   */
  protected static float width(BaseFont font, int code) {
    if (font instanceof TrueTypeFontUnicode t) return t.getGlyphWidth(code);
    return font.getWidth(code);
  }
}

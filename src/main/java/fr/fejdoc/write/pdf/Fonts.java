package fr.fejdoc.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfStream;

/**
 * The Liberation fonts (metric-compatible with Arial and Courier New), embedded as subsets with
 * Identity-H encoding so that every character of French typography (œ É « » € and the narrow
 * no-break space U+202F) is drawn from the font itself. Loaded once and shared: a {@link BaseFont}
 * holds only the font program, the glyphs used are tracked per document by OpenPDF. Fonts are
 * created outside OpenPDF's global cache so that nobody else shares their deterministic
 * subset-prefix generator.
 */
final class Fonts {
  static final BaseFont REGULAR = load("LiberationSans-Regular");
  static final BaseFont BOLD = load("LiberationSans-Bold");
  static final BaseFont ITALIC = load("LiberationSans-Italic");
  static final BaseFont BOLD_ITALIC = load("LiberationSans-BoldItalic");
  static final BaseFont MONO = load("LiberationMono-Regular");

  private Fonts() {}

  static BaseFont sans(boolean bold, boolean italic) {
    if (bold) return italic ? BOLD_ITALIC : BOLD;
    return italic ? ITALIC : REGULAR;
  }

  private static BaseFont load(String name) {
    String path = "/liberation/" + name + ".ttf";
    try (InputStream in = Fonts.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " missing (openpdf-fonts-extra)");
      byte[] ttf = in.readAllBytes();
      BaseFont font =
          BaseFont.createFont(
              name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
      font.setSubset(true);
      // the subset program and its ToUnicode map are stored by OpenPDF and deflated by Tagging when
      // written, once for all the documents that use the same glyphs (SharedStreams); the untagged
      // layout of the tests keeps them stored
      font.setCompressionLevel(PdfStream.NO_COMPRESSION);
      // no CIDSet: PDF/A-2 and PDF/UA-1 make it optional and want every glyph of the subset program
      // listed (composite glyphs' parts too), where OpenPDF lists the glyphs used; OpenPDF still
      // writes one for PDF/A-1 (the untagged layout), which requires it
      font.setIncludeCidSet(false);
      font.setSecureRandom(Determinism.SUBSET_PREFIXES);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package fr.fejdoc.write.html;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a document as one self-contained HTML5 file: styles inlined, images embedded as {@code
 * data:} URIs, no script and a Content-Security-Policy forbidding any request, so the file can be
 * opened, mailed or published as is. Same tree and resources → same bytes.
 */
public final class HtmlWriter implements DocumentWriter {

  /** The style sheet, read once from {@code fejdoc.css} next to this class. */
  static final String CSS = loadCss();

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return render(doc, resources).getBytes(StandardCharsets.UTF_8);
  }

  /** The HTML text (what {@link #write} encodes as UTF-8). */
  public String render(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new HtmlRenderer(resources, CSS.length() + 32 * 1024).render(doc, CSS);
  }

  private static String loadCss() {
    try (InputStream in = HtmlWriter.class.getResourceAsStream("fejdoc.css")) {
      if (in == null) throw new IllegalStateException("fejdoc.css missing from the class path");
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.contains("</")) throw new IllegalStateException("fejdoc.css must not contain \"</\"");
      return css.endsWith("\n") ? css : css + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package fr.fejdoc.write.html;

import fr.fejdoc.load.ImageTypes;
import java.util.Base64;

/**
 * Turns image bytes into a {@code data:} URI when they are a raster format every browser shows
 * safely (PNG, JPEG, GIF), recognised by their signature, never by the file name. SVG (which can
 * carry script), WebP, PDF and anything unrecognised are refused.
 */
final class ImageData {

  private ImageData() {}

  /** The MIME type sniffed from the first bytes, or {@code null} if the format is refused. */
  static String mimeType(byte[] b) {
    return fr.fejdoc.load.ImageTypes.mimeType(b);
  }

  /**
   * Appends {@code data:<mime>;base64,...} for accepted bytes (as {@link ImageTypes#forDocuments}
   * makes them); returns false (appending nothing) otherwise.
   */
  static boolean appendDataUri(StringBuilder out, byte[] image) {
    // sized from its header and reduced to the document size (a GIF comes as PNG); refused beyond
    // the limits, so that no reader's browser is handed a decompression bomb either
    byte[] bytes = image == null ? null : ImageTypes.forDocuments(image).orElse(null);
    String mime = mimeType(bytes);
    if (mime == null) return false;
    out.append("data:").append(mime).append(";base64,");
    // Base64 output is [A-Za-z0-9+/=]: nothing to escape inside a quoted attribute.
    out.append(
        new String(
            Base64.getEncoder().encode(bytes), java.nio.charset.StandardCharsets.ISO_8859_1));
    return true;
  }
}

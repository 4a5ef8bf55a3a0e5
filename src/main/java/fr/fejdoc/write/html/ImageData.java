package fr.fejdoc.write.html;

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
    return fr.fejdoc.write.ImageTypes.mimeType(b);
  }

  /**
   * Appends {@code data:<mime>;base64,...} for accepted bytes; returns false (appending nothing)
   * otherwise.
   */
  static boolean appendDataUri(StringBuilder out, byte[] bytes) {
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

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
    if (b == null) return null;
    if (b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) return "image/png";
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF)
      return "image/jpeg";
    if (b.length >= 6
        && b[0] == 'G'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == '8'
        && (b[4] == '7' || b[4] == '9')
        && b[5] == 'a') return "image/gif";
    return null;
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

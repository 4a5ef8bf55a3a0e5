package fr.fejdoc.write;

/**
 * The image formats every writer accepts, told by their first bytes (never by the file name): PNG,
 * JPEG and GIF. SVG and anything else are refused (an SVG can carry script).
 */
public final class ImageTypes {
  private ImageTypes() {}

  /** {@code image/png}, {@code image/jpeg}, {@code image/gif}, or null when refused. */
  public static String mimeType(byte[] b) {
    if (isPng(b)) return "image/png";
    if (isJpeg(b)) return "image/jpeg";
    if (isGif(b)) return "image/gif";
    return null;
  }

  public static boolean isPng(byte[] b) {
    return b != null
        && b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A;
  }

  public static boolean isJpeg(byte[] b) {
    return b != null
        && b.length >= 3
        && (b[0] & 0xFF) == 0xFF
        && (b[1] & 0xFF) == 0xD8
        && (b[2] & 0xFF) == 0xFF;
  }

  public static boolean isGif(byte[] b) {
    return b != null
        && b.length >= 6
        && b[0] == 'G'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == '8'
        && (b[4] == '7' || b[4] == '9')
        && b[5] == 'a';
  }
}

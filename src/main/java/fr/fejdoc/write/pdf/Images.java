package fr.fejdoc.write.pdf;

import fr.fejdoc.load.ImageTypes;
import fr.fejdoc.write.Resources;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.openpdf.text.Image;

/**
 * The images of one document, read once each. PNG and JPEG are accepted, recognised by their
 * signature, and only once {@link ImageTypes#forDocuments} has sized them (a GIF comes as PNG, an
 * image over the limits never reaches a decoder). PDF/A-1 forbids transparency and 16-bit samples:
 * a PNG with an alpha channel, a transparent colour or 16-bit samples is flattened on white into
 * 8-bit RGB first.
 */
final class Images {
  private final Resources resources;
  // Looked up only, never iterated.
  private final Map<String, Optional<Image>> cache = new HashMap<>();

  Images(Resources resources) {
    this.resources = resources == null ? Resources.NONE : resources;
  }

  /** The image at {@code source}, or empty when missing, refused or unreadable. */
  Optional<Image> get(String source) {
    if (source == null || source.isBlank()) return Optional.empty();
    return cache.computeIfAbsent(source, this::load).map(Image::getInstance);
  }

  private Optional<Image> load(String source) {
    try {
      Optional<byte[]> bytes = resources.image(source);
      if (bytes == null || bytes.isEmpty()) return Optional.empty();
      // within the limits and the document size, else refused before any decoding
      Optional<byte[]> fit = ImageTypes.forDocuments(bytes.get());
      if (fit.isEmpty()) return Optional.empty();
      return Optional.ofNullable(decode(fit.get()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // shown as a missing image; check reports unreadable files
    }
  }

  static Image decode(byte[] b) throws IOException {
    if (isJpeg(b)) return Image.getInstance(b);
    if (!isPng(b)) return null;
    if (plainPng(b)) return Image.getInstance(b);
    BufferedImage src = ImageIO.read(new ByteArrayInputStream(b));
    if (src == null) return null;
    BufferedImage flat =
        new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = flat.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, src.getWidth(), src.getHeight());
      g.drawImage(src, 0, 0, null);
    } finally {
      g.dispose();
    }
    return Image.getInstance(flat, null);
  }

  static boolean isJpeg(byte[] b) {
    return ImageTypes.isJpeg(b);
  }

  static boolean isPng(byte[] b) {
    // 33 bytes: the signature and the IHDR chunk the PNG checks below read
    return b.length >= 33 && ImageTypes.isPng(b);
  }

  /** 8-bit (or less) grey, RGB or palette PNG without transparency: embeddable as is. */
  private static boolean plainPng(byte[] b) {
    int depth = b[24] & 0xFF;
    int colourType = b[25] & 0xFF;
    if (depth > 8 || colourType == 4 || colourType == 6) return false;
    // walk the chunks looking for tRNS (a transparent colour or palette alpha)
    int at = 8;
    while (at + 8 <= b.length) {
      int len =
          ((b[at] & 0xFF) << 24)
              | ((b[at + 1] & 0xFF) << 16)
              | ((b[at + 2] & 0xFF) << 8)
              | (b[at + 3] & 0xFF);
      if (b[at + 4] == 't' && b[at + 5] == 'R' && b[at + 6] == 'N' && b[at + 7] == 'S')
        return false;
      if (b[at + 4] == 'I' && b[at + 5] == 'D' && b[at + 6] == 'A' && b[at + 7] == 'T') return true;
      if (len < 0) return false;
      at += 12 + len;
    }
    return true;
  }
}

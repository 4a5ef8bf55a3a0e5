package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pictures of a PDF as files for the project: a JPEG kept as its bytes, any other image decoded
 * and written as PNG, named {@code image-N.jpg|png} in reading order. The same image drawn again (a
 * logo on every page) is taken once; tiny images (rules, bullets, dots) are skipped. Bounded: at
 * most {@link #MAX_COUNT} pictures, {@link #MAX_PIXELS} pixels and {@link #MAX_BYTES} bytes each;
 * an image that cannot be decoded is left out.
 */
final class PdfPictures {
  /** Pictures taken from one note. */
  static final int MAX_COUNT = 50;

  /** Pixels one picture may have (decoded: 4 bytes each, so at most 48 MB at a time). */
  static final long MAX_PIXELS = 12_000_000L;

  /** Bytes one picture may take. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  /** Smallest picture taken, in points each way: smaller ones are decoration. */
  private static final float MIN_SIDE = 12f;

  private final List<Source.Picture> out = new ArrayList<>();
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();

  /** Takes the pictures drawn on page {@code page} ({@code baselines}: its text lines). */
  void add(int page, List<PdfInk.Drawn> drawn, float[] baselines) {
    for (PdfInk.Drawn d : drawn) {
      Deadline.check();
      if (out.size() >= MAX_COUNT) return;
      if (d.width() < MIN_SIDE || d.height() < MIN_SIDE) continue;
      PDImage img = d.image();
      Object id = img instanceof PDImageXObject x ? x.getCOSObject() : img;
      if (seen.put(id, Boolean.TRUE) != null) continue;
      if ((long) img.getWidth() * img.getHeight() > MAX_PIXELS
          || img.getWidth() <= 0
          || img.getHeight() <= 0) continue;
      byte[] bytes;
      String ext;
      try {
        if (jpeg(img)) {
          bytes = raw(img);
          ext = "jpg";
        } else {
          BufferedImage b = img.getImage();
          if (b == null) continue;
          ByteArrayOutputStream o = new ByteArrayOutputStream();
          if (!ImageIO.write(b, "png", o)) continue;
          bytes = o.toByteArray();
          ext = "png";
        }
      } catch (IOException | RuntimeException e) {
        continue; // an image that cannot be decoded: the text is still read
      }
      if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) continue;
      Source.Where where = new Source.Where(page, PdfLayout.lineAt(baselines, d.top()));
      out.add(new Source.Picture(where, "image-" + (out.size() + 1) + "." + ext, bytes));
    }
  }

  List<Source.Picture> pictures() {
    return out;
  }

  private static boolean jpeg(PDImage img) {
    if (!(img instanceof PDImageXObject x)) return false;
    List<COSName> filters = x.getStream().getFilters();
    return filters.size() == 1 && COSName.DCT_DECODE.equals(filters.get(0));
  }

  /** The JPEG's own bytes (the stream undecoded), at most {@link #MAX_BYTES}. */
  private static byte[] raw(PDImage img) throws IOException {
    try (InputStream in = ((PDImageXObject) img).getCOSObject().createRawInputStream()) {
      byte[] b = in.readNBytes(MAX_BYTES + 1);
      return b.length > MAX_BYTES ? null : b;
    }
  }
}

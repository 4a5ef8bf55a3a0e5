package fr.fejdoc.load;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.finding.Localized;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The image formats every writer accepts, told by their first bytes (never by the file name): PNG,
 * JPEG and GIF. SVG and anything else are refused (an SVG can carry script).
 *
 * <p>The one place where image files are sized and made safe for documents. {@link #probe} reads
 * the pixel size from the header (PNG IHDR, JPEG SOF, GIF screen and frames) and walks the file's
 * structure (chunks, segments, blocks: no pixel is decoded), so that an image beyond {@link
 * #MAX_PIXELS} or {@link #MAX_SIDE} is refused before any decoder sees it, and a truncated or
 * malformed one is reported instead of failing later. {@link #forDocuments} gives the bytes the
 * writers embed: within {@link #DOCUMENT_SIDE} pixels (a bigger image is reduced once, the same
 * bytes every time), PNG without ancillary chunks (compressed profiles and texts are never
 * inflated), GIF turned into PNG (its first frame).
 */
public final class ImageTypes {
  /** The largest image file read (its bytes). */
  public static final long MAX_BYTES = ProjectFiles.MAX_FILE_BYTES;

  /** The most pixels of an image (a 50 megapixel photo fits). */
  public static final long MAX_PIXELS = 50_000_000L;

  /** The longest side of an image, in pixels. */
  public static final int MAX_SIDE = 20_000;

  /**
   * The longest side of an image in a document: about 300 dpi across the text width of an A4 page.
   * A bigger image is reduced to it.
   */
  public static final int DOCUMENT_SIDE = 2_000;

  /** Scans of a progressive JPEG (cameras and editors write about ten). */
  static final int MAX_JPEG_SCANS = 200;

  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String GIF = "image/gif";

  private ImageTypes() {}

  /** An image's format and pixel size, from its header. */
  public record Info(String mime, int width, int height) {
    public long pixels() {
      return (long) width * height;
    }

    /** Beyond the limits: never decoded, never embedded. */
    public boolean tooLarge() {
      return width > MAX_SIDE || height > MAX_SIDE || pixels() > MAX_PIXELS;
    }

    /** Larger than documents need: reduced to {@link #documentWidth} × {@link #documentHeight}. */
    public boolean reduced() {
      return Math.max(width, height) > DOCUMENT_SIDE;
    }

    public int documentWidth() {
      if (!reduced()) return width;
      return width >= height ? DOCUMENT_SIDE : scaled(width, height);
    }

    public int documentHeight() {
      if (!reduced()) return height;
      return height >= width ? DOCUMENT_SIDE : scaled(height, width);
    }

    private static int scaled(int side, int longest) {
      return (int) Math.max(1, ((long) side * DOCUMENT_SIDE + longest / 2) / longest);
    }
  }

  /** Why an image cannot be read: a French and an English sentence, no stack trace. */
  public static final class Unreadable extends Exception {
    private final transient Localized reason;

    Unreadable(String fr, String en) {
      super(en, null, false, false);
      this.reason = new Localized(fr, en);
    }

    public Localized reason() {
      return reason;
    }
  }

  /** {@code image/png}, {@code image/jpeg}, {@code image/gif}, or null when refused. */
  public static String mimeType(byte[] b) {
    if (isPng(b)) return PNG;
    if (isJpeg(b)) return JPEG;
    if (isGif(b)) return GIF;
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

  // ------------------------------------------------------------------ probing (no decoding)

  /** The format and pixel size of {@code b}, its structure checked; no pixel is decoded. */
  public static Info probe(byte[] b) throws Unreadable {
    return parse(b).info;
  }

  /** What parsing found: the info, and where the image's own bytes end. */
  private record Parsed(Info info, int end, boolean clean) {}

  private static Parsed parse(byte[] b) throws Unreadable {
    if (b == null || b.length == 0)
      throw new Unreadable("le fichier est vide", "the file is empty");
    if (b.length > MAX_BYTES)
      throw new Unreadable(
          "le fichier dépasse " + (MAX_BYTES >> 20) + " Mo",
          "the file exceeds " + (MAX_BYTES >> 20) + " MB");
    if (isPng(b)) return png(b);
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return jpeg(b);
    if (isGif(b)) return gif(b);
    String other = otherFormat(b);
    throw new Unreadable(
        (other == null
                ? "ce n'est pas une image PNG, JPEG ou GIF"
                : "c'est " + other.split("\\|")[0])
            + " ; enregistrez-la en PNG ou en JPEG",
        (other == null ? "it is not a PNG, JPEG or GIF image" : "it is " + other.split("\\|")[1])
            + "; save it as PNG or JPEG");
  }

  /** A format recognised only to name it in the message ("fr|en"), or null. */
  private static String otherFormat(byte[] b) {
    String head =
        new String(b, 0, Math.min(b.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg")))
      return "une image SVG (refusée : elle peut contenir du code)|an SVG image (refused: it can"
          + " carry code)";
    if (head.startsWith("%PDF")) return "un PDF|a PDF";
    if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8))
      return "une image WebP|a WebP image";
    if (head.length() >= 12 && head.startsWith("ftyp", 4)) return "une image HEIC|a HEIC image";
    if (head.startsWith("BM")) return "une image BMP|a BMP image";
    if (head.startsWith("II*\0") || head.startsWith("MM\0*")) return "une image TIFF|a TIFF image";
    return null;
  }

  private static Unreadable truncated(String format) {
    return new Unreadable(
        "c'est une image " + format + " tronquée ou abîmée ; enregistrez-la de nouveau",
        "it is a " + format + " image, truncated or damaged; save it again");
  }

  /** PNG chunks kept in documents: the image itself and fixed-size colour and density facts. */
  private static final Set<String> PNG_KEPT =
      Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND", "gAMA", "cHRM", "sRGB", "pHYs");

  private static Parsed png(byte[] b) throws Unreadable {
    int at = 8;
    int width = -1, height = -1;
    boolean idat = false, clean = true;
    while (true) {
      Deadline.check();
      if (at + 12 > b.length) throw truncated("PNG");
      long len = u32(b, at);
      String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (len > b.length - at - 12L) throw truncated("PNG");
      if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
        throw truncated("PNG");
      if (at == 8) {
        if (!type.equals("IHDR") || len != 13) throw truncated("PNG");
        long w = u32(b, at + 8), h = u32(b, at + 12);
        int depth = b[at + 16] & 0xFF, colour = b[at + 17] & 0xFF;
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE)
          throw truncated("PNG");
        if (!validPng(depth, colour)
            || b[at + 18] != 0
            || b[at + 19] != 0
            || (b[at + 20] & 0xFF) > 1) throw truncated("PNG");
        width = (int) w;
        height = (int) h;
      }
      if (type.equals("IDAT")) idat = true;
      if (!PNG_KEPT.contains(type)) clean = false;
      at += 12 + (int) len;
      if (type.equals("IEND")) break;
    }
    if (!idat) throw truncated("PNG");
    return new Parsed(new Info(PNG, width, height), at, clean && at == b.length);
  }

  private static boolean validPng(int depth, int colour) {
    return switch (colour) {
      case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
      case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
      case 2, 4, 6 -> depth == 8 || depth == 16;
      default -> false;
    };
  }

  private static Parsed jpeg(byte[] b) throws Unreadable {
    int at = 2;
    int width = -1, height = -1, scans = 0;
    while (true) {
      Deadline.check();
      if (at + 2 > b.length) throw truncated("JPEG");
      if ((b[at] & 0xFF) != 0xFF) throw truncated("JPEG");
      int marker = b[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9) { // end of image
        if (width < 0) throw truncated("JPEG");
        at += 2;
        break;
      }
      if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2;
        continue;
      }
      if (at + 4 > b.length) throw truncated("JPEG");
      int len = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
      if (len < 2 || at + 2 + len > b.length) throw truncated("JPEG");
      boolean sof =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) {
        if (width >= 0 || len < 8) throw truncated("JPEG");
        if (marker > 0xC2)
          throw new Unreadable(
              "c'est une image JPEG d'un type rare (sans perte, hiérarchique ou arithmétique) ;"
                  + " enregistrez-la en JPEG ordinaire ou en PNG",
              "it is a JPEG image of a rare kind (lossless, hierarchical or arithmetic); save it as an"
                  + " ordinary JPEG or as PNG");
        height = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
        width = ((b[at + 7] & 0xFF) << 8) | (b[at + 8] & 0xFF);
        if (width == 0 || height == 0) throw truncated("JPEG");
      }
      at += 2 + len;
      if (marker == 0xDA) { // start of scan: entropy-coded data up to the next marker
        if (width < 0) throw truncated("JPEG");
        if (++scans > MAX_JPEG_SCANS)
          throw new Unreadable(
              "c'est une image JPEG en plus de "
                  + MAX_JPEG_SCANS
                  + " passes ; enregistrez-la de nouveau",
              "it is a JPEG image in more than " + MAX_JPEG_SCANS + " scans; save it again");
        while (true) {
          if (at + 1 >= b.length) throw truncated("JPEG");
          if ((b[at] & 0xFF) == 0xFF) {
            int next = b[at + 1] & 0xFF;
            if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) break;
          }
          at++;
        }
      }
    }
    return new Parsed(new Info(JPEG, width, height), at, at == b.length);
  }

  private static Parsed gif(byte[] b) throws Unreadable {
    if (b.length < 13) throw truncated("GIF");
    int width = u16le(b, 6), height = u16le(b, 8);
    int at = 13;
    if ((b[10] & 0x80) != 0) at += 3 * (1 << ((b[10] & 7) + 1));
    int frames = 0;
    int maxW = width, maxH = height;
    while (true) {
      Deadline.check();
      if (at >= b.length) throw truncated("GIF");
      int block = b[at] & 0xFF;
      if (block == 0x3B) {
        at++;
        break;
      }
      if (block == 0x21) { // extension: label, then sub-blocks
        at = subBlocks(b, at + 2);
      } else if (block == 0x2C) { // an image: descriptor, colour table, code size, sub-blocks
        if (at + 10 > b.length) throw truncated("GIF");
        int w = u16le(b, at + 5), h = u16le(b, at + 7);
        int flags = b[at + 9] & 0xFF;
        at += 10;
        if ((flags & 0x80) != 0) at += 3 * (1 << ((flags & 7) + 1));
        if (at >= b.length) throw truncated("GIF");
        int codeSize = b[at] & 0xFF;
        if (codeSize < 1 || codeSize > 11) throw truncated("GIF");
        at = subBlocks(b, at + 1);
        if (w == 0 || h == 0) throw truncated("GIF");
        maxW = Math.max(maxW, w);
        maxH = Math.max(maxH, h);
        frames++;
      } else {
        throw truncated("GIF");
      }
    }
    if (frames == 0) throw truncated("GIF");
    // the larger of the screen and every frame: what a decoder may have to hold
    Info info = new Info(GIF, maxW, maxH);
    return new Parsed(info, at, false);
  }

  private static int subBlocks(byte[] b, int at) throws Unreadable {
    while (true) {
      if (at >= b.length) throw truncated("GIF");
      int n = b[at] & 0xFF;
      at += 1 + n;
      if (n == 0) return at;
    }
  }

  private static long u32(byte[] b, int at) {
    return ((long) (b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }

  private static int u16le(byte[] b, int at) {
    return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
  }

  // ------------------------------------------------------------------ bytes for documents

  /**
   * The bytes a writer embeds for image {@code b}: PNG or JPEG, at most {@link #DOCUMENT_SIDE}
   * pixels a side; empty when refused (not an accepted format, malformed, or beyond the limits:
   * then no decoder ever sees it). Bytes already fit for documents come back as they are (the same
   * array); a larger image is reduced, deterministically (same input, same bytes).
   */
  public static Optional<byte[]> forDocuments(byte[] b) {
    Parsed parsed;
    try {
      parsed = parse(b);
    } catch (Unreadable e) {
      return Optional.empty();
    }
    Info info = parsed.info;
    if (info.tooLarge()) return Optional.empty();
    try {
      return switch (info.mime()) {
        case PNG -> {
          byte[] kept = parsed.clean ? b : pngKept(b);
          yield Optional.of(info.reduced() ? reduce(kept, info, PNG) : kept);
        }
        case JPEG -> {
          byte[] own = parsed.clean ? b : Arrays.copyOf(b, parsed.end);
          if (!info.reduced()) yield Optional.of(own);
          try {
            yield Optional.of(reduce(own, info, JPEG));
          } catch (IOException | RuntimeException e) {
            // e.g. CMYK, which ImageIO cannot decode: embedded as is (no writer decodes a JPEG)
            yield Optional.of(own);
          }
        }
        default -> Optional.of(reduce(b, info, PNG)); // GIF: its first frame, as PNG
      };
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // cannot be decoded: shown as a missing image
    }
  }

  /** The PNG with only the chunks of {@link #PNG_KEPT}, nothing after IEND. */
  private static byte[] pngKept(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 8);
    int at = 8;
    while (at + 12 <= b.length) {
      int len = (int) u32(b, at);
      String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (PNG_KEPT.contains(type)) out.write(b, at, 12 + len);
      at += 12 + len;
      if (type.equals("IEND")) break;
    }
    return out.toByteArray();
  }

  /**
   * Decodes {@code b} (already probed: within the limits) no larger than twice {@link
   * #DOCUMENT_SIDE} (the decoder subsamples), averages it down to the document size, and encodes it
   * as {@code as} (PNG keeps transparency; JPEG is written at quality 0.9).
   */
  private static byte[] reduce(byte[] b, Info info, String as) throws IOException {
    int longest = Math.max(info.width(), info.height());
    int sub = Math.max(1, (longest + 2 * DOCUMENT_SIDE - 1) / (2 * DOCUMENT_SIDE));
    BufferedImage src = decode(b, info.mime(), sub);
    boolean alpha = PNG.equals(as) && src.getColorModel().hasAlpha();
    BufferedImage img =
        info.reduced()
            ? shrink(src, info.documentWidth(), info.documentHeight(), alpha)
            : copy(src, alpha);
    return encode(img, as);
  }

  private static BufferedImage decode(byte[] b, String mime, int sub) throws IOException {
    ImageReader reader = reader(mime);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(b))) {
      reader.setInput(in, true, true);
      int w = reader.getWidth(0), h = reader.getHeight(0);
      // the decoder's own idea of the size, checked again before it allocates anything
      if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS)
        throw new IOException("image size refused");
      ImageReadParam param = reader.getDefaultReadParam();
      if (sub > 1) param.setSourceSubsampling(sub, sub, 0, 0);
      BufferedImage img = reader.read(0, param);
      if (img == null) throw new IOException("no image");
      return img;
    } finally {
      reader.dispose();
    }
  }

  /** The JDK's own reader of {@code mime} (never a plug-in found on the class path). */
  private static ImageReader reader(String mime) throws IOException {
    ImageReader any = null;
    for (Iterator<ImageReader> it = ImageIO.getImageReadersByMIMEType(mime); it.hasNext(); ) {
      ImageReader r = it.next();
      if (r.getClass().getName().startsWith("com.sun.imageio.plugins.")) return r;
      if (any == null) any = r;
    }
    if (any == null) throw new IOException("no reader for " + mime);
    return any;
  }

  private static ImageWriter writer(String mime) throws IOException {
    ImageWriter any = null;
    for (Iterator<ImageWriter> it = ImageIO.getImageWritersByMIMEType(mime); it.hasNext(); ) {
      ImageWriter w = it.next();
      if (w.getClass().getName().startsWith("com.sun.imageio.plugins.")) return w;
      if (any == null) any = w;
    }
    if (any == null) throw new IOException("no writer for " + mime);
    return any;
  }

  private static byte[] encode(BufferedImage img, String mime) throws IOException {
    ImageWriter writer = writer(mime);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (JPEG.equals(mime)) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
      }
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The image as 8-bit RGB (or ARGB), same size. */
  private static BufferedImage copy(BufferedImage src, boolean alpha) {
    return shrink(src, src.getWidth(), src.getHeight(), alpha);
  }

  /**
   * Area average of {@code src} into {@code tw} × {@code th} pixels, in integers (deterministic);
   * colours are weighted by their opacity, so that transparent pixels do not darken the edges.
   */
  static BufferedImage shrink(BufferedImage src, int tw, int th, boolean alpha) {
    int sw = src.getWidth(), sh = src.getHeight();
    BufferedImage out =
        new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    int[] x0 = new int[tw], x1 = new int[tw];
    for (int ox = 0; ox < tw; ox++) {
      x0[ox] = (int) ((long) ox * sw / tw);
      x1[ox] = Math.max(x0[ox] + 1, (int) ((long) (ox + 1) * sw / tw));
    }
    int[] row = new int[sw];
    long[] sa = new long[tw], sr = new long[tw], sg = new long[tw], sb = new long[tw];
    int[] line = new int[tw];
    for (int oy = 0; oy < th; oy++) {
      Deadline.check();
      int y0 = (int) ((long) oy * sh / th);
      int y1 = Math.max(y0 + 1, (int) ((long) (oy + 1) * sh / th));
      Arrays.fill(sa, 0);
      Arrays.fill(sr, 0);
      Arrays.fill(sg, 0);
      Arrays.fill(sb, 0);
      for (int y = y0; y < y1; y++) {
        rgbRow(src, y, row);
        for (int ox = 0; ox < tw; ox++) {
          long a = 0, r = 0, g = 0, bl = 0;
          for (int x = x0[ox]; x < x1[ox]; x++) {
            int p = row[x];
            int pa = alpha ? (p >>> 24) : 255;
            a += pa;
            r += (long) ((p >> 16) & 0xFF) * pa;
            g += (long) ((p >> 8) & 0xFF) * pa;
            bl += (long) (p & 0xFF) * pa;
          }
          sa[ox] += a;
          sr[ox] += r;
          sg[ox] += g;
          sb[ox] += bl;
        }
      }
      for (int ox = 0; ox < tw; ox++) {
        long n = (long) (x1[ox] - x0[ox]) * (y1 - y0);
        long a = sa[ox];
        int pa = (int) ((a + n / 2) / n);
        int r = a == 0 ? 0 : (int) ((sr[ox] + a / 2) / a);
        int g = a == 0 ? 0 : (int) ((sg[ox] + a / 2) / a);
        int bl = a == 0 ? 0 : (int) ((sb[ox] + a / 2) / a);
        line[ox] = (alpha ? pa << 24 : 0xFF000000) | (r << 16) | (g << 8) | bl;
      }
      out.setRGB(0, oy, tw, 1, line, 0, tw);
    }
    return out;
  }

  /**
   * One row of {@code img} as sRGB ints. Grey images are read from their samples: converting Java's
   * linear grey colour space would lighten them.
   */
  private static void rgbRow(BufferedImage img, int y, int[] out) {
    ColorModel cm = img.getColorModel();
    int w = img.getWidth();
    if (cm instanceof ComponentColorModel && cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
      Raster r = img.getRaster();
      int bands = r.getNumBands();
      int bits = cm.getComponentSize(0);
      int[] s = r.getPixels(0, y, w, 1, (int[]) null);
      for (int x = 0; x < w; x++) {
        int g = to8(s[x * bands], bits);
        int a = bands > 1 ? to8(s[x * bands + 1], cm.getComponentSize(1)) : 255;
        out[x] = (a << 24) | (g << 16) | (g << 8) | g;
      }
    } else {
      img.getRGB(0, y, w, 1, out, 0, w);
    }
  }

  private static int to8(int v, int bits) {
    if (bits == 8) return v & 0xFF;
    if (bits > 8) return (v >>> (bits - 8)) & 0xFF;
    return v * 255 / ((1 << bits) - 1);
  }
}

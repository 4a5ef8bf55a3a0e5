package fr.fejdoc.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Image files made for the tests: whole PNG, JPEG and GIF, and hostile ones. */
public final class ImageFiles {
  private ImageFiles() {}

  /** The parts one after the other. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** A grey PNG of {@code w} × {@code h}, made by hand (any header, any data). */
  public static byte[] png(int w, int h) {
    return png(w, h, zlib(new byte[(w + 1) * h]));
  }

  public static byte[] png(int w, int h, byte[] idat) {
    byte[] ihdr = new byte[13];
    int32(ihdr, 0, w);
    int32(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 0; // grey
    return withHeader(ihdr, idat);
  }

  private static byte[] withHeader(byte[] ihdr, byte[] idat) {
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
        chunk("IHDR", ihdr),
        chunk("IDAT", idat),
        chunk("IEND", new byte[0]));
  }

  private static byte[] bomb;

  /**
   * 30000 × 30000 pixels of 1-bit grey, all zero: 110 KB of PNG, 900 megapixels (a decoder would
   * allocate from 112 MB packed to 3.6 GB as ARGB).
   */
  public static synchronized byte[] bomb() {
    if (bomb == null) {
      byte[] ihdr = new byte[13];
      int32(ihdr, 0, 30_000);
      int32(ihdr, 4, 30_000);
      ihdr[8] = 1; // bit depth
      bomb = withHeader(ihdr, zlibZeros(30_000L * (1 + 30_000 / 8 + 1)));
    }
    return bomb.clone();
  }

  /** The zlib stream of {@code n} zero bytes, made without holding them. */
  public static byte[] zlibZeros(long n) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    byte[] zero = new byte[1 << 20];
    byte[] buf = new byte[64 * 1024];
    for (long left = n; left > 0; left -= zero.length) {
      d.setInput(zero, 0, (int) Math.min(zero.length, left));
      while (!d.needsInput()) z.write(buf, 0, d.deflate(buf));
    }
    d.finish();
    while (!d.finished()) z.write(buf, 0, d.deflate(buf));
    d.end();
    return z.toByteArray();
  }

  public static byte[] zlib(byte[] data) {
    Deflater d = new Deflater();
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    while (!d.finished()) z.write(buf, 0, d.deflate(buf));
    d.end();
    return z.toByteArray();
  }

  public static byte[] chunk(String type, byte[] data) {
    byte[] out = new byte[12 + data.length];
    int32(out, 0, data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, out, 4, 4);
    System.arraycopy(data, 0, out, 8, data.length);
    CRC32 crc = new CRC32();
    crc.update(out, 4, 4 + data.length);
    int32(out, 8 + data.length, (int) crc.getValue());
    return out;
  }

  public static void int32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  /** A JPEG photo-like image of {@code w} × {@code h} (gradients and a few strokes). */
  public static byte[] photo(int w, int h) {
    return PHOTOS
        .computeIfAbsent(
            w + "x" + h,
            k -> encode(picture(w, h, java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "jpg"))
        .clone();
  }

  private static final java.util.Map<String, byte[]> PHOTOS =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static byte[] gif(int w, int h) {
    return encode(picture(w, h, java.awt.image.BufferedImage.TYPE_BYTE_INDEXED), "gif");
  }

  public static java.awt.image.BufferedImage picture(int w, int h, int type) {
    var img = new java.awt.image.BufferedImage(w, h, type);
    var g = img.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.WHITE, w, h, java.awt.Color.BLUE));
    g.fillRect(0, 0, w, h);
    g.setColor(java.awt.Color.BLACK);
    g.setStroke(new java.awt.BasicStroke(Math.max(1, w / 200f)));
    for (int i = 0; i < 20; i++) g.drawLine(i * w / 20, h / 4, w - i * w / 40, 3 * h / 4);
    g.dispose();
    return img;
  }

  public static byte[] encode(java.awt.image.BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!javax.imageio.ImageIO.write(img, format, out)) throw new IOException(format);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every variant of {@code b} cut short or with one byte changed: for fuzzing. */
  public static List<byte[]> mutations(byte[] b, int count, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] m = b.clone();
      switch (i % 3) {
        case 0 -> m = java.util.Arrays.copyOf(m, r.nextInt(m.length));
        case 1 -> m[r.nextInt(Math.min(m.length, 64))] = (byte) r.nextInt(256);
        default -> m[r.nextInt(m.length)] = (byte) r.nextInt(256);
      }
      out.add(m);
    }
    return out;
  }
}

package fr.fejdoc.write.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Streams whose bytes recur from document to document, deflated once: a font's subset program and
 * its ToUnicode map are the same whenever two documents use the same glyphs of the same font (the
 * annexes of two projects, the headings of the FEJ's fixed texts). Each is deflated on its first
 * use and kept, least recently used first out, within {@link #MAX_ENTRIES} streams and {@link
 * #MAX_BYTES} bytes; shared by the layout threads. The bytes given back are the same as a fresh
 * deflate's at the same level: a kept stream changes the time, never the file.
 */
final class SharedStreams {

  /** At most this many streams are kept. */
  static final int MAX_ENTRIES = 256;

  /** At most this many bytes (plain and deflated) are kept, about 300 font subsets' worth. */
  static final long MAX_BYTES = 16L << 20;

  /** A stream longer than this is deflated and not kept. */
  static final int MAX_STREAM = 1 << 20;

  private static final Map<Key, byte[]> KEPT = new LinkedHashMap<>(64, 0.75f, true);

  private static long keptBytes;

  private SharedStreams() {}

  /** {@code plain} deflated at {@code level} (a zlib stream); never to be changed by the caller. */
  static byte[] deflate(byte[] plain, int level) {
    if (plain.length > MAX_STREAM) return deflateNow(plain, level);
    Key key = new Key(plain, level);
    synchronized (KEPT) {
      byte[] z = KEPT.get(key);
      if (z != null) return z;
    }
    byte[] z = deflateNow(plain, level);
    synchronized (KEPT) {
      if (KEPT.putIfAbsent(key, z) == null) keptBytes += plain.length + z.length;
      Iterator<Map.Entry<Key, byte[]>> oldest = KEPT.entrySet().iterator();
      while ((KEPT.size() > MAX_ENTRIES || keptBytes > MAX_BYTES) && oldest.hasNext()) {
        Map.Entry<Key, byte[]> e = oldest.next();
        keptBytes -= e.getKey().plain.length + e.getValue().length;
        oldest.remove();
      }
    }
    return z;
  }

  /** Whether {@code plain} is kept deflated at {@code level} (for tests; keeps nothing). */
  static boolean isKept(byte[] plain, int level) {
    synchronized (KEPT) {
      return KEPT.containsKey(new Key(plain, level));
    }
  }

  /** How many streams are kept (for tests). */
  static int kept() {
    synchronized (KEPT) {
      return KEPT.size();
    }
  }

  private static byte[] deflateNow(byte[] plain, int level) {
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(plain);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
      byte[] buf = new byte[Math.min(64 * 1024, plain.length + 64)];
      while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** A stream's plain bytes and its level, compared by content. */
  private static final class Key {
    final byte[] plain;
    final int level;
    final int hash;

    Key(byte[] plain, int level) {
      this.plain = plain;
      this.level = level;
      this.hash = 31 * Arrays.hashCode(plain) + level;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.hash == hash
          && k.level == level
          && Arrays.equals(k.plain, plain);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

package fr.fejdoc.write.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes two writes of the same tree give the same bytes: dates from {@code SOURCE_DATE_EPOCH}
 * (or the system property {@value #PROPERTY}, read first) and never from the clock; font subset
 * prefixes drawn from a generator seeded per document instead of OpenPDF's {@link SecureRandom};
 * and a file identifier computed from the content.
 */
final class Determinism {
  /** System property holding seconds since the epoch; wins over the environment variable. */
  static final String PROPERTY = "fejdoc.sourceDateEpoch";

  static final String ENV = "SOURCE_DATE_EPOCH";

  /** 2000-01-01T00:00:00Z: the date of a document when no source date is given. */
  static final long DEFAULT_EPOCH = 946_684_800L;

  /** Given to every font: its prefixes depend only on {@link #seed} and the order of calls. */
  static final SecureRandom SUBSET_PREFIXES = new PrefixRandom();

  private static final ThreadLocal<long[]> STATE = ThreadLocal.withInitial(() -> new long[1]);

  private Determinism() {}

  /** The creation and modification date of every document written now. */
  static Calendar date() {
    long seconds = DEFAULT_EPOCH;
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) value = System.getenv(ENV);
    if (value != null && !value.isBlank()) {
      try {
        seconds = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        seconds = DEFAULT_EPOCH; // as reproducible-builds.org asks: ignore a malformed value
      }
    }
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.setTimeInMillis(Instant.ofEpochSecond(seconds).toEpochMilli());
    return c;
  }

  /**
   * Starts the subset-prefix sequence of the document about to be written on this thread (fonts are
   * written by the thread that closes the document).
   */
  static void seed(String text) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 0x100000001B3L;
    STATE.get()[0] = h;
  }

  /**
   * Replaces the random trailer {@code /ID} written by OpenPDF with the MD5 of the file computed
   * with the identifier zeroed: same content, same identifier (ISO 32000 14.4 only asks that it
   * identify the file). The identifier has a fixed length, so no offset moves.
   */
  static byte[] fixFileId(byte[] pdf) {
    int at = lastIndexOf(pdf, "/ID [<".getBytes(StandardCharsets.ISO_8859_1));
    if (at < 0) return pdf;
    int first = at + 6;
    int second = indexOf(pdf, (byte) '<', first) + 1;
    int end1 = indexOf(pdf, (byte) '>', first);
    int end2 = indexOf(pdf, (byte) '>', second);
    if (second <= 0 || end1 < 0 || end2 < 0 || end1 - first != end2 - second) return pdf;
    for (int i = first; i < end1; i++) pdf[i] = '0';
    for (int i = second; i < end2; i++) pdf[i] = '0';
    String hex = hex(md5(pdf));
    int n = Math.min(hex.length(), end1 - first);
    for (int i = 0; i < n; i++) {
      pdf[first + i] = (byte) hex.charAt(i);
      pdf[second + i] = (byte) hex.charAt(i);
    }
    return pdf;
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder(bytes.length * 2);
    for (byte x : bytes) b.append(String.format(Locale.ROOT, "%02X", x & 0xFF));
    return b.toString();
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) if (a[i] == b) return i;
    return -1;
  }

  private static int lastIndexOf(byte[] a, byte[] needle) {
    outer:
    for (int i = a.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) if (a[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }

  /**
   * OpenPDF draws each subset prefix's six letters with {@code nextDouble()}: this generator
   * answers from a per-thread SplitMix64 sequence started by {@link #seed}.
   */
  private static final class PrefixRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    @Override
    public double nextDouble() {
      long[] s = STATE.get();
      long z = (s[0] += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (z >>> 11) * 0x1.0p-53;
    }
  }
}

package fr.fejdoc.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What the Office Open XML writers share: silent logging for Apache POI (the XLSX writer, the
 * catalogue's workbook and the importer use it; the DOCX writer writes its parts itself), fixed
 * dates, reproducible zip bytes of a POI-written package, and text XML can hold.
 */
public final class Ooxml {

  /** The date written when SOURCE_DATE_EPOCH is not given: 2000-01-01T00:00:00Z. */
  static final Instant DEFAULT_DATE = Instant.parse("2000-01-01T00:00:00Z");

  static {
    quietLogging();
  }

  private Ooxml() {}

  /**
   * Routes POI's log4j-api calls to log4j's own simple logger, switched off, and quiets SLF4J's own
   * notices, so that no "could not find a logging provider" line reaches stderr. Properties already
   * set by the user are kept.
   */
  public static void quietLogging() {
    setIfAbsent(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    // PDFBox logs through commons-logging, bridged to SLF4J without a provider: no "No SLF4J
    // providers were found" lines on stderr either
    setIfAbsent("slf4j.internal.verbosity", "ERROR");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) System.setProperty(key, value);
  }

  /**
   * The date stamped in documents: the system property {@code fejdoc.sourceDateEpoch}, else the
   * environment variable {@code SOURCE_DATE_EPOCH} (seconds since 1970), else 2000-01-01.
   */
  public static Instant timestamp() {
    String raw = System.getProperty("fejdoc.sourceDateEpoch");
    if (raw == null || raw.isBlank()) raw = System.getenv("SOURCE_DATE_EPOCH");
    if (raw != null && !raw.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(raw.strip()));
      } catch (NumberFormatException e) {
        // an unreadable value falls back to the fixed date
      }
    }
    return DEFAULT_DATE;
  }

  /** Sets the core properties every document carries, with the fixed creation date. */
  public static void properties(
      POIXMLDocument document, String title, String author, String subject, String keywords) {
    POIXMLProperties props = document.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    Date date = Date.from(timestamp());
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    if (!blank(title)) core.setTitle(clean(title));
    core.setCreator(blank(author) ? "fejdoc" : clean(author));
    core.setLastModifiedByUser("fejdoc");
    if (!blank(subject)) core.setSubjectProperty(clean(subject));
    if (!blank(keywords)) core.setKeywords(clean(keywords));
    core.getUnderlyingProperties().setLanguageProperty("fr-FR");
    props.getExtendedProperties().getUnderlyingProperties().setApplication("fejdoc");
  }

  /** Writes a POI document and returns reproducible bytes (see {@link #normalize}). */
  public static byte[] bytes(POIXMLDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      document.write(out);
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return normalize(out.toByteArray());
  }

  /**
   * Rewrites a zip with fixed entry times (those of {@link #timestamp()}, no extra fields), the
   * content types first, then the other entries by name: the same parts give the same bytes.
   */
  public static byte[] normalize(byte[] zip) {
    record Part(String name, byte[] data) {}
    List<Part> parts = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.isDirectory()) parts.add(new Part(e.getName(), in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parts.sort(
        Comparator.comparing((Part p) -> !p.name().equals("[Content_Types].xml"))
            .thenComparing(p -> !p.name().startsWith("_rels/"))
            .thenComparing(Part::name));
    fr.fejdoc.write.odf.PackageZip out = new fr.fejdoc.write.odf.PackageZip(zip.length + 1024);
    for (Part p : parts) out.add(p.name(), p.data());
    return out.bytes();
  }

  /** The text without the characters XML 1.0 cannot hold (controls, lone surrogates), stripped. */
  public static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        b.append(c);
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        continue;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(c).append(s.charAt(++i));
        }
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

package fr.fejdoc.write.docx;

import java.time.Instant;

/**
 * Silent logging for Apache POI and PDFBox (the importer reads DOCX with POI, and PDFs with PDFBox;
 * no writer uses POI any more), and the fixed date stamped in every document.
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
}

package fr.fejdoc.write.odf;

import fr.fejdoc.write.docx.Ooxml;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenDocument package (ODT, ODS) written byte for byte the same for the same parts: {@code
 * mimetype} first and stored (uncompressed, no extra field, as ODF 1.3 part 2 §3.3 asks), then the
 * parts in the order they were added, then {@code meta.xml} and {@code META-INF/manifest.xml};
 * every entry carries the time of {@code SOURCE_DATE_EPOCH} (system property {@code
 * fejdoc.sourceDateEpoch} first, else 2000-01-01, as the DOCX and PDF writers do).
 *
 * <pre>{@code
 * OdfPackage p = new OdfPackage(OdfPackage.TEXT);
 * p.add("content.xml", "text/xml", contentXml.bytes());
 * p.add("styles.xml", "text/xml", stylesXml.bytes());
 * p.add("Pictures/1.png", "image/png", png);
 * p.meta("Titre du document", "fr-FR");
 * byte[] odt = p.bytes();
 * }</pre>
 */
public final class OdfPackage {

  /** The media type of a text document (ODT). */
  public static final String TEXT = "application/vnd.oasis.opendocument.text";

  /** The media type of a spreadsheet (ODS). */
  public static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

  /** What {@code meta:generator} says. */
  public static final String GENERATOR = "fejdoc";

  private record Part(String path, String mediaType, byte[] data) {}

  private final String mimeType;
  private final List<Part> parts = new ArrayList<>();
  private String title;
  private String subject;
  private String author;
  private List<String> keywords = List.of();
  private String language = "fr-FR";

  /** A package of media type {@code mimeType} ({@link #TEXT}, {@link #SPREADSHEET}). */
  public OdfPackage(String mimeType) {
    this.mimeType = mimeType;
  }

  /**
   * Adds a part at {@code path} (content.xml, styles.xml, settings.xml, Pictures/…); listed in the
   * manifest with {@code mediaType}. Do not add mimetype, meta.xml or the manifest: the package
   * writes them.
   */
  public OdfPackage add(String path, String mediaType, byte[] data) {
    if (path.equals("mimetype") || path.equals("meta.xml") || path.startsWith("META-INF/"))
      throw new IllegalArgumentException("written by the package: " + path);
    parts.add(new Part(path, mediaType, data));
    return this;
  }

  /** The title and language ({@code fr-FR}, {@code en}) written in meta.xml. */
  public OdfPackage meta(String title, String language) {
    this.title = title;
    if (language != null && !language.isBlank()) this.language = language.strip();
    return this;
  }

  /** The subject, initial creator and keywords written in meta.xml (each may be null). */
  public OdfPackage about(String subject, String author, List<String> keywords) {
    this.subject = subject;
    this.author = author;
    this.keywords = keywords == null ? List.of() : keywords;
    return this;
  }

  /** The date stamped in documents (creation and modification): {@code SOURCE_DATE_EPOCH}. */
  public static Instant timestamp() {
    return Ooxml.timestamp();
  }

  /** {@link #timestamp()} as ODF writes dates: {@code 2000-01-01T00:00:00Z}. */
  public static String date() {
    return DateTimeFormatter.ISO_INSTANT.format(timestamp());
  }

  /** The language's ISO 639 part ({@code fr} of {@code fr-FR}). */
  public static String languageOf(String tag) {
    String t = tag == null || tag.isBlank() ? "fr-FR" : tag.strip();
    int dash = t.indexOf('-');
    return dash < 0 ? t : t.substring(0, dash);
  }

  /** The language's country ({@code FR} of {@code fr-FR}), or null. */
  public static String countryOf(String tag) {
    String t = tag == null || tag.isBlank() ? "fr-FR" : tag.strip();
    int dash = t.indexOf('-');
    return dash < 0 ? null : t.substring(dash + 1);
  }

  /** The package's bytes. */
  public byte[] bytes() {
    int size = 4096;
    for (Part p : parts) size += p.data().length / 3;
    PackageZip z = new PackageZip(size);
    z.stored("mimetype", mimeType.getBytes(StandardCharsets.US_ASCII));
    for (Part p : parts) z.add(p.path(), p.data());
    z.add("meta.xml", metaXml());
    z.add("META-INF/manifest.xml", manifestXml());
    return z.bytes();
  }

  private byte[] manifestXml() {
    OdfXml x = new OdfXml(1024);
    x.open("manifest:manifest")
        .attr("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
        .attr("manifest:version", OdfXml.VERSION);
    x.empty(
        "manifest:file-entry",
        "manifest:full-path",
        "/",
        "manifest:version",
        OdfXml.VERSION,
        "manifest:media-type",
        mimeType);
    for (Part p : parts) {
      x.empty(
          "manifest:file-entry",
          "manifest:full-path",
          p.path(),
          "manifest:media-type",
          p.mediaType());
    }
    x.empty(
        "manifest:file-entry", "manifest:full-path", "meta.xml", "manifest:media-type", "text/xml");
    x.close();
    return x.bytes();
  }

  private byte[] metaXml() {
    OdfXml x = new OdfXml(1024);
    x.open("office:document-meta")
        .attr("xmlns:office", OdfXml.NS_OFFICE)
        .attr("xmlns:meta", OdfXml.NS_META)
        .attr("xmlns:dc", OdfXml.NS_DC)
        .attr("office:version", OdfXml.VERSION);
    x.open("office:meta");
    x.open("meta:generator").text(GENERATOR).close();
    if (!blank(title)) x.open("dc:title").text(OdfXml.clean(title).strip()).close();
    if (!blank(subject)) x.open("dc:subject").text(OdfXml.clean(subject).strip()).close();
    for (String k : keywords)
      if (!blank(k)) x.open("meta:keyword").text(OdfXml.clean(k).strip()).close();
    if (!blank(author)) x.open("meta:initial-creator").text(OdfXml.clean(author).strip()).close();
    String date = date();
    x.open("meta:creation-date").text(date).close();
    x.open("dc:date").text(date).close();
    x.open("dc:language").text(language).close();
    x.close().close();
    return x.bytes();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

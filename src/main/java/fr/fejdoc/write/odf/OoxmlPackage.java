package fr.fejdoc.write.odf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Office Open XML package (XLSX; DOCX may use it too) written directly, the same bytes for the
 * same parts: {@code [Content_Types].xml}, {@code _rels/.rels}, the core and extended properties
 * ({@code docProps/}) dated {@code SOURCE_DATE_EPOCH}, then the parts in the order they were added,
 * each followed by its relationships. XML through {@link OdfXml}, the zip through {@link Zip}.
 *
 * <pre>{@code
 * OoxmlPackage p = new OoxmlPackage();
 * p.add("xl/workbook.xml", WORKBOOK_TYPE, workbookXml);
 * p.relate("", OoxmlPackage.OFFICE_DOCUMENT, "xl/workbook.xml");
 * p.relate("xl/workbook.xml", WORKSHEET, "worksheets/sheet1.xml"); // "rId1"
 * p.properties("Titre", "Auteur", null, null, "fr-FR");
 * byte[] xlsx = p.bytes();
 * }</pre>
 */
public final class OoxmlPackage {

  public static final String RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  public static final String OFFICE_DOCUMENT = RELS + "/officeDocument";
  private static final String CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

  private record Part(String path, String contentType, byte[] data) {}

  private record Rel(String id, String type, String target, boolean external) {
    Rel(String id, String type, String target) {
      this(id, type, target, false);
    }
  }

  private final List<Part> parts = new ArrayList<>();
  private final Map<String, List<Rel>> rels = new LinkedHashMap<>();
  private String[] properties;

  /**
   * Adds a part at {@code path} (no leading slash) of {@code contentType}; a null type: the part is
   * typed by its extension (images: png, jpeg).
   */
  public OoxmlPackage add(String path, String contentType, byte[] data) {
    parts.add(new Part(path, contentType, data));
    return this;
  }

  /**
   * Relates part {@code source} ("" for the package) to {@code target} (relative to the source's
   * folder); returns the relationship's id, {@code rId1}, {@code rId2}… in order per source.
   */
  public String relate(String source, String type, String target) {
    List<Rel> list = rels.computeIfAbsent(source, k -> new ArrayList<>());
    String id = "rId" + (list.size() + 1);
    list.add(new Rel(id, type, target));
    return id;
  }

  /** Relates part {@code source} to an address outside the package (a web link). */
  public String relateExternal(String source, String type, String target) {
    List<Rel> list = rels.computeIfAbsent(source, k -> new ArrayList<>());
    String id = "rId" + (list.size() + 1);
    list.add(new Rel(id, type, target, true));
    return id;
  }

  /** The core properties (each may be null; the creator defaults to fejdoc). */
  public OoxmlPackage properties(
      String title, String author, String subject, String keywords, String language) {
    properties = new String[] {title, author, subject, keywords, language};
    return this;
  }

  /** The package's bytes. */
  public byte[] bytes() {
    List<Part> all = new ArrayList<>();
    List<Rel> root = new ArrayList<>(rels.getOrDefault("", List.of()));
    if (properties != null) {
      all.add(
          new Part(
              "docProps/core.xml",
              "application/vnd.openxmlformats-package.core-properties+xml",
              coreXml()));
      all.add(
          new Part(
              "docProps/app.xml",
              "application/vnd.openxmlformats-officedocument.extended-properties+xml",
              appXml()));
      root.add(
          new Rel(
              "rId" + (root.size() + 1),
              "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
              "docProps/core.xml"));
      root.add(
          new Rel("rId" + (root.size() + 1), RELS + "/extended-properties", "docProps/app.xml"));
    }
    all.addAll(parts);
    List<Zip.Entry> entries = new ArrayList<>();
    entries.add(new Zip.Entry("[Content_Types].xml", contentTypes(all)));
    entries.add(new Zip.Entry("_rels/.rels", relsXml(root)));
    for (Part p : all) {
      entries.add(new Zip.Entry(p.path(), p.data()));
      List<Rel> own = rels.get(p.path());
      if (own != null) entries.add(new Zip.Entry(relsPath(p.path()), relsXml(own)));
    }
    return Zip.of(entries);
  }

  private static String relsPath(String path) {
    int slash = path.lastIndexOf('/');
    return path.substring(0, slash + 1) + "_rels/" + path.substring(slash + 1) + ".rels";
  }

  private byte[] contentTypes(List<Part> all) {
    OdfXml x = new OdfXml(2048);
    x.open("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    x.empty("Default", "Extension", "rels", "ContentType", CT_RELS);
    x.empty("Default", "Extension", "xml", "ContentType", "application/xml");
    java.util.Set<String> byExtension = new java.util.TreeSet<>();
    for (Part p : all)
      if (p.contentType() == null)
        byExtension.add(p.path().substring(p.path().lastIndexOf('.') + 1));
    for (String ext : byExtension)
      x.empty(
          "Default",
          "Extension",
          ext,
          "ContentType",
          ext.equals("png") ? "image/png" : "image/jpeg");
    for (Part p : all)
      if (p.contentType() != null)
        x.empty("Override", "PartName", "/" + p.path(), "ContentType", p.contentType());
    x.close();
    return x.bytes();
  }

  private static byte[] relsXml(List<Rel> list) {
    OdfXml x = new OdfXml(1024);
    x.open("Relationships")
        .attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    for (Rel r : list) {
      if (r.external())
        x.empty(
            "Relationship",
            "Id",
            r.id(),
            "Type",
            r.type(),
            "Target",
            r.target(),
            "TargetMode",
            "External");
      else x.empty("Relationship", "Id", r.id(), "Type", r.type(), "Target", r.target());
    }
    x.close();
    return x.bytes();
  }

  private byte[] coreXml() {
    String date = OdfPackage.date();
    OdfXml x = new OdfXml(1024);
    x.open("cp:coreProperties")
        .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        .attr("xmlns:dc", OdfXml.NS_DC)
        .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
        .attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    element(x, "dc:title", properties[0]);
    element(x, "dc:subject", properties[2]);
    element(x, "dc:creator", blank(properties[1]) ? "fejdoc" : properties[1]);
    element(x, "cp:keywords", properties[3]);
    element(x, "cp:lastModifiedBy", "fejdoc");
    element(x, "dc:language", blank(properties[4]) ? "fr-FR" : properties[4]);
    x.open("dcterms:created").attr("xsi:type", "dcterms:W3CDTF").text(date).close();
    x.open("dcterms:modified").attr("xsi:type", "dcterms:W3CDTF").text(date).close();
    x.close();
    return x.bytes();
  }

  private static void element(OdfXml x, String name, String value) {
    String v = OdfXml.clean(value).strip();
    if (!v.isEmpty()) x.open(name).text(v).close();
  }

  private static byte[] appXml() {
    OdfXml x = new OdfXml(512);
    x.open("Properties")
        .attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    x.open("Application").text(OdfPackage.GENERATOR).close();
    x.close();
    return x.bytes();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

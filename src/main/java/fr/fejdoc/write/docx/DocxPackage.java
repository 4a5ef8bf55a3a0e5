package fr.fejdoc.write.docx;

import fr.fejdoc.write.odf.OdfPackage;
import fr.fejdoc.write.odf.PackageZip;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of one Word package and their relationships, written as an Office Open XML zip: {@code
 * [Content_Types].xml} first, then {@code _rels/.rels}, then the other parts by name (as the
 * POI-written packages were), with the fixed dates of {@link PackageZip}.
 */
final class DocxPackage {
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  /** A part's relationships, numbered rId1, rId2... in order of creation. */
  static final class Rels {
    private final StringBuilder xml = new StringBuilder(512);
    private int next = 1;

    String add(String type, String target, boolean external) {
      String id = "rId" + next++;
      xml.append("<Relationship Id=\"").append(id).append("\" Target=\"");
      DocxXml.esc(xml, target);
      xml.append('"');
      if (external) xml.append(" TargetMode=\"External\"");
      xml.append(" Type=\"").append(type).append("\"/>");
      return id;
    }

    boolean isEmpty() {
      return next == 1;
    }

    byte[] bytes() {
      return (DocxXml.DECLARATION
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + xml
              + "</Relationships>")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private record Part(String name, byte[] data) {}

  private final List<Part> parts = new ArrayList<>();
  private final StringBuilder overrides = new StringBuilder(2048);
  private boolean png;
  private boolean jpeg;
  private int headers;
  private int footers;
  private int images;

  /** The relationships of word/document.xml and of word/footnotes.xml. */
  final Rels document = new Rels();

  final Rels footnotes = new Rels();

  /** Adds a part of the word/ folder, listed in the content types with {@code type}. */
  void add(String name, String type, byte[] data) {
    parts.add(new Part("word/" + name, data));
    if (type != null) override("/word/" + name, type);
  }

  private void override(String partName, String type) {
    overrides
        .append("<Override ContentType=\"")
        .append(type)
        .append("\" PartName=\"")
        .append(partName)
        .append("\"/>");
  }

  /** Adds a header or footer part; returns the relationship id from the document. */
  String headerFooter(boolean header, byte[] xml) {
    String name = header ? "header" + ++headers + ".xml" : "footer" + ++footers + ".xml";
    add(name, CT + (header ? "header+xml" : "footer+xml"), xml);
    return document.add(REL + (header ? "header" : "footer"), name, false);
  }

  /** Adds an image (PNG when {@code isPng}, else JPEG); returns its relationship id. */
  String image(byte[] data, boolean isPng) {
    String name = "media/image" + ++images + (isPng ? ".png" : ".jpeg");
    if (isPng) png = true;
    else jpeg = true;
    add(name, null, data);
    return document.add(REL + "image", name, false);
  }

  /** The zip, with the package relationships, document properties and content types. */
  byte[] bytes(byte[] documentXml, String title, String author, String subject, String keywords) {
    add("document.xml", CT + "document.main+xml", documentXml);
    add("_rels/document.xml.rels", null, document.bytes());
    if (!footnotes.isEmpty()) add("_rels/footnotes.xml.rels", null, footnotes.bytes());
    parts.add(new Part("docProps/core.xml", core(title, author, subject, keywords)));
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    parts.add(
        new Part(
            "docProps/app.xml",
            (DocxXml.DECLARATION
                    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "extended-properties\"><Application>fejdoc</Application></Properties>")
                .getBytes(StandardCharsets.UTF_8)));
    override(
        "/docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    Rels root = new Rels();
    root.add(REL + "officeDocument", "word/document.xml", false);
    root.add(REL + "extended-properties", "docProps/app.xml", false);
    root.add(
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
        false);
    parts.sort(Comparator.comparing(Part::name));
    int size = 1024;
    for (Part p : parts) size += p.data().length / 3;
    PackageZip zip = new PackageZip(size);
    zip.add("[Content_Types].xml", contentTypes());
    zip.add("_rels/.rels", root.bytes());
    for (Part p : parts) zip.add(p.name(), p.data());
    return zip.bytes();
  }

  private byte[] contentTypes() {
    StringBuilder x = new StringBuilder(2048);
    x.append(DocxXml.DECLARATION)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    if (jpeg) x.append("<Default ContentType=\"image/jpeg\" Extension=\"jpeg\"/>");
    if (png) x.append("<Default ContentType=\"image/png\" Extension=\"png\"/>");
    x.append(
            "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\""
                + " Extension=\"rels\"/>")
        .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
        .append(overrides)
        .append("</Types>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** docProps/core.xml: title, creator, subject, keywords, language and the fixed dates. */
  private static byte[] core(String title, String author, String subject, String keywords) {
    String date = DateTimeFormatter.ISO_INSTANT.format(OdfPackage.timestamp());
    StringBuilder x = new StringBuilder(1024);
    x.append(DocxXml.DECLARATION)
        .append(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    x.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
        .append(date)
        .append("</dcterms:created>");
    element(x, "dc:creator", Ooxml.blank(author) ? "fejdoc" : Ooxml.clean(author));
    if (!Ooxml.blank(keywords)) element(x, "cp:keywords", Ooxml.clean(keywords));
    x.append("<dc:language>fr-FR</dc:language>");
    x.append("<cp:lastModifiedBy>fejdoc</cp:lastModifiedBy>");
    x.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
        .append(date)
        .append("</dcterms:modified>");
    if (!Ooxml.blank(subject)) element(x, "dc:subject", Ooxml.clean(subject));
    if (!Ooxml.blank(title)) element(x, "dc:title", Ooxml.clean(title));
    x.append("</cp:coreProperties>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(StringBuilder x, String name, String text) {
    x.append('<').append(name).append('>');
    DocxXml.esc(x, text);
    x.append("</").append(name).append('>');
  }
}

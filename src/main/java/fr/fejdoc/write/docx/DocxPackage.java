package fr.fejdoc.write.docx;

import fr.fejdoc.write.odf.OoxmlPackage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of one Word package and their relationships, given to {@link OoxmlPackage} (the one
 * writer of Office Open XML packages, with the XLSX writer): content types, relationships, the core
 * and extended properties, the reproducible zip. The word/ parts go in by name, as the POI-written
 * packages had them.
 */
final class DocxPackage {
  static final String REL = OoxmlPackage.RELS + "/";
  static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private final OoxmlPackage pkg = new OoxmlPackage();

  /** A part's relationships, numbered rId1, rId2... in order of creation. */
  final class Rels {
    private final String source;

    private Rels(String source) {
      this.source = source;
    }

    String add(String type, String target, boolean external) {
      return external ? pkg.relateExternal(source, type, target) : pkg.relate(source, type, target);
    }
  }

  private record Part(String name, String type, byte[] data) {}

  private final List<Part> parts = new ArrayList<>();
  private int headers;
  private int footers;
  private int images;

  /** The relationships of word/document.xml and of word/footnotes.xml. */
  final Rels document = new Rels("word/document.xml");

  final Rels footnotes = new Rels("word/footnotes.xml");

  /** Adds a part of the word/ folder, listed in the content types with {@code type}. */
  void add(String name, String type, byte[] data) {
    parts.add(new Part("word/" + name, type, data));
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
    add(name, null, data);
    return document.add(REL + "image", name, false);
  }

  /** The zip, with the package relationships, document properties and content types. */
  byte[] bytes(
      byte[] documentXml,
      String title,
      String author,
      String subject,
      String keywords,
      String language) {
    add("document.xml", CT + "document.main+xml", documentXml);
    pkg.relate("", OoxmlPackage.OFFICE_DOCUMENT, "word/document.xml");
    parts.sort(Comparator.comparing(Part::name));
    for (Part p : parts) pkg.add(p.name(), p.type(), p.data());
    pkg.properties(title, author, subject, keywords, language);
    return pkg.bytes();
  }
}

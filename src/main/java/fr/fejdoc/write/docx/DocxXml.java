package fr.fejdoc.write.docx;

import fr.fejdoc.write.odf.OdfXml;

/**
 * The little pieces of WordprocessingML written in many places (namespaces, widths, shading,
 * borders), appended to a {@link StringBuilder}; text and attribute values are escaped by {@link
 * OdfXml#escape(StringBuilder, String)}, the one escaper of the ODF and OOXML writers.
 */
final class DocxXml {
  static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String NS_WP =
      "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  private DocxXml() {}

  /** {@code <name w:val="value"/>}. */
  static void val(StringBuilder out, String name, String value) {
    out.append('<').append(name).append(" w:val=\"");
    OdfXml.escapeAttribute(out, value);
    out.append("\"/>");
  }

  /** {@code <name w:type="dxa" w:w="twips"/>}: a width or a margin. */
  static void width(StringBuilder out, String name, int twips) {
    out.append('<').append(name).append(" w:type=\"dxa\" w:w=\"").append(twips).append("\"/>");
  }

  /** A solid shading of {@code fill} (hex RGB). */
  static void shade(StringBuilder out, String fill) {
    out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
  }

  /** A single border line: {@code size} in eighths of a point. */
  static void border(StringBuilder out, String side, int size, String color) {
    out.append("<w:")
        .append(side)
        .append(" w:val=\"single\" w:sz=\"")
        .append(size)
        .append("\" w:space=\"0\" w:color=\"")
        .append(color)
        .append("\"/>");
  }

  /** The XML as UTF-8 bytes. */
  static byte[] bytes(CharSequence xml) {
    return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Appends {@code s} escaped for text. */
  static StringBuilder esc(StringBuilder out, String s) {
    OdfXml.escape(out, s);
    return out;
  }

  /**
   * Appends {@code s} escaped for a double-quoted attribute value (see {@link
   * OdfXml#escapeAttribute}).
   */
  static StringBuilder attr(StringBuilder out, String s) {
    OdfXml.escapeAttribute(out, s);
    return out;
  }
}

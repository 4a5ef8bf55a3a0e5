package fr.fejdoc.write.docx;

/**
 * A paragraph being written: its properties, set in any order and written in the order the schema
 * asks (CT_PPr: pStyle, keepNext, keepLines, pageBreakBefore, numPr, shd, spacing, ind, jc, rPr,
 * sectPr), and its content (runs, links, bookmarks) appended as XML in {@link #c}. A paragraph is
 * written out by its flow when the next element of the same container starts, or when the container
 * ends, so that a section break can still be set on the last paragraph.
 */
final class DocxPara {
  String style;
  boolean keepNext;
  boolean pageBreakBefore;
  int ilvl = -1;
  int numId;
  String shade;
  int spacingBefore = -1;
  int spacingAfter = -1;
  int spacingLine = -1;
  String lineRule;
  int indLeft = -1;
  int indHanging = -1;
  String jc;

  /** Half-points of the paragraph mark, or 0 (a minimal break carrier is 1 pt). */
  int markSize;

  /** The section properties this paragraph ends, as XML, or null. */
  String sectPr;

  /** The content: runs, hyperlinks and bookmarks. */
  final StringBuilder c = new StringBuilder(128);

  /** Sets the alignment ("center", "right"), replacing any. */
  void jc(String value) {
    if (value != null) jc = value;
  }

  void writeTo(StringBuilder out) {
    out.append("<w:p>");
    boolean props =
        style != null
            || keepNext
            || pageBreakBefore
            || ilvl >= 0
            || shade != null
            || spacingBefore >= 0
            || spacingAfter >= 0
            || spacingLine >= 0
            || indLeft >= 0
            || jc != null
            || markSize > 0
            || sectPr != null;
    if (props) {
      out.append("<w:pPr>");
      if (style != null) DocxXml.val(out, "w:pStyle", style);
      if (keepNext) out.append("<w:keepNext/>");
      if (pageBreakBefore) out.append("<w:pageBreakBefore/>");
      if (ilvl >= 0) {
        out.append("<w:numPr><w:ilvl w:val=\"")
            .append(ilvl)
            .append("\"/><w:numId w:val=\"")
            .append(numId)
            .append("\"/></w:numPr>");
      }
      if (shade != null) DocxXml.shade(out, shade);
      if (spacingBefore >= 0 || spacingAfter >= 0 || spacingLine >= 0) {
        out.append("<w:spacing");
        if (spacingBefore >= 0) out.append(" w:before=\"").append(spacingBefore).append('"');
        if (spacingAfter >= 0) out.append(" w:after=\"").append(spacingAfter).append('"');
        if (spacingLine >= 0) out.append(" w:line=\"").append(spacingLine).append('"');
        if (lineRule != null) out.append(" w:lineRule=\"").append(lineRule).append('"');
        out.append("/>");
      }
      if (indLeft >= 0) {
        out.append("<w:ind w:left=\"").append(indLeft).append('"');
        if (indHanging >= 0) out.append(" w:hanging=\"").append(indHanging).append('"');
        out.append("/>");
      }
      if (jc != null) DocxXml.val(out, "w:jc", jc);
      if (markSize > 0) out.append("<w:rPr><w:sz w:val=\"").append(markSize).append("\"/></w:rPr>");
      if (sectPr != null) out.append(sectPr);
      out.append("</w:pPr>");
    }
    out.append(c);
    out.append("</w:p>");
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import java.util.List;

/**
 * Real footnotes ({@code w:footnote} in the footnotes part, with the separator notes Word expects),
 * numbered by Word in order of reference; ids 1, 2, 3... (the separators are -1 and 0).
 */
final class DocxNotes {
  private static final String SEPARATORS =
      """
      <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" \
      w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
      <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" \
      w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>\
      </w:footnote>""";

  private final DocxRenderer r;

  /** The footnotes part's XML, null until the first note. */
  private StringBuilder part;

  private long nextId = 1;

  DocxNotes(DocxRenderer r) {
    this.r = r;
  }

  /** Writes a note's body and returns its id for the reference. */
  long add(List<Block> content) {
    if (part == null) init();
    long id = nextId++;
    part.append("<w:footnote w:type=\"normal\" w:id=\"").append(id).append("\">");
    DocxFlow flow =
        DocxFlow.nested(
            part,
            r.pkg.footnotes,
            r.page.portraitWidth(),
            new DocxFlow.Defaults(DocxStyles.FOOTNOTE_TEXT, null, Marks.NONE, 0),
            true);
    List<Block> rest = content == null ? List.of() : content;
    DocxPara first = flow.paragraph();
    String style = DocxStyles.FOOTNOTE_TEXT;
    Block.Para lead = null;
    if (!rest.isEmpty() && rest.get(0) instanceof Block.Para p) {
      lead = p;
      rest = rest.subList(1, rest.size());
      String own = DocxStyles.of(p.style());
      if (own != null) style = own;
    }
    first.style = style;
    first
        .c
        .append("<w:r><w:rPr><w:rStyle w:val=\"")
        .append(DocxStyles.FOOTNOTE_REFERENCE)
        .append("\"/></w:rPr><w:footnoteRef/></w:r>");
    DocxRuns.text(first.c, " ", Marks.NONE);
    if (lead != null) r.runs.inlines(first, flow, lead.content(), Marks.NONE);
    r.blocks.blocks(flow, rest);
    flow.close();
    part.append("</w:footnote>");
    return id;
  }

  /** Whether the document has footnotes. */
  boolean used() {
    return part != null;
  }

  /** Adds the footnotes part to the package, when there are notes. */
  void finish(DocxPackage pkg) {
    if (part == null) return;
    part.append("</w:footnotes>");
    pkg.add("footnotes.xml", DocxPackage.CT + "footnotes+xml", DocxXml.bytes(part));
  }

  private void init() {
    part = new StringBuilder(8192);
    part.append(DocxXml.DECLARATION)
        .append("<w:footnotes xmlns:w=\"")
        .append(DocxXml.NS_W)
        .append("\" xmlns:r=\"")
        .append(DocxXml.NS_R)
        .append("\">")
        .append(SEPARATORS);
    r.pkg.document.add(DocxPackage.REL + "footnotes", "footnotes.xml", false);
  }
}

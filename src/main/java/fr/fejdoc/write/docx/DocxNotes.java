package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Real footnotes ({@code w:footnote} in the footnotes part, with the separator notes Word expects),
 * numbered by Word in order of reference.
 */
final class DocxNotes {
  private static final String SEPARATORS =
      """
      <w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" \
      w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
      <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" \
      w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>\
      </w:footnote></w:footnotes>""";

  private final DocxRenderer r;
  private XWPFFootnotes part;

  /**
   * The id of the next note. POI's own {@code createFootnote()} looks for a free id by listing and
   * searching every note already written, which costs quadratic time in the number of notes (23 s
   * for 10,000); the ids are ours to give: 1, 2, 3... as POI gave them (the separators are -1 and
   * 0), so the bytes written stay the same.
   */
  private long nextId = 1;

  DocxNotes(DocxRenderer r) {
    this.r = r;
  }

  /** Writes a note's body and returns its id for the reference. */
  BigInteger add(List<Block> content) {
    if (part == null) init();
    CTFtnEdn fresh = CTFtnEdn.Factory.newInstance();
    fresh.setType(STFtnEdn.NORMAL);
    fresh.setId(BigInteger.valueOf(nextId++));
    XWPFFootnote fn = part.addFootnote(fresh);
    CTFtnEdn ct = fn.getCTFtnEdn();
    DocxFlow flow =
        DocxFlow.nested(
            ct::addNewP,
            ct::addNewTbl,
            r.page.portraitWidth(),
            fn,
            new DocxFlow.Defaults(DocxStyles.FOOTNOTE_TEXT, null, Marks.NONE, 0),
            true);
    List<Block> rest = content == null ? List.of() : content;
    CTP first = flow.paragraph();
    String style = DocxStyles.FOOTNOTE_TEXT;
    Block.Para lead = null;
    if (!rest.isEmpty() && rest.get(0) instanceof Block.Para p) {
      lead = p;
      rest = rest.subList(1, rest.size());
      String own = DocxStyles.of(p.style());
      if (own != null) style = own;
    }
    first.addNewPPr().addNewPStyle().setVal(style);
    CTR mark = first.addNewR();
    mark.addNewRPr().addNewRStyle().setVal(DocxStyles.FOOTNOTE_REFERENCE);
    mark.addNewFootnoteRef();
    DocxRuns.text(first::addNewR, " ", Marks.NONE);
    if (lead != null) r.runs.inlines(first, flow, lead.content(), Marks.NONE);
    r.blocks.blocks(flow, rest);
    flow.close();
    return ct.getId();
  }

  /** Whether the document has footnotes. */
  boolean used() {
    return part != null;
  }

  private void init() {
    part = r.doc.createFootnotes();
    try {
      part.setFootnotes(FootnotesDocument.Factory.parse(SEPARATORS).getFootnotes());
    } catch (XmlException e) {
      throw new IllegalStateException("invalid built-in footnote separators", e);
    }
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Doc;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColumns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * The page layout: A4 sections (portrait, landscape for landscape tables, two columns for {@code
 * Columns}), each carrying the running header and footer; the first section of a document with a
 * cover has a title page without them. Also the body's forced page breaks, placed as {@code
 * pageBreakBefore} on what follows and dropped where a section already starts a page.
 */
final class DocxPage {
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  static final int MARGIN = 1134;
  static final int HEADER_DISTANCE = 567;
  static final int COLUMN_GAP = 567;

  /** The layout of a section. */
  record State(boolean landscape, int columns) {
    State withLandscape(boolean l) {
      return new State(l, l ? 1 : columns);
    }

    State withColumns(int n) {
      return new State(landscape, n);
    }
  }

  private final DocxRenderer r;
  private CTBody body;
  private boolean cover;
  private String header;
  private String footer;
  private String firstHeader;
  private String firstFooter;

  private State state = new State(false, 1);
  private boolean continuous;
  private boolean first = true;
  private boolean breakPending;
  private boolean atPageStart = true;

  DocxPage(DocxRenderer r) {
    this.r = r;
  }

  void start(Doc.Page page) {
    start(page, null);
  }

  /**
   * Sets up the page layout; {@code draft} is the mark of a draft ("BROUILLON — non conforme — 2
   * erreurs"), or null: it heads the header of every section, the cover's too.
   */
  void start(Doc.Page page, String draft) {
    body = r.doc.getDocument().getBody();
    if (page == null && draft == null) return;
    if (page == null) page = new Doc.Page(false, null, null, false);
    state = new State(page.landscape(), 1);
    header = draft == null ? part(page.header(), true) : draftHeader(page.header(), draft);
    footer = part(page.footer(), false);
    cover = page.coverPage();
    if (cover && (header != null || footer != null)) {
      XWPFHeaderFooter first = r.doc.createHeader(HeaderFooterType.FIRST);
      if (draft == null) empty(first);
      else draftMark(first, draft);
      firstHeader = r.doc.getRelationId(first);
      firstFooter = r.doc.getRelationId(empty(r.doc.createFooter(HeaderFooterType.FIRST)));
    }
  }

  /** The default header of a draft: the mark, then the running header (if any). */
  private String draftHeader(String running, String draft) {
    XWPFHeaderFooter hf = r.doc.createHeader(HeaderFooterType.DEFAULT);
    draftMark(hf, draft);
    if (running != null && !running.isBlank()) {
      CTP p = hf.createParagraph().getCTP();
      p.addNewPPr().addNewPStyle().setVal(DocxStyles.HEADER);
      runningText(p, running.strip());
    }
    return r.doc.getRelationId(hf);
  }

  /** The mark of a draft as a paragraph of {@code hf}: centred, bold, red on a pale band. */
  private static void draftMark(XWPFHeaderFooter hf, String draft) {
    CTP p = hf.createParagraph().getCTP();
    CTPPr pPr = p.addNewPPr();
    pPr.addNewPStyle().setVal(DocxStyles.HEADER);
    pPr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
    var shd = pPr.addNewShd();
    shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill("FDECEA");
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run = p.addNewR();
    var rPr = run.addNewRPr();
    rPr.addNewB();
    rPr.addNewColor().setVal("B00020");
    var t = run.addNewT();
    t.setStringValue(draft);
  }

  /** The flow of the document body. */
  DocxFlow body() {
    return DocxFlow.main(this::paragraph, this::table, this::width, r.doc);
  }

  State state() {
    return state;
  }

  boolean landscape() {
    return state.landscape();
  }

  /** The text width of the current section (of one column), in twips. */
  int width() {
    int page = (state.landscape() ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN;
    int n = Math.max(1, state.columns());
    return (page - COLUMN_GAP * (n - 1)) / n;
  }

  /** The text width of a portrait page (footnotes, headers). */
  int portraitWidth() {
    return A4_WIDTH - 2 * MARGIN;
  }

  /** A forced page break before whatever comes next in the body. */
  void pageBreak() {
    if (!atPageStart) breakPending = true;
  }

  /**
   * Ends the current section and starts one laid out as {@code next}; a change of orientation
   * always starts a new page, a change of columns only when {@code newPage}.
   */
  void change(DocxFlow flow, State next, boolean newPage) {
    if (next.equals(state)) return;
    boolean page = newPage || next.landscape() != state.landscape();
    if (flow.isEmpty()) {
      state = next; // nothing written yet: the first section takes the new layout
      return;
    }
    CTP carrier = flow.lastParagraph();
    if (carrier == null || (carrier.isSetPPr() && carrier.getPPr().isSetSectPr())) {
      boolean pending = breakPending;
      breakPending = false;
      carrier = flow.paragraph();
      breakPending = pending;
      minimal(carrier);
    }
    DocxBlocks.pPr(carrier).setSectPr(sectPr());
    state = next;
    continuous = !page;
    first = false;
    if (page) {
      breakPending = false;
      atPageStart = true;
    }
  }

  void finish(DocxFlow flow) {
    if (flow.isEmpty()) flow.paragraph();
    breakPending = false;
    body.setSectPr(sectPr());
  }

  private CTP paragraph() {
    CTP p = body.addNewP();
    if (breakPending) DocxBlocks.pPr(p).addNewPageBreakBefore();
    breakPending = false;
    atPageStart = false;
    return p;
  }

  private CTTbl table() {
    if (breakPending) {
      // Word ignores page breaks set inside tables: a minimal paragraph carries it.
      minimal(paragraph());
    }
    atPageStart = false;
    return body.addNewTbl();
  }

  /** An empty paragraph as small as Word allows (it only carries a break). */
  private static void minimal(CTP p) {
    CTPPr pPr = DocxBlocks.pPr(p);
    pPr.addNewSpacing().setBefore(BigInteger.ZERO);
    pPr.getSpacing().setAfter(BigInteger.ZERO);
    pPr.getSpacing().setLine(BigInteger.valueOf(20));
    pPr.getSpacing()
        .setLineRule(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
    pPr.addNewRPr().addNewSz().setVal(BigInteger.TWO);
  }

  private CTSectPr sectPr() {
    CTSectPr s = CTSectPr.Factory.newInstance();
    boolean titlePage = first && cover && firstHeader != null;
    if (header != null) reference(s.addNewHeaderReference(), STHdrFtr.DEFAULT, header);
    if (titlePage) reference(s.addNewHeaderReference(), STHdrFtr.FIRST, firstHeader);
    if (footer != null) reference(s.addNewFooterReference(), STHdrFtr.DEFAULT, footer);
    if (titlePage) reference(s.addNewFooterReference(), STHdrFtr.FIRST, firstFooter);
    s.addNewType().setVal(continuous ? STSectionMark.CONTINUOUS : STSectionMark.NEXT_PAGE);
    CTPageSz size = s.addNewPgSz();
    size.setW(BigInteger.valueOf(state.landscape() ? A4_HEIGHT : A4_WIDTH));
    size.setH(BigInteger.valueOf(state.landscape() ? A4_WIDTH : A4_HEIGHT));
    if (state.landscape()) size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar m = s.addNewPgMar();
    m.setTop(BigInteger.valueOf(MARGIN));
    m.setBottom(BigInteger.valueOf(MARGIN));
    m.setLeft(BigInteger.valueOf(MARGIN));
    m.setRight(BigInteger.valueOf(MARGIN));
    m.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    m.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    m.setGutter(BigInteger.ZERO);
    CTColumns cols = s.addNewCols();
    cols.setSpace(BigInteger.valueOf(COLUMN_GAP));
    if (state.columns() > 1) cols.setNum(BigInteger.valueOf(state.columns()));
    if (titlePage) s.addNewTitlePg();
    return s;
  }

  private static void reference(CTHdrFtrRef ref, STHdrFtr.Enum type, String id) {
    ref.setType(type);
    ref.setId(id);
  }

  /** Creates the default header or footer holding {@code text}; returns its relationship id. */
  private String part(String text, boolean isHeader) {
    if (text == null || text.isBlank()) return null;
    XWPFHeaderFooter hf =
        isHeader
            ? r.doc.createHeader(HeaderFooterType.DEFAULT)
            : r.doc.createFooter(HeaderFooterType.DEFAULT);
    CTP p = hf.createParagraph().getCTP();
    p.addNewPPr().addNewPStyle().setVal(isHeader ? DocxStyles.HEADER : DocxStyles.FOOTER);
    runningText(p, text.strip());
    return r.doc.getRelationId(hf);
  }

  private static XWPFHeaderFooter empty(XWPFHeaderFooter hf) {
    hf.createParagraph();
    return hf;
  }

  /** The text with {@code {page}} and {@code {pages}} as PAGE and NUMPAGES fields. */
  static void runningText(CTP p, String text) {
    int i = 0;
    while (i < text.length()) {
      int page = text.indexOf("{page}", i);
      int pages = text.indexOf("{pages}", i);
      int at = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (at < 0) {
        DocxRuns.text(p::addNewR, text.substring(i), Marks.NONE);
        return;
      }
      DocxRuns.text(p::addNewR, text.substring(i, at), Marks.NONE);
      boolean all = at == pages;
      DocxRuns.field(p::addNewR, all ? "NUMPAGES" : "PAGE", "1", Marks.NONE);
      i = at + (all ? "{pages}" : "{page}").length();
    }
  }
}

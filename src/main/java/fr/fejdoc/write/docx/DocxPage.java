package fr.fejdoc.write.docx;

import fr.fejdoc.document.Doc;
import java.nio.charset.StandardCharsets;

/**
 * The page layout: A4 sections (portrait, landscape for landscape tables, two columns for {@code
 * Columns}), each carrying the running header and footer; the first section of a document with a
 * cover has a title page without them. Also the body's forced page breaks, placed as {@code
 * pageBreakBefore} on what follows and dropped where a section already starts a page.
 */
final class DocxPage implements DocxFlow.Host {
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
    if (page == null && draft == null) return;
    if (page == null) page = new Doc.Page(false, null, null, false);
    state = new State(page.landscape(), 1);
    header = draft == null ? part(page.header(), true) : draftHeader(page.header(), draft);
    footer = part(page.footer(), false);
    cover = page.coverPage();
    if (cover && (header != null || footer != null)) {
      StringBuilder first = new StringBuilder(256);
      if (draft == null) first.append("<w:p/>");
      else draftMark(first, draft);
      firstHeader = save(true, first);
      firstFooter = save(false, new StringBuilder("<w:p/>"));
    }
  }

  /** The default header of a draft: the mark, then the running header (if any). */
  private String draftHeader(String running, String draft) {
    StringBuilder x = new StringBuilder(512);
    draftMark(x, draft);
    if (running != null && !running.isBlank()) {
      DocxPara p = new DocxPara();
      p.style = DocxStyles.HEADER;
      runningText(p, running.strip());
      p.writeTo(x);
    }
    return save(true, x);
  }

  /** The mark of a draft as a paragraph: centred, bold, red on a pale band. */
  private static void draftMark(StringBuilder x, String draft) {
    DocxPara p = new DocxPara();
    p.style = DocxStyles.HEADER;
    p.jc = "center";
    p.shade = "FDECEA";
    p.c.append("<w:r><w:rPr><w:b/><w:color w:val=\"B00020\"/></w:rPr><w:t>");
    DocxXml.esc(p.c, draft);
    p.c.append("</w:t></w:r>");
    p.writeTo(x);
  }

  /** Writes a header or footer part holding the paragraphs {@code body}; its relationship id. */
  private String save(boolean isHeader, StringBuilder body) {
    String root = isHeader ? "w:hdr" : "w:ftr";
    String xml =
        DocxXml.DECLARATION
            + "<"
            + root
            + " xmlns:w=\""
            + DocxXml.NS_W
            + "\" xmlns:r=\""
            + DocxXml.NS_R
            + "\">"
            + body
            + "</"
            + root
            + ">";
    return r.pkg.headerFooter(isHeader, xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The flow of the document body. */
  DocxFlow body() {
    return DocxFlow.main(this, this::width, r.body, r.pkg.document);
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
    DocxPara carrier = flow.lastParagraph();
    if (carrier == null || carrier.sectPr != null) {
      boolean pending = breakPending;
      breakPending = false;
      carrier = flow.paragraph();
      breakPending = pending;
      minimal(carrier);
    }
    carrier.sectPr = sectPr();
    state = next;
    continuous = !page;
    first = false;
    if (page) {
      breakPending = false;
      atPageStart = true;
    }
  }

  /** Ends the body: its last paragraph written out, then the last section's properties. */
  void finish(DocxFlow flow) {
    if (flow.isEmpty()) flow.paragraph();
    breakPending = false;
    flow.flush();
    r.body.append(sectPr());
  }

  @Override
  public DocxPara paragraph() {
    DocxPara p = new DocxPara();
    if (breakPending) p.pageBreakBefore = true;
    breakPending = false;
    atPageStart = false;
    return p;
  }

  @Override
  public void beforeTable(DocxFlow flow) {
    if (breakPending) {
      // Word ignores page breaks set inside tables: a minimal paragraph carries it.
      minimal(flow.paragraph());
    }
    atPageStart = false;
  }

  /** An empty paragraph as small as Word allows (it only carries a break). */
  private static void minimal(DocxPara p) {
    p.spacingBefore = 0;
    p.spacingAfter = 0;
    p.spacingLine = 20;
    p.lineRule = "exact";
    p.markSize = 2;
  }

  private String sectPr() {
    StringBuilder s = new StringBuilder(512);
    boolean titlePage = first && cover && firstHeader != null;
    s.append("<w:sectPr>");
    if (header != null) reference(s, "headerReference", "default", header);
    if (titlePage) reference(s, "headerReference", "first", firstHeader);
    if (footer != null) reference(s, "footerReference", "default", footer);
    if (titlePage) reference(s, "footerReference", "first", firstFooter);
    s.append("<w:type w:val=\"").append(continuous ? "continuous" : "nextPage").append("\"/>");
    boolean l = state.landscape();
    s.append("<w:pgSz w:w=\"")
        .append(l ? A4_HEIGHT : A4_WIDTH)
        .append("\" w:h=\"")
        .append(l ? A4_WIDTH : A4_HEIGHT)
        .append('"');
    if (l) s.append(" w:orient=\"landscape\"");
    s.append("/>");
    s.append("<w:pgMar w:top=\"")
        .append(MARGIN)
        .append("\" w:bottom=\"")
        .append(MARGIN)
        .append("\" w:left=\"")
        .append(MARGIN)
        .append("\" w:right=\"")
        .append(MARGIN)
        .append("\" w:header=\"")
        .append(HEADER_DISTANCE)
        .append("\" w:footer=\"")
        .append(HEADER_DISTANCE)
        .append("\" w:gutter=\"0\"/>");
    s.append("<w:cols w:space=\"").append(COLUMN_GAP).append('"');
    if (state.columns() > 1) s.append(" w:num=\"").append(state.columns()).append('"');
    s.append("/>");
    if (titlePage) s.append("<w:titlePg/>");
    return s.append("</w:sectPr>").toString();
  }

  private static void reference(StringBuilder s, String element, String type, String id) {
    s.append("<w:")
        .append(element)
        .append(" w:type=\"")
        .append(type)
        .append("\" r:id=\"")
        .append(id)
        .append("\"/>");
  }

  /** Creates the default header or footer holding {@code text}; returns its relationship id. */
  private String part(String text, boolean isHeader) {
    if (text == null || text.isBlank()) return null;
    DocxPara p = new DocxPara();
    p.style = isHeader ? DocxStyles.HEADER : DocxStyles.FOOTER;
    runningText(p, text.strip());
    StringBuilder x = new StringBuilder(512);
    p.writeTo(x);
    return save(isHeader, x);
  }

  /** The text with {@code {page}} and {@code {pages}} as PAGE and NUMPAGES fields. */
  static void runningText(DocxPara p, String text) {
    int i = 0;
    while (i < text.length()) {
      int page = text.indexOf("{page}", i);
      int pages = text.indexOf("{pages}", i);
      int at = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (at < 0) {
        DocxRuns.text(p.c, text.substring(i), Marks.NONE);
        return;
      }
      DocxRuns.text(p.c, text.substring(i, at), Marks.NONE);
      boolean all = at == pages;
      DocxRuns.field(p.c, all ? "NUMPAGES" : "PAGE", "1", Marks.NONE);
      i = at + (all ? "{pages}" : "{page}").length();
    }
  }
}

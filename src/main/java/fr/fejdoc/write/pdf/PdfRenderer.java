package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Resources;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One rendering of one document: sets up the OpenPDF document (A4, margins, PDF/A, metadata,
 * language, running header and footer), walks the tree once through {@link Blocks} (building its
 * logical {@link Structure} on the way) and closes it; {@link Tagging}, the writer of a complete
 * document, marks each page's content as OpenPDF hands it over and adds the structure tree, making
 * it tagged PDF/UA-1 and PDF/A-2a in one pass. A new instance for each write.
 */
final class PdfRenderer {

  /** What a rendering produced: the bytes (null when only measured) and where it ended. */
  record Result(byte[] bytes, int pages, float lastY, float top, float bottom) {
    /** Height used on the last page. */
    float usedOnLastPage() {
      return top - lastY;
    }

    /** Height of the text area of a page. */
    float pageHeight() {
      return top - bottom;
    }
  }

  /** Below this height left on a page, a heading starts the next page. */
  private static final float KEEP_WITH_NEXT = 72f;

  private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

  private final Doc doc;
  private final Resources resources;
  private final boolean complete;
  private final Rectangle pageSize;
  private final boolean tagged;

  private Document document;
  private PdfWriter writer;
  private Tagging tagging;
  private Rectangle base;
  private int landscapeRequests;
  private boolean turned;
  private boolean anything;

  /**
   * @param complete a document to publish (metadata, PDF/A, outline, running header and footer), or
   *     a measure of the layout only
   */
  PdfRenderer(Doc doc, Resources resources, boolean complete) {
    this(doc, resources, complete, null);
  }

  /** A rendering on pages of {@code pageSize} (null: A4 in the document's orientation). */
  PdfRenderer(Doc doc, Resources resources, boolean complete, Rectangle pageSize) {
    this(doc, resources, complete, pageSize, true);
  }

  /**
   * @param tagged whether a complete document is tagged (PDF/UA-1, PDF/A-2a); untagged, it is the
   *     PDF/A-1b layout alone, kept to measure what tagging costs
   */
  PdfRenderer(Doc doc, Resources resources, boolean complete, Rectangle pageSize, boolean tagged) {
    this.doc = doc;
    this.resources = resources;
    this.complete = complete;
    this.pageSize = pageSize;
    this.tagged = tagged;
  }

  Result render() {
    Doc.Meta meta = doc.meta();
    Doc.Page page = doc.page();
    Determinism.seed(seedText(meta));
    base =
        pageSize != null
            ? pageSize
            : page != null && page.landscape() ? Styles.LANDSCAPE : Styles.PORTRAIT;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    OutputStream out = complete ? bytes : OutputStream.nullOutputStream();
    document =
        new Document(
            base, Styles.MARGIN_LEFT, Styles.MARGIN_RIGHT, Styles.MARGIN_TOP, Styles.MARGIN_BOTTOM);
    HeaderFooter running = null;
    Structure structure = complete && tagged ? new Structure() : null;
    try {
      tagging = structure == null ? null : new Tagging(document, out, structure, language(meta));
      writer = tagging != null ? tagging : PdfWriter.getInstance(document, out);
      // a justified line is spread by its word spaces only: letter-spacing is not French typography
      writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
      if (complete) {
        // untagged: the PDF/A-1b layout alone; tagged, Tagging declared PDF/A-2a
        if (tagging == null) writer.setPDFXConformance(PdfWriter.PDFA1B);
        running =
            new HeaderFooter(
                page == null ? null : page.header(),
                page == null ? null : page.footer(),
                page != null && page.coverPage(),
                doc.isDraft() ? doc.draft().mark() : null);
        writer.setPageEvent(running);
        if (structure != null) writer.setPageEvent(structure);
        metadata(meta);
      }
      document.open();
      if (complete) afterOpen(meta);

      Map<String, String> byId = new HashMap<>();
      Map<Block.Section, String> destinations = Blocks.destinations(doc.blocks(), byId);
      Inlines inlines = new Inlines(byId, structure);
      Outlines outlines = complete ? new Outlines(writer.getRootOutline()) : null;
      Blocks blocks = new Blocks(inlines, new Images(resources), destinations, outlines);
      Flow flow = new Flow();
      Ctx ctx = Ctx.body(base.getWidth() - Styles.MARGIN_LEFT - Styles.MARGIN_RIGHT);
      blocks.blocks(doc.blocks(), flow, ctx);
      blocks.notes(flow, ctx);

      float lastY = writer.getVerticalPosition(true);
      // a page started but left empty is not printed
      int pages = Math.max(1, writer.getPageNumber() - (writer.isPageEmpty() ? 1 : 0));
      Result measured = new Result(null, pages, lastY, document.top(), document.bottom());
      if (!complete) return measured;
      if (!anything) {
        writer.setPageEmpty(false); // an empty tree still makes a (blank) page
      }
      document.close();
      return new Result(
          Determinism.fixFileId(bytes.toByteArray()),
          running.pages(),
          lastY,
          measured.top(),
          measured.bottom());
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF layout failed: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- metadata

  private static String seedText(Doc.Meta meta) {
    return meta == null ? "" : meta.title() + "\u0000" + meta.subject() + "\u0000" + meta.author();
  }

  private void metadata(Doc.Meta meta) {
    String title = meta == null || blank(meta.title()) ? "Document" : meta.title().strip();
    document.addTitle(title);
    if (meta != null && !blank(meta.author())) document.addAuthor(meta.author().strip());
    if (meta != null && !blank(meta.subject())) document.addSubject(meta.subject().strip());
    if (meta != null && meta.keywords() != null) {
      String keywords =
          meta.keywords().stream()
              .filter(k -> !blank(k))
              .map(String::strip)
              .collect(Collectors.joining("; "));
      if (!keywords.isEmpty()) document.addKeywords(keywords);
    }
    document.addCreator("fejdoc");
  }

  private void afterOpen(Doc.Meta meta) throws DocumentException {
    PdfDate date = new PdfDate(Determinism.date());
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    if (tagging == null) writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language(meta)));
    writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    try {
      writer.setOutputIntents(
          "sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
    } catch (IOException e) {
      throw new DocumentException(e);
    }
    if (tagging != null) tagging.xmp();
    else writer.createXmpMetadata();
  }

  /** The document's language as a BCP 47 tag: "fr" is written "fr-FR". */
  static String language(Doc.Meta meta) {
    String lang = meta == null || blank(meta.lang()) ? "fr" : meta.lang().strip();
    if (!lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) lang = "fr";
    return lang.equalsIgnoreCase("fr") ? "fr-FR" : lang;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ---------------------------------------------------------------- the page flow

  /** The document's pages: breaks, orientation, headings kept with what follows, columns. */
  private final class Flow implements Sink {
    @Override
    public void add(Element e) {
      try {
        document.add(e);
        anything = true;
      } catch (DocumentException x) {
        throw new IllegalStateException("PDF layout failed: " + x.getMessage(), x);
      }
    }

    @Override
    public void heading(Element e) {
      if (writer.getVerticalPosition(false) - document.bottom() < KEEP_WITH_NEXT) {
        document.newPage();
      }
      add(e);
    }

    @Override
    public void pageBreak() {
      document.newPage();
    }

    @Override
    public void landscape(boolean on) {
      landscapeRequests = Math.max(0, landscapeRequests + (on ? 1 : -1));
      boolean wanted = landscapeRequests > 0 && base.getWidth() <= base.getHeight();
      if (turned == wanted) return;
      turned = wanted;
      document.setPageSize(wanted ? Styles.LANDSCAPE : base);
      document.newPage();
    }

    @Override
    public boolean atPageStart() {
      return writer.isPageEmpty();
    }

    @Override
    public float landscapeWidth(float width) {
      return Styles.LANDSCAPE.getWidth() - Styles.MARGIN_LEFT - Styles.MARGIN_RIGHT;
    }

    @Override
    public boolean canSetColumns() {
      return true;
    }

    @Override
    public void columns(int count, List<Element> content) {
      try {
        new Columns(count).set(content);
      } catch (DocumentException x) {
        throw new IllegalStateException("PDF layout failed: " + x.getMessage(), x);
      }
    }
  }

  /**
   * Text in columns: fills the columns of each page in turn, then balances the columns of the last
   * page, and moves the page flow below them.
   */
  private final class Columns {
    private final int count;

    Columns(int count) {
      this.count = count;
    }

    void set(List<Element> content) throws DocumentException {
      if (content.isEmpty()) return;
      ColumnText ct = new ColumnText(writer.getDirectContent());
      for (Element e : content) ct.addElement(e);
      while (true) {
        float top = writer.getVerticalPosition(true);
        float bottom = document.bottom();
        if (top - bottom < 36f) {
          newPage();
          continue;
        }
        float height = top - bottom;
        if (fits(ct, top, height)) {
          float lo = 0f;
          float hi = height;
          for (int i = 0; i < 12 && hi - lo > 2f; i++) {
            float mid = (lo + hi) / 2f;
            if (fits(ct, top, mid)) hi = mid;
            else lo = mid;
          }
          float lowest = draw(ct, top, Math.min(height, hi + 1f));
          advance(top - lowest);
          return;
        }
        boolean fresh = Math.abs(top - document.top()) < 1f;
        float lowest = draw(ct, top, height);
        if (fresh && lowest >= top - 0.5f) return; // nothing fits even a whole page: give up
        newPage();
      }
    }

    private float left(int column) {
      float width = columnWidth();
      return document.left() + column * (width + Styles.COLUMN_GAP);
    }

    private float columnWidth() {
      return (document.right() - document.left() - Styles.COLUMN_GAP * (count - 1)) / count;
    }

    private boolean fits(ColumnText ct, float top, float height) throws DocumentException {
      ColumnText sim = ColumnText.duplicate(ct);
      for (int c = 0; c < count; c++) {
        sim.setSimpleColumn(left(c), top - height, left(c) + columnWidth(), top);
        sim.setYLine(top);
        if (!ColumnText.hasMoreText(sim.go(true))) return true;
      }
      return false;
    }

    /** Fills the columns down to {@code top - height}; returns the lowest line written. */
    private float draw(ColumnText ct, float top, float height) throws DocumentException {
      float lowest = top;
      for (int c = 0; c < count; c++) {
        ct.setSimpleColumn(left(c), top - height, left(c) + columnWidth(), top);
        ct.setYLine(top);
        int status = ct.go();
        lowest = Math.min(lowest, ct.getYLine());
        anything = true;
        if (!ColumnText.hasMoreText(status)) break;
      }
      return lowest;
    }

    private void newPage() {
      writer.setPageEmpty(false);
      document.newPage();
    }

    /** Moves the page flow down by {@code height} (text drawn directly is unknown to it). */
    private void advance(float height) throws DocumentException {
      if (height <= 0.5f) return;
      PdfPTable spacer = new PdfPTable(1);
      spacer.setWidthPercentage(100);
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.NO_BORDER);
      c.setFixedHeight(Math.min(height, writer.getVerticalPosition(true) - document.bottom()));
      spacer.addCell(c);
      document.add(spacer);
    }
  }
}

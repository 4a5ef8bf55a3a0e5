package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Doc;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header (top left, over a rule) and footer (centred, under a rule) of every page but a
 * cover. {@code {page}} is the page's number; {@code {pages}} the total, unknown until the end: a
 * line that holds it is drawn into a form XObject per page, filled in when the document closes, so
 * the document is laid out once.
 */
final class HeaderFooter extends PdfPageEventHelper {
  private record Pending(PdfTemplate template, int page, String text, int align, float width) {}

  private final String header;
  private final String footer;
  private final boolean cover;
  private final String draft;
  private final List<Pending> pending = new ArrayList<>();
  private int pages;

  HeaderFooter(String header, String footer, boolean cover) {
    this(header, footer, cover, null);
  }

  /**
   * @param draft the mark of a draft ("BROUILLON — non conforme — 2 erreurs"), drawn on every page
   *     (the cover too), or null
   */
  HeaderFooter(String header, String footer, boolean cover, String draft) {
    this.header = blank(header) ? null : header.strip();
    this.footer = blank(footer) ? null : footer.strip();
    this.cover = cover;
    this.draft = blank(draft) ? null : draft.strip();
  }

  /** Pages ended so far (the total once the document is closed). */
  int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages++;
    int page = writer.getPageNumber();
    if (draft != null) draftMark(writer, document.getPageSize());
    if (cover && page == 1) return;
    Rectangle size = document.getPageSize();
    float left = size.getLeft() + Styles.MARGIN_LEFT;
    float right = size.getRight() - Styles.MARGIN_RIGHT;
    PdfContentByte cb = writer.getDirectContent();
    if (header != null) {
      float y = size.getTop() - Styles.HEADER_Y;
      rule(cb, left, right, y - 4f);
      line(cb, header, page, Element.ALIGN_LEFT, left, right, y);
    }
    if (footer != null) {
      float y = size.getBottom() + Styles.FOOTER_Y;
      rule(cb, left, right, y + 10f);
      line(cb, footer, page, Element.ALIGN_CENTER, left, right, y);
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    for (Pending p : pending) {
      show(p.template(), fill(p.text(), p.page(), pages), p.align(), 0, p.width(), 3f);
    }
    pending.clear();
  }

  /**
   * The mark of a draft on a page: a red band across the top edge, above the running header, with
   * the mark's full text, and "BROUILLON" large and pale across the page, under the content (opaque
   * colours only: PDF/A-1 allows no transparency). Part of the page, not of the document's text.
   */
  private void draftMark(PdfWriter writer, Rectangle size) {
    float left = size.getLeft() + Styles.MARGIN_LEFT;
    float right = size.getRight() - Styles.MARGIN_RIGHT;
    float top = size.getTop() - 8f;
    float bottom = size.getTop() - 24f;
    PdfContentByte cb = writer.getDirectContent();
    cb.saveState();
    cb.setColorFill(DRAFT_BAND);
    cb.setColorStroke(DRAFT_INK);
    cb.setLineWidth(0.8f);
    cb.rectangle(left, bottom, right - left, top - bottom);
    cb.fillStroke();
    cb.restoreState();
    float fontSize = 9f;
    float natural = Fonts.BOLD.getWidthPoint(draft, fontSize);
    if (natural > right - left - 8f)
      fontSize = Math.max(5f, fontSize * (right - left - 8f) / natural);
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_CENTER,
        new Phrase(draft, new Font(Fonts.BOLD, fontSize, Font.NORMAL, DRAFT_INK)),
        (left + right) / 2f,
        bottom + 5f,
        0);
    PdfContentByte under = writer.getDirectContentUnder();
    double angle = Math.toDegrees(Math.atan2(size.getHeight(), size.getWidth()));
    ColumnText.showTextAligned(
        under,
        Element.ALIGN_CENTER,
        new Phrase(Doc.Draft.WORD, new Font(Fonts.BOLD, 96f, Font.NORMAL, DRAFT_WATERMARK)),
        (size.getLeft() + size.getRight()) / 2f,
        (size.getBottom() + size.getTop()) / 2f - 34f,
        (float) angle);
  }

  private static final java.awt.Color DRAFT_INK = new java.awt.Color(0xB0, 0x00, 0x20);
  private static final java.awt.Color DRAFT_BAND = new java.awt.Color(0xFD, 0xEC, 0xEA);
  private static final java.awt.Color DRAFT_WATERMARK = new java.awt.Color(0xF6, 0xDA, 0xDA);

  private void line(
      PdfContentByte cb, String text, int page, int align, float left, float right, float y) {
    if (text.contains("{pages}")) {
      PdfTemplate t = cb.createTemplate(right - left, Styles.RUNNING * 2f);
      cb.addTemplate(t, left, y - 3f);
      pending.add(new Pending(t, page, text, align, right - left));
    } else {
      show(cb, fill(text, page, 0), align, left, right - left, y);
    }
  }

  private static void show(
      PdfContentByte cb, String text, int align, float x, float width, float y) {
    float size = Styles.RUNNING;
    float natural = Fonts.REGULAR.getWidthPoint(text, size);
    if (natural > width) size = Math.max(5f, size * width / natural);
    Phrase p = new Phrase(text, new Font(Fonts.REGULAR, size, Font.NORMAL, Styles.MUTED));
    float at =
        switch (align) {
          case Element.ALIGN_CENTER -> x + width / 2f;
          case Element.ALIGN_RIGHT -> x + width;
          default -> x;
        };
    ColumnText.showTextAligned(cb, align, p, at, y, 0);
  }

  private static void rule(PdfContentByte cb, float left, float right, float y) {
    cb.saveState();
    cb.setLineWidth(0.5f);
    cb.setColorStroke(Styles.RULE);
    cb.moveTo(left, y);
    cb.lineTo(right, y);
    cb.stroke();
    cb.restoreState();
  }

  private static String fill(String text, int page, int pages) {
    return text.replace("{page}", String.valueOf(page)).replace("{pages}", String.valueOf(pages));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

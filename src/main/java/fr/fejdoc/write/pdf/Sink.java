package fr.fejdoc.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Where laid-out elements go: the page flow of the document (which can break pages, turn them and
 * set text in columns) or a list collected for a cell, a box or a column.
 */
interface Sink {
  void add(Element e);

  /** A heading: kept with the start of what follows when the medium can. */
  default void heading(Element e) {
    add(e);
  }

  /** A forced page break (ignored where there are no pages: cells, boxes, columns). */
  default void pageBreak() {}

  /**
   * Turns the following pages to landscape (true) or back to the document's orientation (false).
   * Requests nest: the pages turn back when every {@code true} has had its {@code false}.
   */
  default void landscape(boolean on) {}

  /** Whether nothing is on the current page yet (where there are pages). */
  default boolean atPageStart() {
    return false;
  }

  /** The text width on a landscape page, where the sink turns pages; else {@code width}. */
  default float landscapeWidth(float width) {
    return width;
  }

  /** Whether {@link #columns} sets text in columns here. */
  default boolean canSetColumns() {
    return false;
  }

  /** Sets {@code content} (laid out at column width) in {@code count} columns. */
  default void columns(int count, List<Element> content) {
    for (Element e : content) add(e);
  }

  /** The elements collected for a cell, a box or text in columns. */
  final class Collect implements Sink {
    final List<Element> elements = new ArrayList<>();
    private final boolean keepHeadings;

    /**
     * @param keepHeadings whether a heading is preceded by a mark that moves it to the next column
     *     when too little room is left under it (for text set in columns)
     */
    Collect(boolean keepHeadings) {
      this.keepHeadings = keepHeadings;
    }

    @Override
    public void add(Element e) {
      elements.add(e);
    }

    @Override
    public void heading(Element e) {
      if (keepHeadings) elements.add(needs(60f));
      elements.add(e);
    }

    /**
     * An invisible mark that takes no room but needs {@code height} below it: a borderless row of
     * that height that may not split, followed by as much negative space. Where the column has less
     * room left, the row moves to the next column, and what follows with it.
     */
    static PdfPTable needs(float height) {
      PdfPTable t = new PdfPTable(1);
      t.setWidthPercentage(100);
      t.setSplitRows(false);
      t.setSplitLate(true);
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.NO_BORDER);
      c.setFixedHeight(height);
      t.addCell(c);
      t.setSpacingBefore(0);
      t.setSpacingAfter(-height);
      return t;
    }
  }
}

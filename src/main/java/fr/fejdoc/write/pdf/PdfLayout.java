package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Rectangle;

/**
 * How much room a section takes once laid out as {@link PdfWriter} prints it: pages, height, and
 * the rows of its forms that take the most height. Used by {@code check} for the rule "the fiche
 * synthétique fits on one page". The section is laid out alone, from the top of a page of the
 * document's size and margins; nothing is written.
 */
public final class PdfLayout {

  /** A form row of the section and the height its value takes. */
  public record Field(String label, float height, int lines) {}

  /**
   * The layout of a section: {@code pages} it spans, the height of a page's text area and the
   * height the section needs in all ({@code overflow} = what does not fit on one page; 0 if it
   * fits), and when it does not fit, its form rows by decreasing height.
   */
  public record Measure(
      String sectionId,
      int pages,
      float pageHeight,
      float usedHeight,
      float overflow,
      List<Field> fields) {

    public boolean fitsOnePage() {
      return pages <= 1;
    }

    /** The overflow in centimetres. */
    public double overflowCm() {
      return overflow / Styles.CM;
    }

    /** The overflow as a share of a page's text area, in percent. */
    public double overflowPercent() {
      return pageHeight <= 0 ? 0 : 100.0 * overflow / pageHeight;
    }

    /** The overflow in lines of form text. */
    public int overflowLines() {
      return (int) Math.ceil(overflow / Styles.FORM_LEADING);
    }
  }

  /** The tall page on which the height a section needs is measured, in A4 heights. */
  private static final int TALL = 12;

  private PdfLayout() {}

  /** Pages the section {@code sectionId} spans (0 if there is no such section). */
  public static int pagesOf(Doc doc, String sectionId) {
    return measure(doc, sectionId, Resources.NONE).map(Measure::pages).orElse(0);
  }

  /**
   * The layout of the first section with id {@code sectionId}, if the document has one; its images
   * are read from {@code resources} (a missing image is laid out as its framed placeholder).
   */
  public static Optional<Measure> measure(Doc doc, String sectionId, Resources resources) {
    Block.Section found = find(doc.blocks(), sectionId);
    if (found == null) return Optional.empty();
    Block.Section section = withoutTrailingBreaks(found);
    Doc.Page page = doc.page();
    Doc alone =
        new Doc(
            doc.meta(),
            new Doc.Page(page != null && page.landscape(), null, null, false),
            List.of(section));
    Rectangle size = page != null && page.landscape() ? Styles.LANDSCAPE : Styles.PORTRAIT;
    // the height it needs: laid out on one very tall page of the same width
    Rectangle tall = new Rectangle(size.getWidth(), size.getHeight() * TALL);
    PdfRenderer.Result t = new PdfRenderer(alone, resources, false, tall).render();
    float used = t.usedOnLastPage() + (t.pages() - 1) * t.pageHeight();
    float pageHeight = size.getHeight() - Styles.MARGIN_TOP - Styles.MARGIN_BOTTOM;
    // what fits in a page's height fits on one page; else the pages it really takes on A4
    // (rows are not split: one that does not fit moves whole to the next page)
    int pages =
        used <= pageHeight ? 1 : new PdfRenderer(alone, resources, false, size).render().pages();
    float overflow = pages <= 1 ? 0f : Math.max(1f, used - pageHeight);
    float width = size.getWidth() - Styles.MARGIN_LEFT - Styles.MARGIN_RIGHT;
    List<Field> fields = pages <= 1 ? List.of() : fields(section, width);
    return Optional.of(new Measure(sectionId, pages, pageHeight, used, overflow, fields));
  }

  /** The rows of the section's forms, tallest first. */
  private static List<Field> fields(Block.Section section, float width) {
    List<Block.Form> forms = new ArrayList<>();
    forms(section.content(), forms);
    List<Field> out = new ArrayList<>();
    Blocks blocks =
        new Blocks(
            new Inlines(new HashMap<>()),
            new Images(Resources.NONE),
            new IdentityHashMap<>(),
            null);
    Tables tables = new Tables(blocks);
    for (Block.Form f : forms) {
      Tables.FormTable ft = tables.form(f, Ctx.body(width));
      ft.table().setTotalWidth(width);
      ft.table().setLockedWidth(true);
      for (int i = 0; i < ft.labels().size() && i < ft.table().size(); i++) {
        String label = ft.labels().get(i);
        if (label == null || label.isEmpty()) continue;
        float h = ft.table().getRowHeight(i);
        int lines = Math.max(1, Math.round((h - 2 * Styles.CELL_PAD - 0.5f) / Styles.FORM_LEADING));
        out.add(new Field(label, h, lines));
      }
    }
    out.sort(Comparator.comparingDouble(Field::height).reversed());
    return List.copyOf(out);
  }

  private static void forms(List<Block> blocks, List<Block.Form> out) {
    for (Block b : Blocks.nn(blocks)) {
      switch (b) {
        case Block.Form f -> out.add(f);
        default -> forms(Block.children(b), out);
      }
    }
  }

  /**
   * The section without the page breaks that end it (markup nests a break written after a section
   * into it): they start the next page, they take no room on this one.
   */
  private static Block.Section withoutTrailingBreaks(Block.Section s) {
    List<Block> content = new ArrayList<>(Blocks.nn(s.content()));
    while (!content.isEmpty()) {
      Block last = content.get(content.size() - 1);
      if (last instanceof Block.PageBreak) content.remove(content.size() - 1);
      else if (last instanceof Block.Section inner) {
        content.set(content.size() - 1, withoutTrailingBreaks(inner));
        break;
      } else break;
    }
    return new Block.Section(s.id(), s.number(), s.title(), s.level(), content);
  }

  private static Block.Section find(List<Block> blocks, String id) {
    for (Block b : Blocks.nn(blocks)) {
      Block.Section found =
          switch (b) {
            case Block.Section s when id.equals(s.id()) -> s;
            default -> find(Block.children(b), id);
          };
      if (found != null) return found;
    }
    return null;
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.IBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Where blocks are written: the document body, a table cell, a footnote or a header, with the
 * defaults of an ordinary paragraph there (style, alignment, marks, indentation). Paragraphs and
 * tables are appended in order; {@link #width()} is the text width available, in twips.
 */
final class DocxFlow {

  /** What was last appended to one container, shared by its restyled views. */
  private static final class Tail {
    CTP paragraph;
    boolean empty = true;
  }

  /**
   * How an ordinary paragraph looks in a flow; {@code keep}: kept on the page of the next one (the
   * rows of a short table, a header or group row and the row below it).
   */
  record Defaults(String style, Block.Align align, Marks marks, int indent, boolean keep) {
    static final Defaults BODY = new Defaults(null, null, Marks.NONE, 0, false);

    Defaults(String style, Block.Align align, Marks marks, int indent) {
      this(style, align, marks, indent, false);
    }
  }

  private final Supplier<CTP> newParagraph;
  private final Supplier<CTTbl> newTable;
  private final IntSupplier width;
  private final Tail tail;
  final IBody body;
  final Defaults defaults;

  /** True for the document body, where section breaks and page breaks are possible. */
  final boolean main;

  /** True inside a footnote, where further notes and images cannot be placed. */
  final boolean footnote;

  private DocxFlow(
      Supplier<CTP> newParagraph,
      Supplier<CTTbl> newTable,
      IntSupplier width,
      Tail tail,
      IBody body,
      Defaults defaults,
      boolean main,
      boolean footnote) {
    this.newParagraph = newParagraph;
    this.newTable = newTable;
    this.width = width;
    this.tail = tail;
    this.body = body;
    this.defaults = defaults;
    this.main = main;
    this.footnote = footnote;
  }

  /** The document body: page-level breaks allowed, width given by the current page layout. */
  static DocxFlow main(
      Supplier<CTP> newParagraph, Supplier<CTTbl> newTable, IntSupplier width, IBody body) {
    return new DocxFlow(
        newParagraph, newTable, width, new Tail(), body, Defaults.BODY, true, false);
  }

  /** A cell, a note or a header of fixed width. */
  static DocxFlow nested(
      Supplier<CTP> newParagraph,
      Supplier<CTTbl> newTable,
      int width,
      IBody body,
      Defaults defaults,
      boolean footnote) {
    return new DocxFlow(
        newParagraph, newTable, () -> width, new Tail(), body, defaults, false, footnote);
  }

  /** The same place with other paragraph defaults (quotes, key figures). */
  DocxFlow with(Defaults d) {
    return new DocxFlow(newParagraph, newTable, width, tail, body, d, main, footnote);
  }

  /** The same place with another default paragraph style. */
  DocxFlow withStyle(String style) {
    return with(
        new Defaults(
            style, defaults.align(), defaults.marks(), defaults.indent(), defaults.keep()));
  }

  /** The same place, indented by {@code twips} more (list item continuation). */
  DocxFlow indented(int twips) {
    return with(
        new Defaults(
            defaults.style(),
            defaults.align(),
            defaults.marks(),
            defaults.indent() + twips,
            defaults.keep()));
  }

  int width() {
    return Math.max(567, width.getAsInt() - defaults.indent());
  }

  CTP paragraph() {
    CTP p = newParagraph.get();
    tail.paragraph = p;
    tail.empty = false;
    return p;
  }

  CTTbl table() {
    CTTbl t = newTable.get();
    tail.paragraph = null;
    tail.empty = false;
    return t;
  }

  /** The last element written here when it is a paragraph, else null. */
  CTP lastParagraph() {
    return tail.paragraph;
  }

  /** Whether nothing has been written here yet. */
  boolean isEmpty() {
    return tail.empty;
  }

  /**
   * Ends a cell or a note: it must hold at least one paragraph and end with one (a table cannot be
   * the last element of a cell).
   */
  void close() {
    if (tail.empty || tail.paragraph == null) {
      CTP p = paragraph();
      if (defaults.style() != null) p.addNewPPr().addNewPStyle().setVal(defaults.style());
    }
  }
}

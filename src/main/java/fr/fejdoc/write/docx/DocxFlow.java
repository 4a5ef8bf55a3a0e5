package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import java.util.function.IntSupplier;

/**
 * Where blocks are written: the document body, a table cell, a footnote or a header, with the
 * defaults of an ordinary paragraph there (style, alignment, marks, indentation). Paragraphs and
 * tables are appended in order to the XML of their part ({@link #out}); the last paragraph waits
 * until the next element starts (or {@link #close()}), so that a section break can still be set on
 * it. {@link #width()} is the text width available, in twips.
 */
final class DocxFlow {

  /** What was last appended to one container, shared by its restyled views. */
  private static final class Tail {
    DocxPara paragraph;
    boolean pending;
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

  /** Made before a paragraph or a table of the body (page breaks); null elsewhere. */
  interface Host {
    DocxPara paragraph();

    /** Called before a table starts (with the flow, to place a break carrier). */
    void beforeTable(DocxFlow flow);
  }

  private final Host host;
  private final IntSupplier width;
  private final Tail tail;

  /** The XML of the part being written (document, footnotes, header). */
  final StringBuilder out;

  /** The relationships of that part (hyperlinks). */
  final DocxPackage.Rels rels;

  final Defaults defaults;

  /** True for the document body, where section breaks and page breaks are possible. */
  final boolean main;

  /** True inside a footnote, where further notes and images cannot be placed. */
  final boolean footnote;

  private DocxFlow(
      Host host,
      IntSupplier width,
      Tail tail,
      StringBuilder out,
      DocxPackage.Rels rels,
      Defaults defaults,
      boolean main,
      boolean footnote) {
    this.host = host;
    this.width = width;
    this.tail = tail;
    this.out = out;
    this.rels = rels;
    this.defaults = defaults;
    this.main = main;
    this.footnote = footnote;
  }

  /** The document body: page-level breaks allowed, width given by the current page layout. */
  static DocxFlow main(Host host, IntSupplier width, StringBuilder out, DocxPackage.Rels rels) {
    return new DocxFlow(host, width, new Tail(), out, rels, Defaults.BODY, true, false);
  }

  /** A cell, a note or a header of fixed width, written to {@code out}. */
  static DocxFlow nested(
      StringBuilder out, DocxPackage.Rels rels, int width, Defaults defaults, boolean footnote) {
    return new DocxFlow(null, () -> width, new Tail(), out, rels, defaults, false, footnote);
  }

  /** A nested flow (cell, box) in the same part as this one. */
  DocxFlow nested(int width, Defaults defaults) {
    return nested(out, rels, width, defaults, footnote);
  }

  /** The same place with other paragraph defaults (quotes, key figures). */
  DocxFlow with(Defaults d) {
    return new DocxFlow(host, width, tail, out, rels, d, main, footnote);
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

  /** A new paragraph, after the one before it is written out. */
  DocxPara paragraph() {
    flush();
    DocxPara p = host == null ? new DocxPara() : host.paragraph();
    tail.paragraph = p;
    tail.pending = true;
    tail.empty = false;
    return p;
  }

  /**
   * Starts a table: the paragraph before it is written out; the caller then appends the table's XML
   * to {@link #out}, whole, before anything else is written in this flow.
   */
  StringBuilder table() {
    if (host != null) host.beforeTable(this);
    flush();
    tail.paragraph = null;
    tail.empty = false;
    return out;
  }

  /** The last element written here when it is a paragraph, else null. */
  DocxPara lastParagraph() {
    return tail.paragraph;
  }

  /** Whether nothing has been written here yet. */
  boolean isEmpty() {
    return tail.empty;
  }

  /** Writes out the waiting paragraph, if any. */
  void flush() {
    if (tail.pending) {
      tail.paragraph.writeTo(out);
      tail.pending = false;
    }
  }

  /**
   * Ends a cell, a note or the body: it must hold at least one paragraph and end with one (a table
   * cannot be the last element of a cell); the last paragraph is written out.
   */
  void close() {
    if (tail.empty || tail.paragraph == null) {
      DocxPara p = paragraph();
      if (defaults.style() != null) p.style = defaults.style();
    }
    flush();
  }
}

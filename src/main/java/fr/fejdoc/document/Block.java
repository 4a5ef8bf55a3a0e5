package fr.fejdoc.document;

import java.util.List;

/**
 * Block-level content of the document tree, shared by every document and every writer (the Pandoc
 * model: readers build it, writers walk it, nothing else knows a format).
 */
public sealed interface Block {

  /**
   * The blocks directly inside a container (section, box, columns, blocks side by side, quote);
   * none for the other blocks (table cells, list items and form values are not walked through).
   * Tree walkers that look for one kind of block recurse with it, so that a new container is
   * declared here once.
   */
  static List<Block> children(Block b) {
    List<Block> inside =
        switch (b) {
          case Section s -> s.content();
          case Box x -> x.content();
          case Columns c -> c.content();
          case Beside s -> s.content();
          case Quote q -> q.content();
          case Para p -> null;
          case Heading h -> null;
          case BulletList l -> null;
          case OrderedList l -> null;
          case Table t -> null;
          case Form f -> null;
          case Figure f -> null;
          case KeyFigures k -> null;
          case PageBreak p -> null;
        };
    return inside == null ? List.of() : inside;
  }

  /**
   * A numbered or unnumbered part of a document: its heading and everything below it. {@code level}
   * 1 is a top-level part; {@code number} is the form's own numbering ("I.", "A.", "2.1.") or
   * empty.
   */
  record Section(String id, String number, List<Inline> title, int level, List<Block> content)
      implements Block {}

  /** A paragraph in one of the document styles. */
  record Para(List<Inline> content, ParaStyle style) implements Block {
    public Para(List<Inline> content) {
      this(content, ParaStyle.NORMAL);
    }
  }

  /** A heading inside a section's narrative (the holder's sub-headings), level 1–6 relative. */
  record Heading(int level, List<Inline> content) implements Block {}

  /** A bullet list; each item is a list of blocks. */
  record BulletList(List<List<Block>> items) implements Block {}

  /** A numbered list starting at {@code start}. */
  record OrderedList(int start, List<List<Block>> items) implements Block {}

  /** A table: columns (relative widths), header rows repeated on each page, merged cells. */
  record Table(
      String id, List<Inline> caption, List<Column> columns, List<Row> rows, boolean landscape)
      implements Block {
    public long headerRows() {
      return rows.stream().takeWhile(r -> r.kind() == RowKind.HEADER).count();
    }
  }

  /**
   * A column: its relative width, alignment and an optional formula hint for spreadsheet writers
   * ({@code null}, or as in docs/markup.md: {@code row-sum:2-4} = the sum of columns 2 to 4 of the
   * same row, {@code share:2} = column 2 of the row divided by column 2 of the table's total row).
   * Other writers show the cell's text.
   */
  record Column(int width, Align align, String formula) {
    public Column(int width, Align align) {
      this(width, align, null);
    }
  }

  /** A table row and its role. */
  record Row(List<Cell> cells, RowKind kind) {}

  /** A cell; {@code colspan}/{@code rowspan} ≥ 1; a header cell names its row or column. */
  record Cell(List<Block> content, int colspan, int rowspan, Align align, boolean header) {}

  /** A key/value form (the fiche synthétique, identity blocks). */
  record Form(List<FormRow> rows) implements Block {}

  /** A row of a form: a label and its value, or a group title when {@code value} is empty. */
  record FormRow(List<Inline> label, List<Block> value, boolean group) {}

  /**
   * A figure: {@code source} is the image path inside the project (checked by {@code check}),
   * resolved to bytes by the writer.
   */
  record Figure(
      String source, String alt, List<Inline> caption, List<Inline> credit, int widthPercent)
      implements Block {}

  /** A quotation; a pull quote is set large in the magazine layout. */
  record Quote(List<Block> content, List<Inline> attribution, boolean pull) implements Block {}

  /** Highlighted key figures ("245 JEUNES ont été inclus..."). */
  record KeyFigures(List<KeyFigure> figures) implements Block {}

  /** One key figure. */
  record KeyFigure(String value, List<Inline> caption) {}

  /** A framed box (an actor of the fiche d'expérience, a notice, a title band). */
  record Box(BoxKind kind, List<Inline> title, List<Block> content) implements Block {}

  /** Blocks laid out in {@code count} text columns where the medium allows it. */
  record Columns(int count, List<Block> content) implements Block {}

  /**
   * Blocks side by side in equal columns (the two halves of the bilan), each block in its own
   * column; one below the other where the medium has no room (a spreadsheet, a phone).
   */
  record Beside(List<Block> content) implements Block {}

  /** A forced page break. */
  record PageBreak() implements Block {}

  /** Paragraph styles, mapped by each writer to its own styling. */
  enum ParaStyle {
    NORMAL,
    /** Lead paragraph (chapeau). */
    LEAD,
    /** Centered title block on covers. */
    COVER_TITLE,
    COVER,
    /** Small print (boilerplate, addresses). */
    SMALL,
    /** The visible "Partie non renseignée" marker. */
    MISSING,
    /** A form's instruction ("Cette fiche doit tenir en une seule page"). */
    INSTRUCTION,
    /** Signature lines and certificate text. */
    SIGNATURE
  }

  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  enum RowKind {
    HEADER,
    BODY,
    /** A detail line of the body row above it (budget lines): not counted again in totals. */
    DETAIL,
    /** A group heading row inside the body (a phase of Tableau 2, a rubric of Tableau 1). */
    GROUP,
    /**
     * A total: in a spreadsheet, the sum of the body rows since the last header, group or total.
     */
    TOTAL
  }

  enum BoxKind {
    BAND,
    ACTOR,
    NOTICE,
    IDENTITY
  }
}

package fr.fejdoc.importer;

import java.util.List;

/**
 * A note as read from its file, whatever the format (plain text, DOCX, PDF): its blocks in reading
 * order, each with where it came from, its footnotes and its pictures. The form readers work on
 * this alone, so a format is one source reader and the forms are read once.
 *
 * <p>Texts are Markdown inline: {@code **gras**}, {@code *italique*}, {@code <u>souligné</u>},
 * {@code <sup>…</sup>}, footnote calls {@code [^n]}; Markdown's own characters in the holder's
 * words are escaped the way the source reader found them (plain text sources keep theirs).
 */
public record Source(
    String file,
    Format format,
    List<Block> blocks,
    List<Note> notes,
    List<Picture> pictures,
    String title) {

  public Source {
    blocks = List.copyOf(blocks);
    notes = List.copyOf(notes);
    pictures = List.copyOf(pictures);
  }

  /** A source whose file gives no title in its properties. */
  public Source(
      String file, Format format, List<Block> blocks, List<Note> notes, List<Picture> pictures) {
    this(file, format, blocks, notes, pictures, null);
  }

  /** The same source with the title of the file's properties (DOCX core, PDF information). */
  public Source withTitle(String title) {
    return new Source(file, format, blocks, notes, pictures, title);
  }

  /** The formats a note is read from. */
  public enum Format {
    TEXT,
    DOCX,
    PDF
  }

  /**
   * Where a block came from. TEXT: {@code line} is the file's line (page 0); PDF: the page and the
   * line on that page; DOCX: {@code line} counts the body's paragraphs and table rows (page 0).
   */
  public record Where(int page, int line) {
    /** « ligne 12 », « page 3, ligne 12 » or « paragraphe 12 », as a reviewer finds it. */
    public String describe(Format format) {
      return switch (format) {
        case TEXT -> "ligne " + line;
        case PDF -> "page " + page + ", ligne " + line;
        case DOCX -> "paragraphe " + line;
      };
    }
  }

  /** A block of the note: a paragraph (or heading, or list item) or a table. */
  public sealed interface Block {
    Where where();
  }

  /** How a paragraph is listed. */
  public enum ListKind {
    NONE,
    BULLET,
    NUMBERED
  }

  /**
   * A paragraph: its text as Markdown inline (one paragraph may hold line breaks as {@code \n}),
   * its heading level (0 for body text, 1–6 when the source marks it as a heading: a heading style,
   * a larger or bold font alone on its line, a {@code #} line), its list marker and, for a numbered
   * item, the number printed before it (0 when unknown: a list continued after a paragraph of text
   * shows « 2. », not « 1. »).
   */
  public record Para(
      Where where, String text, int heading, ListKind list, int listLevel, int number)
      implements Block {
    public Para(Where where, String text) {
      this(where, text, 0, ListKind.NONE, 0, 0);
    }

    /** A paragraph whose list number (for a numbered item) is not known. */
    public Para(Where where, String text, int heading, ListKind list, int listLevel) {
      this(where, text, heading, list, listLevel, 0);
    }
  }

  /** A table: its rows, the first ones usually the form's headers. */
  public record Table(Where where, List<Row> rows) implements Block {
    public Table {
      rows = List.copyOf(rows);
    }
  }

  /** A table row: its cells left to right (a merged cell appears once, with its span). */
  public record Row(Where where, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The text of cell {@code i}, or "" past the row's end. */
    public String text(int i) {
      return i < cells.size() ? cells.get(i).text() : "";
    }
  }

  /**
   * A cell: its text (paragraphs joined with {@code \n}, list items keeping their "- ") and the
   * number of grid columns it spans.
   */
  public record Cell(String text, int colspan) {
    public Cell(String text) {
      this(text, 1);
    }
  }

  /** A footnote: its number as called in the text ({@code [^n]}) and its text. */
  public record Note(Where where, String id, String text) {}

  /** A picture found in the note: a file name for the project, its bytes, where it stood. */
  public record Picture(Where where, String name, byte[] bytes) {}
}

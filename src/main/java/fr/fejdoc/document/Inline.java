package fr.fejdoc.document;

import fr.fejdoc.text.FigureKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Text-level content of the document tree: runs of text and the marks put on them. Every writer
 * (HTML, PDF, DOCX) understands exactly these; adding a kind means teaching every writer.
 */
public sealed interface Inline {

  /** Plain text; spaces included. Typography (non-breaking spaces) is already applied. */
  record Text(String text) implements Inline {}

  record Emph(List<Inline> content) implements Inline {}

  record Strong(List<Inline> content) implements Inline {}

  record Underline(List<Inline> content) implements Inline {}

  record Superscript(List<Inline> content) implements Inline {}

  record Subscript(List<Inline> content) implements Inline {}

  /**
   * A typed figure: its kind, its exact value (a percentage in percent: 49 for 49 %) and the text
   * every writer that prints text prints ({@link fr.fejdoc.text.FrenchFormat#figure}, or the
   * holder's own writing of the same value). Spreadsheet writers write the value, never re-read the
   * text.
   */
  record Num(FigureKind kind, BigDecimal value, String text) implements Inline {}

  /** Inline code, kept as written. */
  record Code(String text) implements Inline {}

  /** A link; {@code url} is already checked against the allow-list (http, https, mailto, #). */
  record Link(String url, List<Inline> content) implements Inline {}

  /** A footnote: writers number them in order of appearance and place the body. */
  record Note(List<Block> content) implements Inline {}

  /** A hard line break. */
  record LineBreak() implements Inline {}
}

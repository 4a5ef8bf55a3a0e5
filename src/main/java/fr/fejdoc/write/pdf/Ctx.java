package fr.fejdoc.write.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;

/**
 * The text style and room in force where a block is laid out: size, leading, colour, base weight
 * and slant, alignment, the width available (for images, key figures, nested tables) and whether
 * the block sits in a table cell (no justification, tighter spacing).
 */
record Ctx(
    float size,
    float leading,
    Color color,
    boolean bold,
    boolean italic,
    int align,
    float width,
    boolean inCell) {

  static Ctx body(float width) {
    return new Ctx(
        Styles.BODY,
        Styles.BODY_LEADING,
        Styles.INK,
        false,
        false,
        Element.ALIGN_LEFT,
        width,
        false);
  }

  Ctx size(float s, float l) {
    return new Ctx(s, l, color, bold, italic, align, width, inCell);
  }

  Ctx color(Color c) {
    return new Ctx(size, leading, c, bold, italic, align, width, inCell);
  }

  Ctx bold(boolean b) {
    return new Ctx(size, leading, color, b, italic, align, width, inCell);
  }

  Ctx italic(boolean i) {
    return new Ctx(size, leading, color, bold, i, align, width, inCell);
  }

  Ctx align(int a) {
    return new Ctx(size, leading, color, bold, italic, a, width, inCell);
  }

  Ctx width(float w) {
    return new Ctx(size, leading, color, bold, italic, align, Math.max(w, 20f), inCell);
  }

  /**
   * This context, smaller if a word of {@code text} is wider than {@link #width} (a header over a
   * narrow column, a key figure): words are never cut, down to 6 pt.
   */
  Ctx fitWords(String text) {
    if (text == null || text.isBlank()) return this;
    BaseFont font = Fonts.sans(bold, italic);
    float longest = 0;
    for (String w : text.split("[\\s\\-\u2010]+")) {
      if (!w.isEmpty()) longest = Math.max(longest, font.getWidthPoint(w, size));
    }
    float room = width - 1f;
    if (longest <= room) return this;
    float s = Math.max(6f, size * room / longest);
    return size(s, leading * s / size);
  }

  /** Inside a cell or box: left-aligned unless told otherwise. */
  Ctx cell(float w) {
    int a = align == Element.ALIGN_JUSTIFIED ? Element.ALIGN_LEFT : align;
    return new Ctx(size, leading, color, bold, italic, a, Math.max(w, 20f), true);
  }
}

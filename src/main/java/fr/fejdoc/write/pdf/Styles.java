package fr.fejdoc.write.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/**
 * The look of a printed FEJ form: A4, 2 cm margins, Liberation Sans 10 pt body, headings scaled by
 * section level, FEJ blue (#000091) for titles and bands, grey shading for labels and groups. Every
 * size is in PDF points (1/72 inch).
 */
final class Styles {
  private Styles() {}

  // ------------------------------------------------------------------ page

  static final Rectangle PORTRAIT = PageSize.A4;
  static final Rectangle LANDSCAPE = PageSize.A4.rotate();
  static final float MARGIN_LEFT = 56.7f; // 2 cm
  static final float MARGIN_RIGHT = 56.7f;
  static final float MARGIN_TOP = 62.4f; // 2.2 cm: the running header sits above
  static final float MARGIN_BOTTOM = 56.7f; // 2 cm: the running footer sits below
  static final float HEADER_Y = 36.9f; // distance of the header baseline from the top edge
  static final float FOOTER_Y = 28.4f; // distance of the footer baseline from the bottom edge
  static final float COLUMN_GAP = 17f;

  /** Points in one centimetre. */
  static final float CM = 72f / 2.54f;

  // ------------------------------------------------------------------ colours

  static final Color INK = new Color(0x1E, 0x1E, 0x1E);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  static final Color FEJ_BLUE = new Color(0x00, 0x00, 0x91);
  static final Color RULE = new Color(0x6B, 0x6B, 0x6B);
  static final Color HEAD_BG = new Color(0xD9, 0xDD, 0xEE);
  static final Color GROUP_BG = new Color(0xEC, 0xEC, 0xEC);
  static final Color LABEL_BG = new Color(0xF1, 0xF2, 0xF7);
  static final Color BOX_BG = new Color(0xF6, 0xF6, 0xFA);
  static final Color NOTICE_BG = new Color(0xF2, 0xF2, 0xF2);
  static final Color KEY_BG = new Color(0xEC, 0xEC, 0xFA);
  static final Color MISSING_INK = new Color(0x8A, 0x35, 0x00);
  static final Color MISSING_BG = new Color(0xFF, 0xF4, 0xE5);
  static final Color WHITE = Color.WHITE;

  // ------------------------------------------------------------------ type scale

  static final float BODY = 10f;
  static final float BODY_LEADING = 13.2f;
  static final float TABLE = 8.5f;
  static final float TABLE_LEADING = 10.4f;
  static final float FORM = 9f;
  static final float FORM_LEADING = 11.2f;
  static final float SMALL = 8.5f;
  static final float SMALL_LEADING = 10.6f;
  static final float RUNNING = 8f;
  static final float COVER_TITLE = 18f;
  static final float COVER = 11f;
  static final float LEAD = 11f;
  static final float PULL = 12.5f;
  static final float KEY_VALUE = 20f;
  static final float PARA_AFTER = 5f;
  static final float CELL_PAD = 3f;
  static final float BORDER = 0.5f;

  /** Heading size by level (1 = a part of the form). */
  static float headingSize(int level) {
    return switch (Math.max(1, level)) {
      case 1 -> 13.5f;
      case 2 -> 12f;
      case 3 -> 11f;
      default -> 10f;
    };
  }

  /** A Liberation Sans font: bold and italic select a face, never a simulated style. */
  static Font font(float size, Color color, boolean bold, boolean italic) {
    return new Font(Fonts.sans(bold, italic), size, Font.NORMAL, color);
  }

  static Font mono(float size, Color color) {
    return new Font(Fonts.MONO, size * 0.92f, Font.NORMAL, color);
  }
}

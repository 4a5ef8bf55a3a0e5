package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.write.Sheets.Role;
import fr.fejdoc.write.odf.OdfXml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cell styles of a workbook ({@code xl/styles.xml}), one per distinct look (role, alignment,
 * number format) numbered in order of first use, so that the same tree gives the same styles part:
 * Arial 10 (bold for labels, headers, groups and totals; 12 dark blue for captions; 11 red for the
 * draft mark), grey fills for headers and groups, thin grey rules around table cells (a medium dark
 * one above totals), number formats in Excel's notation.
 */
final class XlsxStyles {

  private record Key(Role role, Block.Align align, String format) {}

  /** The default style (index 0): Arial 10, no format. */
  static final int DEFAULT = 0;

  private final Map<Key, Integer> styles = new LinkedHashMap<>();
  private final Map<String, Integer> formats = new LinkedHashMap<>();

  /** The index ({@code s}) of the style of a cell. */
  int get(Role role, Block.Align align, String format) {
    Key k = new Key(role, align, format);
    Integer s = styles.get(k);
    if (s == null) {
      s = styles.size() + 1;
      styles.put(k, s);
      if (format != null) formats.computeIfAbsent(format, f -> 164 + formats.size());
    }
    return s;
  }

  byte[] xml() {
    OdfXml x = new OdfXml(4096 + styles.size() * 300);
    x.open("styleSheet").attr("xmlns", XlsxBook.NS_MAIN);
    if (!formats.isEmpty()) {
      x.open("numFmts").attr("count", formats.size());
      for (Map.Entry<String, Integer> f : formats.entrySet())
        x.empty("numFmt", "numFmtId", f.getValue().toString(), "formatCode", f.getKey());
      x.close();
    }
    // fonts: 0 plain, 1 bold, 2 caption, 3 draft mark
    x.open("fonts").attr("count", 4);
    font(x, false, 10, null);
    font(x, true, 10, null);
    font(x, true, 12, "FF000091");
    font(x, true, 11, "FFB00020");
    x.close();
    // fills: 0 none, 1 gray125 (both required first), 2 header, 3 group and label, 4 draft
    x.open("fills").attr("count", 5);
    x.open("fill").empty("patternFill", "patternType", "none").close();
    x.open("fill").empty("patternFill", "patternType", "gray125").close();
    for (String rgb : new String[] {"FFD9D9D9", "FFEFEFEF", "FFFDECEA"}) {
      x.open("fill").open("patternFill").attr("patternType", "solid");
      x.empty("fgColor", "rgb", rgb).empty("bgColor", "indexed", "64");
      x.close().close();
    }
    x.close();
    // borders: 0 none, 1 table cell, 2 total (medium dark rule above)
    x.open("borders").attr("count", 3);
    x.open("border").empty("left").empty("right").empty("top").empty("bottom").empty("diagonal");
    x.close();
    border(x, "thin", "FF6B6B6B");
    border(x, "medium", "FF1E1E1E");
    x.close();
    x.open("cellStyleXfs").attr("count", 1);
    x.empty("xf", "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0");
    x.close();
    x.open("cellXfs").attr("count", styles.size() + 1);
    x.empty("xf", "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0", "xfId", "0");
    for (Key k : styles.keySet()) xf(x, k);
    x.close();
    x.open("cellStyles").attr("count", 1);
    x.empty("cellStyle", "name", "Normal", "xfId", "0", "builtinId", "0");
    x.close();
    x.close();
    return x.bytes();
  }

  private void xf(OdfXml x, Key k) {
    Role r = k.role();
    boolean table = r != Role.TITLE && r != Role.LABEL && r != Role.VALUE && r != Role.DRAFT;
    int font =
        switch (r) {
          case TITLE -> 2;
          case DRAFT -> 3;
          case LABEL, HEADER, GROUP, TOTAL -> 1;
          default -> 0;
        };
    int fill =
        switch (r) {
          case HEADER -> 2;
          case GROUP, LABEL -> 3;
          case DRAFT -> 4;
          default -> 0;
        };
    int border = !table ? 0 : r == Role.TOTAL ? 2 : 1;
    int format = k.format() == null ? 0 : formats.get(k.format());
    x.open("xf")
        .attr("numFmtId", format)
        .attr("fontId", font)
        .attr("fillId", fill)
        .attr("borderId", border)
        .attr("xfId", "0");
    if (format != 0) x.attr("applyNumberFormat", "1");
    if (font != 0) x.attr("applyFont", "1");
    if (fill != 0) x.attr("applyFill", "1");
    if (border != 0) x.attr("applyBorder", "1");
    x.attr("applyAlignment", "1");
    x.open("alignment")
        .attr(
            "horizontal",
            k.align() == Block.Align.CENTER
                ? "center"
                : k.align() == Block.Align.RIGHT ? "right" : "left")
        .attr("vertical", r == Role.HEADER ? "center" : "top");
    if (r != Role.TITLE && r != Role.DRAFT) x.attr("wrapText", "1");
    if (r == Role.DETAIL && k.align() != Block.Align.RIGHT) x.attr("indent", "1");
    x.close();
    x.close();
  }

  private static void font(OdfXml x, boolean bold, int points, String rgb) {
    x.open("font");
    if (bold) x.empty("b");
    x.empty("sz", "val", Integer.toString(points));
    if (rgb != null) x.empty("color", "rgb", rgb);
    x.empty("name", "val", "Arial");
    x.empty("family", "val", "2");
    x.close();
  }

  /** Thin grey rules on every side, the top one {@code top} in {@code topColor}. */
  private static void border(OdfXml x, String top, String topColor) {
    x.open("border");
    for (String side : new String[] {"left", "right", "top", "bottom"}) {
      boolean isTop = side.equals("top");
      x.open(side).attr("style", isTop ? top : "thin");
      x.empty("color", "rgb", isTop ? topColor : "FF6B6B6B");
      x.close();
    }
    x.empty("diagonal");
    x.close();
  }
}

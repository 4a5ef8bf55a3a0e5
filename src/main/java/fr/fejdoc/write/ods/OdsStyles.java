package fr.fejdoc.write.ods;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Sheets.Role;
import fr.fejdoc.write.odf.OdfXml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The automatic styles of a spreadsheet, named in order of first use (same tree → same names):
 * number styles (French separators), cell styles by role, alignment and number style, column
 * widths.
 */
final class OdsStyles {

  private record Key(Role role, Block.Align align, String number) {}

  private final Map<Key, String> cells = new LinkedHashMap<>();
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final Map<String, String> numbers = new LinkedHashMap<>();

  /** The number style of a figure: "N0", "N2" (decimals), "NEUR", "P0", "P1"… */
  String number(Inline.Num n) {
    if (n == null) return null;
    int d = OdsTable.decimals(n);
    String name =
        switch (n.kind()) {
          case COUNT -> "N0";
          case AMOUNT -> "NEUR";
          case PERCENT -> "P" + d;
          case ETP, DECIMAL -> "N" + d;
        };
    numbers.putIfAbsent(name, name);
    return name;
  }

  /** The percentage style without decimals (a share computed where the tree shows none). */
  String percent() {
    numbers.putIfAbsent("P0", "P0");
    return "P0";
  }

  String cell(Role role, Block.Align align, String number) {
    return cells.computeIfAbsent(new Key(role, align, number), k -> "ce" + (cells.size() + 1));
  }

  /** A column style of {@code width} characters. */
  String column(int width) {
    String w = String.format(java.util.Locale.ROOT, "%.2fcm", (width + 2) * 0.2);
    return columns.computeIfAbsent(w, k -> "co" + (columns.size() + 1));
  }

  void write(OdfXml x) {
    for (String n : numbers.keySet()) numberStyle(x, n);
    for (Map.Entry<String, String> c : columns.entrySet()) {
      x.open("style:style").attr("style:name", c.getValue()).attr("style:family", "table-column");
      x.empty("style:table-column-properties", "style:column-width", c.getKey());
      x.close();
    }
    x.open("style:style").attr("style:name", "ta1").attr("style:family", "table");
    x.attr("style:master-page-name", "Portrait");
    x.empty("style:table-properties", "table:display", "true");
    x.close();
    x.open("style:style").attr("style:name", "ta2").attr("style:family", "table");
    x.attr("style:master-page-name", "Landscape");
    x.empty("style:table-properties", "table:display", "true");
    x.close();
    for (Map.Entry<Key, String> c : cells.entrySet()) cellStyle(x, c.getKey(), c.getValue());
  }

  private static void numberStyle(OdfXml x, String name) {
    boolean percent = name.startsWith("P");
    boolean euro = name.equals("NEUR");
    int d = euro ? 2 : Integer.parseInt(name.substring(1));
    String element =
        euro
            ? "number:currency-style"
            : percent ? "number:percentage-style" : "number:number-style";
    x.open(element)
        .attr("style:name", name)
        .attr("number:language", "fr")
        .attr("number:country", "FR");
    x.empty(
        "number:number",
        "number:decimal-places",
        Integer.toString(d),
        "number:min-decimal-places",
        Integer.toString(d),
        "number:min-integer-digits",
        "1",
        "number:grouping",
        percent ? "false" : "true");
    if (euro) {
      x.open("number:text").text("\u00A0").close();
      x.open("number:currency-symbol")
          .attr("number:language", "fr")
          .attr("number:country", "FR")
          .text("€")
          .close();
    }
    if (percent) x.open("number:text").text("\u00A0%").close();
    x.close();
  }

  private static void cellStyle(OdfXml x, Key k, String name) {
    x.open("style:style")
        .attr("style:name", name)
        .attr("style:family", "table-cell")
        .attr("style:parent-style-name", "Default");
    if (k.number() != null) x.attr("style:data-style-name", k.number());
    boolean table =
        k.role() != Role.TITLE
            && k.role() != Role.LABEL
            && k.role() != Role.VALUE
            && k.role() != Role.DRAFT;
    x.open("style:table-cell-properties");
    if (table) {
      String rule = "0.5pt solid #6b6b6b";
      x.attr("fo:border-top", k.role() == Role.TOTAL ? "1.5pt solid #1e1e1e" : rule);
      x.attr("fo:border-bottom", rule).attr("fo:border-left", rule).attr("fo:border-right", rule);
    }
    String fill =
        switch (k.role()) {
          case HEADER -> "#d9d9d9";
          case GROUP, LABEL -> "#efefef";
          case DRAFT -> "#fdecea";
          default -> null;
        };
    x.attr("fo:background-color", fill);
    x.attr("fo:wrap-option", k.role() == Role.TITLE || k.role() == Role.DRAFT ? null : "wrap");
    x.attr("style:vertical-align", k.role() == Role.HEADER ? "middle" : "top");
    x.close();
    String align =
        k.align() == Block.Align.CENTER ? "center" : k.align() == Block.Align.RIGHT ? "end" : null;
    x.open("style:paragraph-properties");
    x.attr("fo:text-align", align);
    if (k.role() == Role.DETAIL && k.align() != Block.Align.RIGHT)
      x.attr("fo:margin-left", "0.2cm");
    x.close();
    x.open("style:text-properties").attr("fo:font-family", "Arial");
    x.attr(
        "fo:font-size", k.role() == Role.TITLE ? "12pt" : k.role() == Role.DRAFT ? "11pt" : "10pt");
    boolean bold =
        switch (k.role()) {
          case TITLE, DRAFT, LABEL, HEADER, GROUP, TOTAL -> true;
          default -> false;
        };
    if (bold) x.attr("fo:font-weight", "bold");
    if (k.role() == Role.TITLE) x.attr("fo:color", "#000091");
    if (k.role() == Role.DRAFT) x.attr("fo:color", "#b00020");
    x.close();
    x.close();
  }
}

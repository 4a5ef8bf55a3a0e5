package fr.fejdoc.write.xlsx;

import fr.fejdoc.write.odf.OdfXml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shared strings of a workbook ({@code xl/sharedStrings.xml}), numbered in order of first use.
 * A text is written as it reads: characters XML cannot hold are dropped, a text longer than a cell
 * holds (32,767 characters) is cut, and a literal {@code _xHHHH_} is escaped ({@code _x005F_}) so
 * that no reader turns it into another character.
 */
public final class XlsxStrings {
  /** The most characters a cell holds. */
  static final int MAX_LENGTH = 32_767;

  private static final Pattern ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private int uses;

  /** The index of {@code text} (added if new). */
  public int index(String text) {
    uses++;
    Integer i = index.get(text);
    if (i == null) {
      i = index.size();
      index.put(text, i);
    }
    return i;
  }

  public byte[] xml() {
    int size = 1024;
    for (String s : index.keySet()) size += s.length() + 16;
    OdfXml x = new OdfXml(size);
    x.open("sst")
        .attr("xmlns", XlsxBook.NS_MAIN)
        .attr("count", uses)
        .attr("uniqueCount", index.size());
    for (String s : index.keySet()) {
      String t = cell(s);
      x.open("si").open("t");
      if (!t.isEmpty()
          && (Character.isWhitespace(t.charAt(0))
              || Character.isWhitespace(t.charAt(t.length() - 1))
              || t.indexOf('\n') >= 0)) x.attr("xml:space", "preserve");
      x.text(t).close().close();
    }
    x.close();
    return x.bytes();
  }

  /** The text as a cell holds it (see the class comment). */
  static String cell(String s) {
    String t = OdfXml.clean(s);
    if (t.length() > MAX_LENGTH) {
      int end = MAX_LENGTH;
      if (Character.isLowSurrogate(t.charAt(end))) end--;
      t = t.substring(0, end);
    }
    return t.indexOf("_x") < 0 ? t : ESCAPE.matcher(t).replaceAll("_x005F_$1");
  }
}

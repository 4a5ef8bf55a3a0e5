package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note as plain text (the extractions of ../seeds: Markdown-ish {@code **} and {@code ##},
 * tab-separated table rows, stray HTML tags) into a {@link Source}. Consecutive lines holding a tab
 * form one table; a {@code #} line is a heading; other consecutive non-blank lines form a paragraph
 * (its lines joined with {@code \n}); {@code - } and {@code 1. } lines are list items.
 */
public final class TextSource {
  private TextSource() {}

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");

  public static Source read(String file, String text) {
    List<String> lines = text.lines().toList();
    List<Source.Block> blocks = new ArrayList<>();
    List<Source.Row> rows = null;
    StringBuilder para = null;
    int paraLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      Deadline.check();
      String l = lines.get(i);
      Source.Where where = new Source.Where(0, i + 1);
      boolean tab = l.indexOf('\t') >= 0;
      if (!tab && rows != null) {
        blocks.add(table(rows));
        rows = null;
      }
      if (tab) {
        if (para != null) {
          blocks.add(new Source.Para(new Source.Where(0, paraLine), para.toString()));
          para = null;
        }
        if (rows == null) rows = new ArrayList<>();
        List<Source.Cell> cells = new ArrayList<>();
        for (String c : l.split("\t", -1)) cells.add(new Source.Cell(c.strip()));
        rows.add(new Source.Row(where, cells));
        continue;
      }
      Matcher h = HEADING.matcher(l);
      Matcher b = BULLET.matcher(l);
      Matcher n = NUMBERED.matcher(l);
      boolean alone = l.isBlank() || l.strip().equals("---") || h.matches();
      boolean item = !alone && (b.matches() && !l.strip().startsWith("**") || n.matches());
      if (alone || item) {
        if (para != null) {
          blocks.add(new Source.Para(new Source.Where(0, paraLine), para.toString()));
          para = null;
        }
        if (h.matches()) {
          blocks.add(
              new Source.Para(
                  where, h.group(2).strip(), h.group(1).length(), Source.ListKind.NONE, 0));
        } else if (item) {
          boolean bullet = b.matches() && !l.strip().startsWith("**");
          String t = bullet ? b.group(1) : n.group(2);
          int level = (l.length() - l.stripLeading().length()) / 2;
          blocks.add(
              new Source.Para(
                  where,
                  t.strip(),
                  0,
                  bullet ? Source.ListKind.BULLET : Source.ListKind.NUMBERED,
                  level,
                  bullet ? 0 : Integer.parseInt(n.group(1))));
        }
        continue;
      }
      if (para == null) {
        para = new StringBuilder(l.strip());
        paraLine = i + 1;
      } else para.append('\n').append(l.strip());
    }
    if (rows != null) blocks.add(table(rows));
    if (para != null) blocks.add(new Source.Para(new Source.Where(0, paraLine), para.toString()));
    return new Source(file, Source.Format.TEXT, blocks, List.of(), List.of());
  }

  /**
   * The table of consecutive tab lines, without its leading columns blank in every row: an
   * extraction adds one for a merged cell or a tab too many, and it would shift the row labels.
   * Other blank columns stay: headers merged over two rows place the columns under them.
   */
  static Source.Table table(List<Source.Row> rows) {
    int width = 0;
    for (Source.Row r : rows) width = Math.max(width, r.cells().size());
    boolean[] used = new boolean[width];
    for (Source.Row r : rows) {
      Deadline.check();
      for (int i = 0; i < r.cells().size(); i++) {
        if (!r.cells().get(i).text().isBlank()) used[i] = true;
      }
    }
    int lead = 0;
    while (lead < width - 1 && !used[lead]) lead++;
    if (lead == 0) return new Source.Table(rows.get(0).where(), rows);
    for (int i = lead; i < width; i++) used[i] = true;
    List<Source.Row> out = new ArrayList<>();
    for (Source.Row r : rows) {
      Deadline.check();
      List<Source.Cell> cells = new ArrayList<>();
      for (int i = 0; i < r.cells().size(); i++) if (used[i]) cells.add(r.cells().get(i));
      if (cells.isEmpty()) cells.add(new Source.Cell(""));
      out.add(new Source.Row(r.where(), cells));
    }
    return new Source.Table(out.get(0).where(), out);
  }
}

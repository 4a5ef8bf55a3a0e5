package fr.fejdoc.write;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.odf.OdfXml;
import java.util.List;

/**
 * The plain text of blocks for a spreadsheet cell, in XLSX and ODS alike (and so for the formula
 * plan both follow): one line per paragraph or list item, an image by its alternative text.
 */
public final class CellText {
  private CellText() {}

  public static String of(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    blocks(blocks, b, "");
    return OdfXml.clean(b.toString()).strip();
  }

  public static String of(Iterable<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    inlines(inlines, b);
    return OdfXml.clean(b.toString()).strip();
  }

  private static void blocks(List<Block> list, StringBuilder b, String prefix) {
    if (list == null) return;
    for (Block x : list) {
      switch (x) {
        case null -> {}
        case Block.Para p -> line(b, prefix, p.content());
        case Block.Heading h -> line(b, prefix, h.content());
        case Block.Section s -> {
          line(b, prefix, s.title());
          blocks(s.content(), b, prefix);
        }
        case Block.BulletList l -> items(l.items(), b, prefix, -1);
        case Block.OrderedList l -> items(l.items(), b, prefix, l.start());
        case Block.Quote q -> blocks(q.content(), b, prefix);
        case Block.Box box -> {
          line(b, prefix, box.title());
          blocks(box.content(), b, prefix);
        }
        case Block.Columns c -> blocks(c.content(), b, prefix);
        case Block.Beside s -> blocks(s.content(), b, prefix);
        case Block.Table t -> {
          for (Block.Row r : t.rows() == null ? List.<Block.Row>of() : t.rows()) {
            if (r == null || r.cells() == null) continue;
            StringBuilder row = new StringBuilder();
            for (Block.Cell c : r.cells()) {
              if (c == null) continue;
              if (row.length() > 0) row.append(" | ");
              row.append(of(c.content()).replace('\n', ' '));
            }
            newline(b).append(prefix).append(row);
          }
        }
        case Block.Form f -> {
          for (Block.FormRow r : f.rows() == null ? List.<Block.FormRow>of() : f.rows()) {
            if (r == null) continue;
            newline(b).append(prefix).append(of(r.label()));
            String v = of(r.value()).replace('\n', ' ');
            if (!v.isEmpty()) b.append(" : ").append(v);
          }
        }
        case Block.KeyFigures k -> {
          for (Block.KeyFigure f : k.figures() == null ? List.<Block.KeyFigure>of() : k.figures())
            if (f != null)
              newline(b).append(prefix).append(f.value()).append(' ').append(of(f.caption()));
        }
        case Block.Figure f -> {
          if (f.alt() != null && !f.alt().isBlank()) newline(b).append(prefix).append(f.alt());
        }
        case Block.PageBreak pb -> {}
      }
    }
  }

  private static void items(List<List<Block>> items, StringBuilder b, String prefix, int start) {
    if (items == null) return;
    int n = start;
    for (List<Block> item : items) {
      String mark = start < 0 ? "• " : (n++) + ". ";
      StringBuilder inner = new StringBuilder();
      blocks(item, inner, "");
      String[] lines = inner.toString().split("\n", -1);
      for (int k = 0; k < lines.length; k++) {
        newline(b).append(prefix).append(k == 0 ? mark : "  ").append(lines[k]);
      }
    }
  }

  private static void line(StringBuilder b, String prefix, List<Inline> content) {
    String s = of(content);
    if (!s.isEmpty()) newline(b).append(prefix).append(s);
  }

  private static StringBuilder newline(StringBuilder b) {
    if (b.length() > 0) b.append('\n');
    return b;
  }

  private static void inlines(Iterable<Inline> list, StringBuilder b) {
    if (list == null) return;
    List<Inline> all = new java.util.ArrayList<>();
    list.forEach(all::add);
    fr.fejdoc.document.PlainText.append(all, "\n", b);
  }
}

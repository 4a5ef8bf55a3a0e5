package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Reads a Word file (DOCX) into a {@link Source}: body paragraphs in order (heading level from the
 * paragraph's style or outline level), tables with their rows and cells (merged cells once, with
 * their span), bold and italic runs as Markdown.
 */
public final class DocxSource {
  private DocxSource() {}

  /** Reads {@code in}; an {@link IOException} when it is not a readable DOCX. */
  public static Source read(String file, InputStream in) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(in)) {
      List<Source.Block> blocks = new ArrayList<>();
      int[] counter = {0};
      for (IBodyElement e : doc.getBodyElements()) {
        Deadline.check();
        if (e instanceof XWPFParagraph p) {
          counter[0]++;
          String text = runs(p);
          if (text.isBlank()) continue;
          blocks.add(
              new Source.Para(
                  new Source.Where(0, counter[0]),
                  text,
                  heading(doc, p),
                  list(p),
                  p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue()));
        } else if (e instanceof XWPFTable t) {
          counter[0]++;
          Source.Where where = new Source.Where(0, counter[0]);
          List<Source.Row> rows = new ArrayList<>();
          for (XWPFTableRow r : t.getRows()) {
            Deadline.check();
            Source.Where rw = new Source.Where(0, counter[0]++);
            List<Source.Cell> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
              int span = 1;
              if (c.getCTTc().getTcPr() != null && c.getCTTc().getTcPr().getGridSpan() != null) {
                span = c.getCTTc().getTcPr().getGridSpan().getVal().intValue();
              }
              List<String> paras = new ArrayList<>();
              cellText(c, paras, 0);
              cells.add(new Source.Cell(String.join("\n", paras).strip(), Math.max(1, span)));
            }
            rows.add(new Source.Row(rw, cells));
          }
          blocks.add(new Source.Table(where, rows));
        }
      }
      return new Source(file, Source.Format.DOCX, blocks, List.of(), List.of());
    } catch (Deadline.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException("not a DOCX", e);
    }
  }

  /**
   * A cell's paragraphs in order ("- " before a bullet), and the rows of a table nested in it (a
   * box holding a form) as lines of tab-separated cells; nesting bounded.
   */
  private static void cellText(XWPFTableCell c, List<String> out, int depth) {
    for (IBodyElement e : c.getBodyElements()) {
      Deadline.check();
      if (e instanceof XWPFParagraph cp) {
        String t2 = runs(cp);
        if (list(cp) == Source.ListKind.BULLET) t2 = "- " + t2;
        out.add(t2);
      } else if (e instanceof XWPFTable nested && depth < 3) {
        for (XWPFTableRow r : nested.getRows()) {
          Deadline.check();
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell nc : r.getTableCells()) {
            List<String> inner = new ArrayList<>();
            cellText(nc, inner, depth + 1);
            cells.add(String.join(" ", inner).replace('\t', ' ').replace('\n', ' ').strip());
          }
          out.add(String.join("\t", cells));
        }
      }
    }
  }

  /** The paragraph's runs as Markdown inline: bold, italic, underline, superscript kept. */
  static String runs(XWPFParagraph p) {
    StringBuilder b = new StringBuilder();
    for (XWPFRun r : p.getRuns()) {
      String t = r.text();
      if (t == null || t.isEmpty()) continue;
      String open = "";
      String close = "";
      if (r.isBold() && !t.isBlank()) {
        open += "**";
        close = "**" + close;
      }
      if (r.isItalic() && !t.isBlank()) {
        open += "*";
        close = "*" + close;
      }
      b.append(open).append(t).append(close);
    }
    return b.toString().replace("****", "").strip();
  }

  /** The heading level of a paragraph: its style's ("Heading 2", "Titre 2") or outline level. */
  static int heading(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id != null) {
      String name = id;
      XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
      if (style != null && style.getName() != null) name = style.getName();
      String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
      for (String prefix : List.of("heading", "titre")) {
        if (n.startsWith(prefix) && n.length() == prefix.length() + 1) {
          char c = n.charAt(prefix.length());
          if (c >= '1' && c <= '6') return c - '0';
        }
      }
      if (style != null && style.getCTStyle().getPPr() != null) {
        CTDecimalNumber o = style.getCTStyle().getPPr().getOutlineLvl();
        if (o != null && o.getVal().intValue() < 6) return o.getVal().intValue() + 1;
      }
    }
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal().intValue() < 6) {
      return ppr.getOutlineLvl().getVal().intValue() + 1;
    }
    return 0;
  }

  static Source.ListKind list(XWPFParagraph p) {
    if (p.getNumID() == null) return Source.ListKind.NONE;
    String fmt = p.getNumFmt();
    return fmt != null && !fmt.equals("bullet") ? Source.ListKind.NUMBERED : Source.ListKind.BULLET;
  }
}

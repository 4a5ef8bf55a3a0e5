package fr.fejdoc.importer;

import fr.fejdoc.importer.PdfInk.Glyph;
import fr.fejdoc.importer.PdfLayout.Grid;
import fr.fejdoc.importer.PdfLayout.Line;
import fr.fejdoc.model.Deadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF into a {@link Source} (PDFBox): the glyphs of each page with their positions grouped
 * into lines, words and paragraphs (headings from larger or bold lines standing alone, list items
 * from bullets); tables from their ruling lines, a table continued over the next page (its header
 * rows repeated) read as one; running headers, footers and page numbers dropped; footnotes (small
 * numbered lines after their call) as notes. Bounded: at most {@link #MAX_PAGES} pages, memory for
 * the file's objects capped, {@link Deadline#check()} per page, line and glyph batch.
 */
public final class PdfSource {
  private PdfSource() {}

  /** The longest note read (a restitution finale with its annexes is a few dozen pages). */
  public static final int MAX_PAGES = 300;

  /** Memory the parsed objects may take. */
  private static final long MAX_MEMORY = 256L * 1024 * 1024;

  public static Source read(String file, byte[] bytes) throws NotImportable {
    if (!complete(bytes)) throw new NotImportable("import.pdf-unreadable");
    try (PDDocument doc =
        Loader.loadPDF(
            bytes,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages > MAX_PAGES) throw new NotImportable("import.pdf-too-many-pages", pages, MAX_PAGES);
      if (pages == 0) throw new NotImportable("import.pdf-unreadable");
      PdfInk.Glyphs glyphs = new PdfInk.Glyphs();
      glyphs.getText(doc);
      boolean any = false;
      for (List<Glyph> p : glyphs.pages) {
        for (Glyph g : p) if (!g.text().isBlank()) any = true;
      }
      if (!any) throw new NotImportable("import.pdf-no-text");
      List<PdfLayout.Page> laid = new ArrayList<>();
      int i = 0;
      for (PDPage page : doc.getPages()) {
        Deadline.check();
        if (i >= glyphs.pages.size()) break;
        PdfInk.Rules rules = new PdfInk.Rules(page);
        try {
          rules.processPage(page);
        } catch (IOException | RuntimeException e) {
          rules.rules.clear(); // a damaged drawing: the page's text without its tables
        }
        List<Glyph> g = glyphs.pages.get(i);
        laid.add(PdfLayout.page(i + 1, g, rules.rules, baselines(g)));
        i++;
      }
      return new Builder(file, laid, glyphs.pages).build();
    } catch (InvalidPasswordException e) {
      throw new NotImportable("import.pdf-encrypted");
    } catch (IOException e) {
      throw new NotImportable("import.pdf-unreadable");
    } catch (Deadline.Exceeded e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new NotImportable("import.pdf-unreadable");
    }
  }

  /** Whether the file ends as a PDF does ("%%EOF" in its last kilobytes): else it was cut. */
  static boolean complete(byte[] b) {
    int from = Math.max(0, b.length - 2048);
    String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static float[] baselines(List<Glyph> glyphs) {
    float[] ys = new float[glyphs.size()];
    for (int i = 0; i < ys.length; i++) ys[i] = glyphs.get(i).y();
    java.util.Arrays.sort(ys);
    float[] out = new float[ys.length];
    int n = 0;
    for (float y : ys) if (n == 0 || y - out[n - 1] > 2f) out[n++] = y;
    return java.util.Arrays.copyOf(out, n);
  }

  /** Turns laid-out pages into the source's blocks. */
  private static final class Builder {
    private final String file;
    private final List<PdfLayout.Page> pages;
    private final List<List<Glyph>> glyphs;
    private final List<Source.Block> blocks = new ArrayList<>();
    private final List<Source.Note> notes = new ArrayList<>();
    private final Set<String> calls = new HashSet<>();
    private float body = 10f;
    private int bodyRgb;

    Builder(String file, List<PdfLayout.Page> pages, List<List<Glyph>> glyphs) {
      this.file = file;
      this.pages = pages;
      this.glyphs = glyphs;
    }

    Source build() {
      bodyFont();
      Set<String> running = running();
      Source.Table lastTable = null;
      float[] lastXs = null;
      String lastCaption = null;
      for (int p = 0; p < pages.size(); p++) {
        Deadline.check();
        PdfLayout.Page page = pages.get(p);
        float[] base = baselines(glyphs.get(p));
        List<Line> lines = new ArrayList<>();
        int n = page.lines().size();
        for (int i = 0; i < n; i++) {
          Line l = page.lines().get(i);
          if ((i < 2 || i >= n - 2) && running.contains(shape(PdfLayout.text(l)))) continue;
          lines.add(l);
        }
        List<Grid> grids = page.grids();
        // reading order: paragraphs and tables by their top
        List<Object> items = new ArrayList<>();
        int gi = 0;
        for (List<Line> para : paragraphs(lines)) {
          float top = para.get(0).y() - para.get(0).size();
          while (gi < grids.size() && grids.get(gi).top() < top) items.add(grids.get(gi++));
          items.add(para);
        }
        while (gi < grids.size()) items.add(grids.get(gi++));
        boolean first = true;
        for (int k = 0; k < items.size(); k++) {
          Object it = items.get(k);
          if (it instanceof Grid g) {
            if (first && lastTable != null && continues(lastXs, g)) {
              Source.Table merged = merge(lastTable, g);
              blocks.set(blocks.size() - 1, merged);
              lastTable = merged;
            } else {
              lastCaption = captionBefore();
              lastTable = new Source.Table(g.rows().get(0).where(), g.rows());
              blocks.add(lastTable);
            }
            lastXs = g.xs();
            first = false;
            continue;
          }
          @SuppressWarnings("unchecked")
          List<Line> para = (List<Line>) it;
          Source.Block b = para(p + 1, base, para);
          if (b == null) continue;
          // the caption repeated over a table continued on this page
          if (first
              && lastTable != null
              && lastCaption != null
              && b instanceof Source.Para pp
              && Texts.key(pp.text()).equals(lastCaption)
              && k + 1 < items.size()
              && items.get(k + 1) instanceof Grid g2
              && continues(lastXs, g2)) continue;
          blocks.add(b);
          lastTable = null;
          first = false;
        }
      }
      return new Source(file, Source.Format.PDF, blocks, notes, List.of());
    }

    private String captionBefore() {
      if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Source.Para p))
        return null;
      return Texts.key(p.text());
    }

    /** Whether grid {@code g}, first on its page, continues table {@code t} of the page before. */
    private static boolean continues(float[] xs, Grid g) {
      if (xs == null) return false;
      if (xs.length != g.xs().length) return false;
      for (int i = 0; i < xs.length; i++) if (Math.abs(xs[i] - g.xs()[i]) > 2f) return false;
      return true;
    }

    private static Source.Table merge(Source.Table t, Grid g) {
      int k = 0;
      while (k < g.rows().size() && k < t.rows().size() && same(t.rows().get(k), g.rows().get(k)))
        k++;
      if (k == g.rows().size()) k = 0; // nothing but headers: keep it
      List<Source.Row> rows = new ArrayList<>(t.rows());
      rows.addAll(g.rows().subList(k, g.rows().size()));
      return new Source.Table(t.where(), rows);
    }

    private static boolean same(Source.Row a, Source.Row b) {
      if (a.cells().size() != b.cells().size()) return false;
      for (int i = 0; i < a.cells().size(); i++) {
        if (!Texts.key(a.text(i)).equals(Texts.key(b.text(i)))) return false;
      }
      return true;
    }

    /** The body text's size and colour: those of most characters outside tables. */
    private void bodyFont() {
      Map<Float, Integer> sizes = new HashMap<>();
      Map<Integer, Integer> colours = new HashMap<>();
      for (PdfLayout.Page p : pages) {
        for (Line l : p.lines()) {
          for (Glyph g : l.glyphs()) {
            sizes.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
            colours.merge(g.rgb() & 0xFFFFFF, 1, Integer::sum);
          }
        }
      }
      body =
          sizes.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(10f);
      bodyRgb =
          colours.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(0);
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PAGE_NUMBER =
        Pattern.compile("(?i)^[-–— ]*(page\\s*)?#(\\s*(/|sur|of)\\s*#)?[-–— ]*$");

    private static String shape(String text) {
      return DIGITS.matcher(Texts.key(text)).replaceAll("#");
    }

    /** Running headers and footers: lines at a page's top or foot repeated on most pages. */
    private Set<String> running() {
      Map<String, Integer> count = new HashMap<>();
      Set<String> out = new HashSet<>();
      for (PdfLayout.Page p : pages) {
        Set<String> seen = new HashSet<>();
        List<Line> lines = p.lines();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
          if (i >= 2 && i < n - 2) continue;
          Line l = lines.get(i);
          String s = shape(PdfLayout.text(l));
          if (PAGE_NUMBER.matcher(s).matches() && (i < 2 || i >= n - 2)) out.add(s);
          if (seen.add(s)) count.merge(s, 1, Integer::sum);
        }
      }
      int need = Math.max(2, (pages.size() + 1) / 2);
      for (var e : count.entrySet())
        if (e.getValue() >= need && pages.size() >= 2) out.add(e.getKey());
      return out;
    }

    /** Lines grouped into paragraphs: a wider gap, a change of font or a list marker starts one. */
    private List<List<Line>> paragraphs(List<Line> lines) {
      List<List<Line>> out = new ArrayList<>();
      List<Line> cur = null;
      Line prev = null;
      for (Line l : lines) {
        Deadline.check();
        boolean start =
            cur == null
                || l.y() - prev.y() > Math.max(prev.size(), l.size()) * 1.5f
                || l.y() - prev.y() < 1f
                || Math.abs(l.size() - prev.size()) > 0.6f
                || l.rgb() != prev.rgb()
                || l.bold() != prev.bold()
                || PdfLayout.marker(l) != null
                || note(l) != null;
        if (start) {
          cur = new ArrayList<>();
          out.add(cur);
        }
        cur.add(l);
        prev = l;
      }
      return out;
    }

    /** The footnote number a small line starts with, when that call was met, or null. */
    private String note(Line l) {
      if (l.size() > body * 0.92f || calls.isEmpty()) return null;
      StringBuilder n = new StringBuilder();
      for (Glyph g : l.glyphs()) {
        if (g.text().matches("[0-9]")) n.append(g.text());
        else break;
      }
      return n.length() > 0 && calls.contains(n.toString()) ? n.toString() : null;
    }

    private static final Pattern CALL = Pattern.compile("\\[\\^([0-9*]+)]");

    private Source.Block para(int page, float[] base, List<Line> lines) {
      Line first = lines.get(0);
      Source.Where where = new Source.Where(page, PdfLayout.lineAt(base, first.y()));
      String id = note(first);
      String marker = PdfLayout.marker(first);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        String t = PdfLayout.text(lines.get(i), i == 0 && marker != null ? 1 : 0);
        if (i > 0) b.append(' ');
        b.append(t);
      }
      String text = b.toString().replace("** **", " ").replace("* *", " ").strip();
      if (text.isEmpty()) return null;
      if (id != null) {
        calls.remove(id);
        String rest = text.substring(text.indexOf(id) + id.length()).strip();
        notes.add(new Source.Note(where, id, rest));
        return null;
      }
      var m = CALL.matcher(text);
      while (m.find()) calls.add(m.group(1));
      if (marker != null) {
        int level = marker.equals("•") || marker.equals("●") || marker.equals("▪") ? 0 : 1;
        return new Source.Para(where, text, 0, Source.ListKind.BULLET, level);
      }
      return new Source.Para(where, text, heading(lines, text), Source.ListKind.NONE, 0);
    }

    /** A heading level for larger or bold lines standing alone, else 0. */
    private int heading(List<Line> lines, String text) {
      Line l = lines.get(0);
      if (lines.size() > 3 || Texts.plain(text).length() > 250) return 0;
      float r = l.size() / body;
      if (r >= 1.5f) return 1;
      if (r >= 1.3f) return 1;
      if (r >= 1.15f) return 2;
      if (r >= 1.07f && (l.bold() || l.rgb() != bodyRgb)) return 3;
      if (l.bold() && l.rgb() != bodyRgb && r >= 0.97f) return 4;
      return 0;
    }
  }
}

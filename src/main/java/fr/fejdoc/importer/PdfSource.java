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
      PdfPictures pictures = new PdfPictures();
      List<Float> widths = new ArrayList<>();
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
        float[] base = baselines(g);
        laid.add(PdfLayout.page(i + 1, g, rules.rules, base));
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        var box = page.getCropBox();
        widths.add(rotation == 90 || rotation == 270 ? box.getHeight() : box.getWidth());
        pictures.add(i + 1, rules.images, base);
        i++;
      }
      Source source = new Builder(file, laid, glyphs.pages, widths).build(pictures.pictures());
      // the document's title property (fejdoc writes the holder's own casing there)
      String title = doc.getDocumentInformation().getTitle();
      return title == null || title.length() > 1000 ? source : source.withTitle(title);
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

    /** The left margin (where most lines start) and the text's right edge. */
    private float left;

    private float right;
    private int bodyRgb;

    /** Each page's width as shown. */
    private final List<Float> widths;

    /**
     * The furthest right text reaches, per page width and column (0 one column, 1 left, 2 right): a
     * line ends short of it when the writer broke it.
     */
    private final Map<String, Float> edges = new HashMap<>();

    Builder(String file, List<PdfLayout.Page> pages, List<List<Glyph>> glyphs, List<Float> widths) {
      this.widths = widths;
      this.file = file;
      this.pages = pages;
      this.glyphs = glyphs;
    }

    Source build(List<Source.Picture> pictures) {
      bodyFont();
      edges();
      leadings();
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
        List<Object> items = order(paragraphs(lines, page.gutter()), grids, lines, page.gutter());
        boolean first = true;
        List<Line> carry = open;
        open = null;
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
            open = null;
            continue;
          }
          @SuppressWarnings("unchecked")
          List<Line> para = (List<Line>) it;
          Source.Block b = para(p + 1, base, para, edge(p, para, page.gutter()));
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
          open = b instanceof Source.Para bp && bp.heading() == 0 ? para : null;
          if (first
              && carry != null
              && b instanceof Source.Para next
              && blocks.get(blocks.size() - 1) instanceof Source.Para before
              && goesOn(carry, before, para, next)) {
            // a paragraph continued from the page before
            blocks.set(
                blocks.size() - 1,
                new Source.Para(
                    before.where(),
                    before.text()
                        + (openFull && URL_END.matcher(before.text()).find() ? "" : " ")
                        + next.text(),
                    0,
                    before.list(),
                    before.listLevel(),
                    before.number()));
          } else blocks.add(b);
          lastTable = null;
          first = false;
        }
        if (open != null) {
          Line last = open.get(open.size() - 1);
          openFull = full(last, lines);
          openEnded = false;
          for (Line l : lines) {
            float below = l.y() - last.y();
            if (below > 0.5f && below < last.size() * 2 && PdfLayout.text(l).isEmpty())
              openEnded = true;
          }
        }
      }
      placePictures(pictures);
      return new Source(file, Source.Format.PDF, blocks, notes, pictures);
    }

    /**
     * Paragraphs (already in reading order) and tables in reading order: each table before the
     * first paragraph that comes after it. On a page in two columns a table in the left column
     * comes before the right column's text beside it, one in the right column after the left
     * column's text; what spans both columns (lines, tables) parts the page into bands read one
     * after the other.
     */
    private static List<Object> order(
        List<List<Line>> paras, List<Grid> grids, List<Line> lines, float gutter) {
      List<Float> spans = new ArrayList<>();
      if (!Float.isNaN(gutter)) {
        for (Line l : lines) if (l.x() < gutter && l.right() > gutter) spans.add(l.y() - l.size());
        for (Grid g : grids) {
          if (g.xs()[0] < gutter && g.xs()[g.xs().length - 1] > gutter) spans.add(g.top());
        }
      }
      List<Grid> sorted = new ArrayList<>(grids);
      sorted.sort(
          (a, b) ->
              compare(
                  key(a.top(), a.xs()[0], a.xs()[a.xs().length - 1], spans, gutter),
                  key(b.top(), b.xs()[0], b.xs()[b.xs().length - 1], spans, gutter)));
      List<Object> items = new ArrayList<>();
      int pi = 0;
      for (Grid g : sorted) {
        float[] key = key(g.top(), g.xs()[0], g.xs()[g.xs().length - 1], spans, gutter);
        while (pi < paras.size()) {
          List<Line> p = paras.get(pi);
          float x0 = Float.MAX_VALUE;
          float x1 = 0;
          for (Line l : p) {
            x0 = Math.min(x0, l.x());
            x1 = Math.max(x1, l.right());
          }
          float[] k = key(p.get(0).y() - p.get(0).size(), x0, x1, spans, gutter);
          if (compare(k, key) > 0) break;
          items.add(p);
          pi++;
        }
        items.add(g);
      }
      while (pi < paras.size()) items.add(paras.get(pi++));
      return items;
    }

    /** An item's place: its band, its column (0 across both, 1 left, 2 right), its top. */
    private static float[] key(float top, float x0, float x1, List<Float> spans, float gutter) {
      int band = 0;
      for (float s : spans) if (s <= top + 0.5f) band++;
      int col = Float.isNaN(gutter) ? 0 : x1 <= gutter ? 1 : x0 >= gutter ? 2 : 0;
      return new float[] {band, col, top};
    }

    private static int compare(float[] a, float[] b) {
      for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Float.compare(a[i], b[i]);
      return 0;
    }

    /**
     * Each picture as a paragraph of its own where it is drawn ({@code ![](images/image-N.png)}, as
     * a DOCX gives it): before the first block below its top on its page, so that the signature's
     * picture comes right under « Signature : ».
     */
    private void placePictures(List<Source.Picture> pictures) {
      int from = 0;
      for (Source.Picture pic : pictures) {
        Deadline.check();
        int at = from;
        while (at < blocks.size() && before(blocks.get(at).where(), pic.where())) at++;
        blocks.add(at, new Source.Para(pic.where(), "![](images/" + pic.name() + ")"));
        from = at + 1;
      }
    }

    private static boolean before(Source.Where a, Source.Where b) {
      return a.page() < b.page() || (a.page() == b.page() && a.line() <= b.line());
    }

    /** The last paragraph's lines when it may go on over the next page (its last line full). */
    private List<Line> open;

    /** Whether the open paragraph's last line is full, and whether a blank line closes it. */
    private boolean openFull;

    private boolean openEnded;

    /** Whether the file sets its paragraphs' spacing as blank lines (as the FEJ forms do). */
    private boolean blanks;

    /**
     * Whether a line ends near the right edge of the text (within a fifth of its width: a ragged
     * line may stop a long word short of it), so that its paragraph may go on.
     */
    private static boolean full(Line last, List<Line> lines) {
      float left = Float.MAX_VALUE;
      float right = 0;
      for (Line l : lines) {
        if (Math.abs(l.size() - last.size()) >= 0.6f) continue;
        right = Math.max(right, l.right());
        left = Math.min(left, l.x());
      }
      return last.right() >= right - Math.max(last.size() * 2.5f, (right - left) * 0.2f);
    }

    private static final Pattern ENDS = Pattern.compile(".*[.!?:;»)]\\**$", Pattern.DOTALL);

    /**
     * Whether paragraph {@code next}, first on its page, goes on with {@code before}, the last of
     * the page before, whose last line was full: same font, no marker, and the sentence not ended
     * (or the next one starting in lower case).
     */
    private boolean goesOn(
        List<Line> carry, Source.Para before, List<Line> lines, Source.Para next) {
      Line a = carry.get(carry.size() - 1);
      Line b = lines.get(0);
      if (before.heading() != 0 || next.heading() != 0 || next.list() != Source.ListKind.NONE)
        return false;
      if (Math.abs(a.size() - b.size()) > 0.6f || a.bold() != b.bold()) return false;
      String t = Texts.plain(next.text());
      boolean lower = !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
      if (lower) return true;
      boolean ends = ENDS.matcher(before.text()).matches();
      if (before.list() != Source.ListKind.NONE) return openFull && !ends;
      // a paragraph's end has its spacing (a blank line) below it when the file sets one
      // (a paragraph that fills the page to its foot leaves no room for that line)
      if (blanks) return !openEnded && (!ends || openFull);
      return openFull && !ends;
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
      Map<Integer, Integer> starts = new HashMap<>();
      for (PdfLayout.Page p : pages)
        for (Line l : p.lines()) starts.merge(Math.round(l.x()), 1, Integer::sum);
      left =
          starts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(0);
      for (PdfLayout.Page p : pages)
        for (Line l : p.lines()) if (l.x() >= left - 2f) right = Math.max(right, l.right());
      var mode = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
      body = mode == null ? 10f : mode.getKey();
      // little running text (annexes: tables, captions and notes): the usual 10 pt at least
      if (mode == null || mode.getValue() < 2000) body = Math.max(body, 10f);
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

    /**
     * Lines grouped into paragraphs: a gap wider than the line spacing of that font size (the
     * paragraph's spacing after it), a change of font size or a list marker starts one. A bold or
     * coloured line with no wider gap stays in its paragraph (a line break, as Word holds an
     * address block); a heading is set apart by its spacing.
     */
    private List<List<Line>> paragraphs(List<Line> lines, float gutter) {
      float leftEdge = 0;
      if (!Float.isNaN(gutter))
        for (Line l : lines) if (l.right() <= gutter) leftEdge = Math.max(leftEdge, l.right());
      List<List<Line>> out = new ArrayList<>();
      List<Line> cur = null;
      Line prev = null; // the last line with text
      float prevY = -1e9f; // the last line, blank or not
      float curBefore = 0; // the gap above the current paragraph's first line
      boolean underHeading = false; // whether it follows a larger heading at once
      boolean blank = false; // a blank line (a paragraph's spacing) since prev
      for (Line l : lines) {
        Deadline.check();
        if (PdfLayout.text(l).isEmpty()) {
          blank = true;
          blanks = true;
          prevY = l.y();
          continue;
        }
        float gap = prev == null ? 1e9f : l.y() - prev.y();
        float before = l.y() - prevY;
        // a bold line set apart above, then body text at once: a heading and its text
        boolean headingEnds =
            prev != null
                && prev.bold()
                && !l.bold()
                && cur.get(0).bold()
                && ((curBefore > breakGap(cur.get(0).size()) && !underHeading)
                    || stacked.containsKey(cur));
        // the left column's last paragraph going on at the top of the right column
        boolean flows =
            prev != null
                && !blank
                && !Float.isNaN(gutter)
                && prev.right() <= gutter
                && l.x() >= gutter
                && l.y() < prev.y()
                && Math.abs(l.size() - prev.size()) <= 0.6f
                && l.bold() == prev.bold()
                && prev.right() >= leftEdge - prev.size() * 2.5f
                && PdfLayout.marker(l) == null
                && note(l) == null
                && flowsOn(PdfLayout.text(prev), PdfLayout.text(l));
        boolean start =
            cur == null
                || (!flows && blank)
                || (!flows && gap > breakGap(Math.max(prev.size(), l.size())))
                || (!flows && gap < 1f)
                || Math.abs(l.size() - prev.size()) > 0.6f
                || headingEnds
                || PdfLayout.marker(l) != null
                || note(l) != null;
        if (start) {
          if (cur != null && !blank && gap <= breakGap(Math.max(prev.size(), l.size())))
            tight.put(cur, Boolean.TRUE);
          cur = new ArrayList<>();
          out.add(cur);
          curBefore = before;
          // the spacing above a paragraph right under a larger heading is that heading's
          underHeading = prev != null && !blank && prev.bold() && prev.size() > l.size() + 0.6f;
          // a bold line right under a larger heading, with no spacing: a heading under it
          if (prev != null
              && !blank
              && l.bold()
              && prev.bold()
              && prev.size() > l.size() + 0.6f
              && gap <= leading(l.size()) + 1f) stacked.put(cur, Boolean.TRUE);
        }
        cur.add(l);
        prev = l;
        prevY = l.y();
        blank = false;
      }
      // the page's last paragraph with no spacing line below it (a heading at a page's foot)
      if (cur != null && !blank) tight.putIfAbsent(cur, Boolean.FALSE);
      return out;
    }

    /**
     * Whether a sentence goes on from one line to the next: not ended, or going on in lower case.
     */
    private static boolean flowsOn(String before, String next) {
      String t = Texts.plain(next);
      if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) return true;
      return !ENDS.matcher(before).matches();
    }

    /**
     * Paragraphs followed at once (no spacing) by a paragraph in another font (true): headings; or
     * ending their page with no spacing line below them (false).
     */
    private final Map<List<Line>, Boolean> tight = new java.util.IdentityHashMap<>();

    /** Bold paragraphs set right under a larger heading: headings of the next level. */
    private final Map<List<Line>, Boolean> stacked = new java.util.IdentityHashMap<>();

    /** The line spacing measured for each font size (the most frequent gap between lines). */
    private final Map<Float, Float> leadings = new HashMap<>();

    private void leadings() {
      Map<Float, Map<Integer, Integer>> gaps = new HashMap<>();
      for (PdfLayout.Page p : pages) {
        Line prev = null;
        for (Line l : p.lines()) {
          if (prev != null && Math.abs(l.size() - prev.size()) < 0.3f) {
            float gap = l.y() - prev.y();
            if (gap > l.size() && gap < l.size() * 1.6f)
              gaps.computeIfAbsent(round(l.size()), k -> new HashMap<>())
                  .merge(Math.round(gap * 10), 1, Integer::sum);
          }
          prev = l;
        }
      }
      for (var e : gaps.entrySet()) {
        var best = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (best != null && best.getValue() >= 3) leadings.put(e.getKey(), best.getKey() / 10f);
      }
    }

    private static float round(float size) {
      return Math.round(size * 2) / 2f;
    }

    /** The line spacing of {@code size}: measured, else 1.3 times the size. */
    private float leading(float size) {
      Float m = leadings.get(round(size));
      return Math.min(m == null ? size * 1.3f : m, size * 1.4f);
    }

    /** The smallest gap between two lines that is a paragraph break. */
    private float breakGap(float size) {
      return leading(size) + Math.max(1.2f, size * 0.12f);
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

    private String edgeKey(int page, int column) {
      return Math.round(page < widths.size() ? widths.get(page) : 0f) + ":" + column;
    }

    private void edges() {
      for (int p = 0; p < pages.size(); p++) {
        float gutter = pages.get(p).gutter();
        for (Line l : pages.get(p).lines()) {
          int col = Float.isNaN(gutter) ? 0 : l.right() <= gutter ? 1 : l.x() >= gutter ? 2 : 0;
          edges.merge(edgeKey(p, col), l.right(), Math::max);
        }
      }
    }

    /**
     * The right edge the text of paragraph {@code para} (on page {@code page}, 0-based) may reach:
     * the furthest right of the lines of its column on pages of that width; NaN for a paragraph
     * across both columns.
     */
    private float edge(int page, List<Line> para, float gutter) {
      boolean left = true;
      boolean right = true;
      for (Line l : para) {
        left &= Float.isNaN(gutter) || l.right() <= gutter;
        right &= Float.isNaN(gutter) || l.x() >= gutter;
      }
      if (!left && !right) return Float.NaN;
      int col = Float.isNaN(gutter) ? 0 : left ? 1 : 2;
      Float e = edges.get(edgeKey(page, col));
      return e == null ? Float.NaN : e;
    }

    private static final Pattern URL_END = Pattern.compile("(?:https?://|www\\.)\\S*$");

    /**
     * Whether text so far ends with an address cut where the line was full (the writer breaks an
     * address too long for its line anywhere): the next line goes on with it, no space between.
     */
    private static boolean urlCut(CharSequence b, Line line, float edge) {
      if (Float.isNaN(edge) || line.right() < edge - line.size() * 0.8f) return false;
      int from = Math.max(0, b.length() - 400);
      return URL_END.matcher(b.subSequence(from, b.length())).find();
    }

    private Source.Block para(int page, float[] base, List<Line> lines, float edge) {
      Line first = lines.get(0);
      Source.Where where = new Source.Where(page, PdfLayout.lineAt(base, first.y()));
      String id = note(first);
      String marker = PdfLayout.marker(first);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        String t = PdfLayout.text(lines.get(i), i == 0 ? PdfLayout.markerGlyphs(marker) : 0);
        // a line broken by the writer (an address's lines) stays a line
        if (i > 0 && PdfLayout.broken(lines.get(i - 1), lines.get(i), edge)) b.append('\n');
        else if (i > 0 && !PdfLayout.brokenAtHyphen(b) && !urlCut(b, lines.get(i - 1), edge))
          b.append(' ');
        b.append(t);
      }
      String text = b.toString().replace("** **", " ").replace("* *", " ").strip();
      text = PdfLayout.CALL_GAP.matcher(text).replaceAll("$1$2");
      if (text.isEmpty()) return null;
      if (id != null) {
        calls.remove(id);
        String rest = text.substring(text.indexOf(id) + id.length()).strip();
        notes.add(new Source.Note(where, id, rest));
        return null;
      }
      var m = CALL.matcher(text);
      while (m.find()) calls.add(m.group(1));
      if (PdfLayout.numbered(marker)) {
        String digits = marker.replaceAll("[^0-9]", "");
        int number = digits.isEmpty() || digits.length() > 5 ? 0 : Integer.parseInt(digits);
        return new Source.Para(where, text, 0, Source.ListKind.NUMBERED, 0, number);
      }
      if (marker != null) {
        int level = marker.equals("•") || marker.equals("●") || marker.equals("▪") ? 0 : 1;
        return new Source.Para(where, text, 0, Source.ListKind.BULLET, level);
      }
      int level = heading(lines, text);
      if (level > 0) text = text.replace('\n', ' ');
      return new Source.Para(where, text, level, Source.ListKind.NONE, 0);
    }

    /**
     * A heading level for larger or bold lines standing alone, else 0: sizes as the FEJ forms set
     * their headings (13.5, 12, 11 and 10 pt for a 10 pt body); a bold line of the body's size is a
     * heading when the text under it follows without a paragraph's spacing (level 4, 5 in italics).
     * Large centred lines (a cover's title) are not headings.
     */
    private int heading(List<Line> lines, String text) {
      Line l = lines.get(0);
      if (lines.size() > 3 || Texts.plain(text).length() > 250) return 0;
      float r = l.size() / body;
      boolean tightEnd = Boolean.TRUE.equals(tight.get(lines));
      boolean atFoot = tight.containsKey(lines);
      if (r >= 1.55f) return centred(lines) ? 0 : 1;
      if (r >= 1.28f && (l.bold() || !italic(l))) return 1;
      if (!l.bold()) return 0;
      if (r >= 1.15f) return 2;
      if (r >= 1.07f && l.bold() && atFoot) return 3;
      if (r >= 0.97f && r < 1.07f && l.bold() && (tightEnd || stacked.containsKey(lines)))
        return italic(l) ? 5 : 4;
      return 0;
    }

    /** Whether lines are centred on the page (a cover's), not set from the left margin. */
    private boolean centred(List<Line> lines) {
      boolean any = false;
      for (Line l : lines) {
        if (l.x() - left < 3f && right - l.right() < 3f) continue; // a full line
        if (l.x() - left < 3f) return false;
        if (Math.abs((l.x() + l.right()) / 2 - (left + right) / 2) > (right - left) * 0.03f)
          return false;
        any = true;
      }
      return any;
    }

    private static boolean italic(Line l) {
      for (Glyph g : l.glyphs()) if (!g.italic() && !g.text().isBlank()) return false;
      return true;
    }
  }
}

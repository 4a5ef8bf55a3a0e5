package fr.fejdoc.importer;

import fr.fejdoc.importer.PdfInk.Glyph;
import fr.fejdoc.importer.PdfInk.Rule;
import fr.fejdoc.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out one PDF page: tables from its rules (a grid of cells, merged cells once with their span,
 * the glyphs inside each cell), the other glyphs as lines, words and paragraphs.
 */
final class PdfLayout {
  private PdfLayout() {}

  /** A line of text: its glyphs left to right, baseline, main font size. */
  record Line(List<Glyph> glyphs, float y, float size, float x, float right) {
    boolean bold() {
      for (Glyph g : glyphs) if (!g.bold() && !g.text().isBlank()) return false;
      return true;
    }

    int rgb() {
      for (Glyph g : glyphs) if (!g.text().isBlank()) return g.rgb() & 0xFFFFFF;
      return 0;
    }
  }

  /** A table found on a page: its top, column edges and rows (one row per grid row). */
  record Grid(float top, float bottom, float[] xs, List<Source.Row> rows) {}

  /**
   * A page laid out: free lines (outside tables) and tables, each in reading order; {@code gutter}:
   * where its two columns part (NaN on a page in one column).
   */
  record Page(List<Line> lines, List<Grid> grids, float gutter) {}

  private static final float TOL = 1.5f;

  /** Rules looked at per page (a table page has a few hundred; more is a drawing). */
  private static final int MAX_RULES = 3000;

  static Page page(int pageNo, List<Glyph> glyphs, List<Rule> rules, float[] baselines) {
    List<Grid> grids = new ArrayList<>();
    List<Glyph> free = new ArrayList<>(glyphs);
    // smaller tables first: a table drawn inside a box takes its own text
    List<List<Rule>> parts = new ArrayList<>(components(rules));
    parts.sort(Comparator.comparingDouble(PdfLayout::area));
    for (List<Rule> component : parts) {
      Deadline.check();
      // a box inside another table's cell (« Partie non renseignée » framed) is that cell's text
      if (edges(component, false).length == 2
          && edges(component, true).length == 2
          && inside(component, parts)) continue;
      Grid g = grid(pageNo, component, free, baselines);
      if (g != null) grids.add(g);
    }
    grids.sort(Comparator.comparingDouble(Grid::top).thenComparingDouble(g -> g.xs()[0]));
    grids = tiles(grids);
    List<Line> segments = new ArrayList<>();
    for (Line l : lines(free)) segments.addAll(split(l));
    float gutter = gutter(segments);
    return new Page(columns(segments, gutter), grids, gutter);
  }

  // ------------------------------------------------------------------ tables

  /** Groups rules that touch each other (each group a table candidate). */
  private static List<List<Rule>> components(List<Rule> rules) {
    int n = Math.min(rules.size(), MAX_RULES);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    List<Rule> sorted = new ArrayList<>(rules.subList(0, n));
    for (int i = 0; i < n; i++) {
      if ((i & 63) == 0) Deadline.check();
      Rule a = sorted.get(i);
      for (int j = i + 1; j < n; j++) {
        Rule b = sorted.get(j);
        if (touch(a, b)) union(parent, i, j);
      }
    }
    java.util.Map<Integer, List<Rule>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static boolean touch(Rule a, Rule b) {
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.at() - b.at()) < TOL && a.a() <= b.b() + TOL && b.a() <= a.b() + TOL;
    }
    Rule h = a.horizontal() ? a : b;
    Rule v = a.horizontal() ? b : a;
    return v.at() >= h.a() - TOL
        && v.at() <= h.b() + TOL
        && h.at() >= v.a() - TOL
        && h.at() <= v.b() + TOL;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }

  private static float[] edges(List<Rule> rules, boolean horizontal) {
    float[] at = new float[rules.size()];
    int n = 0;
    for (Rule r : rules) if (r.horizontal() == horizontal) at[n++] = r.at();
    at = Arrays.copyOf(at, n);
    Arrays.sort(at);
    float[] out = new float[n];
    int m = 0;
    for (float v : at) {
      if (m == 0 || v - out[m - 1] > 2.5f) out[m++] = v;
    }
    return Arrays.copyOf(out, m);
  }

  private static boolean covered(List<Rule> rules, boolean horizontal, float at, float point) {
    for (Rule r : rules) {
      if (r.horizontal() == horizontal
          && Math.abs(r.at() - at) <= 2.5f
          && r.a() - TOL <= point
          && point <= r.b() + TOL) return true;
    }
    return false;
  }

  /** The table a group of rules draws, with the glyphs inside it (taken out of {@code free}). */
  private static Grid grid(int pageNo, List<Rule> rules, List<Glyph> free, float[] baselines) {
    float[] xs = edges(rules, false);
    float[] ys = edges(rules, true);
    int cols = xs.length - 1;
    int rows = ys.length - 1;
    if (cols < 1 || rows < 1 || cols > 200 || rows > 2000) return null;
    // owner[r][c]: the top-left grid cell of the merged cell (r, c) belongs to
    int[][] owner = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      float my = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c < cols; c++) {
        float mx = (xs[c] + xs[c + 1]) / 2;
        if (c > 0 && !covered(rules, false, xs[c], my)) owner[r][c] = owner[r][c - 1];
        else if (r > 0 && !covered(rules, true, ys[r], mx)) owner[r][c] = owner[r - 1][c];
        else owner[r][c] = r * cols + c;
      }
    }
    // a single box (one merged cell) is read as a table of one cell, as Word holds a framed box
    List<List<Glyph>> inside = new ArrayList<>();
    for (int i = 0; i < rows * cols; i++) inside.add(null);
    float left = xs[0];
    float right = xs[cols];
    float top = ys[0];
    float bottom = ys[rows];
    for (var it = free.iterator(); it.hasNext(); ) {
      Glyph g = it.next();
      float gx = g.x() + g.w() / 2;
      float gy = g.y() - g.size() * 0.3f;
      if (gx < left || gx > right || gy < top || gy > bottom) continue;
      int c = Math.max(0, Math.min(cols - 1, slot(xs, gx)));
      int r = Math.max(0, Math.min(rows - 1, slot(ys, gy)));
      int o = owner[r][c];
      if (inside.get(o) == null) inside.set(o, new ArrayList<>());
      inside.get(o).add(g);
      it.remove();
    }
    List<Source.Row> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (ys[r + 1] - ys[r] < 2.5f) continue;
      if (ys[r + 1] - ys[r] < 4.5f && empty(inside, owner[r])) continue; // a coloured bar
      List<Source.Cell> cells = new ArrayList<>();
      int c = 0;
      while (c < cols) {
        int o = owner[r][c];
        int span = 1;
        while (c + span < cols && owner[r][c + span] == o) span++;
        boolean mine = o == r * cols + c;
        String text =
            mine && inside.get(o) != null
                ? cellText(lines(inside.get(o)), xs[c], xs[c + span])
                : "";
        cells.add(new Source.Cell(text, span));
        c += span;
      }
      out.add(new Source.Row(new Source.Where(pageNo, lineAt(baselines, ys[r])), cells));
    }
    return new Grid(top, bottom, xs, out);
  }

  private static boolean empty(List<List<Glyph>> inside, int[] owners) {
    for (int o : owners) if (inside.get(o) != null) return false;
    return true;
  }

  private static float[] bounds(List<Rule> rules) {
    float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
    for (Rule r : rules) {
      x0 = Math.min(x0, r.horizontal() ? r.a() : r.at());
      x1 = Math.max(x1, r.horizontal() ? r.b() : r.at());
      y0 = Math.min(y0, r.horizontal() ? r.at() : r.a());
      y1 = Math.max(y1, r.horizontal() ? r.at() : r.b());
    }
    return new float[] {x0, y0, x1, y1};
  }

  /** Whether the rules of {@code c} lie within the bounds of another group of {@code all}. */
  private static boolean inside(List<Rule> c, List<List<Rule>> all) {
    float[] b = bounds(c);
    for (List<Rule> o : all) {
      if (o == c) continue;
      float[] a = bounds(o);
      if (a[0] <= b[0] + 0.5f && a[1] <= b[1] + 0.5f && a[2] >= b[2] - 0.5f && a[3] >= b[3] - 0.5f)
        return true;
    }
    return false;
  }

  private static double area(List<Rule> rules) {
    float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
    for (Rule r : rules) {
      float ax = r.horizontal() ? r.a() : r.at();
      float bx = r.horizontal() ? r.b() : r.at();
      float ay = r.horizontal() ? r.at() : r.a();
      float by = r.horizontal() ? r.at() : r.b();
      x0 = Math.min(x0, ax);
      x1 = Math.max(x1, bx);
      y0 = Math.min(y0, ay);
      y1 = Math.max(y1, by);
    }
    return (double) (x1 - x0) * (y1 - y0);
  }

  /** Widest gap between two tiles of one table (key figures drawn as separate shaded tiles). */
  private static final float TILE_GAP = 8f;

  /**
   * Tiles as one table: one-cell boxes of the same height side by side, a few points apart, are the
   * cells of one row; such rows one under the other with the same left edge are one table (Word
   * holds key figures as one table; its last row is padded with empty cells).
   */
  static List<Grid> tiles(List<Grid> grids) {
    List<Grid> out = new ArrayList<>();
    int i = 0;
    while (i < grids.size()) {
      Grid g = grids.get(i);
      List<List<Grid>> rows = new ArrayList<>();
      int j = i;
      while (j < grids.size()) {
        List<Grid> row = new ArrayList<>();
        row.add(grids.get(j));
        int k = j + 1;
        while (k < grids.size() && tile(row.get(row.size() - 1), grids.get(k)))
          row.add(grids.get(k++));
        if (!rows.isEmpty()) {
          Grid above = rows.get(rows.size() - 1).get(0);
          Grid first = row.get(0);
          if (!single(first)
              || Math.abs(first.xs()[0] - above.xs()[0]) > 2f
              || first.top() - above.bottom() > TILE_GAP
              || first.top() < above.bottom() - 1f) break;
        } else if (row.size() < 2) break;
        rows.add(row);
        j = k;
      }
      if (rows.isEmpty()) {
        out.add(g);
        i++;
        continue;
      }
      int width = 0;
      for (List<Grid> r : rows) width = Math.max(width, r.size());
      List<Source.Row> cells = new ArrayList<>();
      for (List<Grid> r : rows) {
        List<Source.Cell> row = new ArrayList<>();
        for (Grid t : r) row.add(t.rows().get(0).cells().get(0));
        while (row.size() < width) row.add(new Source.Cell("", 1));
        cells.add(new Source.Row(r.get(0).rows().get(0).where(), row));
      }
      float[] xs = new float[width + 1];
      List<Grid> top = rows.get(0);
      for (int c = 0; c <= width; c++)
        xs[c] = c < top.size() ? top.get(c).xs()[0] : top.get(top.size() - 1).xs()[1];
      Grid last = rows.get(rows.size() - 1).get(0);
      out.add(new Grid(g.top(), last.bottom(), xs, cells));
      i = j;
    }
    return out;
  }

  private static boolean single(Grid g) {
    return g.rows().size() == 1 && g.rows().get(0).cells().size() == 1;
  }

  private static boolean tile(Grid a, Grid b) {
    return single(a)
        && single(b)
        && Math.abs(a.top() - b.top()) < 2f
        && Math.abs(a.bottom() - b.bottom()) < 2f
        && b.xs()[0] - a.xs()[a.xs().length - 1] >= -1f
        && b.xs()[0] - a.xs()[a.xs().length - 1] < TILE_GAP;
  }

  private static int slot(float[] edges, float v) {
    int i = Arrays.binarySearch(edges, v);
    return i >= 0 ? i : -i - 2;
  }

  /** The page's line number of the first baseline at or below {@code y} (1-based). */
  static int lineAt(float[] baselines, float y) {
    int i = Arrays.binarySearch(baselines, y);
    return Math.min(baselines.length, (i >= 0 ? i : -i - 1) + 1);
  }

  private static final Pattern BULLET = Pattern.compile("^[•▪◦●■○·–—-]$");

  /** A cell's text: its lines as paragraphs joined with \n, list items as "- …". */
  static String cellText(List<Line> lines) {
    return cellText(lines, Float.NaN, Float.NaN);
  }

  /**
   * A cell's text, the cell drawn from {@code x0} to {@code x1}: a line that ends short of the
   * cell's right edge by more than the next line's first word is a line break the writer made (a
   * title then its text, an address's lines), kept as \n.
   */
  static String cellText(List<Line> lines, float x0, float x1) {
    float edge = Float.NaN;
    if (!Float.isNaN(x0) && !lines.isEmpty()) {
      float min = Float.MAX_VALUE;
      for (Line l : lines) min = Math.min(min, l.x());
      edge = x1 - Math.max(0f, min - x0); // the right padding taken as the left one
    }
    StringBuilder b = new StringBuilder();
    Line prev = null;
    for (Line l : lines) {
      String t = text(l);
      String marker = marker(l);
      if (marker != null) t = (numbered(marker) ? "" : "- ") + text(l, markerGlyphs(marker));
      if (prev != null) {
        boolean para =
            marker != null
                || l.y() - prev.y() > prev.size() * 1.45f
                || Math.abs(l.size() - prev.size()) > 2f
                || broken(prev, l, edge);
        if (para || !brokenAtHyphen(b)) b.append(para ? "\n" : " ");
      }
      b.append(t);
      prev = l;
    }
    return b.toString().replace("** **", " ").strip();
  }

  /**
   * Whether the writer broke the line before {@code next} on purpose (a line break, not a wrap):
   * {@code next}'s first word, with a space, would have fitted on {@code line} short of {@code
   * edge}, the right edge its text may reach. False when the edge is not known.
   */
  static boolean broken(Line line, Line next, float edge) {
    if (Float.isNaN(edge) || text(line).isEmpty()) return false;
    List<Glyph> g = next.glyphs();
    int k = 0;
    while (k < g.size() && g.get(k).text().isBlank()) k++;
    if (k >= g.size()) return false;
    float start = g.get(k).x();
    float end = g.get(k).right();
    for (int i = k + 1; i < g.size(); i++) {
      Glyph x = g.get(i);
      if (x.text().isBlank() || x.x() - end > x.size() * 0.18f) break;
      end = x.right();
    }
    float word = end - start;
    float space = line.size() * 0.28f;
    return line.right() + space + word < edge - line.size() * 0.5f;
  }

  /**
   * Whether text so far ends with a word broken at its hyphen (« Haute-» then « Garonne »): the
   * next line joins it without a space. A dash standing alone (« – ») is not a broken word.
   */
  static boolean brokenAtHyphen(CharSequence b) {
    int n = b.length();
    while (n > 0 && b.charAt(n - 1) == '*') n--; // after a bold or italic run's end
    return n >= 2 && b.charAt(n - 1) == '-' && Character.isLetter(b.charAt(n - 2));
  }

  /**
   * The list marker a line starts with, or null: a bullet followed by a gap, or a number with its
   * full stop or bracket (« 1. », « 12) ») followed by a gap wider than a space.
   */
  static String marker(Line l) {
    List<Glyph> g = l.glyphs();
    if (g.size() < 2) return null;
    Glyph first = g.get(0);
    if (BULLET.matcher(first.text()).matches()) {
      int k = 1;
      while (k < g.size() && g.get(k).text().isBlank()) k++;
      if (k >= g.size()) return null;
      float gap = g.get(k).x() - first.right();
      return gap > first.size() * 0.5f ? first.text() : null;
    }
    int k = 0;
    while (k < g.size() && k < 3 && Character.isDigit(g.get(k).text().charAt(0))) k++;
    if (k == 0 || k >= g.size() || !(g.get(k).text().equals(".") || g.get(k).text().equals(")")))
      return null;
    Glyph stop = g.get(k);
    int n = k + 1;
    while (n < g.size() && g.get(n).text().isBlank()) n++;
    if (n >= g.size()) return null;
    float gap = g.get(n).x() - stop.right();
    if (gap <= stop.size() * 0.34f) return null;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= k; i++) b.append(g.get(i).text());
    return b.toString();
  }

  /** Whether a marker numbers its item (« 1. ») rather than bullets it. */
  static boolean numbered(String marker) {
    return marker != null && Character.isDigit(marker.charAt(0));
  }

  /** The glyphs a marker takes at the start of its line. */
  static int markerGlyphs(String marker) {
    return marker == null ? 0 : marker.length();
  }

  // ------------------------------------------------------------------ columns

  /** A line cut at wide gaps (the gutter between two columns). */
  private static List<Line> split(Line l) {
    List<Line> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    Glyph prev = null;
    for (Glyph g : l.glyphs()) {
      if (g.text().isBlank()) {
        if (!cur.isEmpty()) cur.add(g);
        continue;
      }
      if (prev != null && g.x() - prev.right() > l.size() * 1.4f) {
        out.add(line(cur));
        cur = new ArrayList<>();
      }
      cur.add(g);
      prev = g;
    }
    if (!cur.isEmpty()) out.add(line(cur));
    return out.isEmpty() ? List.of(l) : out;
  }

  /**
   * Lines in reading order when the page is set in two columns: the left column's lines, then the
   * right's, between lines that span both. The gutter is where at least three lines start right of
   * another line at about the same height (the columns' baselines need not match).
   */
  static List<Line> columns(List<Line> segs) {
    return columns(segs, gutter(segs));
  }

  /** Where the page's two columns part, or NaN (see {@link #columns(List)}). */
  static float gutter(List<Line> segs) {
    if (segs.size() < 6) return Float.NaN;
    float min = Float.MAX_VALUE;
    float max = 0;
    for (Line l : segs) {
      min = Math.min(min, l.x());
      max = Math.max(max, l.right());
    }
    float w = max - min;
    // candidate gutters: where lines start in the middle of the page; the one with most lines
    // right of it that sit beside a line wholly left of it
    java.util.Set<Integer> candidates = new java.util.TreeSet<>();
    for (Line s : segs) {
      if (s.x() > min + 0.3f * w && s.x() < min + 0.7f * w) candidates.add(Math.round(s.x()));
      if (candidates.size() > 64) break;
    }
    boolean[] empty = new boolean[segs.size()];
    for (int i = 0; i < empty.length; i++) empty[i] = text(segs.get(i)).isEmpty();
    int best = -1;
    int count = 0;
    for (int c : candidates) {
      Deadline.check();
      float g = c - 1.5f;
      // lines right of the gutter beside a line left of it, less the lines that cross it without
      // spanning the page (a gutter does not cut through a column's text)
      int score = 0;
      for (int i = 0; i < empty.length; i++) {
        Line r = segs.get(i);
        if (empty[i]) continue;
        // (a line centred across it, as a page number, says nothing)
        if (r.x() < g
            && r.right() > g
            && r.right() < min + 0.9f * w
            && Math.abs((r.x() + r.right()) / 2 - g) > w * 0.1f) score -= 3;
        if (r.x() < g) continue;
        for (int j = 0; j < empty.length; j++) {
          Line l = segs.get(j);
          if (!empty[j] && l.right() <= g && Math.abs(l.y() - r.y()) < r.size() * 1.5f) {
            score++;
            break;
          }
        }
      }
      if (score > count) {
        count = score;
        best = c;
      }
    }
    return best < 0 ? Float.NaN : best - 1.5f;
  }

  /** Lines in reading order, the page's columns parting at {@code gutter} (NaN: one column). */
  static List<Line> columns(List<Line> segs, float gutter) {
    if (Float.isNaN(gutter)) return segs;
    List<Line> out = new ArrayList<>();
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (Line s : segs) {
      if (s.x() < gutter && s.right() > gutter) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
        out.add(s);
      } else if (s.right() <= gutter) left.add(s);
      else right.add(s);
    }
    out.addAll(left);
    out.addAll(right);
    return out;
  }

  // ------------------------------------------------------------------ lines and words

  /** Glyphs grouped into lines by baseline, top to bottom, each left to right. */
  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<Line> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    float base = 0;
    float size = 0;
    for (Glyph g : sorted) {
      if (!cur.isEmpty() && g.y() - base > Math.max(size, g.size()) * 0.45f) {
        out.add(line(cur));
        cur = new ArrayList<>();
      }
      if (cur.isEmpty()) {
        base = g.y();
        size = g.size();
      } else {
        base = Math.max(base, g.y());
        size = Math.max(size, g.size());
      }
      cur.add(g);
    }
    if (!cur.isEmpty()) out.add(line(cur));
    return out;
  }

  private static Line line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    // drop a glyph drawn twice at the same place (fake bold)
    List<Glyph> g = new ArrayList<>();
    for (Glyph x : glyphs) {
      if (!g.isEmpty()) {
        Glyph p = g.get(g.size() - 1);
        if (p.text().equals(x.text()) && Math.abs(p.x() - x.x()) < 0.6f) continue;
      }
      g.add(x);
    }
    float size = 0;
    float y = 0;
    // main size: the most frequent among visible glyphs
    java.util.Map<Float, Integer> count = new java.util.HashMap<>();
    for (Glyph x : g)
      if (!x.text().isBlank()) count.merge(Math.round(x.size() * 2) / 2f, 1, Integer::sum);
    int best = -1;
    for (var e : count.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        size = e.getKey();
      }
    }
    if (size == 0) size = g.get(0).size();
    for (Glyph x : g) y = Math.max(y, x.y());
    return new Line(g, y, size, g.get(0).x(), g.get(g.size() - 1).right());
  }

  static String text(Line l) {
    return text(l, 0);
  }

  /**
   * The line's words from glyph {@code from}: spaces from gaps, bold and italic runs as Markdown,
   * raised small figures after a word as footnote calls {@code [^n]}.
   */
  static String text(Line l, int from) {
    StringBuilder b = new StringBuilder();
    List<Glyph> g = l.glyphs();
    String style = "";
    Glyph prev = null;
    StringBuilder sup = null;
    for (int i = from; i < g.size(); i++) {
      Glyph x = g.get(i);
      boolean raised =
          x.size() < l.size() * 0.85f && l.y() - x.y() > l.size() * 0.2f && !x.text().isBlank();
      if (raised && x.text().matches("[0-9*]") && prev != null) {
        if (sup == null) sup = new StringBuilder();
        sup.append(x.text());
        prev = x;
        continue;
      }
      if (sup != null) {
        b.append(close(style)).append("[^").append(sup).append(']');
        style = "";
        sup = null;
      }
      if (x.text().isBlank()) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        prev = x;
        continue;
      }
      if (prev != null
          && x.x() - prev.right() > Math.min(x.size(), prev.size()) * 0.18f
          && b.length() > 0
          && b.charAt(b.length() - 1) != ' ') b.append(' ');
      String want = (x.bold() ? "**" : "") + (x.italic() ? "*" : "");
      if (!want.equals(style)) {
        // close before the space, open after it
        boolean space = b.length() > 0 && b.charAt(b.length() - 1) == ' ';
        if (space) b.setLength(b.length() - 1);
        b.append(close(style));
        if (space) b.append(' ');
        b.append(want);
        style = want;
      }
      b.append(x.text());
      prev = x;
    }
    if (sup != null) {
      b.append(close(style)).append("[^").append(sup).append(']');
      style = "";
    }
    // a call's raised figure leaves a gap before a full stop or comma that follows it
    String s = CALL_GAP.matcher(b).replaceAll("$1$2");
    if (s.endsWith(" ")) s = s.substring(0, s.length() - 1);
    return (s + close(style)).strip();
  }

  static final Pattern CALL_GAP = Pattern.compile("(\\[\\^[0-9*]+]) ([.,)])");

  private static String close(String style) {
    return new StringBuilder(style).reverse().toString();
  }
}

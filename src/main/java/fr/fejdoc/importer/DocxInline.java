package fr.fejdoc.importer;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs of a Word paragraph as Markdown inline: text segments with their marks (bold, italic,
 * underline, superscript, subscript), merged when alike, marks opened and closed as a stack so that
 * nested emphasis stays valid Markdown, spaces kept outside the markers; the holder's own Markdown
 * characters escaped.
 */
final class DocxInline {
  private DocxInline() {}

  static final int BOLD = 1;
  static final int ITALIC = 2;
  static final int UNDERLINE = 4;
  static final int SUP = 8;
  static final int SUB = 16;

  /** A piece of a paragraph: text with marks, or raw Markdown ({@code marks} -1). */
  record Seg(String text, int marks) {
    static Seg raw(String markdown) {
      return new Seg(markdown, -1);
    }
  }

  /** The marks of run properties {@code rpr} over {@code base} (a character style's). */
  static int marks(Element rpr, int base) {
    int m = base;
    m = set(m, BOLD, DocxSource.child(rpr, DocxSource.W, "b"));
    m = set(m, ITALIC, DocxSource.child(rpr, DocxSource.W, "i"));
    Element u = DocxSource.child(rpr, DocxSource.W, "u");
    if (u != null) {
      String v = DocxSource.attr(u, DocxSource.W, "val");
      m = v == null || !v.equals("none") ? m | UNDERLINE : m & ~UNDERLINE;
    }
    Element va = DocxSource.child(rpr, DocxSource.W, "vertAlign");
    if (va != null) {
      String v = DocxSource.attr(va, DocxSource.W, "val");
      m &= ~(SUP | SUB);
      if ("superscript".equals(v)) m |= SUP;
      else if ("subscript".equals(v)) m |= SUB;
    }
    return m;
  }

  private static int set(int m, int bit, Node e) {
    if (e == null) return m;
    return DocxSource.on((Element) e) ? m | bit : m & ~bit;
  }

  /** The segments as Markdown inline. */
  static String render(List<Seg> segs) {
    List<Seg> parts = new ArrayList<>();
    for (Seg s : segs) {
      if (s.text().isEmpty()) continue;
      if (s.marks() <= 0) {
        add(parts, s);
        continue;
      }
      // line breaks and tabs close the marks; spaces at the edges stay outside them
      String t = s.text();
      int start = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || t.charAt(i) == '\n' || t.charAt(i) == '\t') {
          marked(parts, t.substring(start, i), s.marks());
          if (i < t.length()) add(parts, new Seg(String.valueOf(t.charAt(i)), 0));
          start = i + 1;
        }
      }
    }
    StringBuilder b = new StringBuilder();
    List<Integer> open = new ArrayList<>();
    for (Seg s : parts) {
      int want = Math.max(0, s.marks());
      // close what the new segment does not have (and everything opened after it)
      int keep = 0;
      while (keep < open.size() && (want & open.get(keep)) != 0) keep++;
      for (int i = open.size() - 1; i >= keep; i--) b.append(close(open.remove(i)));
      int have = 0;
      for (int o : open) have |= o;
      for (int bit : new int[] {UNDERLINE, SUP, SUB, BOLD, ITALIC}) {
        if ((want & bit) != 0 && (have & bit) == 0) {
          b.append(open(bit));
          open.add(bit);
        }
      }
      b.append(s.marks() < 0 ? s.text() : escape(s.text()));
    }
    for (int i = open.size() - 1; i >= 0; i--) b.append(close(open.get(i)));
    return b.toString();
  }

  private static void marked(List<Seg> parts, String t, int marks) {
    if (t.isEmpty()) return;
    int a = 0;
    int z = t.length();
    while (a < z && Character.isWhitespace(t.charAt(a))) a++;
    while (z > a && Character.isWhitespace(t.charAt(z - 1))) z--;
    if (a > 0) add(parts, new Seg(t.substring(0, a), 0));
    if (z > a) add(parts, new Seg(t.substring(a, z), marks));
    if (z < t.length()) add(parts, new Seg(t.substring(z), 0));
  }

  private static void add(List<Seg> parts, Seg s) {
    if (!parts.isEmpty()) {
      Seg last = parts.get(parts.size() - 1);
      if (last.marks() == s.marks() && s.marks() >= 0) {
        parts.set(parts.size() - 1, new Seg(last.text() + s.text(), s.marks()));
        return;
      }
      // a space between two alike marked pieces joins them
    }
    parts.add(s);
  }

  private static String open(int bit) {
    return switch (bit) {
      case BOLD -> "**";
      case ITALIC -> "*";
      case UNDERLINE -> "<u>";
      case SUP -> "<sup>";
      default -> "<sub>";
    };
  }

  private static String close(int bit) {
    return switch (bit) {
      case BOLD -> "**";
      case ITALIC -> "*";
      case UNDERLINE -> "</u>";
      case SUP -> "</sup>";
      default -> "</sub>";
    };
  }

  /**
   * The holder's text with Markdown's own characters escaped: backslash, asterisk, backquote,
   * brackets, and an underscore that could open or close emphasis (not one inside a word, as in
   * AP1_027).
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '*', '`', '[', ']' -> b.append('\\').append(c);
        case '_' -> {
          boolean inside =
              i > 0
                  && i + 1 < s.length()
                  && Character.isLetterOrDigit(s.charAt(i - 1))
                  && Character.isLetterOrDigit(s.charAt(i + 1));
          if (!inside) b.append('\\');
          b.append(c);
        }
        default -> {
          if (c >= ' ' || c == '\n' || c == '\t') b.append(c);
        }
      }
    }
    return b.toString();
  }
}

package fr.fejdoc.document.read;

import fr.fejdoc.document.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * French typography applied to text once, when the document tree is built, so every format shows
 * the same: a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break space (U+00A0)
 * before : (as the Imprimerie nationale does); straight apostrophes become ’; the letters of an
 * ordinal are raised ({@link #inlines}: « 1er », « 6e », « XXIe »).
 */
public final class Typography {
  /**
   * An ordinal: a number (or a roman numeral of two letters or more, so that « Ce » stays a word)
   * followed by its French abbreviation, as written (« 2ème » keeps its letters, raised).
   */
  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,4}|[IVX]{2,6})(ers?|res?|ères?|es?|èmes?|nds?|ndes?)(?![\\p{L}\\p{N}])");

  public static final char NNBSP = '\u202F';
  public static final char NBSP = '\u00A0';

  private Typography() {}

  public static String french(String s) {
    StringBuilder b = null;
    UrlWords words = new UrlWords(s);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char out = c;
      String insert = null;
      switch (c) {
        case ';', '!', '?' -> {
          if (i > 0 && s.charAt(i - 1) == ' ') {
            b = copy(b, s, i);
            b.setCharAt(b.length() - 1, NNBSP);
          } else if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && !words.at(i)) {
            insert = String.valueOf(NNBSP);
          }
        }
        case ':' -> {
          if (i > 0 && s.charAt(i - 1) == ' ') {
            b = copy(b, s, i);
            b.setCharAt(b.length() - 1, NBSP);
          }
        }
        case '«' -> {
          if (i + 1 < n && s.charAt(i + 1) == ' ') {
            b = copy(b, s, i);
            b.append('«').append(NNBSP);
            i++;
            continue;
          }
        }
        case '»' -> {
          if (i > 0 && s.charAt(i - 1) == ' ') {
            b = copy(b, s, i);
            b.setCharAt(b.length() - 1, NNBSP);
          }
        }
        case '\'' -> out = '’';
        default -> {}
      }
      if (insert != null || out != c) b = copy(b, s, i);
      if (b != null) {
        if (insert != null) b.append(insert);
        b.append(out);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The inlines of a run of text: {@link #french} applied, and the letters of each ordinal in a
   * {@link Inline.Superscript}.
   */
  public static List<Inline> inlines(String s) {
    String t = french(s);
    if (!mayHoldOrdinal(t)) return List.of(new Inline.Text(t));
    java.util.regex.Matcher m = ORDINAL.matcher(t);
    if (!m.find()) return List.of(new Inline.Text(t));
    List<Inline> out = new ArrayList<>();
    UrlWords words = new UrlWords(t);
    int from = 0;
    do {
      if (words.at(m.start())) continue;
      out.add(new Inline.Text(t.substring(from, m.end(1))));
      out.add(new Inline.Superscript(List.of(new Inline.Text(m.group(2)))));
      from = m.end();
    } while (m.find());
    if (from < t.length()) out.add(new Inline.Text(t.substring(from)));
    return out;
  }

  /**
   * Whether {@link #ORDINAL} may match in {@code t}: a digit, I, V or X followed by the first
   * letter of an abbreviation (e, r, è, n). Most runs have none, and this look is far cheaper than
   * the expression's search.
   */
  static boolean mayHoldOrdinal(String t) {
    for (int i = 0, n = t.length() - 1; i < n; i++) {
      char c = t.charAt(i);
      if ((c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X') {
        char next = t.charAt(i + 1);
        if (next == 'e' || next == 'r' || next == 'è' || next == 'n') return true;
      }
    }
    return false;
  }

  /**
   * Whether the word (since the last space) before a position holds {@code /}, {@code @} or {@code
   * =}: a web or mail address, whose punctuation is left alone. Asked at increasing positions, it
   * reads the text once (looking back from each position was quadratic in a long word).
   */
  private static final class UrlWords {
    private final String s;
    private int read;
    private boolean url;

    UrlWords(String s) {
      this.s = s;
    }

    boolean at(int i) {
      while (read < i) {
        char c = s.charAt(read++);
        if (c == ' ') url = false;
        else if (c == '/' || c == '@' || c == '=') url = true;
      }
      return url;
    }
  }

  private static StringBuilder copy(StringBuilder b, String s, int upTo) {
    if (b != null) return b;
    StringBuilder nb = new StringBuilder(s.length() + 8);
    nb.append(s, 0, upTo);
    return nb;
  }
}

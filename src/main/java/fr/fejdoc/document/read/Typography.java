package fr.fejdoc.document.read;

/**
 * French typography applied to text once, when the document tree is built, so every format shows
 * the same: a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break space (U+00A0)
 * before : (as the Imprimerie nationale does); straight apostrophes become ’.
 */
public final class Typography {
  public static final char NNBSP = '\u202F';
  public static final char NBSP = '\u00A0';

  private Typography() {}

  public static String french(String s) {
    StringBuilder b = null;
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
          } else if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && !inUrl(s, i)) {
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

  private static boolean inUrl(String s, int i) {
    int start = s.lastIndexOf(' ', i) + 1;
    String word = s.substring(start, i);
    return word.contains("/") || word.contains("@") || word.contains("=");
  }

  private static StringBuilder copy(StringBuilder b, String s, int upTo) {
    if (b != null) return b;
    StringBuilder nb = new StringBuilder(s.length() + 8);
    nb.append(s, 0, upTo);
    return nb;
  }
}

package fr.fejdoc.document.assemble;

import fr.fejdoc.text.Fold;
import java.text.Normalizer;

/**
 * A form label printed before the holder's text, once: holders often write the label themselves
 * ("Autres publics : Adultes" in an "Autres : …" row, the funder's own label on the FEJ line of
 * account 74), and the note must not read "Autres : Autres publics : Adultes". Labels and texts are
 * compared ignoring case, accents, spaces, punctuation (colon variants included) and the form's
 * "(s)" plurals; the holder's own wording is what is printed when it already holds the label.
 */
final class Prefixes {
  private Prefixes() {}

  /**
   * {@code label + separator + text}, unless {@code text} already starts with {@code label} (the
   * holder's text is printed alone) or {@code label} ends with {@code text} (the FEJ funder's label
   * for a line the holder called "FEJ": the label alone). A null or blank text gives the label.
   */
  static String once(String label, String separator, String text) {
    if (text == null || text.isBlank()) return label;
    if (label == null || label.isBlank()) return text;
    if (prefixEnd(label, text) >= 0) return text;
    String l = key(label), t = key(text);
    if (!t.isEmpty() && l.endsWith(t)) return label;
    return label + separator + text;
  }

  /**
   * {@code text} without a leading {@code label} followed by a colon (or a dash), for a field whose
   * label the form prints in its own cell: "Public(s) cible(s) : Les jeunes…" in the "Public(s)
   * cible(s)" field gives "Les jeunes…". Without the colon the text is kept whole ("Public cible
   * large" is the holder's sentence, not a label).
   */
  static String strip(String label, String text) {
    if (text == null || label == null) return text;
    int end = prefixEnd(label, text);
    if (end < 0) return text;
    int i = end;
    while (i < text.length() && isSpace(text.charAt(i))) i++;
    if (i >= text.length() || !isColon(text.charAt(i))) return text;
    i++;
    while (i < text.length() && isSpace(text.charAt(i))) i++;
    String rest = text.substring(i);
    return rest.isBlank() ? text : rest;
  }

  /**
   * Where {@code label} ends in {@code text} when the text starts with it and the label ends at a
   * word boundary; -1 otherwise. Case, accents, spaces and punctuation are ignored, and the form's
   * "(s)" matches an "s" or nothing ("Territoire(s)", "Territoires", "Territoire").
   */
  static int prefixEnd(String label, String text) {
    java.util.regex.Pattern p = LABELS.get(label);
    if (p == null) {
      p = labelPattern(label);
      if (label.length() <= MAX_LABEL_CHARS) {
        if (LABELS.size() > MAX_LABELS) LABELS.clear();
        LABELS.put(label, p);
      }
    }
    if (p == NO_LETTERS) return -1;
    java.util.regex.Matcher m = p.matcher(Fold.sameLength(text));
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * The expression of each label seen, made once: the labels are the form's, a few dozen, asked for
   * every project.
   */
  private static final java.util.Map<String, java.util.regex.Pattern> LABELS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Labels kept beyond which the map starts again (a label may come from a holder's file). */
  private static final int MAX_LABELS = 512;

  /** Characters of a label beyond which its expression is not kept. */
  private static final int MAX_LABEL_CHARS = 200;

  /** Stands for a label without a letter or digit (it never starts a text). */
  private static final java.util.regex.Pattern NO_LETTERS = java.util.regex.Pattern.compile("");

  /** The expression a text must start with to start with {@code label} ({@link #prefixEnd}). */
  private static java.util.regex.Pattern labelPattern(String label) {
    String l = Fold.sameLength(label);
    StringBuilder re = new StringBuilder("[^\\p{L}\\p{N}]*");
    boolean any = false;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (l.startsWith("(s)", i)) {
        re.append("(?:\\(s\\)|s)?");
        i += 2;
      } else if (Character.isLetterOrDigit(c)) {
        re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
        any = true;
      } else if (!re.toString().endsWith("]*")) {
        re.append("[^\\p{L}\\p{N}]*");
      }
    }
    if (!any) return NO_LETTERS;
    re.append("(?![\\p{L}\\p{N}])");
    return java.util.regex.Pattern.compile(re.toString());
  }

  /** Lower case, no accents, letters and digits only, without the form's "(s)" plurals. */
  static String key(String s) {
    String n = Normalizer.normalize(s.replace("(s)", "").replace("(S)", ""), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
    }
    // ligatures holders and forms write either way
    return b.toString().replace("œ", "oe").replace("æ", "ae");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isColon(char c) {
    return c == ':' || c == '\uFF1A' || c == '\uFE55' || c == '-' || c == '–' || c == '—';
  }
}

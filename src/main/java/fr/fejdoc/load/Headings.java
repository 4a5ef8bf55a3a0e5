package fr.fejdoc.load;

import fr.fejdoc.model.Deadline;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Markdown headings of a text (ATX {@code #} and setext underlines, outside fenced code)
 * and normalises heading titles for matching against a form's plan: case, accents, ligatures and
 * the form's own numbering ("I.", "A.", "2.1") are ignored.
 */
public final class Headings {
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  /** Characters of a title that {@link #normalize} reads: the form's titles are far shorter. */
  private static final int MAX_TITLE = 300;

  /**
   * The form's numbering at the start of a normalised title, with list bullets: "I.", "A)", "2.",
   * "2.1.", "2.1 " (several numbers need no final dot), "II -", "b –".
   */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(?:(?:[ivxlc]+|[a-h]|\\d+(?:\\.\\d+)*)\\s*[.)°]\\s*"
              + "|\\d+(?:\\.\\d+)+\\s+"
              + "|(?:[ivxlc]+|[a-h]|\\d+)\\s+[-–—]\\s+"
              + "|[-–—•*]\\s+)+");

  /** A title that starts with a number of the form's kind (bullets aside). */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:[-–—•*]\\s+)*(?:(?:[ivxlc]+|[a-h]|\\d+(?:\\.\\d+)*)\\s*[.)°]"
              + "|\\d+(?:\\.\\d+)+\\s"
              + "|(?:[ivxlc]+|[a-h]|\\d+)\\s+[-–—]\\s)");

  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** A parenthesised addition: "(Bénéficiaires directs)", "(analyse quantitative et ...)". */
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{0,300})\\)");

  /** Words that say nothing of which part a title names. */
  private static final java.util.Set<String> STOP_WORDS =
      java.util.Set.of(
          "de", "d", "du", "des", "l", "la", "le", "les", "et", "a", "au", "aux", "en", "dans",
          "par", "pour", "sur", "un", "une", "ou");

  private Headings() {}

  /** A heading: 0-based line index in the text, level 1–6, title, explicit id (or null). */
  public record Heading(int line, int level, String title, String id, int column) {}

  /** The headings of {@code lines}, in order. */
  public static List<Heading> find(List<String> lines) {
    List<Heading> out = new ArrayList<>();
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      if ((i & 0x3FF) == 0) Deadline.check();
      String line = lines.get(i);
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        String marker = f.group(1);
        if (fence == null) fence = marker.substring(0, 3);
        else if (marker.startsWith(fence)) fence = null;
        continue;
      }
      if (fence != null) continue;
      Heading atx = atx(i, line);
      if (atx != null) {
        out.add(atx);
        continue;
      }
      Matcher s = SETEXT.matcher(line);
      if (s.matches() && i > 0 && isParagraphLine(lines.get(i - 1))) {
        boolean alreadyHeading = !out.isEmpty() && out.get(out.size() - 1).line() == i - 1;
        if (!alreadyHeading && !(i > 1 && isParagraphLine(lines.get(i - 2)))) {
          out.add(heading(i - 1, s.group(1).charAt(0) == '=' ? 1 : 2, lines.get(i - 1).strip(), 1));
        }
      }
    }
    return out;
  }

  private static boolean isParagraphLine(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && !t.startsWith("#")
        && !t.startsWith("- ")
        && !t.startsWith("* ")
        && !t.startsWith(">")
        && !t.startsWith("|");
  }

  /**
   * An ATX heading ({@code ## Title ##}), or null. Read by hand: the regular expressions it
   * replaces took quadratic time on a line of many spaces.
   */
  private static Heading atx(int index, String line) {
    int i = 0;
    while (i < 3 && i < line.length() && line.charAt(i) == ' ') i++;
    int hashes = i;
    while (hashes < line.length() && line.charAt(hashes) == '#') hashes++;
    int level = hashes - i;
    if (level < 1 || level > 6) return null;
    if (hashes < line.length() && !spaceOrTab(line.charAt(hashes))) return null;
    int end = line.length();
    while (end > hashes && spaceOrTab(line.charAt(end - 1))) end--;
    int start = hashes;
    while (start < end && spaceOrTab(line.charAt(start))) start++;
    // a closing sequence of #, after a space or a tab
    int close = end;
    while (close > start && line.charAt(close - 1) == '#') close--;
    if (close < end && close > start && spaceOrTab(line.charAt(close - 1))) {
      end = close;
      while (end > start && spaceOrTab(line.charAt(end - 1))) end--;
    }
    return heading(index, level, line.substring(start, end), line.indexOf('#') + 1);
  }

  private static boolean spaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  private static Heading heading(int line, int level, String title, int column) {
    String explicit = null;
    String t = title.stripTrailing();
    int open = t.lastIndexOf("{#");
    if (t.endsWith("}") && open >= 0 && ID.matcher(t).region(open + 2, t.length() - 1).matches()) {
      explicit = t.substring(open + 2, t.length() - 1);
      title = t.substring(0, open);
    }
    return new Heading(line, level, title.strip(), explicit, column);
  }

  private static final Pattern NUMBER =
      Pattern.compile("^(?:[-–—•*]\\s+)*([ivxlc]+|[a-h]|\\d+(?:\\.\\d+)*)");

  /**
   * The number a numbered title starts with, lower case, without its final dot ("2", "2.1", "b",
   * "ii"); null when the title is not numbered.
   */
  public static String number(String title) {
    String t = fold(title);
    if (!NUMBERED.matcher(t).find()) return null;
    Matcher m = NUMBER.matcher(t);
    return m.find() ? m.group(1) : null;
  }

  /** Whether {@code title} starts with a number as the form's parts do ("2.", "B.", "II -"). */
  public static boolean numbered(String title) {
    return NUMBERED.matcher(fold(title)).find();
  }

  /**
   * The other readings of a title by which it may name a part: without its parenthesised additions
   * ("Bénéficiaires de l'expérimentation"), and each addition alone ("Bénéficiaires directs"),
   * normalised; empty when the title has no parentheses.
   */
  public static List<String> variants(String title) {
    String t = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    Matcher m = PARENTHESES.matcher(t);
    List<String> out = new ArrayList<>();
    StringBuilder outside = new StringBuilder();
    int last = 0;
    while (m.find()) {
      outside.append(t, last, m.start()).append(' ');
      String inside = normalize(m.group(1));
      if (!inside.isEmpty()) out.add(inside);
      last = m.end();
    }
    if (last == 0) return List.of();
    outside.append(t.substring(last));
    String rest = normalize(outside.toString());
    if (!rest.isEmpty()) out.add(0, rest);
    return out;
  }

  /** The words of a normalised title that tell which part it names (no "de", "la", "et"...). */
  public static java.util.Set<String> words(String normalized) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : normalized.split(" ")) if (!w.isEmpty() && !STOP_WORDS.contains(w)) out.add(w);
    return out;
  }

  /** How alike two sets of words are, 0 to 1 (Dice: shared words over both sizes). */
  public static double likeness(java.util.Set<String> a, java.util.Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return 2.0 * shared / (a.size() + b.size());
  }

  /** Combining marks (accents once a title is decomposed). */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static String fold(String title) {
    String t =
        (title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title)
            .replace("*", "")
            .replace("_", " ");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return t.toLowerCase(Locale.ROOT).strip();
  }

  /** The words of a title with case, accents, numbering and punctuation removed. */
  public static String normalize(String title) {
    String t =
        (title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title)
            .replace('’', '\'')
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("*", "")
            .replace("_", " ");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    t = t.toLowerCase(Locale.ROOT).strip();
    t = NUMBERING.matcher(t).replaceFirst("");
    t = NOT_WORD.matcher(t).replaceAll(" ").strip();
    return t;
  }
}

package fr.fejdoc.load;

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
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
  private static final Pattern CLOSING = Pattern.compile("[ \\t]+#+$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([A-Za-z0-9_-]+)\\}\\s*$");
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:(?:[ivxlc]+|[a-h]|\\d+(?:\\.\\d+)*)\\s*[.)°]\\s*|[-–—•*]\\s+)+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Headings() {}

  /** A heading: 0-based line index in the text, level 1–6, title, explicit id (or null). */
  public record Heading(int line, int level, String title, String id, int column) {}

  /** The headings of {@code lines}, in order. */
  public static List<Heading> find(List<String> lines) {
    List<Heading> out = new ArrayList<>();
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        String marker = f.group(1);
        if (fence == null) fence = marker.substring(0, 3);
        else if (marker.startsWith(fence)) fence = null;
        continue;
      }
      if (fence != null) continue;
      Matcher m = ATX.matcher(line);
      if (m.matches()) {
        String title = m.group(2) == null ? "" : CLOSING.matcher(m.group(2)).replaceFirst("");
        out.add(heading(i, m.group(1).length(), title, line.indexOf('#') + 1));
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

  private static Heading heading(int line, int level, String title, int column) {
    Matcher id = EXPLICIT_ID.matcher(title);
    String explicit = null;
    if (id.find()) {
      explicit = id.group(1);
      title = title.substring(0, id.start());
    }
    return new Heading(line, level, title.strip(), explicit, column);
  }

  /** The words of a title with case, accents, numbering and punctuation removed. */
  public static String normalize(String title) {
    String t =
        title
            .replace('’', '\'')
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("*", "")
            .replace("_", " ");
    t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).strip();
    t = NUMBERING.matcher(t).replaceFirst("");
    t = NOT_WORD.matcher(t).replaceAll(" ").strip();
    return t;
  }
}

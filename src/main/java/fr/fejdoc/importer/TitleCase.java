package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.text.YamlWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The holder's casing of a title the form prints in capitals (the fiche d'expérience's title):
 * taken from another place of the document that gives the same words in another case (the file's
 * title property, a paragraph), else the capitals are kept and the title is to review.
 */
final class TitleCase {
  private TitleCase() {}

  private static final int MAX = 300;

  static void recase(Source source, Draft draft) {
    Object v = draft.front().get("titre");
    if (!(v instanceof YamlWriter.Commented c) || !(c.value() instanceof String title)) return;
    if (title.length() > MAX || !capitals(title)) return;
    String found = in(source.title(), title);
    String from = found == null ? null : "propriétés du fichier";
    for (int i = 0; found == null && i < source.blocks().size(); i++) {
      Deadline.check();
      if (source.blocks().get(i) instanceof Source.Para p && p.text().length() <= 2 * MAX) {
        found = in(Texts.plain(p.text()), title);
        if (found != null) from = p.where().describe(source.format());
      }
    }
    Map<String, Object> front = draft.front();
    if (found != null) {
      front.put("titre", new YamlWriter.Commented(found, c.comment() + " ; casse : " + from));
      return;
    }
    draft.review(
        "titre",
        "titre imprimé en capitales par le formulaire : la casse du porteur n'est donnée nulle part",
        null);
  }

  /** Whether a text has capitals and no small letters. */
  static boolean capitals(String t) {
    boolean upper = false;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i))) return false;
      if (Character.isUpperCase(t.charAt(i))) upper = true;
    }
    return upper;
  }

  /** The words of {@code title} as {@code text} writes them, when not in capitals; else null. */
  static String in(String text, String title) {
    if (text == null || text.length() > 2 * MAX) return null;
    String t = fold(text);
    String k = fold(title);
    if (t.length() != text.length() || k.length() != title.length()) return null;
    int at = t.indexOf(k);
    if (at < 0 || k.isEmpty()) return null;
    String found = text.substring(at, at + title.length());
    return capitals(found) ? null : found;
  }

  /** Lower case, with apostrophes unified. */
  private static String fold(String s) {
    return s.replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}

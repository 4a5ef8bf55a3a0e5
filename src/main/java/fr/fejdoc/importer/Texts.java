package fr.fejdoc.importer;

import fr.fejdoc.load.Headings;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.Fold;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers every form reader shares: comparing a source's words with the form's. */
public final class Texts {
  private Texts() {}

  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

  private static final Pattern IMAGE =
      Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\s]{0,2000}\\)");
  private static final Pattern LINK_TEXT =
      Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\((?:https?://|mailto:)[^)\\s]{0,2000}\\)");

  /** A text without its Markdown emphasis, escapes and tags, spaces collapsed. */
  public static String plain(String s) {
    String t = s;
    if (t.indexOf("](") >= 0) {
      t = IMAGE.matcher(t).replaceAll(""); // a picture is no text
      t = LINK_TEXT.matcher(t).replaceAll("$1"); // a link's words, as the page shows them
    }
    t = TAG.matcher(t).replaceAll("");
    t = t.replace("\\*", "\u0000").replace("*", "").replace("\u0000", "*");
    t = t.replaceAll("\\\\([\\\\`_{}\\[\\]()#+.!-])", "$1").replace('\u00A0', ' ');
    t = t.replace('\u202F', ' ');
    t = t.replaceFirst("^\\s*#+\\s*", "");
    return t.replaceAll("\\s+", " ").strip();
  }

  /** Lower case, no accents, typographic apostrophes and dashes as plain ones, one space. */
  public static String normalize(String s) {
    String t = Fold.text(s).replace('–', '-').replace('—', '-');
    t = t.replace("œ", "oe"); // « œuvre » and « oeuvre » alike
    return t.replaceAll("\\s+", " ").strip();
  }

  /** {@link #normalize} of {@link #plain}: how two texts are compared. */
  public static String key(String s) {
    return normalize(plain(s));
  }

  /** The plan item a heading names (numbering, case, accents and bold ignored), or null. */
  public static FormPlan.Item heading(FormPlan plan, String heading) {
    return heading(plan, heading, i -> false);
  }

  /**
   * The same, passing over the items {@code skip} rejects: a form may give two parts the same title
   * (the restitution's « Public visé » in I.B and in III.B), the second heading names the second
   * one.
   */
  public static FormPlan.Item heading(
      FormPlan plan, String heading, java.util.function.Predicate<FormPlan.Item> skip) {
    if (heading.length() > 300) return null;
    String h = Headings.normalize(plain(heading));
    if (h.isEmpty()) return null;
    for (FormPlan.Item item : plan.items()) {
      if (skip.test(item)) continue;
      if (Headings.normalize(item.title()).equals(h)) return item;
      for (String a : item.aliases()) if (Headings.normalize(a).equals(h)) return item;
    }
    for (FormPlan.Item item : plan.items()) {
      if (skip.test(item)) continue;
      if (Headings.likeness(Headings.words(Headings.normalize(item.title())), Headings.words(h))
          >= 0.8) return item;
    }
    return null;
  }

  /**
   * A name the form printed in capitals (« RÉDIGÉE PAR CNAM PAYS DE LA LOIRE »), with its own
   * capitals when the note writes it elsewhere (« Cnam Pays de la Loire »); else as printed.
   */
  public static String recase(String upper, Source source) {
    if (upper.isEmpty() || !upper.equals(upper.toUpperCase(Locale.ROOT))) return upper;
    String lower = upper.toLowerCase(Locale.ROOT).replace('’', '\'');
    int seen = 0;
    for (Source.Block b : source.blocks()) {
      if (++seen > 2000) break;
      List<String> texts = new java.util.ArrayList<>();
      if (b instanceof Source.Para p) texts.add(p.text());
      else if (b instanceof Source.Table t) {
        for (Source.Row r : t.rows()) for (Source.Cell c : r.cells()) texts.add(c.text());
      }
      for (String raw : texts) {
        String t = plain(raw).replace('’', '\'');
        if (t.length() > 5000) continue;
        int i = t.toLowerCase(Locale.ROOT).indexOf(lower);
        while (i >= 0) {
          String found = t.substring(i, i + lower.length());
          if (!found.equals(found.toUpperCase(Locale.ROOT))) return found;
          i = t.toLowerCase(Locale.ROOT).indexOf(lower, i + 1);
        }
      }
    }
    return upper;
  }

  /**
   * The plan item whose title begins a heading written in capitals and followed by more words after
   * a punctuation mark ("DIFFICULTÉS ET PISTES DE PROGRÈS ... 2011, L'ANNÉE DE LA MATURITÉ ?"), or
   * null.
   */
  public static FormPlan.Item headingPrefix(FormPlan plan, String heading) {
    String p = plain(heading);
    if (p.length() > 200 || p.length() < 4 || !p.equals(p.toUpperCase(Locale.ROOT))) return null;
    String h = normalize(p);
    for (FormPlan.Item item : plan.items()) {
      List<String> titles = new java.util.ArrayList<>(item.aliases());
      titles.add(0, item.title());
      for (String t : titles) {
        String k = normalize(plain(t));
        if (h.length() > k.length()
            && h.startsWith(k)
            && !Character.isLetterOrDigit(h.charAt(k.length()))
            && h.substring(k.length()).strip().matches("^[.:;!?,\u2026-].*")) return item;
      }
    }
    return null;
  }

  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\(((?:https?://|mailto:)[^)\\s]{0,2000})\\)");

  /**
   * Markdown links as the text a form prints: the link's text when it is the address itself («
   * www.exemple.fr »), else « text (address) »; a mailto: link gives its text.
   */
  public static String unlink(String s) {
    if (s.indexOf("](") < 0) return s;
    Matcher m = LINK.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String text = m.group(1);
      String url = m.group(2);
      String bare = url.replaceFirst("^(?:https?://|mailto:)", "").replaceFirst("/$", "");
      String shown =
          text.isBlank()
              ? bare
              : url.startsWith("mailto:")
                      || bare.equalsIgnoreCase(text.replaceFirst("/$", ""))
                      || bare.equalsIgnoreCase(
                          text.replaceFirst("^https?://", "").replaceFirst("/$", ""))
                  ? text
                  : text + " (" + url + ")";
      m.appendReplacement(b, Matcher.quoteReplacement(shown));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final Pattern ONLY_IMAGE =
      Pattern.compile(
          "\\s*!\\[[^\\]\\n]{0,500}\\]\\((images/[A-Za-z0-9][A-Za-z0-9._-]{0,80})\\)\\s*");

  /** The file of a paragraph that is one picture alone (« ![…](images/image-2.png) »), or null. */
  public static String imageAlone(String text) {
    if (text.length() > 700) return null;
    Matcher m = ONLY_IMAGE.matcher(text);
    return m.matches() ? m.group(1) : null;
  }
}

package fr.fejdoc.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes French Markdown prose for one document: fills the templates of {@link WordBank} from the
 * project's facts, applies elision and contractions ("de accompagner" → "d'accompagner", "à le" →
 * "au"), and wraps paragraphs so that no line could be read as a heading, a list or a table.
 */
final class Narrative {
  static final int WIDTH = 92;

  /** Contractions applied at a word start: "à le " → "au ", "de les " → "des "... */
  private static final String[][] CONTRACTIONS = {
    {"à le ", "au "}, {"à Le ", "au "}, {"À le ", "Au "}, {"À Le ", "Au "},
    {"à les ", "aux "}, {"à Les ", "aux "}, {"À les ", "Aux "}, {"À Les ", "Aux "},
    {"de le ", "du "}, {"de Le ", "du "}, {"De le ", "Du "}, {"De Le ", "Du "},
    {"de les ", "des "}, {"de Les ", "des "}, {"De les ", "Des "}, {"De Les ", "Des "}
  };

  /** Words elided before a vowel: "de accompagner" → "d'accompagner", "que il" → "qu'il". */
  private static final String[][] ELISIONS = {
    {"de ", "d'"}, {"De ", "D'"}, {"que ", "qu'"}, {"Que ", "Qu'"}
  };

  private static final String VOWELS = "aeiouàâéèêîôûAEIOUÀÂÉÈÊÎÔÛ";

  private final Dice dice;
  private final Facts f;
  private final List<String> pendingNotes = new ArrayList<>();
  private int notes;
  private String lastObjective = "";
  private final java.util.ArrayDeque<String> recentConnectors = new java.util.ArrayDeque<>();
  private int lastYear;

  Narrative(Dice dice, Facts facts) {
    this.dice = dice;
    this.f = facts;
    this.lastYear = facts.end().getYear();
  }

  Dice dice() {
    return dice;
  }

  // ---- Sentences ----

  /** A sentence from {@code template}: slots filled, elided, capitalised. */
  String fill(String template) {
    return Formats.capitalize(elide(expand(template)));
  }

  /** One sentence from {@code bank}. */
  String sentence(List<String> bank) {
    return fill(dice.pick(bank));
  }

  /** {@code n} sentences from {@code bank}, no template twice. */
  List<String> sentences(List<String> bank, int n) {
    List<String> out = new ArrayList<>();
    for (String t : dice.distinct(bank, n)) out.add(fill(t));
    return out;
  }

  /**
   * A paragraph: up to {@code fromTopic} sentences of {@code topic}, then generic ones, {@code min}
   * to {@code max} in all.
   */
  String paragraph(List<String> topic, int fromTopic, int min, int max) {
    int n = dice.between(min, max);
    List<String> s = new ArrayList<>();
    if (topic != null && fromTopic > 0) s.addAll(sentences(topic, Math.min(fromTopic, n)));
    s.addAll(sentences(WordBank.GENERIC, n - s.size()));
    return wrap(String.join(" ", s), "", "");
  }

  /** A paragraph of the given sentences. */
  String paragraph(List<String> sentences) {
    return wrap(elide(String.join(" ", sentences)), "", "");
  }

  /** A paragraph of generic sentences. */
  String generic(int min, int max) {
    return paragraph(null, 0, min, max);
  }

  /** A bulleted list, items ending with " ;" and the last with ".". */
  String bullets(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String end = i == items.size() - 1 ? "." : " ;";
      if (b.length() > 0) b.append('\n');
      b.append(wrap(item + end, "- ", "  "));
    }
    return b.toString();
  }

  /** A numbered list. */
  String numbered(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (b.length() > 0) b.append('\n');
      String marker = (i + 1) + ". ";
      b.append(wrap(items.get(i), marker, " ".repeat(marker.length())));
    }
    return b.toString();
  }

  /** A footnote marker; its definition is written by {@link #footnotes()}. */
  String footnote(String text) {
    notes++;
    String label = String.valueOf(notes);
    pendingNotes.add(wrap("[^" + label + "]: " + text, "", "    "));
    return "[^" + label + "]";
  }

  /** The definitions of the footnotes marked since the last call (empty when none). */
  String footnotes() {
    String s = String.join("\n\n", pendingNotes);
    pendingNotes.clear();
    return s;
  }

  // ---- Slots ----

  String expand(String template) {
    if (template.indexOf('{') < 0) return template;
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(expand(slot(template.substring(i + 1, close))));
      i = close + 1;
    }
    return out.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "acteur" -> subject();
      case "acteurs" -> dice.pick(WordBank.SUBJECTS_PLURAL);
      case "obj" -> objective(false);
      case "obj2" -> objective(true);
      case "res" -> bold(dice.pick(WordBank.RESULTS));
      case "diff" -> dice.pick(WordBank.DIFFICULTIES);
      case "moment" -> dice.pick(WordBank.MOMENTS);
      case "lieu" -> dice.pick(WordBank.PLACES);
      case "conn" -> connector();
      case "quote" -> dice.pick(WordBank.QUOTES);
      case "outil" -> dice.pick(WordBank.TOOLS_NP);
      case "frequence" -> dice.pick(WordBank.FREQUENCIES);
      case "condition" -> dice.pick(WordBank.CONDITIONS);
      case "verbe_np" -> dice.pick(WordBank.VERBS_NP);
      case "verbe_inf" -> dice.pick(WordBank.VERBS_INF);
      case "constat" -> dice.pick(WordBank.FINDINGS);
      case "partenaire" ->
          f.partners.isEmpty() ? "les partenaires locaux" : dice.pick(f.partners).the();
      case "porteur" -> f.holder.the();
      case "porteur_nom" -> f.holder.named();
      case "evaluateur" -> f.evaluator.the();
      case "public" -> f.publicDescription;
      case "ville" -> f.town.name();
      case "de_ville" -> f.town.of();
      case "departement" -> f.department.name();
      case "de_departement" -> f.department.of();
      case "region" -> f.region.name();
      case "en_region" -> f.region.in();
      case "titre" -> f.title;
      case "code" -> f.code;
      case "mois_demarrage" -> Formats.monthYear(java.time.YearMonth.from(f.start));
      case "mois_fin" -> Formats.monthYear(f.end());
      case "annee" -> String.valueOf(dice.between(f.start.getYear(), lastYear));
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
  }

  /** Limits the years the prose mentions (a note d'étape does not speak of later years). */
  Narrative until(int year) {
    lastYear = Math.max(f.start.getYear(), Math.min(lastYear, year));
    return this;
  }

  private String subject() {
    int r = dice.between(0, 9);
    if (r < 2) return f.holder.the();
    if (r == 2 && !f.partners.isEmpty()) {
      return "l'équipe " + elide("de " + dice.pick(f.partners).the());
    }
    return dice.pick(WordBank.SUBJECTS);
  }

  /** A connector, never the one of one of the two previous sentences. */
  private String connector() {
    String c = dice.pick(WordBank.CONNECTORS);
    for (int tries = 0; !c.isEmpty() && recentConnectors.contains(c) && tries < 5; tries++) {
      c = dice.pick(WordBank.CONNECTORS);
    }
    if (recentConnectors.contains(c)) c = "";
    if (!c.isEmpty()) {
      recentConnectors.addLast(c);
      if (recentConnectors.size() > 2) recentConnectors.removeFirst();
    }
    return c;
  }

  private String objective(boolean different) {
    List<String> bank =
        !f.objectives.isEmpty() && dice.chance(0.6) ? f.objectives : WordBank.OBJECTIVES;
    String o = dice.pick(bank);
    if (different && o.equals(lastObjective)) {
      o = dice.pick(WordBank.OBJECTIVES);
      if (o.equals(lastObjective)) o = WordBank.OBJECTIVES.get(0);
    }
    lastObjective = o;
    return bold(o);
  }

  private String bold(String s) {
    return dice.chance(0.08) ? "**" + s + "**" : s;
  }

  /** Applies French contractions and elisions (one pass, no regular expression). */
  static String elide(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      boolean wordStart =
          i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
      if (wordStart) {
        String[] rule = rule(s, i);
        if (rule != null) {
          out.append(rule[1]);
          i += rule[0].length();
          continue;
        }
      }
      out.append(s.charAt(i));
      i++;
    }
    return out.toString();
  }

  private static String[] rule(String s, int i) {
    char c = s.charAt(i);
    if (c != 'à' && c != 'À' && c != 'd' && c != 'D' && c != 'q' && c != 'Q') return null;
    for (String[] r : CONTRACTIONS) if (s.startsWith(r[0], i)) return r;
    for (String[] r : ELISIONS) {
      if (!s.startsWith(r[0], i)) continue;
      int next = i + r[0].length();
      if (s.startsWith("**", next)) next += 2;
      if (next < s.length() && VOWELS.indexOf(s.charAt(next)) >= 0) return r;
    }
    return null;
  }

  // ---- Layout ----

  /**
   * Wraps {@code text} at {@link #WIDTH}: the first line starts with {@code first}, the next ones
   * with {@code next}. A line only ever starts with a letter, « or ( (never a digit, a dash, #, |
   * or *), so wrapping cannot create a heading, a list, a table or a code block.
   */
  static String wrap(String text, String first, String next) {
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(first);
    int lineLength = first.length();
    boolean empty = true;
    for (String w : words) {
      if (w.isEmpty()) continue;
      if (!empty && lineLength + 1 + w.length() > WIDTH && canStartLine(w)) {
        out.append('\n').append(next);
        lineLength = next.length();
        empty = true;
      }
      if (!empty) {
        out.append(' ');
        lineLength++;
      }
      out.append(w);
      lineLength += w.length();
      empty = false;
    }
    return out.toString();
  }

  private static boolean canStartLine(String word) {
    char c = word.charAt(0);
    return Character.isLetter(c) || c == '«' || c == '(';
  }
}

package fr.fejdoc.catalogue;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.Section;
import fr.fejdoc.text.Json;
import fr.fejdoc.write.Publication;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index page's full-text search, computed at build time. Each experiment's searchable text
 * (dossier, title, thématique, programme, régions, porteur, évaluateur, partners, fiche
 * synthétique, and the narrative of its published documents) is folded and stemmed into a list of
 * distinct terms; catalogue.js folds and stems the query the same way and keeps an experiment when
 * every query term starts one of its terms.
 *
 * <p>Folding: Unicode NFD, combining accents removed, lower case, œ → oe, æ → ae; words are runs of
 * [a-z0-9]. Stemming (a light French stemmer, mirrored in catalogue.js): on words of more than 3
 * letters, "-aux" becomes "-al" (« régionaux » → « regional »), else a final "s" or "x" is dropped;
 * then, still on more than 3 letters, a final "e" is dropped. So « jeune », « jeunes », « Jeunes »
 * all give « jeun », and « Évaluation », « évaluations » give « evaluation ».
 */
final class SearchIndex {
  private SearchIndex() {}

  /** Folds case and accents: « Évaluation » → « evaluation ». */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
    String d = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= '\u0300' && c <= '\u036f') continue;
      if (c == '\u0153' || c == '\u0152') out.append("oe");
      else if (c == '\u00e6' || c == '\u00c6') out.append("ae");
      else out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The light French stemmer described in the class comment. */
  static String stem(String w) {
    if (w.length() > 3) {
      if (w.endsWith("aux")) w = w.substring(0, w.length() - 3) + "al";
      else if (w.endsWith("s") || w.endsWith("x")) w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
    return w;
  }

  /** The stemmed words of a text, in order, repeated ones included. */
  static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) addTerms(text, out);
    return out;
  }

  /**
   * Adds the stemmed words of {@code text} (runs of [a-z0-9] once folded) to {@code out}.
   *
   * <p>Folded as it is read, with no folded copy of the text: a code point's canonical
   * decomposition does not depend on its neighbours, and the canonical reordering that {@link
   * #fold} does on top only swaps combining marks, which are never word letters (they are dropped,
   * or end a word like any other sign), so the words are those of {@code fold(text)}, exactly. The
   * Latin letters' folds are looked up in a table made once.
   */
  private static void addTerms(String text, java.util.Collection<String> out) {
    StringBuilder word = new StringBuilder(32);
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) word.append(l);
        else endWord(word, out);
        i++;
        continue;
      }
      String folded;
      if (c < LATIN.length) {
        folded = LATIN[c];
        i++;
      } else {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        folded = fold(text.substring(i, next));
        i = next;
      }
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) word.append(f);
        else endWord(word, out);
      }
    }
    endWord(word, out);
  }

  /** The folds of the characters below U+0180 (ASCII, Latin-1, Latin Extended-A). */
  private static final String[] LATIN = new String[0x180];

  static {
    for (char c = 0; c < LATIN.length; c++) LATIN[c] = fold(String.valueOf(c));
  }

  /** Adds the word in {@code word}, stemmed, to {@code out}, and empties it (nothing if empty). */
  private static void endWord(StringBuilder word, java.util.Collection<String> out) {
    if (word.isEmpty()) return;
    out.add(stem(word.toString()));
    word.setLength(0);
  }

  /**
   * The narrative of an experiment's published documents ({@link Publication#documents()}): each
   * section's heading and Markdown, as loaded. A document not published (its certificate says
   * {@code publication: false}, or cannot be read) is left out, so none of its words reach the
   * index.
   */
  static String narrative(Publication pub) {
    StringBuilder out = new StringBuilder();
    for (Document d : pub.documents()) {
      if (d.source() == null) continue;
      for (Section s : d.source().sections()) {
        if (s.heading() != null) out.append(s.heading().value()).append('\n');
        if (s.markdown() != null) out.append(s.markdown()).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The distinct terms of an experiment's fields and of {@code narrative} (see {@link #narrative},
   * may be null), space separated with a space at both ends.
   */
  static String of(CatalogueEntry e, String narrative) {
    Set<String> terms = new LinkedHashSet<>();
    List<String> fields = new ArrayList<>();
    fields.add(e.project());
    fields.add(e.dossier());
    fields.add(e.title());
    fields.add(e.theme());
    fields.add(e.programme());
    fields.addAll(e.regions());
    fields.add(e.holder());
    fields.add(e.holderType());
    fields.add(e.evaluator());
    fields.add(e.evaluatorType());
    fields.addAll(e.partners());
    if (e.synthesis() != null) {
      fields.add(e.synthesis().objectives());
      fields.add(e.synthesis().targetPublic());
      fields.add(e.synthesis().description());
      fields.add(e.synthesis().territories());
      fields.add(e.synthesis().addedValue());
    }
    fields.add(narrative);
    for (String f : fields) if (f != null) addTerms(f, terms);
    return " " + String.join(" ", terms) + " ";
  }

  /**
   * catalogue-recherche.js: {@code window.FEJ_RECHERCHE = {"termes": "…", "experiences": {…}}}.
   * "termes" is the sorted dictionary of every term, space separated; each experiment has the
   * sorted numbers of its terms in that dictionary, delta encoded: each gap (at least 1, the first
   * counted from -1) written in base 26, the last digit a lower-case letter, the others upper case
   * (a gap under 26 is one letter). A query word matches the terms of a contiguous range of the
   * dictionary (those it starts), so a lookup is two binary searches.
   */
  static String script(List<String> projects, List<String> termLists) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      script(projects, termLists, w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // memory: not reached
    }
    return w.toString();
  }

  /** The same, written to {@code out} one experiment at a time. */
  static void script(List<String> projects, List<String> termLists, java.io.Writer out)
      throws java.io.IOException {
    // one pass over the words: each distinct word numbered in order of first sight, each project's
    // words kept as those numbers; then the dictionary sorted and the numbers mapped to its order
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<String> words = new java.util.ArrayList<>();
    int[][] own = new int[termLists.size()][];
    for (int i = 0; i < termLists.size(); i++) {
      String t = termLists.get(i);
      int[] ids = new int[16];
      int n = 0;
      int at = 0;
      int length = t == null ? 0 : t.length();
      while (at < length) {
        int end = t.indexOf(' ', at);
        if (end < 0) end = length;
        if (end > at) {
          String w = t.substring(at, end).strip();
          if (!w.isEmpty()) {
            Integer id = seen.get(w);
            if (id == null) {
              id = words.size();
              seen.put(w, id);
              words.add(w);
            }
            if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
            ids[n++] = id;
          }
        }
        at = end + 1;
      }
      own[i] = java.util.Arrays.copyOf(ids, n);
    }
    Integer[] order = new Integer[words.size()];
    for (int k = 0; k < order.length; k++) order[k] = k;
    java.util.Arrays.sort(order, (x, y) -> words.get(x).compareTo(words.get(y)));
    int[] rank = new int[order.length];
    StringBuilder dict = new StringBuilder();
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k;
      if (k > 0) dict.append(' ');
      dict.append(words.get(order[k]));
    }
    out.append("window.FEJ_RECHERCHE = {\n\"termes\": ");
    out.append(Json.string(dict.toString())).append(",\n\"experiences\": {");
    for (int i = 0; i < projects.size(); i++) {
      int[] ids = own[i];
      for (int k = 0; k < ids.length; k++) ids[k] = rank[ids[k]];
      java.util.Arrays.sort(ids);
      StringBuilder code = new StringBuilder();
      int prev = -1;
      for (int id : ids) {
        if (id == prev) continue; // a word twice
        gap(code, id - prev);
        prev = id;
      }
      out.append(i == 0 ? "\n" : ",\n")
          .append(Json.string(projects.get(i)))
          .append(": ")
          .append(Json.string(code.toString()));
    }
    out.append("\n}\n};\n");
  }

  private static void gap(StringBuilder out, int d) {
    StringBuilder digits = new StringBuilder();
    digits.append((char) ('a' + d % 26));
    d /= 26;
    while (d > 0) {
      digits.append((char) ('A' + d % 26));
      d /= 26;
    }
    out.append(digits.reverse());
  }

  /** Whether {@code query} finds {@code e}, exactly as catalogue.js decides (for tests). */
  static boolean matches(CatalogueEntry e, String query) {
    String index = e.searchTerms();
    for (String t : terms(query)) if (!index.contains(" " + t)) return false;
    return true;
  }
}

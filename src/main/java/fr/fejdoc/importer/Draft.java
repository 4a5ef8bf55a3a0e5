package fr.fejdoc.importer;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form readers read from one {@link Source}: the experiment.yaml tree and the document's
 * front matter (values wrapped in {@link YamlWriter.Commented} with where they came from), the
 * narrative parts under the form's headings, the values to check by hand, the lines placed nowhere,
 * and how many facts each block gave. Readers mark the blocks they used, so what no reader used is
 * a leftover, never silently dropped.
 */
public final class Draft {
  /** A narrative part of the form: its plan item, where its heading was, its Markdown lines. */
  public record Part(FormPlan.Item item, Source.Where where, List<String> markdown) {}

  /** A value to check by hand: its key path in experiment.yaml, why, and where it was read. */
  public record Review(String path, String reason, Source.Where where) {}

  /** Something of the source placed nowhere. */
  public record Leftover(Source.Where where, String text) {}

  private final Source source;
  private DocumentKind kind;
  private boolean annexesOnly;
  private final Map<String, Object> experiment = new LinkedHashMap<>();
  private final Map<String, Object> front = new LinkedHashMap<>();
  private final List<Part> parts = new ArrayList<>();
  private final List<Review> review = new ArrayList<>();
  private final List<Leftover> leftovers = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<String> missing = new ArrayList<>();
  private final Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());

  public Draft(Source source, DocumentKind kind) {
    this.source = source;
    this.kind = kind;
  }

  public Source source() {
    return source;
  }

  public DocumentKind kind() {
    return kind;
  }

  /** True for a file holding only the annex tables of a restitution (no narrative). */
  public boolean annexesOnly() {
    return annexesOnly;
  }

  public void annexesOnly(boolean only) {
    this.annexesOnly = only;
  }

  /** The experiment.yaml tree (insertion order is the file's order). */
  public Map<String, Object> experiment() {
    return experiment;
  }

  /** The document's front matter tree. */
  public Map<String, Object> front() {
    return front;
  }

  public List<Part> parts() {
    return parts;
  }

  public List<Review> review() {
    return review;
  }

  public List<Leftover> leftovers() {
    return leftovers;
  }

  /** Facts read per block ("identite", "tableau1", "bilan"…), in reading order. */
  public Map<String, Integer> counts() {
    return counts;
  }

  /** The comment that says where a value came from: « importé : page 3, ligne 12 ». */
  public String origin(Source.Where where) {
    return "importé : " + where.describe(source.format());
  }

  /** {@code value} with the comment saying where it came from. */
  public YamlWriter.Commented at(Object value, Source.Where where) {
    return new YamlWriter.Commented(value, origin(where));
  }

  /**
   * Puts {@code value} (commented with {@code where} unless null) at the dotted {@code path} of
   * experiment.yaml ("beneficiaires.prevus.jeunes"), creating the maps on the way. A value already
   * there is kept; the new one becomes a value to review.
   */
  public void put(String path, Object value, Source.Where where) {
    put(experiment, path, value, where);
  }

  /**
   * Puts a value read from other words (a date « janvier 2010 » as 2010-01): the comment gives the
   * words as written and where: « janvier 2010 » ; importé : ligne 25.
   */
  public void putWritten(String path, Object value, String written, Source.Where where) {
    put(experiment, path, new YamlWriter.Commented(value, asWritten(written, where)), null);
  }

  /** The same, in the document's front matter. */
  public void putFrontWritten(String path, Object value, String written, Source.Where where) {
    put(front, path, new YamlWriter.Commented(value, asWritten(written, where)), null);
  }

  private String asWritten(String written, Source.Where where) {
    String w = written.length() > 80 ? written.substring(0, 80) + "…" : written;
    return "« " + w + " » ; " + origin(where);
  }

  /** The same, in the document's front matter ("certificat.signataire"). */
  public void putFront(String path, Object value, Source.Where where) {
    put(front, path, value, where);
  }

  private void put(Map<String, Object> root, String path, Object value, Source.Where where) {
    String[] keys = path.split("\\.");
    Map<String, Object> m = parent(root, keys);
    String last = keys[keys.length - 1];
    if (m.containsKey(last) && m.get(last) != null) {
      review(path, "valeur lue deux fois ; la première est gardée", where);
      return;
    }
    m.put(last, where == null ? value : at(value, where));
  }

  /**
   * The map that holds the last of {@code keys} under {@code root} (commented and flow maps seen
   * through), the maps on the way created where missing.
   */
  static Map<String, Object> parent(Map<String, Object> root, String[] keys) {
    Map<String, Object> m = root;
    for (int i = 0; i < keys.length - 1; i++) {
      Object next = unwrap(m.get(keys[i]));
      if (next instanceof Map<?, ?> nm) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) nm;
        m = typed;
      } else {
        Map<String, Object> created = new LinkedHashMap<>();
        m.put(keys[i], created);
        m = created;
      }
    }
    return m;
  }

  /** The value at a dotted path of experiment.yaml, comments removed, or null. */
  public Object get(String path) {
    return at(experiment, path);
  }

  /**
   * The value at a dotted path of an experiment.yaml tree (comments and flows unwrapped), or null.
   */
  static Object at(Object tree, String path) {
    Object v = tree;
    for (String k : path.split("\\.")) {
      v = unwrap(v);
      if (!(v instanceof Map<?, ?> m)) return null;
      v = m.get(k);
    }
    return unwrap(v);
  }

  static Object unwrap(Object v) {
    while (v instanceof YamlWriter.Commented c) v = c.value();
    if (v instanceof YamlWriter.Flow f) return unwrap(f.value());
    return v;
  }

  /** A value to check by hand (it becomes an « à vérifier » warning of check). */
  public void review(String path, String reason, Source.Where where) {
    review.add(new Review(path, reason, where));
  }

  /** Something placed nowhere: it goes to the leftovers file. */
  public void leftover(Source.Where where, String text) {
    leftovers.add(new Leftover(where, text));
  }

  /** A narrative part; a second text for the same part is appended to the first. */
  public void part(FormPlan.Item item, Source.Where where, List<String> markdown) {
    for (Part p : parts) {
      if (p.item().id().equals(item.id())) {
        if (!p.markdown().isEmpty() && !markdown.isEmpty()) p.markdown().add("");
        p.markdown().addAll(markdown);
        return;
      }
    }
    parts.add(new Part(item, where, new ArrayList<>(markdown)));
  }

  /** Facts the form asks for that the note does not give (named for the reviewer). */
  public List<String> missing() {
    return missing;
  }

  /** Counts {@code n} more facts read in {@code block}. */
  public void count(String block, int n) {
    counts.merge(block, n, Integer::sum);
  }

  /** Marks a block (or a table row) as used by a reader. */
  public void use(Object blockOrRow) {
    used.add(blockOrRow);
  }

  public boolean used(Object blockOrRow) {
    return used.contains(blockOrRow);
  }
}

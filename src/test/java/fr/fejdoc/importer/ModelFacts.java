package fr.fejdoc.importer;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Section;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Test helper: the facts of a loaded project, flat (block, path → value), read from the typed model
 * by walking its records, locations left out; and the comparison of two projects' facts, block by
 * block. Texts are compared as the writers may print them (typographic apostrophes, no-break
 * spaces, spacing); section texts by their words.
 */
final class ModelFacts {
  private ModelFacts() {}

  /** Components that are not facts: where things are, and what fejdoc adds. */
  private static final Set<String> SKIPPED =
      Set.of("loc", "firstLine", "lines", "acknowledgements", "formEdition", "path", "dir");

  /** The block a top-level experiment component belongs to. */
  static String block(String component, String path) {
    return switch (component) {
      case "synthesis" -> "fiche_synthetique";
      case "partners" ->
          path.toLowerCase(java.util.Locale.ROOT).contains("share")
              ? "financements"
              : "partenaires";
      case "beneficiaries" -> "tableau1";
      case "actions" -> "tableau2";
      case "tools" -> "tableau3";
      case "budget" -> "bilan";
      default -> "identite";
    };
  }

  /**
   * The experiment facts a note d'étape or a fiche d'expérience prints (its identity block); a
   * restitution finale prints them all.
   */
  private static final Set<String> IDENTITY_PRINTED =
      Set.of(
          "dossier",
          "title.value",
          "holder.name.value",
          "evaluator.name.value",
          "regions",
          "schedule.start");

  /**
   * Facts of experiment.yaml the restitution finale does not print (templates/restitution-finale
   * .ftlx has no box for them): a document cannot give them back.
   */
  private static final Set<String> NOT_IN_RESTITUTION =
      Set.of(
          "regions",
          "schedule.start",
          "schedule.end",
          "shortName",
          "holder.acronym",
          "evaluator.acronym");

  /** The experiment facts a fiche d'expérience prints (templates/fiche-experience.ftlx). */
  private static final Set<String> SHEET_PRINTED = Set.of("dossier", "holder.name.value");

  private static boolean under(String path, Set<String> prefixes) {
    for (String prefix : prefixes) {
      if (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the project's documents prints the experiment fact at {@code path}. */
  private static boolean printed(Project p, String path) {
    boolean identity = under(path, IDENTITY_PRINTED); // what a note d'étape prints
    for (Document d : p.documents()) {
      if (d instanceof Document.FinalReport && !under(path, NOT_IN_RESTITUTION)) return true;
      if (d instanceof Document.ProgressNote && identity) return true;
      if (d instanceof Document.ExperienceSheet && under(path, SHEET_PRINTED)) return true;
    }
    return false;
  }

  /** Every fact the project's documents print: block → (path → value). */
  static Map<String, Map<String, String>> of(Project p) {
    return of(p, null);
  }

  /**
   * Every fact the project's documents print, and in {@code locs} (when not null) where each one
   * was written (path → the location of the value's record, as the loader gives it).
   */
  static Map<String, Map<String, String>> of(Project p, Map<String, Loc> locs) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    Experiment e = p.experiment();
    if (e != null) {
      for (RecordComponent c : Experiment.class.getRecordComponents()) {
        if (SKIPPED.contains(c.getName())) continue;
        if (c.getName().equals("dossier")) {
          // the forms print the dossier their own way (AP1_n° 140): compared as AP1_140
          if (e.dossier() != null) {
            out.computeIfAbsent("identite", k -> new TreeMap<>())
                .put("dossier", e.dossier().underscore());
          }
          continue;
        }
        Map<String, String> leaves = new LinkedHashMap<>();
        walk(get(c, e), c.getName(), leaves, 0, locs, null);
        for (Map.Entry<String, String> l : leaves.entrySet()) {
          if (!printed(p, l.getKey())) continue;
          out.computeIfAbsent(block(c.getName(), l.getKey()), k -> new TreeMap<>())
              .put(l.getKey(), l.getValue());
        }
      }
    }
    if (e != null && printed(p, "beneficiaries.remarks.value")) printedReasons(e, out);
    Map<fr.fejdoc.model.DocumentKind, Integer> perKind =
        new java.util.EnumMap<>(fr.fejdoc.model.DocumentKind.class);
    for (Document d : p.documents()) perKind.merge(d.kind(), 1, Integer::sum);
    Map<fr.fejdoc.model.DocumentKind, Integer> ordinal =
        new java.util.EnumMap<>(fr.fejdoc.model.DocumentKind.class);
    for (Document d : p.documents()) {
      // several documents of one kind (notes d'étape of each half-year): each one's facts apart,
      // named by its date, so that one note's certificate is not compared with another's
      int nth = ordinal.merge(d.kind(), 1, Integer::sum);
      String kind = d.kind().name();
      if (perKind.get(d.kind()) > 1) {
        kind +=
            "["
                + (d instanceof Document.ProgressNote n && n.asOf() != null
                    ? n.asOf().date().toString()
                    : Integer.toString(nth))
                + "]";
      }
      String block = d instanceof Document.ExperienceSheet ? "fiche" : "note";
      for (RecordComponent c : d.getClass().getRecordComponents()) {
        if (SKIPPED.contains(c.getName())) continue;
        if (c.getName().equals("source")) {
          if (d.source() == null) continue;
          for (Section s : d.source().sections()) {
            String words = words(s.markdown());
            if (words.isEmpty()) continue;
            out.computeIfAbsent("parties", k -> new TreeMap<>()).put(kind + ":" + s.id(), words);
          }
          continue;
        }
        Map<String, String> leaves = new LinkedHashMap<>();
        walk(get(c, d), kind + "." + c.getName(), leaves, 0, locs, null);
        out.computeIfAbsent(block, k -> new TreeMap<>()).putAll(leaves);
      }
    }
    return out;
  }

  /**
   * The reasons of accepted findings the holder wants in the note ({@code dans_la_note: true}) are
   * printed as paragraphs under Tableau 1's « Remarques », after the holder's remarks (templates/
   * macros.ftlx): the printed remarks are both, and a document gives back nothing else.
   */
  private static void printedReasons(Experiment e, Map<String, Map<String, String>> out) {
    StringBuilder printed = new StringBuilder();
    if (e.beneficiaries() != null && e.beneficiaries().remarks() != null) {
      printed.append(e.beneficiaries().remarks().value());
    }
    List<String> reasons = new ArrayList<>();
    for (var a : e.acknowledgements()) {
      if (!a.inNote() || !"tableau1".equals(a.remarksOf()) || a.reason() == null) continue;
      String r = a.reason().value().strip();
      if (!r.isEmpty() && !reasons.contains(r)) reasons.add(r);
    }
    if (reasons.isEmpty()) return;
    for (String r : reasons) printed.append('\n').append(r);
    out.computeIfAbsent("tableau1", k -> new TreeMap<>())
        .put("beneficiaries.remarks.value", text(printed.toString()));
  }

  private static Object get(RecordComponent c, Object o) {
    try {
      return c.getAccessor().invoke(o);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void walk(
      Object v, String path, Map<String, String> out, int depth, Map<String, Loc> locs, Loc at) {
    if (locs != null && v instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (get(c, r) instanceof Loc l) at = l;
      }
    }
    int before = out.size();
    leaf(v, path, out, depth, locs, at);
    if (locs != null && at != null && out.size() > before && out.containsKey(path)) {
      locs.putIfAbsent(path, at);
    }
  }

  private static void leaf(
      Object v, String path, Map<String, String> out, int depth, Map<String, Loc> locs, Loc at) {
    if (v == null || depth > 30) return;
    if (v instanceof Loc || v instanceof Path) return;
    if (v instanceof String s && path.endsWith("certificate.signature.value")) {
      // a signature's picture: its file name is fejdoc's (image-1.png), not the note's
      if (!s.isBlank()) out.put(path, "(image)");
      return;
    }
    if (v instanceof String s && path.endsWith("certificate.quality.value")) {
      // printed as the form's sentence: « Je soussigné, X, <qualité>, responsable de la structure
      // porteuse du projet » unless the quality already says so (templates/macros.ftlx); a
      // quality with or without these words prints the same sentence
      String n = text(s);
      if (!n.isEmpty()) out.put(path, n.contains("structure porteuse") ? n : n + HOLDER);
      return;
    }
    if (v instanceof String s) {
      String n = text(s);
      if (!n.isEmpty()) out.put(path, n);
      return;
    }
    if (v instanceof BigDecimal b) {
      out.put(path, b.stripTrailingZeros().toPlainString());
      return;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
      out.put(path, v.toString());
      return;
    }
    if (v instanceof java.time.temporal.TemporalAccessor) {
      out.put(path, v.toString());
      return;
    }
    if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++)
        walk(l.get(i), path + "[" + i + "]", out, depth + 1, locs, at);
      return;
    }
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        walk(e.getValue(), path + "[" + e.getKey() + "]", out, depth + 1, locs, at);
      }
      return;
    }
    if (v instanceof Record r) {
      // an amount or an ETP the holder gave as a figure is that figure: the writers print it
      // their way (13722 as « 13 722 € », 0.5 as « 0,5 »), its text is no other fact
      boolean figure =
          (r instanceof fr.fejdoc.model.MoneyCell m && m.amount() != null)
              || (r instanceof fr.fejdoc.model.Etp e && e.value() != null);
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (SKIPPED.contains(c.getName())) continue;
        if (figure && c.getName().equals("text")) continue;
        walk(get(c, r), path + "." + c.getName(), out, depth + 1, locs, at);
      }
      return;
    }
    out.put(path, text(v.toString()));
  }

  /** A text as the writers may print it, compared: apostrophes, spaces, dashes unified. */
  static String text(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = t.replace('’', '\'').replace('\u00A0', ' ').replace('\u202F', ' ');
    return t.replaceAll("\\s+", " ").strip();
  }

  private static final String HOLDER = ", responsable de la structure porteuse du projet";

  private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
  private static final Pattern NOTE_DEF = Pattern.compile("\\[\\^([^\\]]{1,20})\\]:\\s*(.*)");
  private static final Pattern NOTE_CALL = Pattern.compile("\\[\\^([^\\]]{1,20})\\](?!:)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The words of a Markdown text, in order (markup, punctuation and comments left out). Footnotes
   * count as a document prints them: only those the text calls, each with its indented lines, at
   * the end in the order of their first call (a section also holds copies of the file's other
   * definitions, which no document prints there).
   */
  static String words(String markdown) {
    Map<String, String> notes = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      var def = NOTE_DEF.matcher(lines[i]);
      if (!def.matches()) {
        body.append(lines[i]).append('\n');
        continue;
      }
      StringBuilder text = new StringBuilder(def.group(2));
      while (i + 1 < lines.length
          && (lines[i + 1].startsWith("    ")
              || lines[i + 1].startsWith("\t")
              || (lines[i + 1].isBlank()
                  && i + 2 < lines.length
                  && lines[i + 2].startsWith("    ")))) {
        text.append('\n').append(lines[++i]);
      }
      notes.putIfAbsent(def.group(1), text.toString());
    }
    List<String> called = new ArrayList<>();
    var call = NOTE_CALL.matcher(body);
    while (call.find()) {
      if (notes.containsKey(call.group(1)) && !called.contains(call.group(1))) {
        called.add(call.group(1));
      }
    }
    for (String id : called) body.append('\n').append(notes.get(id));
    String t = COMMENT.matcher(body).replaceAll(" ");
    t = t.replaceAll("\\[\\^[^\\]]*\\]:?", " ").replaceAll("\\]\\([^)]*\\)", "]");
    t = t.replaceAll("</?[A-Za-z][A-Za-z0-9]*[^<>]*>", " ");
    t = Normalizer.normalize(t, Normalizer.Form.NFC).replace('’', '\'');
    List<String> w = new ArrayList<>();
    var m = WORD.matcher(t);
    while (m.find()) w.add(m.group());
    return String.join(" ", w);
  }

  /** Found / total per block, and the facts that differ or were invented. */
  record Comparison(Map<String, int[]> perBlock, List<String> differences, List<String> invented) {}

  /** The share of facts found over every block (1 when there is none). */
  static double share(Map<String, int[]> perBlock) {
    int found = perBlock.values().stream().mapToInt(a -> a[0]).sum();
    int total = perBlock.values().stream().mapToInt(a -> a[1]).sum();
    return total == 0 ? 1 : (double) found / total;
  }

  /** The facts compared over every block. */
  static int total(Map<String, int[]> perBlock) {
    return perBlock.values().stream().mapToInt(a -> a[1]).sum();
  }

  /** {@code title}, then found / total and the share of each block and of all of them. */
  static String table(String title, Map<String, int[]> perBlock) {
    StringBuilder b = new StringBuilder(title).append('\n');
    int found = 0;
    for (Map.Entry<String, int[]> e : perBlock.entrySet()) {
      found += e.getValue()[0];
      row(b, e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    row(b, "total", found, total(perBlock));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, int found, int total) {
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "  %-18s %6d / %6d  %5.1f %%%n",
            name,
            found,
            total,
            total == 0 ? 100.0 : 100.0 * found / total));
  }

  /** Compares the facts of {@code imported} with those of {@code original}. */
  static Comparison compare(
      Map<String, Map<String, String>> original, Map<String, Map<String, String>> imported) {
    Map<String, int[]> per = new TreeMap<>();
    List<String> diff = new ArrayList<>();
    List<String> invented = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> b : original.entrySet()) {
      Map<String, String> got = imported.getOrDefault(b.getKey(), Map.of());
      int[] a = per.computeIfAbsent(b.getKey(), k -> new int[2]);
      for (Map.Entry<String, String> f : b.getValue().entrySet()) {
        a[1]++;
        String g = got.get(f.getKey());
        if (f.getValue().equals(g)) a[0]++;
        else diff.add(b.getKey() + " " + f.getKey() + ": " + difference(f.getValue(), g));
      }
    }
    for (Map.Entry<String, Map<String, String>> b : imported.entrySet()) {
      Map<String, String> had = original.getOrDefault(b.getKey(), Map.of());
      for (Map.Entry<String, String> f : b.getValue().entrySet()) {
        if (!had.containsKey(f.getKey())) {
          invented.add(b.getKey() + " " + f.getKey() + ": « " + f.getValue() + " »");
        }
      }
    }
    return new Comparison(per, diff, invented);
  }

  /** The two values around their first difference (long texts cut to what differs). */
  static String difference(String a, String b) {
    if (b == null || a.length() < 120) return "« " + a + " » → « " + b + " »";
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    int from = Math.max(0, i - 40);
    return "(caractère "
        + i
        + ") « …"
        + a.substring(from, Math.min(a.length(), i + 60))
        + "… » → « …"
        + b.substring(Math.min(from, b.length()), Math.min(b.length(), i + 60))
        + "… »";
  }

  /** Adds {@code c} into {@code total} (for a share over many projects). */
  static void add(Map<String, int[]> total, Comparison c) {
    for (Map.Entry<String, int[]> e : c.perBlock().entrySet()) {
      int[] t = total.computeIfAbsent(e.getKey(), k -> new int[2]);
      t[0] += e.getValue()[0];
      t[1] += e.getValue()[1];
    }
  }
}

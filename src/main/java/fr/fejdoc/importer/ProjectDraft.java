package fr.fejdoc.importer;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a project drafted from the {@link Draft}s of its notes (a restitution and its
 * annexes file become one project): experiment.yaml, one Markdown file per document, the pictures,
 * and {@code a-verifier.txt} for what could not be placed. Every imported value is followed by a
 * comment saying where it came from; the values to check by hand are listed under {@code
 * a_verifier}, which check reports until the reviewer removes them.
 */
public final class ProjectDraft {
  private ProjectDraft() {}

  public static final String LEFTOVERS = "a-verifier.txt";

  /** The files, relative path to bytes-as-text; pictures as ISO-8859-1 strings of their bytes. */
  public record Files(Map<String, String> texts, Map<String, byte[]> pictures) {}

  /** The experiment.yaml tree of several drafts: the first value of each key wins. */
  public static Map<String, Object> merged(List<Draft> drafts) {
    return merged(drafts, new ArrayList<>());
  }

  /**
   * The same; a value another file gives differently (the note's Tableau 1 and its annexes') is
   * added to {@code conflicts} as an entry of {@code a_verifier}.
   */
  static Map<String, Object> merged(List<Draft> drafts, List<Object> conflicts) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Draft d : ordered(drafts)) merge(out, d.experiment(), "", d, conflicts);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void merge(
      Map<String, Object> into,
      Map<String, Object> from,
      String path,
      Draft source,
      List<Object> conflicts) {
    for (Map.Entry<String, Object> e : from.entrySet()) {
      String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      Object have = into.get(e.getKey());
      Object a = Draft.unwrap(have);
      Object b = Draft.unwrap(e.getValue());
      if (have == null) into.put(e.getKey(), e.getValue());
      else if (a instanceof Map<?, ?> am
          && b instanceof Map<?, ?> bm
          && !(have instanceof YamlWriter.Flow)) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) am);
        merge(copy, (Map<String, Object>) bm, here, source, conflicts);
        into.put(e.getKey(), copy);
      } else if (b != null
          && !text(a).equals(text(b))
          // a value the other file itself doubts (a fallback, such as the fiche's action name for
          // a missing title) yields without a word to the one given here
          && source.review().stream().noneMatch(r -> r.path().equals(here))) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("cle", here);
        entry.put(
            "raison",
            "lu aussi dans "
                + source.source().file()
                + " avec une autre valeur : « "
                + cut(text(b))
                + " » ; la première est gardée");
        conflicts.add(entry);
      }
    }
  }

  /** A value as text, to compare what two files give. */
  private static String text(Object v) {
    Object u = Draft.unwrap(v);
    if (u instanceof YamlWriter.Raw r) return r.text();
    if (u instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) parts.add(text(o));
      return parts.toString();
    }
    if (u instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> x : m.entrySet()) parts.add(x.getKey() + "=" + text(x.getValue()));
      return parts.toString();
    }
    return String.valueOf(u);
  }

  private static String cut(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  /**
   * The order in which the drafts' values are kept, the first one winning: the notes the FEJ's form
   * makes the reference for the facts (restitution finale, then notes d'étape), then the fiche
   * d'expérience (a summary written for the public, whose « nom de l'action » and « durée » are not
   * the experiment's official title and planned duration), annex files last.
   */
  static List<Draft> ordered(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts)
      if (!d.annexesOnly() && d.kind() != fr.fejdoc.model.DocumentKind.FICHE_EXPERIENCE) out.add(d);
    for (Draft d : drafts)
      if (!d.annexesOnly() && d.kind() == fr.fejdoc.model.DocumentKind.FICHE_EXPERIENCE) out.add(d);
    for (Draft d : drafts) if (d.annexesOnly()) out.add(d);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> into, Map<String, Object> from) {
    for (Map.Entry<String, Object> e : from.entrySet()) {
      Object have = into.get(e.getKey());
      Object a = Draft.unwrap(have);
      Object b = Draft.unwrap(e.getValue());
      if (have == null) into.put(e.getKey(), e.getValue());
      else if (a instanceof Map<?, ?> am
          && b instanceof Map<?, ?> bm
          && !(have instanceof YamlWriter.Flow)) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) am);
        merge(copy, (Map<String, Object>) bm);
        into.put(e.getKey(), copy);
      }
    }
  }

  /** Keys check requires: written empty when the notes do not give them, for the reviewer. */
  static final List<String> REQUIRED = List.of("titre", "porteur.nom", "calendrier.demarrage");

  private static void required(Map<String, Object> root, String path) {
    String[] keys = path.split("[.]");
    Map<String, Object> m = Draft.parent(root, keys);
    String last = keys[keys.length - 1];
    if (Draft.unwrap(m.get(last)) == null) {
      m.put(last, new YamlWriter.Commented(null, "absent de la note : à compléter"));
    }
  }

  /** The project's files. {@code dossier} (may be null) names the project when the notes do not. */
  public static Files files(List<Draft> drafts, String schema, String dossier) {
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, byte[]> pictures = new LinkedHashMap<>();
    List<Draft> all = ordered(drafts);
    List<Object> conflicts = new ArrayList<>();
    Map<String, Object> tree = merged(all, conflicts);
    Map<String, Object> root = new LinkedHashMap<>();
    if (!tree.containsKey("dossier")) {
      root.put(
          "dossier",
          dossier != null
              ? new YamlWriter.Commented(dossier, "donné par --dossier")
              : new YamlWriter.Commented(null, "absent de la note : à compléter"));
    }
    root.putAll(tree);
    for (String key : REQUIRED) required(root, key);
    List<Object> review = new ArrayList<>();
    for (Draft d : all) {
      for (Draft.Review r : d.review()) {
        // a doubt about a value another file gave (and this one's is not kept): not this file's
        Object own = d.get(r.path());
        if (own != null && !text(own).equals(text(Draft.at(tree, r.path())))) continue;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("cle", r.path());
        entry.put(
            "raison",
            r.reason()
                + (r.where() == null
                    ? ""
                    : " ("
                        + d.source().file()
                        + ", "
                        + r.where().describe(d.source().format())
                        + ")"));
        review.add(entry);
      }
    }
    review.addAll(conflicts);
    if (!review.isEmpty()) root.put("a_verifier", review);
    List<String> comments = new ArrayList<>();
    comments.add("yaml-language-server: $schema=" + schema);
    for (Draft d : all) {
      comments.add(
          "importé de "
              + oneLine(d.source().file())
              + " par fejdoc importer : vérifiez chaque valeur avec l'endroit indiqué.");
    }
    if (!review.isEmpty()) {
      comments.add(
          "Les valeurs de « a_verifier » sont à contrôler à la main ; retirez chaque entrée une fois"
              + " vérifiée.");
    }
    files.put("experiment.yaml", YamlWriter.write(root, comments));

    for (Draft d : all) {
      if (d.annexesOnly()) continue;
      String name = fileName(d);
      if (files.containsKey(name)) name = name.replace(".md", "-" + files.size() + ".md");
      files.put(name, document(d));
      for (Source.Picture p : d.source().pictures()) pictures.put("images/" + p.name(), p.bytes());
    }
    List<String> left = new ArrayList<>();
    for (Draft d : all) left.addAll(leftovers(d));
    if (!left.isEmpty()) files.put(LEFTOVERS, String.join("\n", left) + "\n");
    return new Files(files, pictures);
  }

  /** The document's Markdown: its front matter, then every part of the form in the form's order. */
  static String document(Draft d) {
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("document", documentKey(d.kind()));
    front.putAll(d.front());
    StringBuilder md = new StringBuilder("---\n");
    md.append(YamlWriter.write(front, List.of()));
    md.append("---\n");
    for (FormPlan.Item item : FormPlan.of(d.kind()).items()) {
      if (item.container()) continue;
      md.append('\n')
          .append("#".repeat(Math.max(1, item.depth())))
          .append(' ')
          .append(item.title())
          .append("\n\n");
      Draft.Part part = null;
      for (Draft.Part p : d.parts()) if (p.item().id().equals(item.id())) part = p;
      if (part == null) {
        md.append("<!-- absent de la note importée : à compléter -->\n");
        continue;
      }
      md.append("<!-- ").append(d.origin(part.where())).append(" -->\n\n");
      for (String l : part.markdown()) md.append(l).append('\n');
    }
    return md.toString();
  }

  static String documentKey(DocumentKind kind) {
    return switch (kind) {
      case NOTE_ETAPE -> "note_etape";
      case RESTITUTION_FINALE -> "restitution_finale";
      case FICHE_EXPERIENCE -> "fiche_experience";
    };
  }

  static String fileName(Draft d) {
    return switch (d.kind()) {
      case NOTE_ETAPE -> {
        Object au = Draft.unwrap(d.front().get("au"));
        String asOf = au instanceof YamlWriter.Raw r ? r.text() : null;
        yield asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}")
            ? "note-etape-" + asOf + ".md"
            : "note-etape.md";
      }
      case RESTITUTION_FINALE -> "restitution-finale.md";
      case FICHE_EXPERIENCE -> "fiche-experience.md";
    };
  }

  /** The lines of {@code a-verifier.txt} for one draft: what was not placed, what is missing. */
  public static List<String> leftovers(Draft d) {
    List<String> out = new ArrayList<>();
    if (!d.leftovers().isEmpty()) {
      out.add(
          "Passages de "
              + oneLine(d.source().file())
              + " placés nulle part (à reprendre ou à écarter) :");
      for (Draft.Leftover l : d.leftovers()) {
        out.add(l.where().describe(d.source().format()) + " : " + oneLine(l.text()));
      }
    }
    List<String> missing = missingParts(d);
    if (!missing.isEmpty()) {
      if (!out.isEmpty()) out.add("");
      out.add(
          "Absent de "
              + oneLine(d.source().file())
              + " (à compléter) : "
              + String.join(", ", missing)
              + ".");
    }
    return out;
  }

  /** The parts of the form the note does not give. */
  public static List<String> missingParts(Draft d) {
    List<String> out = new ArrayList<>(d.missing());
    if (d.annexesOnly()) return out;
    for (FormPlan.Item i : FormPlan.of(d.kind()).items()) {
      if (i.container()) continue;
      if (d.parts().stream().noneMatch(p -> p.item().id().equals(i.id()))) {
        out.add("partie « " + i.title() + " »");
      }
    }
    return out;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ");
  }
}

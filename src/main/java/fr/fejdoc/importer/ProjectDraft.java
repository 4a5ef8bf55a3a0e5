package fr.fejdoc.importer;

import fr.fejdoc.model.FormPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a project drafted from an {@link TextNote.Imported} note: experiment.yaml, the
 * note's Markdown file and, when some lines could not be placed, {@code a-verifier.txt}. Every
 * imported value is followed by a comment giving its source line.
 */
public final class ProjectDraft {
  private ProjectDraft() {}

  public static final String LEFTOVERS = "a-verifier.txt";

  /** The facts of the identity block (experiment.yaml). */
  public static final List<String> IDENTITY =
      List.of("dossier", "titre", "porteur", "evaluateur", "regions", "demarrage");

  /** The facts of the document (front matter): its date, its author, its certificate. */
  public static final List<String> DOCUMENT =
      List.of("au", "redigee_par", "signataire", "qualite", "lieu", "date_certificat");

  /** The files, relative path to text. {@code dossier} (may be null) stands for a missing one. */
  public static Map<String, String> files(
      TextNote.Imported note, String schema, String dossier, String source) {
    Map<String, TextNote.Fact> f = note.facts();
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder y = new StringBuilder();
    y.append("# yaml-language-server: $schema=").append(schema).append('\n');
    y.append("# importé de ")
        .append(oneLine(source))
        .append(" par fejdoc importer : vérifiez")
        .append(" chaque valeur avec la ligne indiquée.\n\n");
    if (f.containsKey("dossier")) line(y, "dossier", f.get("dossier"));
    else if (dossier != null)
      y.append("dossier: ").append(q(dossier)).append("    # donné par --dossier\n");
    else y.append("dossier: null    # absent de la note\n");
    fact(y, "titre", f.get("titre"));
    if (f.containsKey("porteur")) {
      y.append("porteur:\n  nom: ")
          .append(q(f.get("porteur").value()))
          .append(src(f.get("porteur")))
          .append('\n');
    } else y.append("porteur: null    # absent de la note\n");
    if (f.containsKey("evaluateur")) {
      y.append("evaluateur:\n  nom: ")
          .append(q(f.get("evaluateur").value()))
          .append(src(f.get("evaluateur")))
          .append('\n');
    }
    if (f.containsKey("regions")) {
      List<String> regions = new ArrayList<>();
      for (String r : f.get("regions").value().split("\\s*(?:,|;|\\bet\\b)\\s*")) {
        if (!r.isBlank()) regions.add(q(r.strip()));
      }
      y.append("regions: [")
          .append(String.join(", ", regions))
          .append(']')
          .append(src(f.get("regions")))
          .append('\n');
    }
    if (f.containsKey("demarrage")) {
      TextNote.Fact d = f.get("demarrage");
      String iso = Dates.parse(d.value());
      y.append("calendrier:\n  demarrage: ")
          .append(iso == null ? q(d.value()) : iso)
          .append("    # « ")
          .append(oneLine(d.value()))
          .append(" » ; importé : ligne ")
          .append(d.line())
          .append('\n');
    }
    files.put("experiment.yaml", y.toString());

    StringBuilder md = new StringBuilder("---\ndocument: note_etape\n");
    TextNote.Fact au = f.get("au");
    String asOf = au == null ? null : Dates.parse(au.value());
    if (au != null) {
      md.append("au: ")
          .append(asOf == null ? q(au.value()) : asOf)
          .append("    # « ")
          .append(oneLine(au.value()))
          .append(" » ; importé : ligne ")
          .append(au.line())
          .append('\n');
    }
    fact(md, "redigee_par", f.get("redigee_par"));
    if (f.containsKey("signataire") || f.containsKey("publication")) {
      md.append("certificat:\n");
      if (f.containsKey("signataire")) indent(md, "signataire", f.get("signataire"));
      if (f.containsKey("qualite")) indent(md, "qualite", f.get("qualite"));
      if (f.containsKey("lieu")) indent(md, "lieu", f.get("lieu"));
      TextNote.Fact date = f.get("date_certificat");
      if (date != null) {
        String iso = Dates.parse(date.value());
        md.append("  date: ")
            .append(iso == null ? q(date.value()) : iso)
            .append(src(date))
            .append('\n');
      }
      TextNote.Fact pub = f.get("publication");
      if (pub != null)
        md.append("  publication: ").append(pub.value()).append(src(pub)).append('\n');
    }
    md.append("---\n");
    for (FormPlan.Item item : FormPlan.of(note.kind()).items()) {
      if (item.container()) continue;
      md.append("\n")
          .append("#".repeat(Math.max(1, item.depth())))
          .append(' ')
          .append(item.title())
          .append("\n\n");
      TextNote.Part part =
          note.parts().stream()
              .filter(p -> p.item().id().equals(item.id()))
              .findFirst()
              .orElse(null);
      if (part == null) {
        md.append("<!-- absent de la note importée : à compléter -->\n");
        continue;
      }
      md.append("<!-- importé : ligne ").append(part.line()).append(" -->\n\n");
      for (String l : part.markdown()) md.append(l).append('\n');
    }
    files.put(fileName(asOf), md.toString());
    List<String> left = leftovers(note);
    if (!left.isEmpty()) files.put(LEFTOVERS, String.join("\n", left) + "\n");
    return files;
  }

  /** The lines of {@code a-verifier.txt}: what was not placed, then what the note lacks. */
  public static List<String> leftovers(TextNote.Imported note) {
    List<String> out = new ArrayList<>();
    if (!note.leftovers().isEmpty()) {
      out.add("Lignes de la note qui n'ont été placées nulle part (à reprendre ou à écarter) :");
      for (TextNote.Leftover l : note.leftovers()) out.add("ligne " + l.line() + " : " + l.text());
    }
    List<String> missing = missing(note);
    if (!missing.isEmpty()) {
      if (!out.isEmpty()) out.add("");
      out.add("Absent de la note (à compléter) : " + String.join(", ", missing) + ".");
    }
    return out;
  }

  /** The facts and parts the note does not give. */
  public static List<String> missing(TextNote.Imported note) {
    List<String> out = new ArrayList<>();
    for (String k : TextNote.NOTE_FACTS) {
      if (!note.facts().containsKey(k))
        out.add(k.equals("date_certificat") ? "date du certificat" : k);
    }
    for (FormPlan.Item i : note.missingParts()) out.add("partie « " + i.title() + " »");
    return out;
  }

  static String fileName(String asOf) {
    return asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}")
        ? "note-etape-" + asOf + ".md"
        : "note-etape.md";
  }

  private static void fact(StringBuilder y, String key, TextNote.Fact fact) {
    if (fact == null) return;
    line(y, key, fact);
  }

  private static void line(StringBuilder y, String key, TextNote.Fact fact) {
    y.append(key).append(": ").append(q(fact.value())).append(src(fact)).append('\n');
  }

  private static void indent(StringBuilder y, String key, TextNote.Fact fact) {
    y.append("  ");
    line(y, key, fact);
  }

  private static String src(TextNote.Fact fact) {
    return "    # importé : ligne " + fact.line();
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            b.append(String.format("\\u%04x", (int) c));
          } else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ");
  }
}

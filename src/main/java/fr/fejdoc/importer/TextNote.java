package fr.fejdoc.importer;

import fr.fejdoc.load.Headings;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a FEJ note as plain text (the text extracted from a PDF or a Word file: Markdown-ish {@code
 * **} and {@code ##}, stray HTML tags such as {@code <sup>}) into an {@link Imported}: the facts of
 * the identity block and of the certificate, each with its source line, the narrative parts under
 * the form's headings, and every line that could not be placed. The kind of document is recognised
 * from the form's own fixed texts, whatever the capitals and accents.
 */
public final class TextNote {
  private TextNote() {}

  /** Why a text cannot be imported: a message key and its arguments. */
  public static final class NotImportable extends Exception {
    private final String key;
    private final transient Object[] args;

    NotImportable(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args;
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  /** One fact read from the note: its value as written (cleaned of markup) and its line. */
  public record Fact(String value, int line) {}

  /** A narrative part of the form: its plan item, the line of its heading, its Markdown lines. */
  public record Part(FormPlan.Item item, int line, List<String> markdown) {}

  /** A line of the note that was not placed anywhere. */
  public record Leftover(int line, String text) {}

  /** What was read from one note. */
  public record Imported(
      DocumentKind kind,
      Map<String, Fact> facts,
      List<Part> parts,
      List<Leftover> leftovers,
      int lines) {
    /** The plan items of the form that have no text in the note. */
    public List<FormPlan.Item> missingParts() {
      List<FormPlan.Item> out = new ArrayList<>();
      for (FormPlan.Item i : FormPlan.of(kind).items()) {
        if (i.container()) continue;
        if (parts.stream().noneMatch(p -> p.item().id().equals(i.id()))) out.add(i);
      }
      return out;
    }
  }

  /** The facts a note d'étape gives, in the form's order. */
  public static final List<String> NOTE_FACTS =
      List.of(
          "au",
          "redigee_par",
          "dossier",
          "titre",
          "porteur",
          "evaluateur",
          "regions",
          "demarrage",
          "signataire",
          "qualite",
          "date_certificat");

  /** Texts every FEJ form prints above its title (the ministry's and the mission's names). */
  private static final List<String> FIXED_HEADER =
      List.of(
          "direction de la jeunesse",
          "de l'education populaire et de la vie associative",
          "mission d'animation",
          "du fonds d'experimentations pour la jeunesse",
          "du fonds d'experimentation pour la jeunesse",
          "direction de la jeunesse, de l'education populaire et de la vie associative",
          "mission d'animation du fonds d'experimentations pour la jeunesse",
          "mission d'animation du fonds d'experimentation pour la jeunesse",
          "signature :",
          "signature");

  private static final Pattern NOTE_TITLE =
      Pattern.compile("note d'etape sur l'experimentation(?: au (.*))?");
  private static final Pattern FINAL_TITLE = Pattern.compile("note de restitution finale.*");
  private static final Pattern SHEET_TITLE =
      Pattern.compile("(fiche d'experience.*|fiche d'identite synthetique de l'action.*)");
  private static final Pattern SUP = Pattern.compile("<sup>\\s*([0-9]{1,4})\\s*</sup>");
  private static final Pattern NOTE_DEF =
      Pattern.compile("^\\s*<sup>\\s*([0-9]{1,4})\\s*</sup>\\s*");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");

  /** Reads {@code text}; throws when it is not a FEJ note this slice can read. */
  public static Imported read(String text) throws NotImportable {
    List<String> lines = text.lines().toList();
    DocumentKind kind = null;
    boolean fejHeader = false;
    for (String l : lines) {
      Deadline.check();
      String n = normalize(plain(l));
      if (FIXED_HEADER.contains(n)) fejHeader = true;
      if (NOTE_TITLE.matcher(n).matches()) kind = DocumentKind.NOTE_ETAPE;
      else if (FINAL_TITLE.matcher(n).matches()) kind = DocumentKind.RESTITUTION_FINALE;
      else if (SHEET_TITLE.matcher(n).matches()) kind = DocumentKind.FICHE_EXPERIENCE;
      if (kind != null) break;
    }
    if (kind == null) {
      throw new NotImportable(fejHeader ? "import.kind-unknown" : "import.not-a-note");
    }
    if (kind != DocumentKind.NOTE_ETAPE) {
      throw new NotImportable("import.kind-not-yet", kindName(kind));
    }
    return readNote(lines);
  }

  static String kindName(DocumentKind kind) {
    return switch (kind) {
      case NOTE_ETAPE -> "note d'étape";
      case RESTITUTION_FINALE -> "restitution finale";
      case FICHE_EXPERIENCE -> "fiche d'expérience";
    };
  }

  /** A paragraph of the identity block: its first line and its text joined on one line. */
  private record Para(int line, String text) {}

  private static Imported readNote(List<String> lines) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    List<Part> parts = new ArrayList<>();
    List<Leftover> leftovers = new ArrayList<>();
    FormPlan plan = FormPlan.of(DocumentKind.NOTE_ETAPE);

    // where the narrative parts and the certificate start
    int firstPart = lines.size();
    int certificate = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i));
      if (h.matches() && firstPart == lines.size() && match(plan, h.group(2)) != null) {
        firstPart = i;
      }
      if (normalize(plain(lines.get(i))).startsWith("certificat")) certificate = i;
    }
    if (certificate < firstPart) certificate = lines.size(); // a "certificat" word in the header

    // the identity block: paragraphs before the first part
    List<Para> head = paragraphs(lines, 0, Math.min(firstPart, certificate));
    for (int p = 0; p < head.size(); p++) {
      Para para = head.get(p);
      String text = plain(para.text());
      String n = normalize(text);
      if (FIXED_HEADER.contains(n)) continue;
      Matcher title = NOTE_TITLE.matcher(n);
      if (title.matches()) {
        if (title.group(1) != null) put(facts, "au", valueAfter(text, " au "), para.line());
        continue;
      }
      if (n.startsWith("redigee par ") || n.startsWith("redige par ")) {
        String v = text.substring(text.indexOf(' ', text.indexOf(' ') + 1) + 1).strip();
        v = v.replaceFirst("(?i)^(le |la |les |l'|l’)", "").strip();
        put(facts, "redigee_par", v, para.line());
        continue;
      }
      String key = label(n);
      if (key != null) {
        String v = afterColon(text);
        int line = para.line();
        if (v.isEmpty()
            && p + 1 < head.size()
            && label(normalize(plain(head.get(p + 1).text()))) == null) {
          p++;
          v = plain(head.get(p).text());
          line = head.get(p).line();
        }
        put(facts, key, v, line);
        continue;
      }
      leftovers.add(new Leftover(para.line(), para.text()));
    }

    // the narrative parts: from each form heading to the next one (or the certificate)
    Part current = null;
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (int i = firstPart; i < certificate; i++) {
      Deadline.check();
      String raw = lines.get(i);
      Matcher h = HEADING.matcher(raw);
      FormPlan.Item item = h.matches() ? match(plan, h.group(2)) : null;
      if (item != null && !seen.containsKey(item.id())) {
        seen.put(item.id(), true);
        current = new Part(item, i + 1, new ArrayList<>());
        parts.add(current);
        continue;
      }
      String md = markdown(raw);
      if (md == null) continue; // a layout line (---)
      if (current != null) current.markdown().add(md);
    }
    for (Part part : parts) {
      notesLast(part.markdown());
      trim(part.markdown());
    }

    // the certificate
    List<Para> cert = paragraphs(lines, certificate, lines.size());
    boolean publication = true;
    for (Para para : cert) {
      String text = plain(para.text());
      String n = normalize(text);
      if (n.startsWith("certificat")) {
        if (n.contains("ne fera pas l'objet d'une publication")) publication = false;
        continue;
      }
      if (FIXED_HEADER.contains(n)) continue;
      Matcher s =
          Pattern.compile("(?i)^je soussign[ée]+e?\\s*,?\\s*(.*?),?\\s*certifie\\b.*$")
              .matcher(text);
      if (s.matches()) {
        signatory(facts, s.group(1), para.line());
        continue;
      }
      Matcher d =
          Pattern.compile("(?i)^(?:fait\\s+(?:à|a)\\s+(.+?),\\s*)?le\\s+(.+?)\\.?$").matcher(text);
      if (d.matches() && Dates.parse(d.group(2)) != null) {
        if (d.group(1) != null) put(facts, "lieu", d.group(1).strip(), para.line());
        put(facts, "date_certificat", d.group(2).strip(), para.line());
        continue;
      }
      leftovers.add(new Leftover(para.line(), para.text()));
    }
    if (certificate < lines.size()) {
      facts.put("publication", new Fact(Boolean.toString(publication), certificate + 1));
    }
    return new Imported(DocumentKind.NOTE_ETAPE, facts, parts, leftovers, lines.size());
  }

  private static void signatory(Map<String, Fact> facts, String who, int line) {
    String rest = who.strip();
    int comma = rest.indexOf(',');
    String name = comma < 0 ? rest : rest.substring(0, comma).strip();
    String quality = comma < 0 ? "" : rest.substring(comma + 1).strip();
    // the form's own words: "responsable de la structure porteuse du projet AP1_n° 140"
    quality = quality.replaceFirst("\\s*AP\\d+\\s*_?\\s*n?°?\\s*\\d+\\s*$", "").strip();
    Matcher std =
        Pattern.compile("(?i)^(.+?),\\s*responsable de la structure porteuse du projet$")
            .matcher(quality);
    if (std.matches()) quality = std.group(1).strip();
    quality = quality.replaceFirst(",$", "").strip();
    put(facts, "signataire", name, line);
    if (!quality.isEmpty()) put(facts, "qualite", quality, line);
  }

  private static void put(Map<String, Fact> facts, String key, String value, int line) {
    if (value == null) return;
    String v = value.strip().replaceAll("\\s+", " ");
    if (v.isEmpty() || facts.containsKey(key)) return;
    facts.put(key, new Fact(v, line));
  }

  /** The identity label a paragraph starts with, as a fact name, or null. */
  private static String label(String n) {
    if (n.startsWith("dossier")) return "dossier";
    if (n.startsWith("intitule du projet")) return "titre";
    if (n.startsWith("porteur du projet")) return "porteur";
    if (n.startsWith("evaluateur du projet")) return "evaluateur";
    if (n.startsWith("region(s) d'experimentation")
        || n.startsWith("region d'experimentation")
        || n.startsWith("regions d'experimentation")) return "regions";
    if (n.startsWith("date de demarrage")) return "demarrage";
    return null;
  }

  private static String afterColon(String text) {
    int c = text.indexOf(':');
    return c < 0 ? "" : text.substring(c + 1).strip();
  }

  private static String valueAfter(String text, String word) {
    int i = normalize(text).lastIndexOf(word);
    return i < 0 ? null : text.substring(i + word.length()).strip();
  }

  /** The plan item a heading names (numbering, case, accents and bold ignored), or null. */
  static FormPlan.Item match(FormPlan plan, String heading) {
    String h = Headings.normalize(plain(heading));
    for (FormPlan.Item item : plan.items()) {
      if (Headings.normalize(item.title()).equals(h)) return item;
      for (String a : item.aliases()) if (Headings.normalize(a).equals(h)) return item;
    }
    for (FormPlan.Item item : plan.items()) {
      if (Headings.likeness(Headings.words(Headings.normalize(item.title())), Headings.words(h))
          >= 0.8) return item;
    }
    return null;
  }

  /** Consecutive non-blank lines between {@code from} and {@code to}, joined. */
  private static List<Para> paragraphs(List<String> lines, int from, int to) {
    List<Para> out = new ArrayList<>();
    StringBuilder b = null;
    int start = 0;
    for (int i = from; i < to; i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.strip().equals("---")) {
        if (b != null) out.add(new Para(start + 1, b.toString()));
        b = null;
        continue;
      }
      if (b == null) {
        b = new StringBuilder(l.strip());
        start = i;
      } else b.append(' ').append(l.strip());
    }
    if (b != null) out.add(new Para(start + 1, b.toString()));
    return out;
  }

  /** A line as Markdown: footnote marks as Markdown footnotes, other tags dropped; null: layout. */
  static String markdown(String raw) {
    if (raw.strip().equals("---")) return null;
    String l = raw.stripTrailing();
    Matcher def = NOTE_DEF.matcher(l);
    if (def.find()) l = "[^" + def.group(1) + "]: " + l.substring(def.end());
    l = SUP.matcher(l).replaceAll("[^$1]");
    l = TAG.matcher(l).replaceAll("");
    Matcher h = HEADING.matcher(l);
    if (h.matches())
      l =
          "###"
              + (h.group(1).length() > 3 ? h.group(1).substring(3) : "")
              + " "
              + plain(h.group(2));
    return l;
  }

  /**
   * Moves the footnotes' texts (printed at the foot of each page of the source, in the middle of
   * the narrative) to the end of their part, where Markdown keeps them.
   */
  private static void notesLast(List<String> md) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < md.size(); i++) {
      if (md.get(i).startsWith("[^")) {
        notes.add(md.remove(i));
        if (i < md.size() && md.get(i).isBlank()) md.remove(i);
        i--;
      }
    }
    if (notes.isEmpty()) return;
    trim(md);
    for (String n : notes) {
      md.add("");
      md.add(n);
    }
  }

  private static void trim(List<String> md) {
    while (!md.isEmpty() && md.get(0).isBlank()) md.remove(0);
    while (!md.isEmpty() && md.get(md.size() - 1).isBlank()) md.remove(md.size() - 1);
  }

  /** A text without its Markdown emphasis, escapes and tags, spaces collapsed. */
  static String plain(String s) {
    String t = TAG.matcher(s).replaceAll("");
    t = t.replace("\\*", "\u0000").replace("*", "").replace("\u0000", "*");
    t = t.replaceAll("\\\\([\\\\`_{}\\[\\]()#+.!-])", "$1").replace("\u00A0", " ");
    t = t.replaceFirst("^\\s*#+\\s*", "");
    return t.replaceAll("\\s+", " ").strip();
  }

  /** Lower case, no accents, typographic apostrophes as plain ones. */
  static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return t.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}

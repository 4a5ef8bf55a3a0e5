package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.FormPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the narrative under the form's headings: from each heading of the form's plan (matched by
 * its words, whatever the numbering or capitals) to the next, every block no form reader used
 * becomes the part's Markdown (lists, sub-headings, tables as pipe tables, footnotes at the end).
 * What stands before the first heading and was not used is a leftover.
 */
public final class PartsReader {
  private PartsReader() {}

  private static final Pattern SUP = Pattern.compile("<sup>\\s*([0-9]{1,4})\\s*</sup>");
  private static final Pattern NOTE_DEF =
      Pattern.compile("^\\s*<sup>\\s*([0-9]{1,4})\\s*</sup>\\s*");
  private static final Pattern ORDINAL =
      Pattern.compile("(\\d)<sup>(er|re|ère|e|ème|nd|nde|d|de)</sup>");
  private static final Pattern TAG =
      Pattern.compile("</?(?!u>|/u>)[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

  /** The marker fejdoc prints under a part the holder left empty (compared with Texts.key). */
  private static final String MISSING = "partie non renseignee";

  public static void read(Source source, Draft draft) {
    FormPlan plan = FormPlan.of(draft.kind());
    Set<String> seen = new HashSet<>();
    List<String> current = null;
    FormPlan.Item item = null;
    Source.Where where = null;
    List<Source.Block> blocks = source.blocks();
    for (Source.Block b : blocks) {
      Deadline.check();
      if (draft.used(b)) continue;
      if (b instanceof Source.Table t
          && t.rows().size() == 1
          && t.rows().get(0).cells().size() == 1
          && Texts.key(t.rows().get(0).text(0)).equals(MISSING)) {
        draft.use(b); // the marker framed (a PDF draws its box as a table of one cell)
        continue;
      }
      if (b instanceof Source.Para p) {
        FormPlan.Item h =
            p.text().length() <= 250
                ? Texts.heading(plan, p.text(), i -> seen.contains(i.id()))
                : null;
        String rest = null;
        if (h == null && p.text().length() <= 250 && !p.text().contains("\n")) {
          h = Texts.headingPrefix(plan, p.text()); // "TITRE ... suite du titre"
          if (h != null) rest = headingRest(h, p.text());
        }
        if (h != null && !seen.contains(h.id())) {
          if (item != null) flush(draft, item, where, current);
          seen.add(h.id());
          draft.use(b);
          if (h.container()) {
            item = null;
            current = null;
            continue;
          }
          item = h;
          where = p.where();
          current = new ArrayList<>();
          if (rest != null && !rest.isBlank()) current.add("### " + rest);
          continue;
        }
        if (Texts.key(p.text()).equals(MISSING)) {
          draft.use(b); // fejdoc's own marker of an empty part: the part is empty
          continue;
        }
        if (current == null) {
          if (draft.annexesOnly() || isLayout(p.text())) continue;
          draft.leftover(p.where(), p.text());
          continue;
        }
        draft.use(b);
        if (draft.kind() == fr.fejdoc.model.DocumentKind.FICHE_EXPERIENCE
            && source.format() == Source.Format.TEXT
            && capitals(p)) {
          if (!current.isEmpty()) current.add("");
          current.add("### " + Texts.plain(p.text())); // a sheet's sub-title, set in capitals
          continue;
        }
        para(source, p, current);
      } else if (b instanceof Source.Table t) {
        if (current == null) {
          for (Source.Row r : t.rows()) {
            if (!draft.used(r)) draft.leftover(r.where(), rowText(r));
          }
          continue;
        }
        draft.use(b);
        if (draft.kind() == fr.fejdoc.model.DocumentKind.FICHE_EXPERIENCE
            && box(source, t, current)) {
          continue;
        }
        table(t, current);
      }
    }
    if (item != null) flush(draft, item, where, current);
    notes(source, draft);
    if (draft.kind() == fr.fejdoc.model.DocumentKind.FICHE_EXPERIENCE) {
      TitleCase.recase(source, draft);
    }
  }

  /**
   * What a heading says after the plan's title it begins with ("2011, l'année de la maturité ?").
   */
  private static String headingRest(FormPlan.Item item, String heading) {
    String p = Texts.plain(heading);
    List<String> titles = new ArrayList<>(item.aliases());
    titles.add(0, item.title());
    for (String t : titles) {
      int n = Texts.normalize(Texts.plain(t)).length();
      if (n <= p.length() && Texts.normalize(p.substring(0, n)).equals(Texts.normalize(t))) {
        return p.substring(n).replaceFirst("^[\\s.:;!?,\u2026-]+", "").strip();
      }
    }
    return null;
  }

  /**
   * A box of a fiche d'expérience (a table of one cell: an actor's presentation): its first line as
   * a sub-heading, the rest as paragraphs. False for any other table.
   */
  private static boolean box(Source source, Source.Table t, List<String> md) {
    if (t.rows().size() != 1 || t.rows().get(0).cells().size() != 1) return false;
    String[] lines = t.rows().get(0).text(0).split("\n");
    if (lines.length < 2 || Texts.plain(lines[0]).length() > 200) return false;
    if (!md.isEmpty()) md.add("");
    md.add("### " + Texts.plain(lines[0]));
    boolean list = false;
    for (int i = 1; i < lines.length; i++) {
      String l = inline(source, lines[i]);
      if (l.isBlank()) continue;
      boolean item = l.startsWith("- ");
      if (!(item && list)) md.add("");
      md.add(l);
      list = item;
    }
    return true;
  }

  /** A short line of body text in capitals alone, of three words or more (a sub-title). */
  private static boolean capitals(Source.Para p) {
    if (p.heading() > 0 || p.list() != Source.ListKind.NONE || p.text().contains("\n"))
      return false;
    String t = Texts.plain(p.text());
    if (t.length() > 150 || t.split("\\s+").length < 3) return false;
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) upper++;
    }
    return upper >= 8;
  }

  private static boolean isLayout(String text) {
    return text.strip().equals("---") || text.strip().matches("[-_=*\\s]+");
  }

  private static void flush(
      Draft draft, FormPlan.Item item, Source.Where where, List<String> markdown) {
    notesLast(markdown);
    while (!markdown.isEmpty() && markdown.get(0).isBlank()) markdown.remove(0);
    while (!markdown.isEmpty() && markdown.get(markdown.size() - 1).isBlank()) {
      markdown.remove(markdown.size() - 1);
    }
    draft.part(item, where, markdown);
  }

  /** One paragraph as Markdown lines, a blank line before unless it continues a list. */
  private static void para(Source source, Source.Para p, List<String> md) {
    boolean listed = p.list() != Source.ListKind.NONE;
    boolean afterList = !md.isEmpty() && md.get(md.size() - 1).matches("\\s*(- |\\d+\\. ).*");
    if (!md.isEmpty() && !(listed && afterList)) md.add("");
    String indent = "  ".repeat(Math.max(0, Math.min(4, p.listLevel())));
    if (p.heading() > 0) {
      md.add(
          "#".repeat(Math.min(6, 3 + Math.max(0, p.heading() - 3))) + " " + Texts.plain(p.text()));
      return;
    }
    boolean first = true;
    for (String line : p.text().split("\n", -1)) {
      String l = inline(source, line);
      if (listed) {
        // a numbered item keeps the number the note prints (a list continued after text: « 2. »)
        String marker = p.list() == Source.ListKind.BULLET ? "- " : Math.max(1, p.number()) + ". ";
        l = (first ? indent + marker : indent + " ".repeat(marker.length())) + l;
      }
      md.add(l);
      first = false;
    }
  }

  /** A line's footnote marks as Markdown footnotes; tags other than underline dropped. */
  static String inline(Source source, String raw) {
    String l = raw.stripTrailing();
    Matcher def = NOTE_DEF.matcher(l);
    if (def.find()) l = "[^" + def.group(1) + "]: " + l.substring(def.end());
    l = SUP.matcher(l).replaceAll("[^$1]");
    // French ordinals the writers set in superscript (1<sup>er</sup>, 2<sup>e</sup>): as typed
    l = ORDINAL.matcher(l).replaceAll("$1$2");
    if (source.format() == Source.Format.TEXT) l = TAG.matcher(l).replaceAll("");
    return l;
  }

  /** A table of the holder's text as a Markdown pipe table (first row as header). */
  private static void table(Source.Table t, List<String> md) {
    if (t.rows().isEmpty()) return;
    if (!md.isEmpty()) md.add("");
    int width = 0;
    for (Source.Row r : t.rows()) {
      int w = 0;
      for (Source.Cell c : r.cells()) w += c.colspan();
      width = Math.max(width, w);
    }
    boolean header = true;
    for (Source.Row r : t.rows()) {
      StringBuilder b = new StringBuilder("|");
      int w = 0;
      for (Source.Cell c : r.cells()) {
        b.append(' ').append(cell(c.text())).append(" |");
        for (int k = 1; k < c.colspan(); k++) b.append(" |");
        w += c.colspan();
      }
      for (; w < width; w++) b.append(" |");
      md.add(b.toString());
      if (header) {
        md.add("|" + " --- |".repeat(width));
        header = false;
      }
    }
  }

  private static String cell(String text) {
    return Texts.plain(text.replace("\n", " ")).replace("|", "\\|");
  }

  static String rowText(Source.Row r) {
    List<String> cells = new ArrayList<>();
    for (Source.Cell c : r.cells()) cells.add(c.text().replace('\n', ' '));
    return String.join(" | ", cells);
  }

  /** Moves footnote texts (printed at the foot of each page) to the end of their part. */
  private static void notesLast(List<String> md) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < md.size(); i++) {
      if (md.get(i).startsWith("[^") && md.get(i).contains("]: ")) {
        notes.add(md.remove(i));
        if (i < md.size() && md.get(i).isBlank()) md.remove(i);
        i--;
      }
    }
    if (notes.isEmpty()) return;
    while (!md.isEmpty() && md.get(md.size() - 1).isBlank()) md.remove(md.size() - 1);
    for (String n : notes) {
      md.add("");
      md.add(n);
    }
  }

  /** The source's footnotes (DOCX, PDF) at the end of the part that calls them. */
  private static void notes(Source source, Draft draft) {
    for (Source.Note n : source.notes()) {
      String call = "[^" + n.id() + "]";
      Draft.Part owner = null;
      for (Draft.Part p : draft.parts()) {
        for (String l : p.markdown()) {
          if (l.contains(call)) {
            owner = p;
            break;
          }
        }
        if (owner != null) break;
      }
      if (owner == null) {
        draft.leftover(n.where(), "note " + n.id() + " : " + n.text());
        continue;
      }
      owner.markdown().add("");
      owner.markdown().add(call + ": " + n.text().replace('\n', ' '));
    }
  }
}

package fr.fejdoc.load;

import fr.fejdoc.check.Code;
import fr.fejdoc.check.Finding;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document's Markdown into the sections of its form. A heading names a section when its
 * title (or explicit {@code {#id}}) matches an item of the plan; where a title fits several items
 * (the restitution has two "Public visé"), the first unused item after the last matched one wins. A
 * top-level heading that matches nothing is reported; deeper ones are the holder's own sub-headings
 * and stay in the section's Markdown.
 */
public final class SectionSplitter {
  private SectionSplitter() {}

  public static List<Section> split(
      List<String> lines, int firstLine, String file, FormPlan plan, List<Finding> findings) {
    Map<String, List<Integer>> byTitle = new HashMap<>();
    for (int i = 0; i < plan.items().size(); i++) {
      FormPlan.Item item = plan.items().get(i);
      byTitle.computeIfAbsent(Headings.normalize(item.title()), k -> new ArrayList<>()).add(i);
      for (String alias : item.aliases()) {
        byTitle.computeIfAbsent(Headings.normalize(alias), k -> new ArrayList<>()).add(i);
      }
    }

    List<Headings.Heading> headings = Headings.find(lines);
    List<Section> sections = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int lastIndex = -1;
    String currentId = null;
    Text currentHeading = null;
    int bodyStart = 0;
    Loc currentLoc = new Loc(file, firstLine, 1);

    for (Headings.Heading h : headings) {
      Loc loc = new Loc(file, firstLine + h.line(), h.column());
      int index = match(h, plan, byTitle, used, lastIndex);
      if (index == -2) {
        findings.add(Finding.of(Code.SECTION_UNKNOWN, loc, h.id(), ids(plan)));
        continue;
      }
      if (index < 0) {
        if (h.level() == 1) {
          findings.add(Finding.of(Code.SECTION_UNKNOWN, loc, h.title(), titles(plan)));
        }
        continue;
      }
      String id = plan.items().get(index).id();
      if (used.contains(id)) {
        findings.add(Finding.of(Code.SECTION_DUPLICATE, loc, h.title()));
        continue;
      }
      close(
          sections,
          currentId,
          currentHeading,
          lines,
          bodyStart,
          h.line(),
          firstLine,
          currentLoc,
          file,
          findings);
      used.add(id);
      lastIndex = Math.max(lastIndex, index);
      currentId = id;
      currentHeading = new Text(h.title(), loc);
      currentLoc = loc;
      bodyStart = h.line() + 1;
    }
    close(
        sections,
        currentId,
        currentHeading,
        lines,
        bodyStart,
        lines.size(),
        firstLine,
        currentLoc,
        file,
        findings);
    return withFootnotes(sections);
  }

  private static final Pattern NOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
  private static final Pattern NOTE_CALL = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

  /**
   * Footnote definitions may stand anywhere in the file (often all at its end), but each section is
   * read on its own: a section gets a copy of the definitions it calls and lacks.
   */
  private static List<Section> withFootnotes(List<Section> sections) {
    Map<String, String> definitions = new HashMap<>();
    for (Section s : sections) definitions.putAll(definitions(s.markdown()));
    if (definitions.isEmpty()) return sections;
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      Map<String, String> own = definitions(s.markdown());
      StringBuilder extra = new StringBuilder();
      Matcher m = NOTE_CALL.matcher(s.markdown());
      Set<String> added = new HashSet<>();
      while (m.find()) {
        String id = m.group(1);
        if (!own.containsKey(id) && definitions.containsKey(id) && added.add(id)) {
          extra.append("\n\n").append(definitions.get(id));
        }
      }
      out.add(
          extra.isEmpty()
              ? s
              : new Section(s.id(), s.heading(), s.markdown() + extra, s.firstLine(), s.loc()));
    }
    return out;
  }

  /** The footnote definitions of a Markdown text: id → the definition with its indented lines. */
  private static Map<String, String> definitions(String markdown) {
    Map<String, String> out = new HashMap<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = NOTE_DEFINITION.matcher(lines[i]);
      if (!m.find()) continue;
      StringBuilder def = new StringBuilder(lines[i]);
      int j = i + 1;
      while (j < lines.length
          && (lines[j].startsWith("    ")
              || lines[j].startsWith("\t")
              || (lines[j].isBlank() && j + 1 < lines.length && lines[j + 1].startsWith("    ")))) {
        def.append('\n').append(lines[j]);
        j++;
      }
      out.put(m.group(1), def.toString());
    }
    return out;
  }

  private static void close(
      List<Section> sections,
      String id,
      Text heading,
      List<String> lines,
      int from,
      int to,
      int firstLine,
      Loc loc,
      String file,
      List<Finding> findings) {
    int first = from;
    while (first < to && lines.get(first).isBlank()) first++;
    String body = String.join("\n", lines.subList(first, to)).stripTrailing();
    if (id == null) {
      if (!body.isEmpty()) {
        findings.add(
            Finding.of(Code.TEXT_BEFORE_FIRST_HEADING, new Loc(file, firstLine + first, 1)));
      }
      return;
    }
    sections.add(new Section(id, heading, body, firstLine + first, loc));
  }

  /** Plan index for a heading; -1 when none matches, -2 for an unknown explicit id. */
  private static int match(
      Headings.Heading h,
      FormPlan plan,
      Map<String, List<Integer>> byTitle,
      Set<String> used,
      int lastIndex) {
    if (h.id() != null) {
      for (int i = 0; i < plan.items().size(); i++) {
        if (plan.items().get(i).id().equals(h.id())) return i;
      }
      return -2;
    }
    List<Integer> candidates = byTitle.get(Headings.normalize(h.title()));
    if (candidates == null) return -1;
    for (int i : candidates) {
      if (i > lastIndex && !used.contains(plan.items().get(i).id())) return i;
    }
    for (int i : candidates) {
      if (!used.contains(plan.items().get(i).id())) return i;
    }
    return candidates.get(0);
  }

  private static String ids(FormPlan plan) {
    List<String> ids = new ArrayList<>();
    for (FormPlan.Item i : plan.items()) ids.add(i.id());
    return String.join(", ", ids);
  }

  private static String titles(FormPlan plan) {
    List<String> t = new ArrayList<>();
    for (FormPlan.Item i : plan.items()) if (i.depth() == 1) t.add("« " + i.title() + " »");
    return String.join(", ", t);
  }
}

package fr.fejdoc.load;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
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

    footnoteGraph(lines, firstLine, file, findings);
    List<Headings.Heading> headings = Headings.find(lines);
    List<Section> sections = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int lastIndex = -1;
    String currentId = null;
    int currentLevel = 0;
    Text currentHeading = null;
    int bodyStart = 0;
    Loc currentLoc = new Loc(file, firstLine, 1);

    for (Headings.Heading h : headings) {
      Deadline.check();
      Loc loc = new Loc(file, firstLine + h.line(), h.column());
      int index = match(h, plan, byTitle, used, lastIndex);
      if (index == -2) {
        findings.add(Finding.of(Code.SECTION_UNKNOWN, loc, h.id(), ids(plan)));
        continue;
      }
      // a heading at the level of a part (not deeper than the heading of the part it stands in)
      boolean partLevel = h.level() == 1 || currentId == null || h.level() <= currentLevel;
      boolean numbered = Headings.numbered(h.title());
      if (index < 0 && partLevel && (numbered || h.level() == 1)) {
        index = tolerant(h, plan, used, lastIndex);
      }
      if (index < 0) {
        if (numbered && partLevel) {
          // kept where the holder put it, and said so: never silently nested, never lost
          FormPlan.Item near = closest(h.title(), plan);
          findings.add(
              Finding.of(
                  Code.SECTION_NEAREST,
                  loc,
                  h.title(),
                  near == null ? "—" : label(plan, near),
                  currentId == null
                      ? new Localized("le début du document", "the start of the document")
                      : label(plan, plan.item(currentId)),
                  near == null ? "{#…}" : "{#" + near.id() + "}"));
        } else if (h.level() == 1) {
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
      currentLevel = h.level();
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

  private static final Pattern NOTE_DEFINITION =
      Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]{1,200})\\]:");

  /** A call: the label's length is bounded, so that "[^[^[^..." is read in linear time. */
  private static final Pattern NOTE_CALL = Pattern.compile("\\[\\^([^\\]\\s]{1,200})\\](?!:)");

  /** An inline code span, where a call is only text. */
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

  /**
   * Reports the footnotes that cite themselves, directly or through other notes ({@link
   * Code#FOOTNOTE_CYCLE}, at each definition on a cycle), and a chain of notes citing notes deeper
   * than {@link Markdown#MAX_DEPTH} ({@link Code#MARKDOWN_TOO_DEEP}, at the chain's first note).
   * The document reader never expands a note inside itself, but the holder must know that the
   * note's text is not what was meant. Linear: Tarjan's strongly connected components, iteratively.
   */
  static void footnoteGraph(
      List<String> lines, int firstLine, String file, List<Finding> findings) {
    Map<String, Integer> index = new HashMap<>();
    List<Integer> defLines = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 0; i < lines.size(); i++) {
      if ((i & 0x3FF) == 0) Deadline.check();
      String line = lines.get(i);
      Matcher m = NOTE_DEFINITION.matcher(line);
      if (m.find()) {
        current = null;
        if (index.putIfAbsent(m.group(1), labels.size()) == null) {
          labels.add(m.group(1));
          defLines.add(i);
          current = new StringBuilder(line.substring(m.end()));
          texts.add(current);
        }
      } else if (current != null
          && (line.startsWith("    ")
              || line.startsWith("\t")
              || line.isBlank()
              || (!lines.get(i - 1).isBlank() && lazyContinuation(line)))) {
        current.append('\n').append(line);
      } else {
        current = null;
      }
    }
    int n = labels.size();
    if (n == 0) return;
    int[][] calls = new int[n][];
    for (int v = 0; v < n; v++) {
      Matcher m = NOTE_CALL.matcher(CODE_SPAN.matcher(texts.get(v)).replaceAll(""));
      List<Integer> out = new ArrayList<>();
      while (m.find()) {
        Integer w = index.get(m.group(1));
        if (w != null) out.add(w);
      }
      calls[v] = out.stream().mapToInt(Integer::intValue).toArray();
    }
    // Tarjan, iteratively; components come out callees first, so chain depths are computed then.
    int[] order = new int[n], low = new int[n], next = new int[n], depth = new int[n];
    java.util.Arrays.fill(order, -1);
    boolean[] onStack = new boolean[n];
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> path = new java.util.ArrayDeque<>();
    List<Integer> cyclic = new ArrayList<>();
    int counter = 0;
    int deepest = -1;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) continue;
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      path.push(root);
      while (!path.isEmpty()) {
        Deadline.check();
        int v = path.peek();
        if (next[v] < calls[v].length) {
          int w = calls[v][next[v]++];
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            path.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        path.pop();
        if (!path.isEmpty()) low[path.peek()] = Math.min(low[path.peek()], low[v]);
        if (low[v] != order[v]) continue;
        List<Integer> component = new ArrayList<>();
        int w;
        do {
          w = stack.pop();
          onStack[w] = false;
          component.add(w);
        } while (w != v);
        boolean cycle = component.size() > 1;
        for (int c : calls[v]) cycle |= c == v;
        if (cycle) {
          cyclic.addAll(component);
          continue;
        }
        int d = 1;
        for (int c : calls[v]) d = Math.max(d, depth[c] + 1);
        depth[v] = d;
        if (d > Markdown.MAX_DEPTH && (deepest < 0 || d > depth[deepest])) deepest = v;
      }
    }
    java.util.Collections.sort(cyclic);
    for (int v : cyclic) {
      findings.add(
          Finding.of(
              Code.FOOTNOTE_CYCLE, new Loc(file, firstLine + defLines.get(v), 1), labels.get(v)));
    }
    if (deepest >= 0) {
      findings.add(
          Finding.of(
              Code.MARKDOWN_TOO_DEEP,
              new Loc(file, firstLine + defLines.get(deepest), 1),
              Markdown.MAX_DEPTH));
    }
  }

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

  /** Whether a line right after a note's text continues its paragraph (starts no other block). */
  private static boolean lazyContinuation(String line) {
    String t = line.stripLeading();
    return !t.isEmpty() && "#>-*+|`~=".indexOf(t.charAt(0)) < 0 && !Character.isDigit(t.charAt(0));
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
    if (id != null) Markdown.check(body, file, firstLine + first, findings);
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

  /**
   * Plan index for a heading at a part's level that names no part exactly, by its words: a
   * parenthesised addition removed ("Public visé (rappel)") or alone ("Bénéficiaires de
   * l'expérimentation (Bénéficiaires directs)"), or, for a numbered heading, the title of one part
   * (of two words or more) whose words all stand in it ("2. Bénéficiaires directs de l'action"); -1
   * when none.
   */
  private static int tolerant(Headings.Heading h, FormPlan plan, Set<String> used, int lastIndex) {
    List<String> variants = Headings.variants(h.title());
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < plan.items().size(); i++) {
      for (String key : keys(plan.items().get(i))) {
        if (variants.contains(key)) {
          candidates.add(i);
          break;
        }
      }
    }
    if (candidates.isEmpty() && Headings.numbered(h.title())) {
      Set<String> words = Headings.words(Headings.normalize(h.title()));
      int best = 1;
      for (int i = 0; i < plan.items().size(); i++) {
        for (String key : keys(plan.items().get(i))) {
          Set<String> part = Headings.words(key);
          if (part.size() > best - 1 && part.size() >= 2 && words.containsAll(part)) {
            if (part.size() > best) candidates.clear();
            best = part.size();
            if (!candidates.contains(i)) candidates.add(i);
          }
        }
      }
    }
    for (int i : candidates) {
      if (i > lastIndex && !used.contains(plan.items().get(i).id())) return i;
    }
    for (int i : candidates) {
      if (!used.contains(plan.items().get(i).id())) return i;
    }
    return -1;
  }

  /** A part's titles, normalised, with and without their parenthesised additions. */
  private static List<String> keys(FormPlan.Item item) {
    List<String> out = new ArrayList<>();
    for (String t : titlesOf(item)) {
      out.add(Headings.normalize(t));
      List<String> v = Headings.variants(t);
      if (!v.isEmpty()) out.add(v.get(0));
    }
    return out;
  }

  private static List<String> titlesOf(FormPlan.Item item) {
    List<String> out = new ArrayList<>();
    out.add(item.title());
    out.addAll(item.aliases());
    return out;
  }

  /**
   * The part whose title is most alike {@code title} by its words, or null when none shares one.
   */
  static FormPlan.Item closest(String title, FormPlan plan) {
    Set<String> words = Headings.words(Headings.normalize(title));
    for (String v : Headings.variants(title)) words.addAll(Headings.words(v));
    String number = Headings.number(title);
    FormPlan.Item best = null;
    double bestScore = 0;
    for (FormPlan.Item item : plan.items()) {
      // the same number as the part ("2." for "B.2.") makes it closer, its words decide
      String own = item.number().toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "");
      double bonus = number != null && number.equals(own) ? 0.3 : 0;
      for (String key : keys(item)) {
        double likeness = Headings.likeness(words, Headings.words(key));
        double score = likeness == 0 ? 0 : likeness + bonus;
        if (score > bestScore) {
          bestScore = score;
          best = item;
        }
      }
    }
    return best;
  }

  /** A part as the form numbers it, with its parent's letter: "B.2. Bénéficiaires directs". */
  static String label(FormPlan plan, FormPlan.Item item) {
    if (item == null) return "—";
    String number = item.number();
    if (item.depth() >= 2 && !number.isEmpty()) {
      int parentDepth = item.depth() == 2 ? 1 : 2;
      String prefix = "";
      for (FormPlan.Item i : plan.items()) {
        if (i == item) break;
        if (i.depth() == parentDepth) prefix = i.number();
        else if (i.depth() < parentDepth) prefix = "";
      }
      number = prefix + number;
    }
    return number.isEmpty() ? item.title() : number + " " + item.title();
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

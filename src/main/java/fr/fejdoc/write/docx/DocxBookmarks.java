package fr.fejdoc.write.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Bookmarks for the tree's ids, so that {@code #id} links work: Word names start with a letter,
 * hold letters, digits and underscores, up to 40 characters. The first use of an id (link or
 * target) fixes its name; ids numbered in order of placement.
 */
final class DocxBookmarks {
  // Looked up only, never iterated: the output does not depend on hash order.
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Set<String> placed = new HashSet<>();
  private int next;

  /** The bookmark name of tree id {@code id}. */
  String name(String id) {
    String known = names.get(id);
    if (known != null) return known;
    StringBuilder b = new StringBuilder("s_");
    for (int i = 0; i < id.length() && b.length() < 34; i++) {
      char c = id.charAt(i);
      b.append((c < 128 && Character.isLetterOrDigit(c)) ? c : '_');
    }
    String base = b.toString();
    String name = base;
    for (int k = 2; taken.contains(name); k++) name = base + "_" + k;
    taken.add(name);
    names.put(id, name);
    return name;
  }

  /** Opens the bookmark of {@code id} in {@code p}; returns its number, or -1 (none, or twice). */
  long start(DocxPara p, String id) {
    if (id == null || id.isBlank() || !placed.add(id)) return -1;
    p.c.append("<w:bookmarkStart w:id=\"").append(next).append("\" w:name=\"");
    DocxXml.attr(p.c, name(id)).append("\"/>");
    return next++;
  }

  void end(DocxPara p, long number) {
    if (number >= 0) p.c.append("<w:bookmarkEnd w:id=\"").append(number).append("\"/>");
  }
}

package fr.fejdoc.document.read;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import fr.fejdoc.document.Inline;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few raw HTML tags of a holder's text that are read as formatting: real notes are copied from
 * word processors and carry {@code <u>Partenaires indiqués dans le projet :</u>}. Only bare tags
 * ({@code <u>}, {@code </u>}, any case, no attribute) of {@code u, i, b, em, strong, sup, sub}, and
 * {@code <br>} ({@code <br/>}, {@code <br />}); an opening tag is formatting only with its closing
 * tag in the same paragraph run (and the same enclosing emphasis or link). Everything else — other
 * tags, attributes, a tag left open — stays visible text, escaped by every writer.
 */
final class HtmlTags {
  private HtmlTags() {}

  private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z]{1,6})\\s*>");
  private static final Pattern BREAK =
      Pattern.compile("<\\s*br\\s*/?\\s*>", Pattern.CASE_INSENSITIVE);
  private static final List<String> FORMATTING =
      List.of("u", "i", "b", "em", "strong", "sup", "sub");

  /** Whether {@code tag} is a line break: {@code <br>}, {@code <br/>}, {@code <br />}. */
  static boolean isBreak(String tag) {
    return tag.length() <= 12 && BREAK.matcher(tag).matches();
  }

  /** The formatting tag's name, lower case, with whether it closes; null when not one. */
  private static String name(String tag, boolean[] closing) {
    if (tag.length() > 16) return null;
    Matcher m = TAG.matcher(tag);
    if (!m.matches()) return null;
    String name = m.group(2).toLowerCase(Locale.ROOT);
    if (!FORMATTING.contains(name)) return null;
    closing[0] = !m.group(1).isEmpty();
    return name;
  }

  /**
   * For each node, the index of the closing tag that its opening tag pairs with (the nearest
   * unpaired opening of the same name), else -1. Linear in the number of nodes.
   */
  static int[] pairs(List<Node> nodes) {
    int[] pair = new int[nodes.size()];
    Arrays.fill(pair, -1);
    Map<String, ArrayDeque<Integer>> open = new HashMap<>();
    boolean[] closing = new boolean[1];
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (!(n instanceof HtmlInline) || n instanceof HtmlInlineComment) continue;
      String name = name(n.getChars().toString(), closing);
      if (name == null) continue;
      ArrayDeque<Integer> stack = open.computeIfAbsent(name, k -> new ArrayDeque<>());
      if (!closing[0]) stack.push(i);
      else if (!stack.isEmpty()) pair[stack.pop()] = i;
    }
    return pair;
  }

  /** The formatting of opening tag {@code tag} around {@code content}. */
  static Inline wrap(String tag, List<Inline> content) {
    String name = name(tag, new boolean[1]);
    return switch (name == null ? "" : name) {
      case "u" -> new Inline.Underline(content);
      case "i", "em" -> new Inline.Emph(content);
      case "b", "strong" -> new Inline.Strong(content);
      case "sup" -> new Inline.Superscript(content);
      case "sub" -> new Inline.Subscript(content);
      default -> throw new IllegalArgumentException("not a formatting tag");
    };
  }
}

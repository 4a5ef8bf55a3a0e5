package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.util.List;
import java.util.Map;

/** A document file being written: YAML front matter, then headings and Markdown blocks. */
final class MarkdownDoc {
  private final StringBuilder b = new StringBuilder(16_384);

  MarkdownDoc(Map<String, Object> frontMatter) {
    b.append("---\n").append(YamlWriter.write(frontMatter, List.of())).append("---\n");
  }

  void heading(int level, String title) {
    b.append('\n').append("#".repeat(Math.max(1, Math.min(6, level)))).append(' ').append(title);
    b.append('\n');
  }

  /** A block (paragraph, list, table) separated from the previous one by a blank line. */
  void block(String text) {
    if (text == null || text.isEmpty()) return;
    b.append('\n').append(text).append('\n');
  }

  String text() {
    return b.toString();
  }
}

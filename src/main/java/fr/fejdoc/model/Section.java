package fr.fejdoc.model;

import java.util.regex.Pattern;

/**
 * The narrative of one section of a form: the holder's heading (null when the section has no
 * heading of its own) and the Markdown below it, up to the next section. {@code firstLine} is the
 * file line where {@code markdown} starts.
 */
public record Section(String id, Text heading, String markdown, int firstLine, Loc loc) {
  /** An HTML comment, never printed: the hints {@code fejdoc nouveau} writes under each heading. */
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);

  /**
   * Whether the holder wrote something here: text other than blank lines and HTML comments (a
   * section holding only the hint of {@code fejdoc nouveau} is still empty).
   */
  public boolean hasText() {
    if (markdown.isBlank()) return false;
    if (!markdown.contains("<!--")) return true;
    return !COMMENT.matcher(markdown).replaceAll("").isBlank();
  }
}

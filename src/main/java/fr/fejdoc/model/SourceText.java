package fr.fejdoc.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A document file as read: its path (as displayed, and on disk), the form's sections found in its
 * Markdown, and its location.
 */
public record SourceText(String file, Path path, List<Section> sections, Loc loc, int lines) {
  /** The file's lines as an editor counts them (an empty last line after a final line break). */
  public static int editorLines(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') n++;
      else if (c == '\r') {
        n++;
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      }
    }
    return n;
  }

  public Section section(String id) {
    for (Section s : sections) if (s.id().equals(id)) return s;
    return null;
  }
}

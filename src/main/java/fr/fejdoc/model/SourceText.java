package fr.fejdoc.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A document file as read: its path (as displayed, and on disk), the form's sections found in its
 * Markdown, and its location.
 */
public record SourceText(String file, Path path, List<Section> sections, Loc loc) {
  public Section section(String id) {
    for (Section s : sections) if (s.id().equals(id)) return s;
    return null;
  }
}

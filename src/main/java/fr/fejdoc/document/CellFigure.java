package fr.fejdoc.document;

import java.util.List;
import java.util.Optional;

/**
 * The typed figure of a table cell for spreadsheet writers: the {@link Inline.Num} that is the
 * cell's whole content (one paragraph; bold, italics or underline around it allowed; blank text
 * besides). A cell of text, a figure with words (« 45 % * ») or several figures have none: they
 * stay text. The text is never read back as a number.
 */
public final class CellFigure {
  private CellFigure() {}

  public static Optional<Inline.Num> of(List<Block> content) {
    if (content == null || content.size() != 1 || !(content.get(0) instanceof Block.Para p))
      return Optional.empty();
    Inline.Num[] found = new Inline.Num[1];
    if (!only(p.content(), found, 0) || found[0] == null) return Optional.empty();
    return Optional.of(found[0]);
  }

  /** Whether {@code list} holds one figure at most and blank text besides; bounded depth. */
  private static boolean only(List<Inline> list, Inline.Num[] found, int depth) {
    if (list == null) return true;
    if (depth > 8) return false;
    for (Inline i : list) {
      boolean ok =
          switch (i) {
            case null -> true;
            case Inline.Num n -> {
              if (found[0] != null || n.value() == null || n.kind() == null) yield false;
              found[0] = n;
              yield true;
            }
            case Inline.Text t -> t.text() == null || t.text().isBlank();
            case Inline.Strong s -> only(s.content(), found, depth + 1);
            case Inline.Emph e -> only(e.content(), found, depth + 1);
            case Inline.Underline u -> only(u.content(), found, depth + 1);
            default -> false;
          };
      if (!ok) return false;
    }
    return true;
  }
}

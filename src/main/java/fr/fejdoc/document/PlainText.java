package fr.fejdoc.document;

import java.util.List;

/**
 * The plain text of inlines, marks dropped and notes left out: what writers need for attributes,
 * measures, bookmarks and spreadsheet cells. A link without text gives its target.
 */
public final class PlainText {
  private PlainText() {}

  /** The text, line breaks as spaces. */
  public static String of(List<Inline> list) {
    return of(list, " ");
  }

  /** The text, line breaks as {@code lineBreak}. */
  public static String of(List<Inline> list, String lineBreak) {
    StringBuilder b = new StringBuilder();
    append(list, lineBreak, b);
    return b.toString();
  }

  public static void append(List<Inline> list, String lineBreak, StringBuilder b) {
    if (list == null) return;
    for (Inline i : list) {
      switch (i) {
        case null -> {}
        case Inline.Text t -> b.append(t.text() == null ? "" : t.text());
        case Inline.Num n -> b.append(n.text() == null ? "" : n.text());
        case Inline.Code c -> b.append(c.text() == null ? "" : c.text());
        case Inline.Emph e -> append(e.content(), lineBreak, b);
        case Inline.Strong s -> append(s.content(), lineBreak, b);
        case Inline.Underline u -> append(u.content(), lineBreak, b);
        case Inline.Superscript s -> append(s.content(), lineBreak, b);
        case Inline.Subscript s -> append(s.content(), lineBreak, b);
        case Inline.Link l -> {
          if (l.content() == null || l.content().isEmpty())
            b.append(l.url() == null ? "" : l.url());
          else append(l.content(), lineBreak, b);
        }
        case Inline.Note n -> {}
        case Inline.LineBreak lb -> b.append(lineBreak);
      }
    }
  }
}

package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Inline;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfAction;

/**
 * Turns inline content into OpenPDF chunks: marks select a font face, links become URI or go-to
 * annotations, footnote calls become linked superscript numbers (their bodies are kept in order of
 * appearance for {@link PdfRenderer} to place).
 */
final class Inlines {

  /** Marks in force on a run of text. */
  private record Marks(
      float size,
      Color color,
      boolean bold,
      boolean italic,
      boolean underline,
      boolean sup,
      boolean mono,
      String link,
      boolean sub) {}

  private final List<Inline.Note> notes = new ArrayList<>();
  private final Map<String, String> anchors;

  /** The logical structure being built (null: an untagged layout, a measure). */
  final Structure structure;

  /** A named destination to put on the next chunk written (a section's heading). */
  private String pendingDestination;

  /**
   * @param anchors the destination name of each section id that has a heading ({@code #id} links
   *     resolve only to these, so that no link points nowhere)
   */
  Inlines(Map<String, String> anchors) {
    this(anchors, null);
  }

  /**
   * @param structure the logical structure every chunk is tagged into, or null
   */
  Inlines(Map<String, String> anchors, Structure structure) {
    this.anchors = anchors;
    this.structure = structure;
  }

  /** Opens a structure element (nothing when untagged). */
  Structure.Node open(String type) {
    return structure == null ? null : structure.open(type);
  }

  /** Closes a structure element opened by {@link #open}. */
  void close(Structure.Node n) {
    if (structure != null) structure.close(n);
  }

  /** Footnotes met so far, in order: note {@code n} is at index {@code n - 1}. */
  List<Inline.Note> notes() {
    return notes;
  }

  /** The next chunk created carries the named destination {@code name}. */
  void destinationOnNext(String name) {
    pendingDestination = name;
  }

  /**
   * An empty paragraph in the context's font and leading. The font matters even without text:
   * OpenPDF sets the spacing before a paragraph with a space in the paragraph's own font.
   */
  static Paragraph empty(Ctx ctx) {
    Paragraph p = new Paragraph(ctx.leading());
    p.setFont(Styles.font(ctx.size(), ctx.color(), ctx.bold(), ctx.italic()));
    p.setAlignment(ctx.align());
    return p;
  }

  /** A paragraph holding one chunk. */
  static Paragraph of(Ctx ctx, Chunk chunk) {
    Paragraph p = empty(ctx);
    p.add(chunk);
    return p;
  }

  /** A paragraph of {@code content} with the context's leading (alignment left to the caller). */
  Paragraph paragraph(List<Inline> content, Ctx ctx) {
    Paragraph p = empty(ctx);
    add(p, content, ctx);
    return p;
  }

  /** Appends chunks for {@code content} to {@code target}. */
  void add(Phrase target, List<Inline> content, Ctx ctx) {
    add(
        target,
        content,
        new Marks(
            ctx.size(), ctx.color(), ctx.bold(), ctx.italic(), false, false, false, null, false));
  }

  /** A chunk of plain text in the context's style (labels, numbers). */
  Chunk text(String text, Ctx ctx) {
    return chunk(
        text,
        new Marks(
            ctx.size(), ctx.color(), ctx.bold(), ctx.italic(), false, false, false, null, false));
  }

  private void add(Phrase target, List<Inline> content, Marks m) {
    if (content == null) return;
    for (Inline i : content) {
      switch (i) {
        case null -> {}
        case Inline.Text t -> {
          if (t.text() != null && !t.text().isEmpty()) target.add(chunk(t.text(), m));
        }
        case Inline.Num n -> {
          if (n.text() != null && !n.text().isEmpty()) target.add(chunk(n.text(), m));
        }
        case Inline.Emph e -> add(target, e.content(), with(m, m.bold, true, m.underline, m.sup));
        case Inline.Strong s ->
            add(target, s.content(), with(m, true, m.italic, m.underline, m.sup));
        case Inline.Underline u -> add(target, u.content(), with(m, m.bold, m.italic, true, m.sup));
        case Inline.Superscript s ->
            add(target, s.content(), with(m, m.bold, m.italic, m.underline, true));
        case Inline.Subscript s ->
            add(
                target,
                s.content(),
                new Marks(
                    m.size, m.color, m.bold, m.italic, m.underline, false, m.mono, m.link, true));
        case Inline.Code c -> {
          if (c.text() != null && !c.text().isEmpty())
            target.add(
                chunk(
                    c.text(),
                    new Marks(
                        m.size, m.color, false, false, m.underline, m.sup, true, m.link, m.sub)));
        }
        case Inline.Link l -> link(target, l, m);
        case Inline.Note n -> target.add(noteCall(n, m));
        case Inline.LineBreak b -> target.add(new Chunk("\n", font(m)));
      }
    }
  }

  private static Marks with(Marks m, boolean bold, boolean italic, boolean underline, boolean sup) {
    return new Marks(m.size, m.color, bold, italic, underline, sup, m.mono, m.link, m.sub && !sup);
  }

  private void link(Phrase target, Inline.Link l, Marks m) {
    String url = l.url();
    List<Inline> content = l.content() == null ? List.of() : l.content();
    String resolved = m.link == null ? resolve(url) : null;
    if (resolved == null) {
      // not a link the PDF can follow (or nested in a link): its text only
      if (content.isEmpty()) {
        if (url != null && !url.isEmpty()) target.add(chunk(url, m));
      } else add(target, content, m);
      return;
    }
    Marks lm =
        new Marks(m.size, Styles.FEJ_BLUE, m.bold, m.italic, true, m.sup, m.mono, resolved, m.sub);
    if (m.color.equals(Styles.WHITE))
      lm = new Marks(m.size, m.color, m.bold, m.italic, true, m.sup, m.mono, resolved, m.sub);
    Structure.Node tag = open("Link");
    if (tag != null) {
      String text = fr.fejdoc.document.PlainText.of(content).strip();
      tag.contents = resolved.startsWith("#") ? (text.isEmpty() ? "Renvoi" : text) : url.strip();
    }
    if (content.isEmpty()) target.add(chunk(url, lm));
    else add(target, content, lm);
    close(tag);
  }

  /**
   * The target of a link the PDF can follow: an external URI (http, https, mailto, without spaces
   * or control characters) as is, or {@code #name} of a section with a heading; else null.
   */
  private String resolve(String url) {
    if (url == null || url.isEmpty()) return null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c)) return null;
    }
    if (url.charAt(0) == '#') {
      String name = anchors.get(url.substring(1));
      return name == null ? null : "#" + name;
    }
    boolean external =
        url.regionMatches(true, 0, "https://", 0, 8)
            || url.regionMatches(true, 0, "http://", 0, 7)
            || url.regionMatches(true, 0, "mailto:", 0, 7);
    return external ? url : null;
  }

  private Chunk noteCall(Inline.Note note, Marks m) {
    notes.add(note);
    int n = notes.size();
    Marks sm = new Marks(m.size, m.color, false, false, false, true, false, null, false);
    Structure.Node tag = open("Link");
    if (tag != null) tag.contents = "Note " + n;
    Chunk c = chunk(String.valueOf(n), sm);
    close(tag);
    goTo(c, "fn-" + n);
    c.setLocalDestination("fnref-" + n);
    return c;
  }

  private Chunk chunk(String text, Marks m) {
    Chunk c = new Chunk(text, font(m));
    if (structure != null) structure.tag(c);
    if (m.sup) c.setTextRise(m.size * 0.33f);
    else if (m.sub) c.setTextRise(-m.size * 0.15f);
    if (m.underline) c.setUnderline(Math.max(0.4f, m.size / 20f), -m.size * 0.15f);
    if (m.link != null) {
      if (m.link.startsWith("#")) goTo(c, m.link.substring(1));
      else c.setAnchor(m.link);
    }
    if (pendingDestination != null) {
      c.setLocalDestination(pendingDestination);
      pendingDestination = null;
    }
    return c;
  }

  /**
   * Makes {@code c} a link to the named destination {@code name}. A named go-to (rather than
   * OpenPDF's local go-to, whose destination is an indirect object) is what PDF/A validators
   * accept.
   */
  static void goTo(Chunk c, String name) {
    c.setAction(PdfAction.gotoLocalPage(name, false));
  }

  private static Font font(Marks m) {
    float size = m.sup || m.sub ? m.size * 0.68f : m.size;
    return m.mono ? Styles.mono(size, m.color) : Styles.font(size, m.color, m.bold, m.italic);
  }
}

package fr.fejdoc.document;

import java.util.List;

/** Test helper: the plain text of tree nodes, and the tables of a tree. */
final class Plain {
  private Plain() {}

  static String cell(Block.Cell c) {
    StringBuilder b = new StringBuilder();
    blocks(c.content(), b);
    return b.toString().strip();
  }

  static void tables(List<Block> blocks, List<Block.Table> out) {
    for (Block b : blocks) {
      switch (b) {
        case Block.Table t -> out.add(t);
        default -> tables(Block.children(b), out);
      }
    }
  }

  static void blocks(List<Block> blocks, StringBuilder b) {
    for (Block x : blocks) {
      switch (x) {
        case Block.Para p -> inlines(p.content(), b.append('\n'));
        case Block.Heading h -> inlines(h.content(), b.append('\n'));
        case Block.Section s -> {
          inlines(s.title(), b.append('\n').append(s.number()).append(' '));
          blocks(s.content(), b);
        }
        case Block.BulletList l -> l.items().forEach(i -> blocks(i, b));
        case Block.OrderedList l -> l.items().forEach(i -> blocks(i, b));
        case Block.Table t ->
            t.rows().forEach(r -> r.cells().forEach(c -> blocks(c.content(), b.append(' '))));
        case Block.Form f ->
            f.rows()
                .forEach(
                    r -> {
                      inlines(r.label(), b.append('\n'));
                      blocks(r.value(), b);
                    });
        case Block.Quote q -> blocks(q.content(), b);
        case Block.Box box -> {
          inlines(box.title(), b.append((char) 10));
          blocks(box.content(), b);
        }
        case Block.Columns c -> blocks(c.content(), b);
        case Block.Beside bs -> blocks(bs.content(), b);
        case Block.KeyFigures k ->
            k.figures()
                .forEach(f -> inlines(f.caption(), b.append('\n').append(f.value()).append(' ')));
        case Block.Figure f -> b.append("\n[image ").append(f.source()).append(']');
        case Block.PageBreak p -> b.append("\n----");
      }
    }
  }

  static void inlines(List<Inline> in, StringBuilder b) {
    for (Inline i : in) {
      switch (i) {
        case Inline.Text t -> b.append(t.text());
        case Inline.Num n -> b.append(n.text());
        case Inline.Emph e -> inlines(e.content(), b);
        case Inline.Strong s -> inlines(s.content(), b);
        case Inline.Underline u -> inlines(u.content(), b);
        case Inline.Superscript s -> inlines(s.content(), b);
        case Inline.Subscript s -> inlines(s.content(), b);
        case Inline.Code c -> b.append(c.text());
        case Inline.Link l -> inlines(l.content(), b);
        case Inline.Note n -> b.append("[^]");
        case Inline.LineBreak l -> b.append('\n');
      }
    }
  }
}

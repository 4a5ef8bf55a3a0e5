package fr.fejdoc.document.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.ins.Ins;
import com.vladsch.flexmark.ext.ins.InsExtension;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a holder's Markdown into the document tree. Raw HTML is never trusted: it is kept as
 * visible text. Links are kept only when {@link SafeLinks} allows their target. French typography
 * is applied to every text run.
 */
public final class MarkdownReader {
  private static final Parser PARSER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            FootnoteExtension.create(),
            SuperscriptExtension.create(),
            InsExtension.create()));
    PARSER = Parser.builder(options).build();
  }

  private MarkdownReader() {}

  /**
   * The blocks of a Markdown text. The holder's sub-headings are renumbered by rank (the highest
   * level used becomes 1, the next 2...), so "###" under a form's section does not skip levels in
   * any output.
   */
  public static List<Block> blocks(String markdown) {
    if (markdown == null || markdown.isBlank()) return List.of();
    Node doc = PARSER.parse(markdown);
    return rankHeadings(children(doc));
  }

  private static List<Block> rankHeadings(List<Block> blocks) {
    java.util.TreeSet<Integer> levels = new java.util.TreeSet<>();
    for (Block b : blocks) if (b instanceof Block.Heading h) levels.add(h.level());
    if (levels.isEmpty()) return blocks;
    List<Integer> rank = new ArrayList<>(levels);
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(
          b instanceof Block.Heading h
              ? new Block.Heading(rank.indexOf(h.level()) + 1, h.content())
              : b);
    }
    return out;
  }

  /** The inlines of a short Markdown text (a form value, a caption): paragraphs joined. */
  public static List<Inline> inlines(String markdown) {
    List<Inline> out = new ArrayList<>();
    for (Block b : blocks(markdown)) {
      if (b instanceof Block.Para p) {
        if (!out.isEmpty()) out.add(new Inline.LineBreak());
        out.addAll(p.content());
      }
    }
    return out;
  }

  private static List<Block> children(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out);
    return out;
  }

  private static void block(Node n, List<Block> out) {
    switch (n) {
      case Paragraph p -> {
        if (p.getFirstChild() instanceof Image img && img.getNext() == null) {
          out.add(
              new Block.Figure(
                  img.getUrl().toString(), img.getText().toString(), List.of(), List.of(), 100));
        } else {
          List<Inline> in = inlines(p);
          if (!in.isEmpty()) out.add(new Block.Para(in));
        }
      }
      case Heading h -> out.add(new Block.Heading(h.getLevel(), inlines(h)));
      case BulletList l -> out.add(new Block.BulletList(items(l)));
      case OrderedList l -> out.add(new Block.OrderedList(l.getStartNumber(), items(l)));
      case BlockQuote q -> out.add(new Block.Quote(children(q), List.of(), false));
      case FencedCodeBlock c ->
          out.add(
              new Block.Para(
                  List.of(new Inline.Code(c.getContentChars().toString().stripTrailing()))));
      case IndentedCodeBlock c ->
          out.add(
              new Block.Para(
                  List.of(new Inline.Code(c.getContentChars().toString().stripTrailing()))));
      case HtmlCommentBlock c -> {}
      case HtmlBlock h ->
          out.add(new Block.Para(List.of(new Inline.Text(h.getChars().toString().strip()))));
      case TableBlock t -> out.add(table(t));
      case FootnoteBlock f -> {}
      case Reference r -> {}
      case ThematicBreak t -> {}
      default -> {
        List<Block> inner = children(n);
        if (!inner.isEmpty()) out.addAll(inner);
        else if (!n.getChars().isBlank())
          out.add(new Block.Para(List.of(text(n.getChars().toString()))));
      }
    }
  }

  private static List<List<Block>> items(Node list) {
    List<List<Block>> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListItem li) items.add(children(li));
    }
    return items;
  }

  private static Block table(TableBlock t) {
    List<Block.Row> rows = new ArrayList<>();
    int columns = 0;
    for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
      boolean head = section instanceof TableHead;
      if (!head && !(section instanceof TableBody)) continue;
      for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
        if (!(r instanceof TableRow)) continue;
        List<Block.Cell> cells = new ArrayList<>();
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            Block.Align align =
                cell.getAlignment() == TableCell.Alignment.RIGHT
                    ? Block.Align.RIGHT
                    : cell.getAlignment() == TableCell.Alignment.CENTER
                        ? Block.Align.CENTER
                        : Block.Align.LEFT;
            List<Inline> in = inlines(cell);
            cells.add(
                new Block.Cell(
                    in.isEmpty() ? List.of() : List.of(new Block.Para(in)),
                    Math.max(1, cell.getSpan()),
                    1,
                    align,
                    head));
          }
        }
        columns = Math.max(columns, cells.stream().mapToInt(Block.Cell::colspan).sum());
        rows.add(new Block.Row(cells, head ? Block.RowKind.HEADER : Block.RowKind.BODY));
      }
    }
    List<Block.Column> cols = new ArrayList<>();
    for (int i = 0; i < columns; i++) cols.add(new Block.Column(1, Block.Align.LEFT));
    return new Block.Table(null, List.of(), cols, rows, false);
  }

  private static List<Inline> inlines(Node parent) {
    List<Inline> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, out);
    return out;
  }

  private static void inline(Node n, List<Inline> out) {
    switch (n) {
      case com.vladsch.flexmark.ast.Text t ->
          out.addAll(Typography.inlines(t.getChars().toString()));
      case SoftLineBreak s -> out.add(new Inline.Text(" "));
      case HardLineBreak h -> out.add(new Inline.LineBreak());
      case StrongEmphasis s -> out.add(new Inline.Strong(inlines(s)));
      case Emphasis e -> out.add(new Inline.Emph(inlines(e)));
      case Ins i -> out.add(new Inline.Underline(inlines(i)));
      case Superscript s -> out.add(new Inline.Superscript(inlines(s)));
      case Code c -> out.add(new Inline.Code(c.getText().toString()));
      case Link l -> link(Escaping.unescapeString(l.getUrl().toString()), inlines(l), out);
      case LinkRef r -> {
        Reference ref = r.isDefined() ? r.getReferenceNode(r.getDocument()) : null;
        List<Inline> content =
            r.isReferenceTextCombined() ? List.of(text(r.getReference().toString())) : inlines(r);
        if (content.isEmpty()) content = List.of(text(r.getReference().toString()));
        if (ref == null) out.addAll(content);
        else link(Escaping.unescapeString(ref.getUrl().toString()), content, out);
      }
      case AutoLink a ->
          link(a.getText().toString(), List.of(new Inline.Text(a.getText().toString())), out);
      case MailLink m ->
          link("mailto:" + m.getText(), List.of(new Inline.Text(m.getText().toString())), out);
      case Image i -> out.add(text(i.getText().toString()));
      case HtmlEntity e ->
          out.add(new Inline.Text(Escaping.unescapeString(e.getChars().toString())));
      case HtmlInlineComment c -> {}
      case HtmlInline h -> out.add(new Inline.Text(h.getChars().toString()));
      case Footnote f -> {
        FootnoteBlock def = f.getFootnoteBlock();
        out.add(new Inline.Note(def == null ? List.of() : children(def)));
      }
      default -> {
        List<Inline> inner = inlines(n);
        if (!inner.isEmpty()) out.addAll(inner);
        else if (!n.getChars().isEmpty()) out.add(text(n.getChars().toString()));
      }
    }
  }

  private static void link(String url, List<Inline> content, List<Inline> out) {
    String safe = SafeLinks.clean(url);
    if (safe == null) out.addAll(content);
    else out.add(new Inline.Link(safe, content));
  }

  private static Inline text(String s) {
    return new Inline.Text(Typography.french(s));
  }
}

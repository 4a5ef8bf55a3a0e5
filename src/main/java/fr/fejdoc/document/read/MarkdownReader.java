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
import com.vladsch.flexmark.ext.ins.Ins;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.load.Markdown;
import fr.fejdoc.model.Deadline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a holder's Markdown into the document tree. Raw HTML is never trusted: it is kept as
 * visible text. Links are kept only when {@link SafeLinks} allows their target. French typography
 * is applied to every text run.
 *
 * <p>Any text gives a tree, in time linear in its length, without unbounded recursion: the text is
 * parsed by {@link Markdown#parse} (which guards flexmark); what is nested beyond {@link
 * Markdown#MAX_DEPTH} levels is flattened to its plain text; a footnote that cites itself (directly
 * or through other notes) is not expanded again, and the notes expanded in all are bounded by the
 * text's length (a note cited 100,000 times is expanded while that budget lasts, then shown as its
 * call). A text flexmark cannot read comes out as plain paragraphs. The load-time checks ({@link
 * Markdown#check}, the footnote graph of the section splitter) report each of these to the holder.
 */
public final class MarkdownReader {
  /** Recursion depth of the walk (all nodes) beyond which a subtree is flattened. */
  private static final int MAX_WALK = 4 * Markdown.MAX_DEPTH + 16;

  private final Set<Node> openNotes = Collections.newSetFromMap(new IdentityHashMap<>());
  private long noteBudget;
  private int visited;

  private MarkdownReader(String markdown) {
    this.noteBudget = 2L * markdown.length() + 100_000;
  }

  /**
   * The blocks of a Markdown text. The holder's sub-headings are renumbered by rank (the highest
   * level used becomes 1, the next 2...), so "###" under a form's section does not skip levels in
   * any output.
   */
  public static List<Block> blocks(String markdown) {
    if (markdown == null || markdown.isBlank()) return List.of();
    if (plainLine(markdown)) {
      // what flexmark makes of it: one paragraph of one text run
      List<Block> out = new ArrayList<>(1);
      out.add(new Block.Para(new ArrayList<>(Typography.inlines(markdown))));
      return out;
    }
    return parsed(markdown);
  }

  /** {@link #blocks} through flexmark, whatever the text (tests compare both ways). */
  static List<Block> parsed(String markdown) {
    Node doc = Markdown.parse(markdown);
    if (doc == null) return plainParagraphs(markdown);
    return rankHeadings(new MarkdownReader(markdown).children(doc, 0, 0));
  }

  /**
   * Whether {@code s} is one line of plain prose that flexmark reads as one paragraph holding one
   * text run, as it is: it starts with a letter (no block marker, heading, list, quote, code or
   * HTML), ends with neither a space nor a backslash, and holds no line break, control character
   * nor any character that may start an inline construct or a table ({@code \ ` * _ [ ] ! < > & ^ +
   * ~ | #}). Many short texts (a remark, a field of the fiche, a cell) are such lines: they are
   * read without a parser set up for them.
   */
  static boolean plainLine(String s) {
    int n = s.length();
    if (n == 0 || n > PLAIN_MAX || !Character.isLetter(s.charAt(0))) return false;
    char last = s.charAt(n - 1);
    if (Character.isWhitespace(last) || Character.isSpaceChar(last)) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) return false;
      switch (c) {
        case '\\',
            '`',
            '*',
            '_',
            '[',
            ']',
            '!',
            '<',
            '>',
            '&',
            '^',
            '+',
            '~',
            '|',
            '#',
            '\uFFFD' -> {
          return false;
        }
        default -> {}
      }
      if (c >= 0x80 && c <= 0x9F) return false;
      if (Character.isSurrogate(c)) return false;
    }
    return true;
  }

  /** Characters of a line beyond which it goes through the parser anyway. */
  private static final int PLAIN_MAX = 4096;

  /** A text flexmark could not read: its paragraphs (between blank lines) as plain text. */
  private static List<Block> plainParagraphs(String markdown) {
    List<Block> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.isBlank()) {
        flushPlain(para, out);
      } else {
        if (!para.isEmpty()) para.append(' ');
        para.append(line.strip());
      }
    }
    flushPlain(para, out);
    return out;
  }

  private static void flushPlain(StringBuilder para, List<Block> out) {
    if (para.isEmpty()) return;
    out.add(new Block.Para(Typography.inlines(para.toString())));
    para.setLength(0);
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

  private void tick() {
    if ((++visited & 0x3FF) == 0) Deadline.check();
  }

  /**
   * The blocks of {@code parent}'s children; {@code level} counts the nesting levels above them
   * ({@link Markdown#nests}), {@code walk} the recursion depth.
   */
  private List<Block> children(Node parent, int level, int walk) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext())
      block(n, out, level, walk + 1);
    return out;
  }

  private void block(Node n, List<Block> out, int level, int walk) {
    tick();
    int inner = level + (Markdown.nests(n) ? 1 : 0);
    if (inner > Markdown.MAX_DEPTH || walk > MAX_WALK) {
      String text = plain(n);
      if (!text.isBlank()) out.add(new Block.Para(List.of(text(text.strip()))));
      return;
    }
    switch (n) {
      case Paragraph p -> {
        if (p.getFirstChild() instanceof Image img && img.getNext() == null) {
          out.add(
              new Block.Figure(
                  img.getUrl().toString(), img.getText().toString(), List.of(), List.of(), 100));
        } else {
          List<Inline> in = inlines(p, inner, walk);
          if (!in.isEmpty()) out.add(new Block.Para(in));
        }
      }
      case Heading h -> out.add(new Block.Heading(h.getLevel(), inlines(h, inner, walk)));
      case BulletList l -> out.add(new Block.BulletList(items(l, inner, walk)));
      case OrderedList l ->
          out.add(new Block.OrderedList(l.getStartNumber(), items(l, inner, walk)));
      case BlockQuote q -> out.add(new Block.Quote(children(q, inner, walk), List.of(), false));
      case FencedCodeBlock c -> out.add(new Block.Para(List.of(new Inline.Code(content(c)))));
      case IndentedCodeBlock c -> out.add(new Block.Para(List.of(new Inline.Code(content(c)))));
      case HtmlCommentBlock c -> {}
      case HtmlBlock h ->
          out.add(new Block.Para(List.of(new Inline.Text(h.getChars().toString().strip()))));
      case TableBlock t -> out.add(table(t, inner, walk));
      case FootnoteBlock f -> {}
      case Reference r -> {}
      case ThematicBreak t -> {}
      default -> {
        List<Block> inside = children(n, inner, walk);
        if (!inside.isEmpty()) out.addAll(inside);
        else if (!n.getChars().isBlank())
          out.add(new Block.Para(List.of(text(n.getChars().toString()))));
      }
    }
  }

  /**
   * The text of a code block, line by line: flexmark's {@code getContentChars()} builds it in time
   * quadratic in its lines (10,000 indented lines: 5 s).
   */
  private static String content(ContentNode c) {
    StringBuilder b = new StringBuilder();
    for (BasedSequence line : c.getContentLines()) b.append(line);
    return b.toString().stripTrailing();
  }

  private List<List<Block>> items(Node list, int level, int walk) {
    List<List<Block>> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListItem li) {
        tick();
        int inner = level + 1;
        if (inner > Markdown.MAX_DEPTH || walk > MAX_WALK) {
          String text = plain(li);
          items.add(text.isBlank() ? List.of() : List.of(new Block.Para(List.of(text(text)))));
        } else {
          items.add(children(li, inner, walk + 1));
        }
      }
    }
    return items;
  }

  private Block table(TableBlock t, int level, int walk) {
    List<Block.Row> rows = new ArrayList<>();
    int columns = 0;
    for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
      boolean head = section instanceof TableHead;
      if (!head && !(section instanceof TableBody)) continue;
      for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
        if (!(r instanceof TableRow)) continue;
        tick();
        List<Block.Cell> cells = new ArrayList<>();
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            Block.Align align =
                cell.getAlignment() == TableCell.Alignment.RIGHT
                    ? Block.Align.RIGHT
                    : cell.getAlignment() == TableCell.Alignment.CENTER
                        ? Block.Align.CENTER
                        : Block.Align.LEFT;
            List<Inline> in = inlines(cell, level, walk + 2);
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

  private List<Inline> inlines(Node parent, int level, int walk) {
    List<Node> nodes = new ArrayList<>();
    boolean tags = false;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      nodes.add(n);
      tags |= n instanceof HtmlInline && !(n instanceof HtmlInlineComment);
    }
    List<Inline> out = new ArrayList<>();
    if (!tags) {
      for (Node n : nodes) inline(n, out, level, walk + 1);
      return out;
    }
    inlineRange(nodes, 0, nodes.size(), HtmlTags.pairs(nodes), out, level, walk);
    return out;
  }

  /**
   * The inlines of {@code nodes[from, to)}, where a harmless formatting tag of the holder ({@code
   * <u>…</u>}, {@link HtmlTags}) that closes within the range is formatting, and {@code <br>} a
   * line break; any other raw HTML, and a tag left open or closed without its opening, stays text.
   */
  private void inlineRange(
      List<Node> nodes, int from, int to, int[] pair, List<Inline> out, int level, int walk) {
    for (int i = from; i < to; i++) {
      Node n = nodes.get(i);
      if (n instanceof HtmlInline h && !(n instanceof HtmlInlineComment)) {
        String tag = h.getChars().toString();
        if (HtmlTags.isBreak(tag)) {
          out.add(new Inline.LineBreak());
          continue;
        }
        int close = pair[i];
        if (close > i && close < to && level + 1 <= Markdown.MAX_DEPTH && walk < MAX_WALK) {
          tick();
          List<Inline> inside = new ArrayList<>();
          inlineRange(nodes, i + 1, close, pair, inside, level + 1, walk + 1);
          out.add(HtmlTags.wrap(tag, inside));
          i = close;
          continue;
        }
      }
      inline(n, out, level, walk + 1);
    }
  }

  private void inline(Node n, List<Inline> out, int level, int walk) {
    int inner = level + (Markdown.nests(n) ? 1 : 0);
    if (inner > Markdown.MAX_DEPTH || walk > MAX_WALK) {
      String text = plain(n);
      if (!text.isEmpty()) out.add(text(text));
      return;
    }
    switch (n) {
      case com.vladsch.flexmark.ast.Text t ->
          out.addAll(Typography.inlines(t.getChars().toString()));
      case SoftLineBreak s -> out.add(new Inline.Text(" "));
      case HardLineBreak h -> out.add(new Inline.LineBreak());
      case StrongEmphasis s -> out.add(new Inline.Strong(inlines(s, inner, walk)));
      case Emphasis e -> out.add(new Inline.Emph(inlines(e, inner, walk)));
      case Ins i -> out.add(new Inline.Underline(inlines(i, inner, walk)));
      case Superscript s -> out.add(new Inline.Superscript(inlines(s, inner, walk)));
      case Code c -> out.add(new Inline.Code(c.getText().toString()));
      case Link l ->
          link(Escaping.unescapeString(l.getUrl().toString()), inlines(l, inner, walk), out);
      case LinkRef r -> {
        Reference ref = r.isDefined() ? r.getReferenceNode(r.getDocument()) : null;
        List<Inline> content =
            r.isReferenceTextCombined()
                ? List.of(text(r.getReference().toString()))
                : inlines(r, inner, walk);
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
      case Footnote f -> note(f, out, level, walk);
      default -> {
        List<Inline> inside = inlines(n, inner, walk);
        if (!inside.isEmpty()) out.addAll(inside);
        else if (!n.getChars().isEmpty()) out.add(text(n.getChars().toString()));
      }
    }
  }

  /**
   * A footnote call: the note's blocks, one level deeper. A note already being expanded (a cycle),
   * one nested beyond the depth limit, or one past the expansion budget is shown as its call.
   */
  private void note(Footnote f, List<Inline> out, int level, int walk) {
    FootnoteBlock def = f.getFootnoteBlock();
    if (def == null) {
      out.add(new Inline.Note(List.of()));
      return;
    }
    long cost = def.getChars().length() + 1L;
    if (openNotes.contains(def)
        || level + 1 > Markdown.MAX_DEPTH
        || walk > MAX_WALK
        || noteBudget < cost) {
      out.add(new Inline.Text("[^" + f.getText() + "]"));
      return;
    }
    noteBudget -= cost;
    openNotes.add(def);
    try {
      out.add(new Inline.Note(children(def, level + 1, walk)));
    } finally {
      openNotes.remove(def);
    }
  }

  /** The text of a subtree, read without recursion (for what is nested too deep to be built). */
  private String plain(Node root) {
    StringBuilder b = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      tick();
      Node n = stack.pop();
      switch (n) {
        case com.vladsch.flexmark.ast.Text t -> b.append(t.getChars());
        case Code c -> b.append(c.getText());
        case SoftLineBreak s -> b.append(' ');
        case HardLineBreak h -> b.append(' ');
        case Paragraph p -> {
          if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') b.append(' ');
          pushChildren(p, stack);
        }
        case FootnoteBlock f -> {}
        case Reference r -> {}
        case HtmlCommentBlock c -> {}
        case HtmlInlineComment c -> {}
        case Footnote f -> {}
        default -> {
          if (n.hasChildren()) pushChildren(n, stack);
          else if (n != root && n.getChars().length() > 0 && !(n instanceof Image)) {
            b.append(n.getChars());
          }
        }
      }
    }
    return b.toString();
  }

  private static void pushChildren(Node n, Deque<Node> stack) {
    for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
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

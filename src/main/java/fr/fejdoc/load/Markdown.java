package fr.fejdoc.load;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.ins.Ins;
import com.vladsch.flexmark.ext.ins.InsExtension;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The one Markdown parser of fejdoc (flexmark, with tables, footnotes, superscript and underline)
 * and its limits, shared by the load-time checks and the document reader so that both see the same
 * tree.
 *
 * <p>A holder's text is untrusted. Three guards stand between it and flexmark:
 *
 * <ul>
 *   <li>{@link #prepare}: a linear pre-pass that drops container markers ({@code >}, list markers)
 *       beyond {@link #MAX_DEPTH} + 1 on a line (4,000 nested {@code >} would otherwise be 4,000
 *       nested nodes) and shortens over-long runs of {@code *}, {@code -}, {@code _} that start a
 *       line (flexmark's thematic-break regex recurses once per character: a line of 4,000 stars
 *       exhausts the call stack);
 *   <li>the text is handed to flexmark through a {@link CharSequence} that calls {@link
 *       Deadline#check()} every 64 Ki characters read, so a slow parse stops with the project's
 *       time budget;
 *   <li>flexmark's own regular expressions recurse once per character on some constructs (a link
 *       title or an HTML comment of thousands of characters): a {@link StackOverflowError} inside
 *       the parse is caught, the parse is abandoned ({@link #parse} returns null) and the caller
 *       reads the text as plain text; {@link #check} reports it.
 * </ul>
 *
 * <p>flexmark's setext-heading test asks, for every line of a paragraph that could start a block,
 * for the paragraph's whole content so far: quadratic time in the lines of a paragraph (a Markdown
 * table is a paragraph until its end: 80,000 rows took 137 s). The heading factory is given the
 * paragraph lazily instead ({@link LazyHeadings}).
 */
public final class Markdown {
  /**
   * Nesting levels (block quotes, list items, emphasis, links, footnotes within footnotes) beyond
   * which a text is not built: far beyond any real note, well within every writer's call stack.
   */
  public static final int MAX_DEPTH = 32;

  /** Markers of a run starting a line beyond which the run is shortened (see {@link #prepare}). */
  static final int MAX_RUN = 200;

  /**
   * Columns of one run of spaces before or between a line's container markers beyond which the run
   * is shortened: flexmark scans a line's indentation again for every open container (cubic time in
   * the depth of 2,000 lists nested by indentation); 100 columns still hold 50 nested lists.
   */
  static final int MAX_INDENT = 100;

  /** Spaces in a row in a heading line beyond which they are made one (see {@link #heading}). */
  static final int MAX_SPACES = 64;

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
    options.set(Parser.HEADING_PARSER, false);
    PARSER = Parser.builder(options).customBlockParserFactory(new LazyHeadings()).build();
    // Every class of the parser initialised now: a class whose initialisation fails (the call stack
    // exhausted in the middle of it) would stay unusable for the rest of the run.
    PARSER.parse(
        """
        # Titre {#id}

        Titre
        -----

        > Une *citation* **grasse** ++soulignée++ ^sup^ `code` [lien](https://a.fr "t") <b>x</b>
        > [ref][r] ![image](i.png) <https://b.fr> &amp; \\* <!-- c -->

        - un
          1. deux

        | a | b |
        |---|--:|
        | 1 | 2 |

        Texte[^n].

        [^n]: Note.
        [r]: https://c.fr

            code
        ```
        bloc
        ```
        ***
        <div>
        html
        </div>
        """);
  }

  private Markdown() {}

  /**
   * The parsed tree of {@code markdown} (after {@link #prepare}), or null when flexmark exhausted
   * the call stack on it (read it as plain text then). Throws {@link Deadline.Exceeded} when the
   * time budget is spent.
   */
  public static Node parse(String markdown) {
    Memo memo = MEMO.get();
    Node known = memo.get(markdown);
    if (known != null) return known;
    String text = prepare(markdown).text();
    Node doc;
    try {
      doc = PARSER.parse(BasedSequence.of(new DeadlineChars(text)));
    } catch (StackOverflowError e) {
      return null;
    }
    memo.put(markdown, doc);
    return doc;
  }

  /**
   * The trees this thread parsed last, by text: a project's texts are parsed by its checks (each
   * section by {@link #check}, each long YAML value by the YAML reader), then again when its
   * documents are assembled (the fiche synthétique twice: alone for its one-page measure, then in
   * the restitution), on the same thread. flexmark's parse is a function of the text alone, and no
   * reader changes the tree, so the second parse returns the first one's tree. Bounded (entries and
   * characters, least recently used dropped first); a text longer than {@link #MEMO_TEXT_CHARS} and
   * a parse that failed are never kept (parsed again, as before).
   */
  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /** Characters of one text beyond which its tree is not kept. */
  static final int MEMO_TEXT_CHARS = 64 * 1024;

  /** Characters of all the texts whose trees one thread keeps. */
  static final int MEMO_CHARS = 512 * 1024;

  /** Trees one thread keeps. */
  static final int MEMO_ENTRIES = 256;

  private static final class Memo extends java.util.LinkedHashMap<String, Node> {
    private static final long serialVersionUID = 1L;
    private long chars;

    Memo() {
      super(64, 0.75f, true);
    }

    @Override
    public Node put(String text, Node doc) {
      if (text.length() > MEMO_TEXT_CHARS) return null;
      Node before = super.put(text, doc);
      if (before == null) chars += text.length();
      // least recently used first
      var it = entrySet().iterator();
      while ((chars > MEMO_CHARS || size() > MEMO_ENTRIES) && it.hasNext()) {
        chars -= it.next().getKey().length();
        it.remove();
      }
      return before;
    }
  }

  /**
   * Whether {@code node} adds a nesting level: what a reader and every writer recurse on once per
   * level. A list adds one level per item (the list node itself does not count).
   */
  public static boolean nests(Node node) {
    return node instanceof BlockQuote
        || node instanceof ListItem
        || node instanceof Emphasis
        || node instanceof StrongEmphasis
        || node instanceof Ins
        || node instanceof Superscript
        || node instanceof Link
        || node instanceof LinkRef
        || node instanceof Image;
  }

  /** A text prepared for flexmark and the 0-based index of its first line cut (or -1). */
  public record Prepared(String text, int firstCut) {}

  /**
   * {@code markdown} with the same lines, where a line's container markers ({@code >} and list
   * markers) beyond {@link #MAX_DEPTH} + 1 are dropped (so the tree still shows the excess to
   * {@link #check}) and a run of more than {@link #MAX_RUN} {@code *}, {@code -} or {@code _}
   * starting a line's content is shortened to three when nothing follows it (a thematic break or a
   * setext underline, same meaning) or escaped otherwise (its first marker becomes literal).
   * Linear.
   */
  public static Prepared prepare(String markdown) {
    StringBuilder out = null;
    int firstCut = -1;
    int line = 0;
    int n = markdown.length();
    int start = 0;
    while (start <= n) {
      if ((line & 0x3FF) == 0) Deadline.check();
      int end = markdown.indexOf('\n', start);
      if (end < 0) end = n;
      String cut = prepareLine(markdown, start, end);
      if (cut != null) {
        if (out == null) out = new StringBuilder(n).append(markdown, 0, start);
        if (firstCut < 0) firstCut = line;
        out.append(cut);
      } else if (out != null) {
        out.append(markdown, start, end);
      }
      if (end < n && out != null) out.append('\n');
      start = end + 1;
      line++;
    }
    return new Prepared(out == null ? markdown : out.toString(), firstCut);
  }

  /** The line {@code s[start, end)} prepared, or null when it is left as it is. */
  private static String prepareLine(String s, int start, int end) {
    StringBuilder b = null; // the prepared line so far, once it differs
    int i = start;
    int markers = 0;
    boolean dropping = false;
    while (i < end) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        int j = i;
        int columns = 0;
        while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          columns += s.charAt(j) == '\t' ? 4 : 1;
          j++;
        }
        if (!dropping) {
          if (columns > MAX_INDENT) {
            b = copy(b, s, start, i);
            b.append(" ".repeat(MAX_INDENT));
          } else if (b != null) {
            b.append(s, i, j);
          }
        }
        i = j;
        continue;
      }
      int markerEnd = markerEnd(s, i, end);
      if (markerEnd < 0) break;
      if (++markers > MAX_DEPTH + 1) {
        if (!dropping) b = copy(b, s, start, i);
        dropping = true;
      } else if (b != null) {
        b.append(s, i, markerEnd);
      }
      i = markerEnd;
    }
    if (dropping) b.append(' ');
    String run = i < end && s.charAt(i) == '#' ? heading(s, i, end) : shortenRun(s, i, end);
    if (b == null && run == null) return null;
    b = copy(b, s, start, i);
    return b.append(run != null ? run : s.substring(i, end)).toString();
  }

  /** {@code b}, or a new builder holding {@code s[start, upTo)}. */
  private static StringBuilder copy(StringBuilder b, String s, int start, int upTo) {
    return b != null ? b : new StringBuilder(s.length() > 0 ? 64 : 0).append(s, start, upTo);
  }

  /**
   * The end of the container marker at {@code i} ({@code >}, {@code -}, {@code +}, {@code *} or a
   * number with {@code .} or {@code )}, a list marker followed by a space or the end of the line),
   * or -1 when there is none.
   */
  private static int markerEnd(String s, int i, int end) {
    char c = s.charAt(i);
    if (c == '>') return i + 1;
    if (c == '-' || c == '+' || c == '*')
      return i + 1 == end || isBlank(s.charAt(i + 1)) ? i + 1 : -1;
    if (c < '0' || c > '9') return -1;
    int j = i;
    while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
    if (j < end
        && (s.charAt(j) == '.' || s.charAt(j) == ')')
        && (j + 1 == end || isBlank(s.charAt(j + 1)))) {
      return j + 1;
    }
    return -1;
  }

  /**
   * The content {@code s[from, end)} with a leading over-long run of one of {@code * - _} (spaces
   * and tabs between allowed) shortened or escaped, or null when it has none.
   */
  private static String shortenRun(String s, int from, int end) {
    if (from >= end) return null;
    char m = s.charAt(from);
    if (m != '*' && m != '-' && m != '_') return null;
    int count = 0;
    int i = from;
    while (i < end) {
      char c = s.charAt(i);
      if (c == m) count++;
      else if (c != ' ' && c != '\t' && c != '\r') break;
      i++;
    }
    if (count <= MAX_RUN) return null;
    if (i == end) return String.valueOf(m).repeat(3);
    return "\\" + s.substring(from, end);
  }

  /**
   * A line that may be an ATX heading ({@code # ...}) with its runs of more than {@link
   * #MAX_SPACES} spaces or tabs made one space, or null when it has none: flexmark's expression for
   * a heading's closing {@code #} takes quadratic time in such a run (a heading line of 50,000
   * spaces: 11 s).
   */
  private static String heading(String s, int from, int end) {
    StringBuilder b = null;
    int i = from;
    while (i < end) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        int j = i;
        while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        if (j - i > MAX_SPACES) {
          if (b == null) b = new StringBuilder(end - from).append(s, from, i);
          b.append(' ');
        } else if (b != null) {
          b.append(s, i, j);
        }
        i = j;
      } else {
        if (b != null) b.append(c);
        i++;
      }
    }
    return b == null ? null : b.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /**
   * Findings about a holder's Markdown {@code markdown}, whose first line is line {@code firstLine}
   * of {@code file}: {@link Code#MARKDOWN_TOO_DEEP} at the first place nested beyond {@link
   * #MAX_DEPTH}, {@link Code#MARKDOWN_UNREADABLE} when flexmark cannot read it (at the first
   * paragraph it cannot read on its own).
   */
  public static void check(String markdown, String file, int firstLine, List<Finding> out) {
    if (markdown == null || markdown.isBlank()) return;
    Node doc = parse(markdown);
    if (doc == null) {
      out.add(
          Finding.of(
              Code.MARKDOWN_UNREADABLE, new Loc(file, unreadableLine(markdown) + firstLine, 1)));
      return;
    }
    Node deep = firstTooDeep(doc);
    if (deep != null) {
      int line = deep.getStartLineNumber();
      int col =
          deep.getStartOffset()
              - deep.getDocument().getChars().startOfLine(deep.getStartOffset())
              + 1;
      out.add(Finding.of(Code.MARKDOWN_TOO_DEEP, new Loc(file, firstLine + line, col), MAX_DEPTH));
    }
  }

  /** Whether a text may nest deeper than {@link #MAX_DEPTH}: cheap, before {@link #check}. */
  public static boolean mayNest(String text) {
    if (text.length() < MAX_DEPTH) return false;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '>', '*', '_', '+', '-', '[', '^', '!', '.', ')' -> {
          if (++marks >= MAX_DEPTH) return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** The first node nested beyond {@link #MAX_DEPTH} levels, in document order, or null. */
  static Node firstTooDeep(Node doc) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    nodes.push(doc);
    levels.push(0);
    int visited = 0;
    while (!nodes.isEmpty()) {
      if ((++visited & 0xFFF) == 0) Deadline.check();
      Node n = nodes.pop();
      int level = levels.pop() + (nests(n) ? 1 : 0);
      if (level > MAX_DEPTH) return n;
      // children pushed last first, so that they are visited in order
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        nodes.push(c);
        levels.push(level);
      }
    }
    return null;
  }

  /**
   * The 0-based line of the first paragraph (text between blank lines) that flexmark cannot read on
   * its own; 0 when each can be read (only their combination fails).
   */
  private static int unreadableLine(String markdown) {
    String[] lines = markdown.split("\n", -1);
    int from = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].isBlank()) {
        if (i > from) {
          String chunk = String.join("\n", java.util.Arrays.asList(lines).subList(from, i));
          if (parse(chunk) == null) return from;
        }
        from = i + 1;
      }
    }
    return 0;
  }

  /**
   * The text as flexmark reads it, with the time budget checked every 64 Ki characters read: a
   * parse that would run for minutes on a pathological text stops with the project's budget.
   */
  static final class DeadlineChars implements CharSequence {
    private final String text;
    private int countdown = 1 << 16;

    DeadlineChars(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--countdown <= 0) {
        countdown = 1 << 16;
        Deadline.check();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new DeadlineChars(text.substring(start, end));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * flexmark's heading factory given the paragraph lazily: the core factory only tests whether
   * there is a paragraph before asking for its lines (when the line is a setext underline), but
   * builds the paragraph's whole content for the test, on every line that could start a block.
   */
  static final class LazyHeadings extends HeadingParser.Factory {
    /**
     * The factory made for the parser's options, with those options: flexmark asks for it again at
     * every parse (and the core factory compiles its expressions each time), always with the one
     * parser's options. It keeps no state of a parse.
     */
    private volatile Made made;

    private record Made(DataHolder options, BlockParserFactory factory) {}

    @Override
    public BlockParserFactory apply(DataHolder options) {
      Made m = made;
      if (m != null && m.options() == options) return m.factory();
      BlockParserFactory core = super.apply(options);
      BlockParserFactory lazy =
          (state, matched) -> core.tryStart(state, new LazyParagraph(matched));
      made = new Made(options, lazy);
      return lazy;
    }
  }

  private record LazyParagraph(MatchedBlockParser matched) implements MatchedBlockParser {
    @Override
    public com.vladsch.flexmark.parser.block.BlockParser getBlockParser() {
      return matched.getBlockParser();
    }

    @Override
    public BasedSequence getParagraphContent() {
      return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
    }

    @Override
    public List<BasedSequence> getParagraphLines() {
      return matched.getParagraphLines();
    }

    @Override
    public List<Integer> getParagraphEolLengths() {
      return matched.getParagraphEolLengths();
    }

    @Override
    public MutableDataHolder getParagraphDataHolder() {
      return matched.getParagraphDataHolder();
    }
  }
}

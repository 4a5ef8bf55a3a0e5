package fr.fejdoc.badinput;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.NOTE_FRONT_MATTER;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.lineOf;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.read.MarkdownReader;
import fr.fejdoc.document.read.MarkupException;
import fr.fejdoc.document.read.MarkupReader;
import fr.fejdoc.document.read.SafeLinks;
import fr.fejdoc.load.Markdown;
import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.write.docx.DocxWriter;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text given to the text readers (YAML, Markdown, the templates' markup): every class of
 * attack gives findings at load ({@code check}), and the readers themselves never throw, never
 * recurse without bound and stay near-linear, even when {@code check} is skipped. The time bounds
 * are hang guards only, far above what the inputs take.
 */
class HostileTextTest {
  private static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path tmp;

  // ---- helpers ----

  /** A note d'étape whose modalities section ends with {@code extra}. */
  private static String noteWith(String extra) {
    return document(NOTE_FRONT_MATTER, OBJECTIVES + "\n" + MODALITIES + "\n" + extra);
  }

  private Checker.Checked checkNote(String note) {
    return checkFiles(EXPERIMENT, yaml(""), "note.md", note);
  }

  private Checker.Checked checkFiles(String... nameThenContent) {
    Path dir = TestProjects.write(tmp, FOLDER, files(nameThenContent));
    return assertTimeoutPreemptively(GUARD, () -> TestProjects.check(dir));
  }

  private static List<Seen> seen(Checker.Checked c, Code code) {
    return TestProjects.seen(c).stream().filter(s -> s.code() == code).toList();
  }

  private static List<Block> read(String markdown) {
    return assertTimeoutPreemptively(GUARD, () -> MarkdownReader.blocks(markdown));
  }

  /** The depth of a document tree, measured without recursion. */
  private static int depth(List<Block> blocks) {
    record At(Object node, int depth) {}
    Deque<At> todo = new ArrayDeque<>();
    for (Block b : blocks) todo.push(new At(b, 1));
    int max = 0;
    while (!todo.isEmpty()) {
      At at = todo.pop();
      max = Math.max(max, at.depth());
      for (Object child : children(at.node())) todo.push(new At(child, at.depth() + 1));
    }
    return max;
  }

  private static List<Object> children(Object node) {
    List<Object> out = new ArrayList<>();
    switch (node) {
      case Block.Para p -> out.addAll(p.content());
      case Block.Heading h -> out.addAll(h.content());
      case Block.Quote q -> out.addAll(q.content());
      case Block.BulletList l -> l.items().forEach(out::addAll);
      case Block.OrderedList l -> l.items().forEach(out::addAll);
      case Block.Table t -> t.rows().forEach(r -> r.cells().forEach(c -> out.addAll(c.content())));
      case Inline.Strong s -> out.addAll(s.content());
      case Inline.Emph e -> out.addAll(e.content());
      case Inline.Underline u -> out.addAll(u.content());
      case Inline.Superscript s -> out.addAll(s.content());
      case Inline.Subscript s -> out.addAll(s.content());
      case Inline.Link l -> out.addAll(l.content());
      case Inline.Note n -> out.addAll(n.content());
      default -> {}
    }
    return out;
  }

  /** Every text of a tree, in order, without recursion. */
  private static String text(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    for (int i = blocks.size() - 1; i >= 0; i--) todo.push(blocks.get(i));
    while (!todo.isEmpty()) {
      Object n = todo.pop();
      if (n instanceof Inline.Text t) b.append(t.text());
      if (n instanceof Inline.Code c) b.append(c.text());
      List<Object> c = children(n);
      for (int i = c.size() - 1; i >= 0; i--) todo.push(c.get(i));
    }
    return b.toString();
  }

  private static List<Inline.Note> notes(List<Block> blocks) {
    List<Inline.Note> out = new ArrayList<>();
    Deque<Object> todo = new ArrayDeque<>(blocks);
    while (!todo.isEmpty()) {
      Object n = todo.pop();
      if (n instanceof Inline.Note note) out.add(note);
      todo.addAll(children(n));
    }
    return out;
  }

  // ---- 1. footnote cycles ----

  @Test
  void aFootnoteCitingItselfIsReportedAtItsDefinitionAndNeverExpandedAgain() {
    String note = noteWith("Texte[^a].\n\n[^a]: voir[^a]\n");
    var c = checkNote(note);
    assertThat(seen(c, Code.FOOTNOTE_CYCLE))
        .containsExactly(
            new Seen(Code.FOOTNOTE_CYCLE, "note.md", lineOf(note, "[^a]: voir"), List.of("a")));
    assertThat(c.hasErrors()).isTrue();

    // the reader alone (check skipped): the note holds its text and the call to itself as text
    List<Block> blocks = read("Texte[^a].\n\n[^a]: voir[^a]\n");
    List<Inline.Note> notes = notes(blocks);
    assertThat(notes).hasSize(1);
    assertThat(text(notes.get(0).content())).isEqualTo("voir[^a]");
  }

  @Test
  void aCycleThroughOtherNotesIsReportedAtEachOfItsDefinitions() {
    String note =
        noteWith(
            "Texte[^a] et[^c].\n\n[^a]: voir[^b]\n\n[^b]: puis[^a]\n\n[^c]: seule, citant[^a]\n");
    var c = checkNote(note);
    assertThat(seen(c, Code.FOOTNOTE_CYCLE))
        .extracting(Seen::line, s -> s.args().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(lineOf(note, "[^a]: voir"), "a"),
            org.assertj.core.groups.Tuple.tuple(lineOf(note, "[^b]: puis"), "b"));
    List<Block> blocks =
        read("Texte[^a].\n\n[^a]: voir[^b]\n\n[^b]: puis[^a]\n\n[^c]: seule, citant[^a]\n");
    assertThat(text(blocks)).contains("voir", "puis", "[^a]");
  }

  @Test
  void aLongChainOfNotesCitingNotesIsTooDeepAndFlattened() {
    StringBuilder md = new StringBuilder("Texte[^n0].\n");
    int n = 200;
    for (int i = 0; i < n; i++)
      md.append("\n[^n")
          .append(i)
          .append("]: note")
          .append(i)
          .append("[^n")
          .append(i + 1)
          .append("]\n");
    md.append("\n[^n").append(n).append("]: fin\n");
    String note = noteWith(md.toString());
    var c = checkNote(note);
    assertThat(seen(c, Code.MARKDOWN_TOO_DEEP))
        .containsExactly(
            new Seen(
                Code.MARKDOWN_TOO_DEEP,
                "note.md",
                lineOf(note, "[^n0]: note0"),
                List.of(String.valueOf(Markdown.MAX_DEPTH))));
    List<Block> blocks = read(md.toString());
    assertThat(depth(blocks)).isLessThan(4 * Markdown.MAX_DEPTH);
    assertThat(text(blocks)).contains("note0", "note" + (Markdown.MAX_DEPTH - 2));
  }

  @Test
  void aNoteCitedMoreTimesThanTheTextCanHoldIsExpandedWithinABudget() {
    // a 50,000-character note cited 20,000 times would be a billion characters once expanded
    String body = "x".repeat(50_000);
    String md = "[^a]".repeat(20_000) + "\n\n[^a]: " + body + "\n";
    List<Block> blocks = read(md);
    List<Inline.Note> notes = notes(blocks);
    assertThat(notes).isNotEmpty().hasSizeLessThan(20);
    assertThat(text(blocks)).contains("[^a]");
  }

  // ---- 2. nesting ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quotes",
        "quotes-spaced",
        "lists-indented",
        "lists-one-line",
        "ordered-one-line",
        "emphasis",
        "emphasis-pairs",
        "strong-runs",
        "superscript",
        "underline",
        "links",
        "images",
        "brackets",
        "quote-list",
        "star-line",
        "dash-line",
        "underscore-line"
      })
  void deepNestingIsFlattenedWithoutRecursionAndReportedAtItsLine(String kind) {
    String deep = deep(kind, 4000);
    List<Block> blocks = read(deep);
    assertThat(depth(blocks)).isLessThan(4 * Markdown.MAX_DEPTH + 8);
    assertThat(text(blocks)).contains("fond");

    List<fr.fejdoc.model.finding.Finding> findings = new ArrayList<>();
    Markdown.check("Avant.\n\n" + deep, "f.md", 10, findings);
    if (NOT_NESTED.contains(kind)) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings).extracting(f -> f.code()).containsExactly(Code.MARKDOWN_TOO_DEEP);
    // where the nesting goes beyond the limit: on the first line, or 32 lines below for lists
    // nested one per line
    int line = kind.equals("lists-indented") ? 12 + Markdown.MAX_DEPTH : 12;
    assertThat(findings.get(0).loc().line()).isEqualTo(line);
  }

  /**
   * What CommonMark does not nest however it is written: a link in a link is text, {@code *_*_}
   * pairs are not emphasis, a run of one symbol is a rule or text.
   */
  private static final java.util.Set<String> NOT_NESTED =
      java.util.Set.of(
          "emphasis-pairs", "links", "brackets", "star-line", "dash-line", "underscore-line");

  /** {@code n} levels of one kind of nesting around the word "fond". */
  private static String deep(String kind, int n) {
    return switch (kind) {
      case "quotes" -> ">".repeat(n) + " fond\n";
      case "quotes-spaced" -> "> ".repeat(n) + "fond\n";
      case "lists-indented" -> {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n / 4; i++) b.append("  ".repeat(i)).append("- a\n");
        yield b.append("  ".repeat(n / 4)).append("- fond\n").toString();
      }
      case "lists-one-line" -> "- ".repeat(n) + "fond\n";
      case "ordered-one-line" -> "1. ".repeat(n) + "fond\n";
      case "emphasis" -> "*a **a ".repeat(n) + "fond" + " a** a*".repeat(n) + "\n";
      case "emphasis-pairs" -> "*_".repeat(n) + "fond" + "_*".repeat(n) + "\n";
      case "strong-runs" -> "*".repeat(n) + "fond" + "*".repeat(n) + "\n";
      case "superscript" -> "^".repeat(n) + "fond" + "^".repeat(n) + "\n";
      case "underline" -> "++".repeat(n) + "fond" + "++".repeat(n) + "\n";
      case "links" -> "[".repeat(n) + "fond" + "](https://a.fr)".repeat(n) + "\n";
      case "images" -> "a ![".repeat(n) + "fond" + "](i.png)".repeat(n) + "\n";
      case "brackets" -> "[".repeat(n) + "fond" + "]".repeat(n) + "\n";
      case "quote-list" -> "> - ".repeat(n) + "fond\n";
      case "star-line" -> "*".repeat(n) + "\n\nfond\n";
      case "dash-line" -> "-".repeat(n) + " fond\n";
      case "underscore-line" -> "_".repeat(n) + " fond\n";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @Test
  void deepNestingInANoteIsAnErrorAtItsLineAndTheRestIsChecked() {
    String note = noteWith("Intro.\n\n" + "> ".repeat(500) + "profond\n");
    var c = checkNote(note);
    assertThat(seen(c, Code.MARKDOWN_TOO_DEEP))
        .containsExactly(
            new Seen(
                Code.MARKDOWN_TOO_DEEP,
                "note.md",
                lineOf(note, "profond"),
                List.of(String.valueOf(Markdown.MAX_DEPTH))));
  }

  @Test
  void nestingWithinTheLimitIsKeptAsWritten() {
    String md = "> ".repeat(Markdown.MAX_DEPTH - 2) + "**a *b* c**\n";
    List<fr.fejdoc.model.finding.Finding> findings = new ArrayList<>();
    Markdown.check(md, "f.md", 1, findings);
    assertThat(findings).isEmpty();
    List<Block> blocks = read(md);
    Block b = blocks.get(0);
    int quotes = 0;
    while (b instanceof Block.Quote q) {
      quotes++;
      b = q.content().get(0);
    }
    assertThat(quotes).isEqualTo(Markdown.MAX_DEPTH - 2);
    assertThat(((Block.Para) b).content().get(0)).isInstanceOf(Inline.Strong.class);
  }

  @Test
  void deepMarkdownInAYamlValueIsReportedAtTheValue() {
    String y = yaml("synthese:\n  objectifs: \"" + "> ".repeat(100) + "x\"\n");
    var c = checkFiles(EXPERIMENT, y);
    assertThat(seen(c, Code.MARKDOWN_TOO_DEEP))
        .extracting(Seen::file, Seen::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("experiment.yaml", lineOf(y, "objectifs")));
  }

  @Test
  void constructsFlexmarkCannotReadAreReportedAndReadAsPlainText() {
    // flexmark's link-title expression recurses once per character
    String md = "Début.\n\n[a](https://a.fr \"" + "\\\"".repeat(40_000) + ")\n\nFin.\n";
    List<Block> blocks = read(md);
    assertThat(text(blocks)).contains("Début", "Fin");
    List<fr.fejdoc.model.finding.Finding> findings = new ArrayList<>();
    Markdown.check(md, "f.md", 5, findings);
    if (!findings.isEmpty()) { // a large enough stack reads it: nothing to report then
      assertThat(findings).extracting(f -> f.code()).containsExactly(Code.MARKDOWN_UNREADABLE);
      assertThat(findings.get(0).loc().line()).isEqualTo(7);
    }
  }

  // ---- 3. control characters ----

  @Test
  void aControlCharacterWrittenAsAYamlEscapeIsAnErrorAndNeverReachesTheModel() {
    String y =
        yaml("").replace("titre: Expérimentation de test", "titre: \"Expérimentation\\0 de test\"");
    var c = checkFiles(EXPERIMENT, y);
    assertThat(seen(c, Code.CONTROL_CHARACTER))
        .containsExactly(
            new Seen(
                Code.CONTROL_CHARACTER,
                "experiment.yaml",
                lineOf(y, "titre"),
                List.of("U+0000 (NUL)")));
    assertThat(c.hasErrors()).isTrue();
    assertThat(c.project().experiment().title().value()).isEqualTo("Expérimentation de test");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\uffff", "\ufffe"})
  void aRawControlCharacterInMarkdownIsAnErrorAtItsLineAndColumnAndRemoved(String ch) {
    String note = noteWith("Un texte avec " + ch + " dedans.\n");
    var c = checkNote(note);
    int line = lineOf(note, "Un texte avec");
    assertThat(seen(c, Code.CONTROL_CHARACTER))
        .containsExactly(
            new Seen(
                Code.CONTROL_CHARACTER,
                "note.md",
                line,
                List.of(fr.fejdoc.load.yaml.Controls.describe(ch.charAt(0)).fr())));
    assertThat(
            c.findings().stream()
                .filter(f -> f.code() == Code.CONTROL_CHARACTER)
                .findFirst()
                .orElseThrow()
                .loc()
                .column())
        .isEqualTo("Un texte avec ".length() + 1);
    Document d = c.project().documents().get(0);
    for (Section s : d.source().sections()) assertThat(s.markdown()).doesNotContain(ch);
  }

  @Test
  void aRawControlCharacterInYamlIsAnErrorAtItsPlace() {
    String y = yaml("").replace("titre: Expérimentation", "titre: Expéri\u0001mentation");
    var c = checkFiles(EXPERIMENT, y);
    assertThat(seen(c, Code.CONTROL_CHARACTER))
        .containsExactly(
            new Seen(
                Code.CONTROL_CHARACTER,
                "experiment.yaml",
                lineOf(y, "titre"),
                List.of("U+0001 (SOH)")));
    assertThat(c.project().experiment().title().value()).isEqualTo("Expérimentation de test");
  }

  @Test
  void aLoneSurrogateWrittenAsAnEscapeIsRemoved() {
    YamlReader.Result r = YamlReader.read("a: \"x\\uD800y\"\n", "f.yaml", 0);
    assertThat(r.findings()).extracting(f -> f.code()).containsExactly(Code.CONTROL_CHARACTER);
    var map = (fr.fejdoc.load.yaml.YNode.Map) r.root();
    assertThat(((fr.fejdoc.load.yaml.YNode.Scalar) map.get("a")).text()).isEqualTo("xy");
  }

  // ---- 4. sizes: tables, long paragraphs, YAML node counts ----

  @Test
  void aLargeTableIsReadInLinearTime() {
    StringBuilder b = new StringBuilder("| n | libellé |\n|---:|---|\n");
    int rows = 40_000;
    for (int i = 0; i < rows; i++)
      b.append("| ").append(i).append(" | ligne *").append(i).append("* |\n");
    List<Block> blocks = read(b.toString());
    assertThat(blocks).hasSize(1);
    Block.Table t = (Block.Table) blocks.get(0);
    assertThat(t.rows()).hasSize(rows + 1);
    assertThat(text(List.of(t.rows().get(rows).cells().get(1).content().get(0))))
        .isEqualTo("ligne " + (rows - 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"#a\n", "|a\n", "1a\n", "    code\n", "a;a;a;a\n"})
  void longParagraphsOfLinesThatCouldStartABlockAreReadInLinearTime(String line) {
    List<Block> blocks = read(line.repeat(40_000));
    assertThat(text(blocks).length()).isGreaterThan(40_000);
  }

  @Test
  void setextHeadingsStillWork() {
    List<Block> blocks = read("Titre un\n========\n\nTexte.\n\nTitre deux\n---\n\n# Trois #\n");
    assertThat(blocks).hasSize(4);
    assertThat(blocks.get(0)).isInstanceOf(Block.Heading.class);
    assertThat(((Block.Heading) blocks.get(0)).level()).isEqualTo(1);
    assertThat(((Block.Heading) blocks.get(2)).level()).isEqualTo(2);
    assertThat(text(List.of(blocks.get(3)))).isEqualTo("Trois");
  }

  @Test
  void aHugeYamlListIsTooManyNodesNotAliases() {
    StringBuilder y = new StringBuilder("liste:\n");
    for (int i = 0; i < 60_000; i++) y.append("  - ").append(i).append('\n');
    YamlReader.Result r =
        assertTimeoutPreemptively(GUARD, () -> YamlReader.read(y.toString(), "f.yaml", 0));
    assertThat(r.findings()).extracting(f -> f.code()).containsExactly(Code.YAML_TOO_MANY_NODES);
    assertThat(r.findings().get(0).args()).containsExactly(YamlReader.MAX_NODES);
    // the mapping, its key and the list are the first three nodes
    assertThat(r.findings().get(0).loc().line()).isEqualTo(YamlReader.MAX_NODES - 1);
  }

  @Test
  void billionLaughsIsStillStoppedAsAliases() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) y.append(k > 0 ? ", " : "").append("*a").append(i - 1);
      y.append("]\n");
    }
    YamlReader.Result r =
        assertTimeoutPreemptively(GUARD, () -> YamlReader.read(y.toString(), "f.yaml", 0));
    assertThat(r.findings()).extracting(f -> f.code()).containsExactly(Code.YAML_ALIASES);
  }

  @Test
  void manyQuotedValuesOverSeveralLinesAreReadInLinearTime() {
    StringBuilder y = new StringBuilder();
    for (int i = 0; i < 20_000; i++) y.append("k").append(i).append(": \"a\n  b\n  c\"\n");
    YamlReader.Result r =
        assertTimeoutPreemptively(GUARD, () -> YamlReader.read(y.toString(), "f.yaml", 0));
    assertThat(r.findings()).isEmpty();
    assertThat(((fr.fejdoc.load.yaml.YNode.Map) r.root()).entries()).hasSize(20_000);
  }

  @Test
  void longHeadingLinesAreReadInLinearTime() {
    String spaces = " ".repeat(200_000);
    String note =
        noteWith(
            "# x" + spaces + "y\n\n## " + "1. ".repeat(50_000) + "\n\n### a" + spaces + "{#b}\n");
    var c = checkNote(note);
    assertThat(c.findings()).isNotEmpty(); // "x ... y" is no section of the form
    assertThat(seen(c, Code.SECTION_UNKNOWN)).isNotEmpty();
  }

  // ---- 5. DOCX footnotes ----

  @Test
  void tenThousandFootnotesGetDistinctIdsInOrder() throws Exception {
    int n = 10_000;
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      blocks.add(
          new Block.Para(
              List.of(
                  new Inline.Text("Texte " + i),
                  new Inline.Note(
                      List.of(new Block.Para(List.of(new Inline.Text("note " + i))))))));
    }
    Doc doc =
        new Doc(
            new Doc.Meta("t", "a", "s", List.of(), "fr"),
            new Doc.Page(false, "", "", false),
            blocks);
    byte[] docx =
        assertTimeoutPreemptively(
            GUARD, () -> new DocxWriter().write(doc, fr.fejdoc.write.Resources.folder(tmp)));
    String footnotes = entry(docx, "word/footnotes.xml");
    Matcher m = Pattern.compile("<w:footnote [^>]*w:id=\"(-?\\d+)\"").matcher(footnotes);
    List<Integer> ids = new ArrayList<>();
    while (m.find()) ids.add(Integer.parseInt(m.group(1)));
    assertThat(ids).hasSize(n + 2);
    for (int i = 0; i < n; i++) assertThat(ids.get(i + 2)).isEqualTo(i + 1);
    assertThat(footnotes).contains("note 9999");
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(name)) return new String(z.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " missing");
  }

  // ---- 6. links ----

  @Test
  void aLinkWithAQuoteIsEncodedAndEveryWriterCanUseIt() throws Exception {
    List<Block> blocks = read("Lien [x](http://a\"b) et [y](https://c.fr/d%zz<e>{f}#g#h).\n");
    List<String> urls = new ArrayList<>();
    Deque<Object> todo = new ArrayDeque<>(blocks);
    while (!todo.isEmpty()) {
      Object n = todo.pop();
      if (n instanceof Inline.Link l) urls.add(l.url());
      todo.addAll(children(n));
    }
    assertThat(urls).containsExactly("http://a%22b", "https://c.fr/d%25zz%3Ce%3E%7Bf%7D#g%23h");
    Doc doc =
        new Doc(
            new Doc.Meta("t", "a", "s", List.of(), "fr"),
            new Doc.Page(false, "", "", false),
            blocks);
    byte[] docx = new DocxWriter().write(doc, fr.fejdoc.write.Resources.folder(tmp));
    assertThat(entry(docx, "word/_rels/document.xml.rels")).contains("http://a%22b");
  }

  @Test
  void everyCleanedLinkIsAUri() {
    Random r = new Random(11);
    String alphabet = "hts:/p.w@m#%\"<>\\^`{|}[] ()'aé\u0085\u200b0Ff";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder(i % 3 == 0 ? "https://" : i % 3 == 1 ? "mailto:" : "");
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String clean = SafeLinks.clean(b.toString());
      if (clean == null) continue;
      assertThat(SafeLinks.isSafe(clean) || clean.startsWith("https://www."))
          .as(b.toString())
          .isTrue();
      try {
        new URI(clean);
      } catch (Exception e) {
        throw new AssertionError(b + " -> " + clean, e);
      }
    }
  }

  // ---- 7. time budget ----

  @Test
  void aSlowParseStopsWithTheTimeBudget() {
    // unclosed link destinations: flexmark looks for the end of each one to the end of the text
    String md = "[a](<b".repeat(200_000);
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          try (var budget = Deadline.start(Duration.ofMillis(300))) {
            assertThatThrownBy(() -> MarkdownReader.blocks(md))
                .isInstanceOf(Deadline.Exceeded.class);
          }
        });
  }

  // ---- 8. the templates' markup ----

  @Test
  void deeplyNestedMarkupIsRefusedWithoutRecursion() {
    String markup =
        "<doc version=\"1\">"
            + "<quote>".repeat(10_000)
            + "x"
            + "</quote>".repeat(10_000)
            + "</doc>";
    assertThatThrownBy(() -> MarkupReader.read(markup))
        .isInstanceOf(MarkupException.class)
        .hasMessageContaining(String.valueOf(MarkupReader.MAX_XML_DEPTH));
    String levels = "<doc version=\"1\"><section level=\"100000\" title=\"a\"/><p>x</p></doc>";
    assertThatThrownBy(() -> MarkupReader.read(levels))
        .isInstanceOf(MarkupException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> MarkupReader.read("<doc version=\"1\"><p>x</doc>"))
        .isInstanceOf(MarkupException.class)
        .hasMessageNotContaining("ParseError")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void manyTextRunsAreMergedInLinearTime() {
    String markup = "<doc version=\"1\"><p>" + "a <mdi>b</mdi> ".repeat(20_000) + "</p></doc>";
    Doc doc = assertTimeoutPreemptively(GUARD, () -> MarkupReader.read(markup));
    assertThat(text(doc.blocks())).startsWith("a b a b").hasSize(20_000 * 4 - 1);
  }

  // ---- 9. any text: findings, never a throwable ----

  @Test
  void randomMarkdownNeverThrows() {
    Random r = new Random(2024);
    String[] atoms = {
      "*",
      "_",
      "**",
      "[",
      "]",
      "(",
      ")",
      "![",
      "](",
      "<",
      ">",
      "> ",
      "- ",
      "1. ",
      "#",
      "`",
      "```",
      "\n",
      "\n\n",
      "    ",
      "|",
      "|---|",
      "^",
      "++",
      "[^a]",
      "[^a]: ",
      "\\",
      "&amp;",
      "<!--",
      "-->",
      "\"",
      "http://x",
      "a",
      "é",
      " ",
      "\t",
      "\u0000",
      "\r"
    };
    for (int i = 0; i < 400; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(i < 300 ? 200 : 5000);
      for (int k = 0; k < len; k++) b.append(atoms[r.nextInt(atoms.length)]);
      String md = b.toString();
      Supplier<String> what = () -> md.length() > 300 ? md.substring(0, 300) + "…" : md;
      try {
        MarkdownReader.blocks(md);
        List<fr.fejdoc.model.finding.Finding> findings = new ArrayList<>();
        Markdown.check(md, "f.md", 1, findings);
        MarkdownReader.inlines(md);
      } catch (Throwable t) {
        throw new AssertionError("on: " + what.get(), t);
      }
    }
  }
}

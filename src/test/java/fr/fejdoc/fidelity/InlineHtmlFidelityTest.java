package fr.fejdoc.fidelity;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.TABLES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.finalReportBody;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.document.read.MarkdownReader;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the harmless inline tags holders copy from their word processor ({@code <u>}, {@code
 * <i>}, {@code <b>}, {@code <em>}, {@code <strong>}, {@code <sup>}, {@code <sub>}, {@code <br>})
 * are formatting in every writer; any other raw HTML, and an unbalanced tag, stays visible text.
 */
class InlineHtmlFidelityTest {
  @TempDir Path tmp;

  private static List<Inline> inlines(String markdown) {
    List<Block> blocks = MarkdownReader.blocks(markdown);
    assertThat(blocks).hasSize(1).first().isInstanceOf(Block.Para.class);
    return ((Block.Para) blocks.get(0)).content();
  }

  private static Inline.Text text(String s) {
    return new Inline.Text(s);
  }

  @Test
  void anUnderlinedLabelIsUnderlined() {
    List<Inline> in = inlines("<u>Partenaires indiqués dans le projet :</u> CFA");
    assertThat(in.get(0)).isInstanceOf(Inline.Underline.class);
    assertThat(EditionText.normalise(fr.fejdoc.document.PlainText.of(in)))
        .isEqualTo("Partenaires indiqués dans le projet : CFA");
    assertThat(in).noneMatch(i -> i instanceof Inline.Text t && t.text().contains("<"));
  }

  @Test
  void everyHarmlessTagIsItsFormattingWhateverItsCase() {
    List<Inline> in =
        inlines(
            "<i>a</i> <b>b</b> <EM>c</EM> <strong>d</strong> x<sup>e</sup> H<sub>2</sub>O"
                + " <U>f</U>, ligne<br>suite<br/>fin<br />.");
    List<Class<?>> kinds = new ArrayList<>();
    for (Inline i : in) if (!(i instanceof Inline.Text)) kinds.add(i.getClass());
    assertThat(kinds)
        .containsExactly(
            Inline.Emph.class,
            Inline.Strong.class,
            Inline.Emph.class,
            Inline.Strong.class,
            Inline.Superscript.class,
            Inline.Subscript.class,
            Inline.Underline.class,
            Inline.LineBreak.class,
            Inline.LineBreak.class,
            Inline.LineBreak.class);
    assertThat(in).contains(new Inline.Subscript(List.of(text("2"))));
  }

  @Test
  void nestedTagsNestAndMixWithMarkdown() {
    List<Inline> in = inlines("<b><u>Titre</u> souligné</b> et **<i>gras italique</i>**");
    assertThat(in.get(0))
        .isEqualTo(
            new Inline.Strong(
                List.of(new Inline.Underline(List.of(text("Titre"))), text(" souligné"))));
    assertThat(in.get(in.size() - 1))
        .isEqualTo(new Inline.Strong(List.of(new Inline.Emph(List.of(text("gras italique"))))));
  }

  @Test
  void anUnbalancedOrCrossedTagPrintsAsText() {
    assertThat(fr.fejdoc.document.PlainText.of(inlines("<u>ouvert sans fin")))
        .isEqualTo("<u>ouvert sans fin");
    assertThat(fr.fejdoc.document.PlainText.of(inlines("fermé sans début</u>")))
        .isEqualTo("fermé sans début</u>");
    List<Inline> crossed = inlines("<b>a<u>b</b>c</u>");
    assertThat(crossed.get(0))
        .isEqualTo(new Inline.Strong(List.of(text("a"), text("<u>"), text("b"))));
    assertThat(fr.fejdoc.document.PlainText.of(crossed)).isEqualTo("a<u>bc</u>");
    // a tag cannot close across an emphasis it did not open in
    assertThat(fr.fejdoc.document.PlainText.of(inlines("*<u>a*</u>"))).isEqualTo("<u>a</u>");
  }

  @Test
  void anyOtherHtmlStaysText() {
    for (String raw :
        new String[] {
          "<u onmouseover=alert(1)>x</u>",
          "<script>alert(1)</script>",
          "<span style=\"color:red\">x</span>",
          "<img src=x onerror=alert(1)>",
          "<u >x</u >",
        }) {
      String plain = fr.fejdoc.document.PlainText.of(inlines("Texte " + raw + " fin"));
      if (raw.equals("<u >x</u >")) {
        // spaces inside a bare tag are still the bare tag
        assertThat(plain).isEqualTo("Texte x fin");
      } else {
        assertThat(plain).as(raw).contains(raw.substring(0, raw.indexOf('>') + 1));
      }
    }
  }

  @Test
  void manyOrDeeplyNestedTagsAreReadInLinearTimeAndBounded() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30),
        () -> {
          // 5,000 nested pairs: formatting down to the depth limit, the rest as text
          String nested = "<u>".repeat(5_000) + "x" + "</u>".repeat(5_000);
          List<Inline> in = inlines(nested);
          assertThat(fr.fejdoc.document.PlainText.of(in)).contains("x").contains("<u>");
          int depth = 0;
          Inline i = in.get(0);
          while (i instanceof Inline.Underline u && !u.content().isEmpty()) {
            depth++;
            i = u.content().get(0);
          }
          assertThat(depth).isBetween(1, fr.fejdoc.load.Markdown.MAX_DEPTH);
          // 10,000 tags left open, then as many closings without openings: all text
          String open = "<b>a".repeat(10_000) + " / " + "b</i>".repeat(10_000);
          String plain = fr.fejdoc.document.PlainText.of(inlines(open));
          assertThat(plain).startsWith("<b>a<b>a").endsWith("b</i>");
        });
  }

  @Test
  void theFicheAndTheNarrativeFormatTheTagsInEveryWriter() throws Exception {
    String experiment =
        yaml(
            "synthese:\n"
                + "  objectifs: \"<u>Partenaires indiqués dans le projet :</u> CMA / CFA<br>"
                + "<u>Partenaires effectifs :</u> CMA\"\n"
                + TABLES);
    String body =
        finalReportBody()
            .replaceFirst(
                "Texte\\.",
                "Les <b>apprentis</b> du 1<sup>er</sup> niveau, H<sub>2</sub>O, <u>souligné</u>"
                    + " et <u>sans fin.");
    java.util.Map<String, String> project =
        files(
            EXPERIMENT,
            experiment,
            "restitution-finale.md",
            document("document: restitution_finale\n", body));
    EditionText.Texts t = EditionText.build(tmp, project, "restitution-finale");
    assertThat(t.rawHtml())
        .contains("<u>Partenaires indiqués dans le projet")
        .contains("<br><u>Partenaires effectifs")
        .contains("<strong>apprentis</strong>")
        .contains("1<sup>er</sup>")
        .contains("H<sub>2</sub>O")
        .contains("<u>souligné</u>")
        .contains("&lt;u&gt;sans fin")
        .doesNotContain("&lt;u&gt;Partenaires")
        .doesNotContain("&lt;/u&gt;")
        .doesNotContain("&lt;b&gt;")
        .doesNotContain("&lt;sub&gt;");
    for (String format : List.of("pdf", "docx")) {
      String text = t.all().get(format);
      assertThat(text)
          .as(format)
          .contains("Partenaires indiqués dans le projet : CMA / CFA")
          .contains("Les apprentis du 1er niveau, H2O, souligné et <u>sans fin.")
          .doesNotContain("<u>Partenaires")
          .doesNotContain("</u>")
          .doesNotContain("<b>")
          .doesNotContain("<sup>")
          .doesNotContain("<br>");
    }
    // DOCX: the label is an underlined run, the subscript a subscript run
    var checked = EditionText.check(tmp.resolve("again"), project);
    Assembler.Assembled doc =
        Assembler.assemble(checked.project()).stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    byte[] docx = Writers.all().get("docx").write(doc.doc(), Resources.NONE);
    List<XWPFRun> runs = new ArrayList<>();
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFParagraph p : d.getParagraphs()) runs.addAll(p.getRuns());
      for (XWPFTable table : d.getTables())
        for (XWPFTableRow row : table.getRows())
          for (XWPFTableCell cell : row.getTableCells())
            for (XWPFParagraph p : cell.getParagraphs()) runs.addAll(p.getRuns());
      assertThat(runs)
          .anyMatch(
              r ->
                  r.text().contains("Partenaires indiqués dans le projet")
                      && r.getUnderline() != UnderlinePatterns.NONE);
      assertThat(runs)
          .anyMatch(
              r ->
                  r.text().equals("2")
                      && r.getVerticalAlignment() != null
                      && r.getVerticalAlignment().toString().equals("subscript"));
    }
  }
}

package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * The PDF is tagged as the document tree is built: headings, tables with their header cells and
 * spans, lists, figures with their alternate text, notes and links are structure elements in the
 * tree's order; the running header and footer are artifacts; the catalogue names the language and
 * shows the title; a screen reader's order (pdftotext -raw) follows the tree.
 */
class PdfUaTest {
  @TempDir static Path tmp;

  static byte[] restitution;
  static byte[] complete;

  @BeforeAll
  static void write() {
    Examples.Example e = Examples.get("AP1_027", "restitution");
    restitution = new PdfWriter().write(e.doc().doc(), e.resources());
    Examples.Example c = Examples.get("exemple-complet", "restitution");
    complete = new PdfWriter().write(c.doc().doc(), c.resources());
  }

  @Test
  void catalogueDeclaresTaggingLanguageTitleAndBothStandards() throws Exception {
    try (PDDocument pdf = Pdfs.load(restitution)) {
      COSDictionary catalog = pdf.getDocumentCatalog().getCOSObject();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
      COSDictionary markInfo = catalog.getCOSDictionary(COSName.MARK_INFO);
      assertThat(markInfo.getDictionaryObject(COSName.getPDFName("Marked")))
          .isEqualTo(COSBoolean.TRUE);
      assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      String xmp;
      try (InputStream in = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(xmp)
          .contains("<pdfuaid:part>1</pdfuaid:part>")
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>A</pdfaid:conformance>")
          .contains("<dc:title>");
      for (PDPage page : pdf.getPages()) {
        assertThat(page.getCOSObject().getInt(COSName.STRUCT_PARENTS)).isGreaterThanOrEqualTo(0);
        if (!page.getAnnotations().isEmpty())
          assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")))
              .isEqualTo(COSName.S);
      }
    }
  }

  @Test
  void structureTreeHasTheDocumentTreesElements() throws Exception {
    try (PDDocument pdf = Pdfs.load(restitution)) {
      TaggedStructure s = new TaggedStructure(pdf);
      assertThat(s.elements.get(0).type()).isEqualTo("Document");
      assertThat(s.ofType("H1"))
          .extracting(TaggedStructure.Element::text)
          .contains("INTRODUCTION", "FICHE SYNTHÉTIQUE DU PROJET");
      assertThat(s.ofType("H2")).isNotEmpty();
      // the fiche synthétique: a key/value table, labels as row headers
      assertThat(s.ofType("TH"))
          .anySatisfy(
              th -> {
                assertThat(th.text()).isEqualTo("Thématique");
                assertThat(th.attributes()).containsEntry("Scope", "Row");
              });
      // Tableau 1: column headers, a merged group cell, figures in data cells
      assertThat(s.ofType("TH"))
          .anySatisfy(
              th -> {
                assertThat(th.text()).startsWith("Bénéficiaires");
                assertThat(th.attributes()).containsEntry("Scope", "Column");
              });
      assertThat(s.ofType("TD"))
          .anySatisfy(td -> assertThat(td.attributes()).containsEntry("ColSpan", "6"));
      assertThat(s.ofType("TD")).extracting(TaggedStructure.Element::text).contains("120");
      assertThat(s.ofType("Caption"))
          .extracting(TaggedStructure.Element::text)
          .contains("Tableau 1 — Bénéficiaires directement touchés par l'action");
      // lists: label and body
      assertThat(s.ofType("LI")).isNotEmpty();
      assertThat(s.ofType("Lbl")).extracting(TaggedStructure.Element::text).contains("•");
      assertThat(s.ofType("LBody"))
          .extracting(TaggedStructure.Element::text)
          .contains("Fonds d'Expérimentation pour la Jeunesse : 107 710 €");
      // a footnote and its call, both links with their annotation
      TaggedStructure.Element note = s.ofType("Note").get(0);
      assertThat(note.id()).isEqualTo("fn-1");
      assertThat(note.text()).contains("Ces taux sont à lire avec prudence");
      assertThat(s.ofType("Link"))
          .anySatisfy(
              l -> {
                assertThat(l.text()).isEqualTo("1");
                assertThat(l.annotations()).hasSize(1);
                assertThat(l.annotations().get(0).getContents()).isEqualTo("Note 1");
              });
      assertThat(s.ofType("Link"))
          .anySatisfy(
              l -> {
                assertThat(l.text()).isEqualTo("www.experimentationsociale.fr");
                assertThat(l.annotations()).isNotEmpty();
                assertThat(l.annotations().get(0).getContents()).contains("experimentationsociale");
              });
      // the running header and page numbers are artifacts, not content
      assertThat(s.artifacts.toString()).contains("AP1_027 — page 2 / 13");
      assertThat(s.elements)
          .noneMatch(e -> e.type().equals("P") && e.text().contains("page 2 / 13"));
    }
  }

  @Test
  void headerRowsRepeatedOnALaterPageAreArtifacts() throws Exception {
    try (PDDocument pdf = Pdfs.load(restitution)) {
      TaggedStructure s = new TaggedStructure(pdf);
      String caption =
          "Tableau 1 — Autre information concernant les bénéficiaires directement touchés";
      assertThat(s.ofType("Caption")).filteredOn(c -> c.text().startsWith(caption)).hasSize(1);
      assertThat(s.artifacts.toString()).contains(caption);
    }
  }

  @Test
  void figuresHaveTheirAlternateTextAndBox() throws Exception {
    try (PDDocument pdf = Pdfs.load(complete)) {
      TaggedStructure s = new TaggedStructure(pdf);
      List<TaggedStructure.Element> figures = s.ofType("Figure");
      assertThat(figures).isNotEmpty();
      for (TaggedStructure.Element f : figures) {
        assertThat(f.alt()).isNotBlank();
        assertThat(f.attributes()).containsKey("BBox");
      }
      assertThat(figures).extracting(TaggedStructure.Element::alt).doesNotContain("Image");
    }
  }

  @Test
  void headingLevelsNeverSkipOne() throws Exception {
    try (PDDocument pdf = Pdfs.load(complete)) {
      int last = 0;
      for (TaggedStructure.Element e : new TaggedStructure(pdf).elements) {
        if (!e.type().matches("H[1-6]")) continue;
        int level = e.type().charAt(1) - '0';
        assertThat(level).as(e.text()).isLessThanOrEqualTo(last + 1);
        last = level;
      }
      assertThat(last).isPositive();
    }
  }

  /** A screen reader's order: headings and table captions as pdftotext -raw reads them. */
  @Test
  void rawTextFollowsTheTreesOrder() throws Exception {
    Path file = tmp.resolve("restitution.pdf");
    Files.write(file, restitution);
    Process p;
    try {
      p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-").start();
    } catch (java.io.IOException e) {
      Assumptions.abort("pdftotext (poppler) is not installed");
      return;
    }
    String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = flat(raw);
    List<String> expected = new ArrayList<>();
    headings(Examples.get("AP1_027", "restitution").doc().doc().blocks(), expected);
    assertThat(expected).hasSizeGreaterThan(15);
    int at = 0;
    for (String h : expected) {
      int found = text.indexOf(h, at);
      assertThat(found).as("« %s » after position %d", h, at).isGreaterThanOrEqualTo(0);
      at = found + h.length();
    }
  }

  /** Section titles and table captions in the tree's order. */
  private static void headings(List<Block> blocks, List<String> out) {
    for (Block b : Blocks.nn(blocks)) {
      switch (b) {
        case Block.Section s -> {
          String title = flat(Blocks.plain(s.title()));
          if (!title.isEmpty()) out.add(title);
          headings(s.content(), out);
        }
        case Block.Table t -> {
          String caption = flat(Blocks.plain(t.caption()));
          if (!caption.isEmpty()) out.add(caption);
        }
        case Block.Quote q -> {}
        default -> headings(Block.children(b), out);
      }
    }
  }

  private static String flat(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void anEnglishDocumentIsDeclaredEnglish() throws Exception {
    Doc doc =
        new Doc(
            new Doc.Meta("Final report", "Someone", "Report", List.of(), "en"),
            null,
            List.of(
                new Block.Section(
                    "intro",
                    null,
                    List.of(new Inline.Text("Introduction")),
                    1,
                    List.of(
                        new Block.Para(
                            List.of(new Inline.Text("Some text.")), Block.ParaStyle.NORMAL)))));
    byte[] bytes = new PdfWriter().write(doc, Resources.NONE);
    try (PDDocument pdf = Pdfs.load(bytes)) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      TaggedStructure s = new TaggedStructure(pdf);
      assertThat(s.ofType("H1"))
          .extracting(TaggedStructure.Element::text)
          .containsExactly("Introduction");
      assertThat(s.ofType("P"))
          .extracting(TaggedStructure.Element::text)
          .containsExactly("Some text.");
    }
  }

  /** The check can fail: a PDF/A-1b file from plain OpenPDF, without tags, is refused. */
  @Test
  void anUntaggedPdfIsRefused() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document d = new Document(PageSize.A4);
    var w = org.openpdf.text.pdf.PdfWriter.getInstance(d, out);
    w.setPDFXConformance(org.openpdf.text.pdf.PdfWriter.PDFA1B);
    d.addTitle("Sans balises");
    d.open();
    w.createXmpMetadata();
    BaseFont font;
    try (InputStream in =
        getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      font =
          BaseFont.createFont(
              "LiberationSans-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              in.readAllBytes(),
              null);
    }
    d.add(new Paragraph("Un texte sans structure.", new Font(font, 11)));
    d.close();
    assertThatThrownBy(() -> PdfAConformanceTest.assertPdfA("untagged", out.toByteArray()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ua1 7.1") // content neither tagged nor an artifact, no MarkInfo
        .hasMessageContaining("2a 6.7"); // PDF/A-2a: not a tagged PDF
  }
}

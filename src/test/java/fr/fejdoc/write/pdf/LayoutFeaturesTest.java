package fr.fejdoc.write.pdf;

import static fr.fejdoc.write.pdf.PdfWriterTest.para;
import static fr.fejdoc.write.pdf.PdfWriterTest.section;
import static fr.fejdoc.write.pdf.PdfWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Block.Align;
import fr.fejdoc.document.Block.Cell;
import fr.fejdoc.document.Block.Column;
import fr.fejdoc.document.Block.Row;
import fr.fejdoc.document.Block.RowKind;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Layout features on small trees: tables across pages, page breaks, columns, boxes. */
class LayoutFeaturesTest {

  private static Doc doc(Block... blocks) {
    return new Doc(
        new Doc.Meta("Essai", "Porteur", "Sujet", List.of("FEJ"), "fr"),
        new Doc.Page(false, "En-tête d'essai", "page {page} / {pages}", false),
        List.of(blocks));
  }

  private static Cell cell(String s) {
    return new Cell(List.of(para(text(s))), 1, 1, Align.LEFT, false);
  }

  private static Cell cell(Block.Para p, int colspan, int rowspan) {
    return new Cell(List.of(p), colspan, rowspan, Align.CENTER, true);
  }

  /** A table of {@code n} two-line rows under a two-row header with merged cells. */
  private static Block.Table longTable(int n) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            List.of(
                cell(para(text("Rangée")), 1, 2),
                cell(para(text("Ressources humaines mobilisées")), 2, 1)),
            RowKind.HEADER));
    rows.add(new Row(List.of(cell("Effectifs"), cell("ETP")), RowKind.HEADER));
    for (int i = 1; i <= n; i++) {
      if (i % 25 == 1) rows.add(new Row(List.of(cell("Phase " + (i / 25 + 1))), RowKind.GROUP));
      Cell two =
          new Cell(
              List.of(
                  para(
                      text("Début de la rangée " + i),
                      new Inline.LineBreak(),
                      text("fin de la rangée " + i))),
              1,
              1,
              Align.LEFT,
              true);
      rows.add(new Row(List.of(two, cell(String.valueOf(i)), cell("1/2")), RowKind.BODY));
    }
    rows.add(new Row(List.of(cell("Total"), cell(String.valueOf(n)), cell("")), RowKind.TOTAL));
    return new Block.Table(
        "long",
        List.of(text("Tableau d'essai")),
        List.of(new Column(4, Align.LEFT), new Column(1, Align.RIGHT), new Column(1, Align.CENTER)),
        rows,
        false);
  }

  @Test
  void aLongTableRepeatsItsCaptionAndHeadersAndNeverCutsARow() throws IOException {
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(doc(longTable(150)), Resources.NONE))) {
      List<String> pages = Pdfs.pages(pdf);
      assertThat(pages.size()).isGreaterThan(2);
      for (String p : pages) {
        assertThat(p).contains("Tableau d'essai", "Ressources humaines mobilisées", "Effectifs");
      }
      for (int i = 1; i <= 150; i++) {
        int start = -1;
        int end = -1;
        for (int k = 0; k < pages.size(); k++) {
          if (pages.get(k).contains("Début de la rangée " + i + "\n")) start = k;
          if (pages.get(k).contains("fin de la rangée " + i + "\n")) end = k;
        }
        assertThat(start).as("row %d", i).isNotNegative().isEqualTo(end);
      }
      assertThat(Pdfs.text(pdf)).contains("Total 150");
    }
  }

  @Test
  void aPageBreakStartsANewPage() throws IOException {
    Doc d = doc(para(text("Avant")), new Block.PageBreak(), para(text("Après")));
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(d, Resources.NONE))) {
      List<String> pages = Pdfs.pages(pdf);
      assertThat(pages).hasSize(2);
      assertThat(pages.get(0)).contains("Avant").doesNotContain("Après");
      assertThat(pages.get(1)).contains("Après", "page 2 / 2", "En-tête d'essai");
    }
  }

  @Test
  void theFicheDExperienceIsSetInTwoColumnsWithItsBoxesAndFigures() throws IOException {
    Examples.Example e = Examples.get("passeport-accueil-commun", "fiche-experience");
    byte[] bytes = new PdfWriter().write(e.doc().doc(), e.resources());
    try (PDDocument pdf = Pdfs.load(bytes)) {
      String text = Pdfs.text(pdf);
      assertThat(text)
          .contains("Fiche d'expérience", "FICHE D'IDENTITÉ SYNTHÉTIQUE DE L'ACTION")
          .contains("QUELQUES CHIFFRES CLEF", "245")
          .containsPattern("PRÉSENTATION DES ACTEURS\\sCLÉS DU PROJET")
          .contains("Les Missions Locales")
          .contains("CONTACTS");
      // body lines start at the left margin and at the second column
      List<Float> starts = lineStarts(pdf, 2);
      float middle = (float) pdf.getPage(1).getMediaBox().getWidth() / 2f;
      assertThat(starts).anyMatch(x -> x < 70f);
      assertThat(starts).anyMatch(x -> x > middle && x < middle + 20f);
    }
  }

  @Test
  void aMissingPartIsAVisibleFramedMarker() throws IOException {
    Doc d = doc(section("a", "Partie A", new Block.Para(List.of(), Block.ParaStyle.MISSING)));
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(d, Resources.NONE))) {
      assertThat(Pdfs.text(pdf)).contains("Partie A", "Partie non renseignée");
    }
  }

  @Test
  void sectionLinksGoToTheSectionAndUnknownAnchorsStayText() throws IOException {
    Doc d =
        doc(
            section(
                "a",
                "Partie A",
                para(
                    text("Voir "),
                    new Inline.Link("#b", List.of(text("la partie B"))),
                    text(", "),
                    new Inline.Link("#nulle-part", List.of(text("ailleurs"))),
                    text(" et "),
                    new Inline.Code("fejdoc check"))),
            new Block.PageBreak(),
            section("b", "Partie B", para(text("Texte de B."))));
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(d, Resources.NONE))) {
      List<String> gotos = new ArrayList<>();
      int links = 0;
      for (var page : pdf.getPages()) {
        for (var a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink l) {
            links++;
            if (l.getAction() instanceof PDActionGoTo g)
              gotos.add(((PDNamedDestination) g.getDestination()).getNamedDestination());
          }
        }
      }
      assertThat(links).isEqualTo(1);
      assertThat(gotos).hasSize(1);
      var dest =
          pdf.getDocumentCatalog().findNamedDestinationPage(new PDNamedDestination(gotos.get(0)));
      assertThat(pdf.getPages().indexOf(dest.getPage())).isEqualTo(1);
      assertThat(Pdfs.text(pdf)).contains("Voir la partie B, ailleurs et fejdoc check");
      var fonts = pdf.getPage(0).getResources().getFontNames();
      List<String> names = new ArrayList<>();
      for (var n : fonts) names.add(pdf.getPage(0).getResources().getFont(n).getName());
      assertThat(names).anyMatch(n -> n.endsWith("+LiberationMono"));
    }
  }

  /** The x of the first glyph of each text line of page {@code page} (1-based). */
  private static List<Float> lineStarts(PDDocument pdf, int page) throws IOException {
    List<Float> out = new ArrayList<>();
    PDFTextStripper s =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) out.add(positions.get(0).getXDirAdj());
          }
        };
    s.setStartPage(page);
    s.setEndPage(page);
    s.getText(pdf);
    return out;
  }
}

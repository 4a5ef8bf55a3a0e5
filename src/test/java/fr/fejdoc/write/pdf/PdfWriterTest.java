package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document of every example project, written as PDF and read back with PDFBox. */
class PdfWriterTest {

  static Stream<Examples.Example> examples() {
    return Examples.all().stream();
  }

  private static byte[] write(Examples.Example e) {
    return new PdfWriter().write(e.doc().doc(), e.resources());
  }

  @Test
  void isRegisteredAsPdf() throws IOException {
    assertThat(Writers.all()).containsKey("pdf");
    assertThat(Writers.all().get("pdf")).isInstanceOf(PdfWriter.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void parsesWithMetadataLanguageAndEmbeddedFonts(Examples.Example e) throws IOException {
    Doc doc = e.doc().doc();
    try (PDDocument pdf = Pdfs.load(write(e))) {
      assertThat(pdf.getNumberOfPages()).isPositive();
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(doc.meta().title().strip());
      assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(doc.meta().author().strip());
      assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(doc.meta().subject().strip());
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
      assertThat(pdf.getVersion()).isEqualTo(1.7f); // ISO 32000-1, as PDF/UA-1 and PDF/A-2 build on
      assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
      assertThat(xmp)
          .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A")
          .contains("<pdfuaid:part>1</pdfuaid:part>");
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
      int fonts = 0;
      for (PDPage page : pdf.getPages()) {
        for (PDFont f : fonts(page.getResources())) {
          fonts++;
          assertThat(f.isEmbedded()).as("%s embedded", f.getName()).isTrue();
          assertThat(f.getName()).matches("[A-Z]{6}\\+Liberation.*");
        }
      }
      assertThat(fonts).isPositive();
    }
  }

  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> out = new ArrayList<>();
    if (resources == null) return out;
    for (COSName name : resources.getFontNames()) out.add(resources.getFont(name));
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name)
          instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form)
        out.addAll(fonts(form.getResources()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void hasRunningHeaderPageNumbersAndBookmarks(Examples.Example e) throws IOException {
    Doc doc = e.doc().doc();
    try (PDDocument pdf = Pdfs.load(write(e))) {
      List<String> pages = Pdfs.pages(pdf);
      int n = pages.size();
      String header = Pdfs.normalise(doc.page().header());
      for (int i = 0; i < n; i++) {
        boolean cover = i == 0 && doc.page().coverPage();
        if (cover) {
          assertThat(pages.get(i)).doesNotContain(header).doesNotContain(" / " + n);
          continue;
        }
        assertThat(pages.get(i)).as("page %d", i + 1).contains(header);
        assertThat(pages.get(i)).as("page %d", i + 1).contains((i + 1) + " / " + n);
      }
      List<String> titles = Pdfs.outline(pdf).stream().map(String::strip).toList();
      List<String> expected = new ArrayList<>();
      sectionTitles(doc.blocks(), expected);
      assertThat(expected).isNotEmpty();
      assertThat(titles).containsExactlyElementsOf(expected);
    }
  }

  private static void sectionTitles(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      switch (b) {
        case Block.Section s -> {
          if (Blocks.hasHeading(s)) {
            String title = Blocks.plain(s.title()).strip();
            String number = s.number() == null ? "" : s.number().strip();
            out.add(number.isEmpty() ? title : (number + " " + title).strip());
          }
          sectionTitles(s.content(), out);
        }
        case Block.Columns c -> sectionTitles(c.content(), out);
        case Block.Beside bs -> sectionTitles(bs.content(), out);
        case Block.Box x -> sectionTitles(x.content(), out);
        default -> {}
      }
    }
  }

  @Test
  void restitutionHasTheSeedsFiguresInOrder() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "restitution-finale");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      String text = Pdfs.text(pdf);
      assertThat(text).contains("Jeunes 120 64 40 104");
      assertThat(text).contains("Nombre total de bénéficiaires 120 64 40 104");
      assertThat(text).containsPattern("Filles\\s+42");
      assertThat(text).containsPattern("Garçons\\s+62");
      assertThat(text).contains("Fonds d'Expérimentation pour la Jeunesse : 107 710 €");
      // the plan in its order
      assertThat(text)
          .containsSubsequence(
              "FICHE SYNTHÉTIQUE DU PROJET",
              "I. Rappel des objectifs",
              "II. Déroulement de l'expérimentation",
              "III. Enseignements généraux",
              "Conclusion");
      // French characters drawn from the embedded font, not as boxes
      assertThat(text).contains("œuvre", "«", "»", "€", "É");
    }
  }

  @Test
  void annexesHaveTheTablesWithTheirFigures() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "annexes");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      String text = Pdfs.text(pdf);
      assertThat(text).contains("Jeunes 120 64 40 104");
      assertThat(text).contains("2 200,64 €");
      assertThat(text).containsPattern("Filles\\s+42");
    }
  }

  @Test
  void ficheSynthetiqueIsExactlyOnePage() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "restitution-finale");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      List<String> pages = Pdfs.pages(pdf);
      int start = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("FICHE SYNTHÉTIQUE DU PROJET")) {
          start = i;
          break;
        }
      }
      assertThat(start).as("page of the fiche").isNotNegative();
      assertThat(pages.get(start))
          .contains("LE DISPOSITIF EXPÉRIMENTÉ", "LE PORTEUR DU PROJET", "L'ÉVALUATEUR DU PROJET")
          .contains("Cabinet AMNYOS");
      assertThat(pages.get(start + 1)).doesNotContain("Cabinet AMNYOS");
    }
    assertThat(PdfLayout.pagesOf(e.doc().doc(), "fiche-synthetique")).isEqualTo(1);
    PdfLayout.Measure m =
        PdfLayout.measure(e.doc().doc(), "fiche-synthetique", e.resources()).orElseThrow();
    assertThat(m.fitsOnePage()).isTrue();
    assertThat(m.overflow()).isZero();
    assertThat(m.usedHeight()).isLessThanOrEqualTo(m.pageHeight());
    assertThat(m.fields()).isEmpty(); // named only when the section overflows
  }

  @Test
  void landscapeTablesTurnTheirPagesAndBack() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "annexes");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      List<String> pages = Pdfs.pages(pdf);
      boolean sawLandscape = false;
      for (int i = 0; i < pages.size(); i++) {
        PDPage p = pdf.getPage(i);
        boolean wide = p.getMediaBox().getWidth() > p.getMediaBox().getHeight();
        boolean landscape = wide ^ (p.getRotation() % 180 == 90);
        if (pages.get(i).contains("Tableau 2 — Calendrier")
            || pages.get(i).contains("Annexe 2 Calendrier")) {
          assertThat(landscape).as("page %d", i + 1).isTrue();
          sawLandscape = true;
        }
        if (pages.get(i).contains("Annexe 3")) assertThat(landscape).isFalse();
      }
      assertThat(sawLandscape).isTrue();
    }
  }

  @Test
  void tableHeadersRepeatOnEachPage() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "restitution-finale");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      long withHeader =
          Pdfs.pages(pdf).stream()
              .map(p -> p.replaceAll("\\s+", " ")) // header cells wrap with the column widths
              .filter(p -> p.contains("Tableau 2 — Calendrier de déroulement"))
              .filter(p -> p.contains("Description synthétique de chaque action"))
              .count();
      assertThat(withHeader).as("pages of Tableau 2 with its header").isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void linksAreClickable() throws IOException {
    Examples.Example e = Examples.get("passeport-accueil-commun", "fiche-experience");
    try (PDDocument pdf = Pdfs.load(write(e))) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u)
            uris.add(u.getURI());
        }
      }
      assertThat(uris).contains("http://www.mlmidipy.org");
      assertThat(uris).anyMatch(u -> u.startsWith("mailto:"));
    }
  }

  @Test
  void footnotesAreNumberedAndPlacedAfterTheirSection() throws IOException {
    Doc doc =
        new Doc(
            new Doc.Meta("Notes", "Porteur", "Sujet", List.of(), "fr"),
            new Doc.Page(false, null, "page {page} / {pages}", false),
            List.of(
                section(
                    "a",
                    "Partie A",
                    para(
                        text("Un appel"),
                        new Inline.Note(List.of(para(text("Source : CESER.")))),
                        text(" puis un autre"),
                        new Inline.Note(List.of(para(text("Voir l'annexe."))))),
                    para(text("Fin de la partie A."))),
                section("b", "Partie B", para(text("Texte de B.")))));
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(doc, Resources.NONE))) {
      String text = Pdfs.text(pdf);
      assertThat(text)
          .containsSubsequence(
              "Un appel1 puis un autre2",
              "Fin de la partie A.",
              "1. Source : CESER.",
              "2. Voir l'annexe.",
              "Partie B");
    }
  }

  @Test
  void twoWritesGiveTheSameBytesAndParallelWritesToo() throws Exception {
    List<Examples.Example> all = Examples.all();
    List<byte[]> first = new ArrayList<>();
    for (Examples.Example e : all) first.add(write(e));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> again = new ArrayList<>();
      for (Examples.Example e : all) again.add(pool.submit(() -> write(e)));
      for (int i = 0; i < all.size(); i++) {
        assertThat(again.get(i).get()).as("%s", all.get(i)).isEqualTo(first.get(i));
      }
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < all.size(); i++) {
      assertThat(write(all.get(i))).as("%s", all.get(i)).isEqualTo(first.get(i));
    }
  }

  @Test
  void datesComeFromSourceDateEpochNeverFromTheClock() throws IOException {
    Examples.Example e = Examples.get("AP1_140", "note-etape");
    String saved = System.getProperty(Determinism.PROPERTY);
    try {
      System.clearProperty(Determinism.PROPERTY);
      byte[] byDefault = write(e);
      if (System.getenv(Determinism.ENV) == null) {
        try (PDDocument pdf = Pdfs.load(byDefault)) {
          Calendar c = pdf.getDocumentInformation().getCreationDate();
          c.setTimeZone(TimeZone.getTimeZone("UTC"));
          assertThat(c.getTimeInMillis()).isEqualTo(Determinism.DEFAULT_EPOCH * 1000);
        }
      }
      System.setProperty(Determinism.PROPERTY, "1262304000"); // 2010-01-01T00:00:00Z
      byte[] dated = write(e);
      try (PDDocument pdf = Pdfs.load(dated)) {
        assertThat(pdf.getDocumentInformation().getCreationDate().getTimeInMillis())
            .isEqualTo(1_262_304_000_000L);
        assertThat(pdf.getDocumentInformation().getModificationDate().getTimeInMillis())
            .isEqualTo(1_262_304_000_000L);
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
        assertThat(xmp).contains("2010-01-01T00:00:00Z");
      }
      assertThat(write(e)).isEqualTo(dated);
    } finally {
      if (saved == null) System.clearProperty(Determinism.PROPERTY);
      else System.setProperty(Determinism.PROPERTY, saved);
    }
  }

  @Test
  void frenchCharactersComeFromTheEmbeddedFont() throws IOException {
    String chars = "œŒÉÈÀÇ«»€’…–—°\u202F\u00A0";
    for (char c : chars.toCharArray()) {
      assertThat(Fonts.REGULAR.charExists(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Fonts.BOLD.charExists(c)).as("U+%04X bold", (int) c).isTrue();
      assertThat(Fonts.ITALIC.charExists(c)).as("U+%04X italic", (int) c).isTrue();
    }
    Doc doc =
        new Doc(
            new Doc.Meta("Caractères", "Porteur", "", List.of(), "fr"),
            new Doc.Page(false, null, null, false),
            List.of(para(text("Œuvre « cœur » : 2\u202F200,64\u00A0€ — É."))));
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(doc, Resources.NONE))) {
      String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(raw).contains("Œuvre", "« cœur »", "2\u202F200,64", "€", "É.");
    }
  }

  @Test
  void anEmptyTreeIsAOnePagePdf() throws IOException {
    Doc doc = new Doc(null, null, List.of());
    try (PDDocument pdf = Pdfs.load(new PdfWriter().write(doc, Resources.NONE))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Document");
    }
  }

  // ---------------------------------------------------------------- tree helpers

  static Block.Section section(String id, String title, Block... content) {
    return new Block.Section(id, "", List.of(text(title)), 1, List.of(content));
  }

  static Block.Para para(Inline... content) {
    return new Block.Para(List.of(content));
  }

  static Inline.Text text(String s) {
    return new Inline.Text(s);
  }
}

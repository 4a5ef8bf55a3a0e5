package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.Main;
import fr.fejdoc.write.pdf.PdfAConformanceTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The printed edition: catalogue.pdf and catalogue.docx, part of the site written in one go. */
class PrintedEditionTest {
  @TempDir static Path tmp;

  static List<CatalogueEntry> entries;
  static Map<String, byte[]> files;

  @BeforeAll
  static void build() throws IOException {
    entries = CatalogueFixtures.entries(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    files = PrintedEdition.files(entries);
  }

  @Test
  void pdfIsPdfUaAndPdfA2a() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    PdfAConformanceTest.assertPdfA("catalogue.pdf", files.get("catalogue.pdf"));
  }

  @Test
  void pdfHasCoverSummaryAndOnePagePerExperiment() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(files.get("catalogue.pdf"))) {
      List<String> pages = pages(pdf, false);
      assertThat(pages.get(0))
          .contains("Catalogue des expérimentations du Fonds d'Expérimentation pour la Jeunesse")
          .contains("4 expérimentations")
          .contains("Données à jour en janvier 2011");
      String summary = pages.get(1);
      assertThat(summary).contains("Tableau récapitulatif");
      String row = line(summary, "AP1_027");
      assertThat(row).contains("120 / 104 (87 %)").contains("107 710 €").contains("(49 %)");
      // each experiment opens a page, whose text begins with its title
      for (CatalogueEntry e : entries) {
        String title = norm(e.displayTitle());
        assertThat(pages(pdf, true)).as(title).filteredOn(p -> p.startsWith(title)).hasSize(1);
      }
      assertThat(String.join("\n", pages))
          .contains("Note d'étape — non publiée")
          .doesNotContain("Note d'étape au 31 décembre 2010 — non publiée")
          .doesNotContain(".html");
      var box = pdf.getPage(1).getMediaBox();
      boolean turned = pdf.getPage(1).getRotation() % 180 != 0;
      assertThat(turned ? box.getHeight() : box.getWidth())
          .as("landscape summary")
          .isGreaterThan(turned ? box.getWidth() : box.getHeight());
    }
  }

  /**
   * The financing rows name their category in the registry's short wording; the funders follow
   * every category but the FEJ's (whose row is the fund itself).
   */
  @Test
  void financingRowsNameTheCategoryAndTheOtherFunders() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(files.get("catalogue.pdf"))) {
      String all = String.join(" ", pages(pdf, false));
      assertThat(all)
          .contains(
              "Cofinancements (Région Pays de la Loire (financement Mission Locale), DIRECCTE)")
          .contains("Autofinancement (Chambre de Métiers")
          .contains("Fonds d'Expérimentation pour la Jeunesse 107 710 €")
          .doesNotContain("Jeunesse (Fonds d'Expérimentation");
    }
  }

  @Test
  void docxHasHeadingsAndTheSummaryFigures() throws IOException {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(files.get("catalogue.docx")))) {
      List<String> headings = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getStyleID() != null && p.getStyleID().startsWith("Heading"))
          headings.add(norm(p.getText()));
      }
      for (CatalogueEntry e : entries) assertThat(headings).contains(norm(e.displayTitle()));
      XWPFTable summary = doc.getTables().get(0);
      String row = null;
      for (XWPFTableRow r : summary.getRows()) {
        if (r.getCell(0).getText().equals("AP1_027")) row = norm(rowText(r));
      }
      assertThat(row)
          .isNotNull()
          .contains("120 / 104 (87 %)")
          .contains("107 710 €")
          .contains("(49 %)");
    }
  }

  @Test
  void projectInErrorHasItsErrorCountAndNoFigures() throws IOException {
    Path projects = tmp.resolve("broken");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_027"), projects.resolve("AP1_027"));
    Path yaml = projects.resolve("AP1_027/experiment.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("filles: {entre: 42}", "filles: {entre: 41}"));
    List<CatalogueEntry> broken = CatalogueFixtures.entries(projects, tmp.resolve("none"));
    assertThat(broken.get(0).verified()).isFalse();
    try (PDDocument pdf = Loader.loadPDF(PrintedEdition.files(broken).get("catalogue.pdf"))) {
      String text = String.join("\n", pages(pdf, false));
      assertThat(text).contains("Chiffres non publiés").contains("1 erreur");
      assertThat(text).doesNotContain("107 710");
    }
  }

  @Test
  void withoutDatedDocumentsTheDateComesFromSourceDateEpochNeverTheClock() throws IOException {
    System.setProperty("fejdoc.sourceDateEpoch", "1293753600");
    try {
      assertThat(PrintedEdition.dataDate(List.of())).isEqualTo("Édition du 31 décembre 2010");
      try (PDDocument pdf = Loader.loadPDF(PrintedEdition.files(List.of()).get("catalogue.pdf"))) {
        assertThat(pages(pdf, false).get(0))
            .contains("0 expérimentation")
            .contains("Édition du 31 décembre 2010");
      }
    } finally {
      System.clearProperty("fejdoc.sourceDateEpoch");
    }
    assertThat(PrintedEdition.dataDate(entries)).isEqualTo("Données à jour en janvier 2011");
  }

  @Test
  void sameEntriesGiveTheSameBytes() {
    Map<String, byte[]> again = PrintedEdition.files(entries);
    assertThat(again.keySet()).containsExactly("catalogue.docx", "catalogue.odt", "catalogue.pdf");
    for (String name : again.keySet()) assertThat(again.get(name)).isEqualTo(files.get(name));
  }

  @Test
  void theCommandPublishesThemWithTheSite() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp.resolve("command"));
    Path site = output.resolve("catalogue");
    assertThat(Main.run("catalogue", PROJECTS.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(0);
    // the command publishes every project of the folder, the complete example included
    Map<String, byte[]> expected =
        PrintedEdition.files(CatalogueFixtures.allEntries(PROJECTS, output));
    assertThat(Files.readAllBytes(site.resolve("catalogue.pdf")))
        .isEqualTo(expected.get("catalogue.pdf"));
    assertThat(Files.readAllBytes(site.resolve("catalogue.docx")))
        .isEqualTo(expected.get("catalogue.docx"));
  }

  @Test
  void aLongCatalogueIsPrintedInVolumesEachWithItsOwnExperimentsAndTheWholeCount()
      throws IOException {
    String before = System.getProperty("fejdoc.catalogue.tome");
    System.setProperty("fejdoc.catalogue.tome", "3");
    try {
      Map<String, byte[]> volumes = PrintedEdition.files(entries);
      assertThat(volumes.keySet())
          .containsExactly(
              "catalogue-1.docx",
              "catalogue-1.odt",
              "catalogue-1.pdf",
              "catalogue-2.docx",
              "catalogue-2.odt",
              "catalogue-2.pdf");
      List<String> all = new ArrayList<>();
      for (int v = 1; v <= 2; v++) {
        try (PDDocument pdf = Loader.loadPDF(volumes.get("catalogue-" + v + ".pdf"))) {
          List<String> pages = pages(pdf, false);
          // the cover gives the whole catalogue's count, and this volume's place and range
          assertThat(pages.get(0)).contains("4 expérimentations", "Tome " + v + " sur 2");
          String text = String.join(" ", pages);
          for (CatalogueEntry e : entries)
            if (text.contains(norm(e.displayTitle()))) all.add(e.project());
        }
      }
      // every experiment in exactly one volume, in the catalogue's order
      assertThat(all)
          .containsExactlyElementsOf(entries.stream().map(CatalogueEntry::project).toList());
      try (XWPFDocument docx =
          new XWPFDocument(new ByteArrayInputStream(volumes.get("catalogue-2.docx")))) {
        assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText).toList())
            .anyMatch(t -> norm(t).contains("Tome 2 sur 2 — 1 expérimentation : dossier"));
      }
      // the site's pages link each volume
      CatalogueSite site = new CatalogueSite(entries, "../");
      String index =
          new String(site.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(index)
          .contains("tome 1 (", "href=\"catalogue-1.pdf\"", "href=\"catalogue-2.docx\"")
          .doesNotContain("href=\"catalogue.pdf\"");
      assertThat(site.files()).containsKeys("catalogue-1.pdf", "catalogue-2.pdf");
    } finally {
      if (before == null) System.clearProperty("fejdoc.catalogue.tome");
      else System.setProperty("fejdoc.catalogue.tome", before);
    }
  }

  /** Each page's text on one line; {@code sorted}: in reading order rather than drawing order. */
  private static List<String> pages(PDDocument doc, boolean sorted) throws IOException {
    List<String> out = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(sorted);
    for (int i = 1; i <= doc.getNumberOfPages(); i++) {
      s.setStartPage(i);
      s.setEndPage(i);
      out.add(norm(s.getText(doc)).strip().replace('\n', ' '));
    }
    return out;
  }

  /** The text from {@code key} up to the next dossier number: a row of the summary table. */
  private static String line(String text, String key) {
    int at = text.indexOf(key);
    assertThat(at).as(key).isGreaterThanOrEqualTo(0);
    int end = text.indexOf("AP1_", at + key.length());
    return text.substring(at, end < 0 ? text.length() : end);
  }

  private static String rowText(XWPFTableRow r) {
    StringBuilder b = new StringBuilder();
    r.getTableCells().forEach(c -> b.append(c.getText()).append(" | "));
    return b.toString();
  }

  private static String norm(String s) {
    return s.replace('\u202F', ' ')
        .replace('\u00A0', ' ')
        .replace('\u2019', '\'')
        .replaceAll("[ \\t]+", " ")
        .replaceAll(" *\\r?\\n *", "\n");
  }
}

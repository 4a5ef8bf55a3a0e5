package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.ProjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A project with errors still gets its documents, as drafts: every page of every format marked
 * "BROUILLON — non conforme — N erreurs", its findings listed at the end, exit code 1, no stamp,
 * never linked by the catalogue; a later clean build leaves no draft behind. Everything is read
 * back from the files written (PDFBox, POI, the HTML text).
 */
class DraftBuildTest {
  @TempDir Path in;
  @TempDir Path out;

  /** Markup in a heading that matches no part of the form: its finding (FEJ041) quotes it. */
  private static final String HOSTILE_HEADING = "\n# <script>alert(1)</script>\n\nTexte.\n";

  /**
   * AP1_027 copied into {@code root}, with a realised error (FEJ106) and a hostile heading
   * (FEJ041).
   */
  private static Path ap1027WithErrors(Path root) throws IOException {
    Path dir = TestProjects.ap1027WithAnError(root);
    Path note = dir.resolve("restitution-finale.md");
    Files.writeString(note, Files.readString(note) + HOSTILE_HEADING);
    return dir;
  }

  private static void fix(Path dir) throws IOException {
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    Files.writeString(yaml, text.replace(TestProjects.GIRLS_WRONG, TestProjects.GIRLS));
    Path note = dir.resolve("restitution-finale.md");
    Files.writeString(note, Files.readString(note).replace(HOSTILE_HEADING, ""));
  }

  private static long errors(Path dir) {
    return fr.fejdoc.write.LayoutRule.checker().check(dir, dir.toString()).count(Severity.ERROR);
  }

  private static String mark(long errors) {
    return "BROUILLON — non conforme — " + errors + (errors > 1 ? " erreurs" : " erreur");
  }

  @Test
  void aProjectWithErrorsGetsDraftsInEveryFormatThatTheCatalogueNeverLinks() throws Exception {
    Path root = in.resolve("projets");
    Path project = ap1027WithErrors(root);
    copy(Path.of("projects/AP1_140"), root.resolve("AP1_140"));
    long errors = errors(project);
    assertThat(errors).isGreaterThanOrEqualTo(2); // FEJ106 and FEJ041 at least
    String mark = mark(errors);

    // the clean project beside it, in HTML only (the catalogue links what a stamp lists)
    assertThat(
            quietly(
                new ByteArrayOutputStream(),
                "build",
                "-q",
                "--format",
                "html",
                "--out",
                out.toString(),
                root.resolve("AP1_140").toString()))
        .isZero();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code = quietly(console, "build", "--out", out.toString(), project.toString());
    assertThat(code).isEqualTo(1); // a draft is not a document: the project is still in error
    String said = console.toString(StandardCharsets.UTF_8);
    assertThat(said).contains("brouillon").contains("BROUILLON — non conforme");

    Path docs = out.resolve("AP1_027");
    assertThat(docs.resolve(ProjectWriter.STAMP)).doesNotExist();
    List<String> written = names(docs);
    assertThat(written)
        .contains(
            "restitution-finale.html",
            "restitution-finale.pdf",
            "restitution-finale.docx",
            "annexes.html",
            "annexes.pdf",
            "annexes.docx",
            "annexes.xlsx",
            "restitution-finale.odt",
            "annexes.odt");
    assertThat(Files.readAllLines(docs.resolve(ProjectWriter.DRAFTS)))
        .containsAll(written.stream().filter(n -> !n.startsWith(".")).toList());

    for (String name : written) {
      Path f = docs.resolve(name);
      if (name.endsWith(".pdf")) assertPdfDraft(f, mark);
      if (name.endsWith(".docx")) assertDocxDraft(f, mark);
      if (name.endsWith(".odt")) assertOdtDraft(f, mark);
      if (name.endsWith(".xlsx")) assertXlsxDraft(f, mark);
      if (name.endsWith(".html")) assertHtmlDraft(f, mark);
    }

    // the catalogue, run on its own afterwards: the project is listed in error, nothing linked
    int catalogue =
        quietly(
            new ByteArrayOutputStream(),
            "catalogue",
            "--out",
            out.resolve("catalogue").toString(),
            "--documents",
            out.toString(),
            root.toString());
    assertThat(catalogue).isEqualTo(1);
    assertThat(docs.resolve(ProjectWriter.STAMP)).doesNotExist(); // not rebuilt either
    String page = Files.readString(out.resolve("catalogue/experiences/AP1_027.html"));
    String index = Files.readString(out.resolve("catalogue/index.html"));
    for (String site : List.of(page, index)) {
      assertThat(site).doesNotContainPattern("href=\"[^\"]*AP1_027/(restitution-finale|annexes)");
    }
    assertThat(page).containsPattern(errors + "[ \u00A0\u202F]erreurs");
    // the clean project beside it is linked: the test can tell a link when there is one
    assertThat(Files.readString(out.resolve("catalogue/experiences/AP1_140.html")))
        .containsPattern("href=\"[^\"]*AP1_140/note-etape-2010-12-31.html");
  }

  @Test
  void aLaterCleanBuildReplacesOrRemovesEveryDraftAndMarksNothing() throws Exception {
    Path project = ap1027WithErrors(in);
    assertThat(
            quietly(
                new ByteArrayOutputStream(),
                "build",
                "-q",
                "--out",
                out.toString(),
                project.toString()))
        .isEqualTo(1);
    Path docs = out.resolve("AP1_027");
    assertThat(docs.resolve("restitution-finale.docx")).isRegularFile();
    assertThat(docs.resolve("annexes.xlsx")).isRegularFile();

    fix(project);
    assertThat(errors(project)).isZero();
    // only two formats this time: the drafts of the others must not stay behind
    assertThat(
            quietly(
                new ByteArrayOutputStream(),
                "build",
                "-q",
                "--format",
                "pdf,html",
                "--out",
                out.toString(),
                project.toString()))
        .isZero();
    assertThat(docs.resolve("restitution-finale.docx")).doesNotExist();
    assertThat(docs.resolve("annexes.xlsx")).doesNotExist();
    assertThat(docs.resolve(ProjectWriter.DRAFTS)).doesNotExist();
    assertThat(docs.resolve(ProjectWriter.STAMP)).isRegularFile();

    // every format, clean: no mark anywhere (read the same way the drafts are read)
    assertThat(
            quietly(
                new ByteArrayOutputStream(),
                "build",
                "-q",
                "--out",
                out.toString(),
                project.toString()))
        .isZero();
    List<String> written = names(docs).stream().filter(n -> !n.startsWith(".")).toList();
    assertThat(written).contains("restitution-finale.docx", "annexes.xlsx", "annexes.pdf");
    for (String name : written) {
      Path f = docs.resolve(name);
      String text =
          name.endsWith(".pdf")
              ? String.join("\n", pdfPages(f))
              : name.endsWith(".docx")
                  ? String.join("\n", docxSectionHeaders(f)) + docxBody(f)
                  : name.endsWith(".xlsx")
                      ? String.join("\n", xlsxHeadersAndSheets(f))
                      : name.endsWith(".html")
                          ? body(Files.readString(f))
                          : name.endsWith(".odt") || name.endsWith(".ods") ? odfText(f) : "";
      assertThat(text).as(name).isNotBlank();
      assertThat(text).as(name).doesNotContain("BROUILLON", "Constats à corriger", "draft-mark");
    }
  }

  // ---------------------------------------------------------------- reading back

  /** The text of an ODF package's content and styles (headers), tags left out. */
  private static String odfText(Path f) throws IOException {
    StringBuilder b = new StringBuilder();
    try (var zip = new java.util.zip.ZipFile(f.toFile())) {
      for (String part : List.of("content.xml", "styles.xml")) {
        var e = zip.getEntry(part);
        if (e == null) continue;
        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        b.append(xml.replaceAll("<[^>]*>", " ")).append('\n');
      }
    }
    return b.toString();
  }

  private static void assertPdfDraft(Path f, String mark) throws IOException {
    List<String> pages = pdfPages(f);
    assertThat(pages).as(f.toString()).isNotEmpty();
    for (int i = 0; i < pages.size(); i++)
      assertThat(pages.get(i)).as(f + " page " + (i + 1)).contains(mark);
    String last = pages.get(pages.size() - 1);
    assertThat(String.join("\n", pages))
        .contains("Constats à corriger")
        .contains("FEJ106")
        .contains("FEJ041");
    assertThat(last).contains("Constats à corriger");
  }

  private static void assertDocxDraft(Path f, String mark) throws IOException {
    List<String> headers = docxSectionHeaders(f);
    assertThat(headers).as(f.toString()).isNotEmpty();
    for (String h : headers) assertThat(h).as(f + " section header").contains(mark);
    assertThat(docxBody(f)).contains("Constats à corriger").contains("FEJ106");
  }

  /** Every page style of the ODT heads its header with the mark; the findings close the text. */
  private static void assertOdtDraft(Path f, String mark) throws IOException {
    String styles = odtPart(f, "styles.xml");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<style:master-page .*?</style:master-page>")
            .matcher(styles);
    int pages = 0;
    while (m.find()) {
      pages++;
      assertThat(m.group()).as(f + " page style").contains(">" + mark + "<");
    }
    assertThat(pages).as(f + " page styles").isPositive();
    assertThat(odtPart(f, "content.xml")).contains("Constats à corriger").contains("FEJ106");
  }

  /** The text of one part of an ODT (XML as written). */
  private static String odtPart(Path f, String part) throws IOException {
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
      var e = z.getEntry(part);
      assertThat(e).as(f + " " + part).isNotNull();
      return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertXlsxDraft(Path f, String mark) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
      assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        assertThat(s.getHeader().getCenter()).as(s.getSheetName()).contains(mark);
        assertThat(s.getRow(2).getCell(0).getStringCellValue())
            .as(s.getSheetName())
            .isEqualTo(mark);
      }
      XSSFSheet findings = wb.getSheet("Constats");
      assertThat(findings).isNotNull();
      StringBuilder all = new StringBuilder();
      findings.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
      assertThat(all).contains("FEJ106").contains("<script>alert(1)</script>");
    }
  }

  private static void assertHtmlDraft(Path f, String mark) throws IOException {
    String html = Files.readString(f);
    assertThat(html)
        .contains("<body class=\"draft\">")
        .contains("<div class=\"draft-mark\" role=\"note\" aria-label=\"" + mark + "\">" + mark)
        .contains("Constats à corriger")
        .contains("FEJ106")
        // the hostile key is shown, escaped, never as markup
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    // print: the band is fixed, so a browser repeats it on every printed page
    assertThat(html).containsPattern("\\.draft-mark \\{[^}]*position: fixed");
  }

  /** An HTML document without its head (its style sheet names the draft classes). */
  private static String body(String html) {
    assertThat(html).contains("</head>");
    return html.substring(html.indexOf("</head>"));
  }

  private static List<String> pdfPages(Path f) throws IOException {
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(f))) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper s = new PDFTextStripper();
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        s.setStartPage(i);
        s.setEndPage(i);
        pages.add(s.getText(d).replace('\u00A0', ' ').replace('\u202F', ' '));
      }
      return pages;
    }
  }

  /** The text of every header each section of the document refers to, one entry per reference. */
  private static List<String> docxSectionHeaders(Path f) throws IOException {
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(f))) {
      List<CTSectPr> sections = new ArrayList<>();
      for (CTP p : d.getDocument().getBody().getPList())
        if (p.isSetPPr() && p.getPPr().isSetSectPr()) sections.add(p.getPPr().getSectPr());
      sections.add(d.getDocument().getBody().getSectPr());
      List<String> out = new ArrayList<>();
      for (CTSectPr s : sections) {
        assertThat(s.getHeaderReferenceList()).as("a header in every section").isNotEmpty();
        for (CTHdrFtrRef ref : s.getHeaderReferenceList())
          out.add(((XWPFHeader) d.getRelationById(ref.getId())).getText());
      }
      return out;
    }
  }

  private static String docxBody(Path f) throws IOException {
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(f));
        var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      return x.getText();
    }
  }

  private static List<String> xlsxHeadersAndSheets(Path f) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        out.add(s.getSheetName());
        out.add(s.getHeader().getLeft() + s.getHeader().getCenter() + s.getHeader().getRight());
        s.forEach(r -> r.forEach(c -> out.add(c.toString())));
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  /** Runs the command line with its standard output captured into {@code console}. */
  private static int quietly(ByteArrayOutputStream console, String... args) {
    PrintStream before = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setOut(before);
    }
  }
}

package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.Main;
import fr.fejdoc.text.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or private input in the catalogue: what a certificate withholds appears in no file of the
 * site nor of the output folder; spreadsheet formulas are neutralised in experiences.csv; control
 * characters break no printed file.
 */
class HostileCatalogueTest {

  // ---- markers planted in what must never be published ----

  /** AP1_501: every document has publication: false (and no error). */
  static final List<String> ALL_WITHHELD =
      List.of(
          "qxsynobjk",
          "qxsynpubk",
          "qxsyndesk",
          "qxsynterk",
          "qxsynvalk",
          "qxrftextk",
          "qxrfheadk",
          "qxsignatairek",
          "qxlieuk",
          "qxnotetextk",
          "qxnoteheadk",
          "qxfichetitrek",
          "qxfichetextk",
          "qxficheheadk",
          "2031-07",
          "juillet 2031",
          "2031-08-09",
          "9 août 2031",
          "2032-03-17",
          "17 mars 2032",
          "2032-03",
          "mars 2032",
          "2033-05",
          "mai 2033");

  /** AP1_502: only its note d'étape has publication: false. */
  static final List<String> ONE_WITHHELD =
      List.of(
          "qxlonetextk",
          "qxloneheadk",
          "2034-04-28",
          "28 avril 2034",
          "2034-04",
          "avril 2034",
          "note-etape-2034");

  /** AP1_503: unpublished documents with errors whose findings quote them. */
  static final List<String> IN_ERROR_WITHHELD =
      List.of(
          "qxerrsynk",
          "qxerrkeyk",
          "qxerrsynobjk",
          "qxerrsyndesk",
          "qxerrheadk",
          "qxerrimgk",
          "qxerrtextk",
          "qxnonheadk",
          "qxnontextk",
          "2035-06-30",
          "30 juin 2035");

  /** Published in AP1_502: shown, so that the scan is known to see what it looks for. */
  static final String PUBLISHED_SYNTHESIS = "qxpubsynobjk";

  static final String PUBLISHED_TEXT = "qxpubtextk";

  static String experiment(String dossier, String synthesisPrefix) throws IOException {
    String yaml =
        Files.readString(PROJECTS.resolve("AP1_027/experiment.yaml"))
            .replace("dossier: AP1_027", "dossier: " + dossier);
    for (String[] key :
        new String[][] {
          {"objectifs", "obj"},
          {"public_cible", "pub"},
          {"descriptif", "des"},
          {"territoires", "ter"},
          {"valeur_ajoutee", "val"}
        }) {
      String field = "  " + key[0] + ": >\n    ";
      assertThat(yaml).contains(field);
      yaml = yaml.replace(field, field + synthesisPrefix + key[1] + "k ");
    }
    return yaml;
  }

  static String restitution(String frontMatter, String textMarker, String tail) throws IOException {
    String md = Files.readString(PROJECTS.resolve("AP1_027/restitution-finale.md"));
    md =
        md.replace(
            "document: restitution_finale\n", "document: restitution_finale\n" + frontMatter);
    String objectives = "# Objectifs de l'expérimentation\n\n";
    assertThat(md).contains(objectives);
    return md.replace(objectives, objectives + textMarker + " ") + tail;
  }

  static String note(String date, String certificate, String text, String heading) {
    return "---\ndocument: note_etape\nau: "
        + date
        + "\ncertificat:\n  signataire: M. Jean Test\n"
        + certificate
        + "---\n\n# Rappel des objectifs de l'expérimentation et du public cible\n\n"
        + text
        + " et les objectifs.\n\n### "
        + heading
        + " du public\n\nLe public.\n\n# Modalités opérationnelles et état d'avancement\n\n"
        + "Les modalités.\n";
  }

  static String sheet(String certificate) throws IOException {
    String md = Files.readString(PROJECTS.resolve("passeport-accueil-commun/fiche-experience.md"));
    md = md.replace("titre: Un passeport pour l'insertion des jeunes", "titre: Qxfichetitrek");
    md = md.replace("date: 2011-01\n", "date: 2033-05\n" + certificate);
    md = md.replace("# La genèse de l'action\n", "# La genèse de l'action\n\nQxfichetextk.\n");
    md = md.replace("### Un besoin ancien", "### Qxficheheadk ancien");
    return md;
  }

  static final String WITHHELD =
      "certificat:\n  signataire: M. Qxsignatairek\n  lieu: Qxlieuk\n  date: 2031-08-09\n"
          + "  publication: false\n";

  /** The three projects: AP1_501, AP1_502 and AP1_503. */
  static Path projects(Path root) throws IOException {
    Path projects = root.resolve("projects");

    Path all = Files.createDirectories(projects.resolve("AP1_501"));
    Files.writeString(all.resolve("experiment.yaml"), experiment("AP1_501", "qxsyn"));
    Files.writeString(
        all.resolve("restitution-finale.md"),
        restitution(
            "date_remise: 2031-07\n" + WITHHELD,
            "Qxrftextk",
            "\n### Qxrfheadk et suite\n\nSuite.\n"));
    Files.writeString(
        all.resolve("note-etape-2032-03-17.md"),
        note("2032-03-17", "  publication: false\n", "Qxnotetextk", "Qxnoteheadk"));
    Files.writeString(
        all.resolve("fiche-experience.md"),
        sheet("certificat:\n  signataire: M. Jean Test\n  publication: false\n"));

    Path one = Files.createDirectories(projects.resolve("AP1_502"));
    Files.writeString(one.resolve("experiment.yaml"), experiment("AP1_502", "qxpubsyn"));
    Files.writeString(one.resolve("restitution-finale.md"), restitution("", "Qxpubtextk", ""));
    Files.writeString(
        one.resolve("note-etape-2034-04-28.md"),
        note("2034-04-28", "  publication: false\n", "Qxlonetextk", "Qxloneheadk"));

    Path broken = Files.createDirectories(projects.resolve("AP1_503"));
    Files.writeString(
        broken.resolve("experiment.yaml"),
        experiment("AP1_503", "qxerrsyn")
            .replace("  objectifs: >\n", "  objectifs: >\n    ![schéma](images/qxerrsynk.png)\n")
            .replace("synthese:\n", "synthese:\n  qxerrkeyk: clé inconnue\n"));
    Files.writeString(
        broken.resolve("restitution-finale.md"),
        restitution(
            "date_remise: 2035-06\ncertificat:\n  signataire: M. Test\n  date: 2035-06-30\n"
                + "  publication: false\n",
            "Qxerrtextk ![plan](images/qxerrimgk.png)",
            "\n# Qxerrheadk inconnue\n\nTexte.\n"));
    // a consent that cannot be read is no consent
    Files.writeString(
        broken.resolve("note-etape-2010-12-31.md"),
        note("2010-12-31", "  publication: peut-être\n", "Qxnontextk", "Qxnonheadk"));
    return projects;
  }

  // ---- reading every file as a person or a program would ----

  /**
   * The text of every file under {@code dir}: PDF, DOCX and XLSX as their text, others as UTF-8.
   */
  static Map<String, String> texts(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        out.put(name, text(name, Files.readAllBytes(p)));
      }
    }
    return out;
  }

  static String text(String name, byte[] bytes) throws IOException {
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (name.endsWith(".docx")) {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
          XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        return x.getText();
      }
    }
    if (name.endsWith(".odt") || name.endsWith(".ods")) {
      // the XML parts as written (an XML parser would refuse a character XML cannot hold)
      StringBuilder b = new StringBuilder();
      try (java.util.zip.ZipInputStream zip =
          new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry())
          if (e.getName().endsWith(".xml"))
            b.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
      return b.toString();
    }
    if (name.endsWith(".xlsx")) {
      StringBuilder b = new StringBuilder();
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        for (var sheet : wb) {
          b.append(sheet.getSheetName()).append('\n');
          for (Row r : sheet) for (Cell c : r) b.append(c.toString()).append('\t');
        }
        var props = wb.getProperties().getCoreProperties();
        b.append(props.getTitle()).append(props.getSubject()).append(props.getKeywords());
      }
      return b.toString();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The markers found in {@code files}, as "file: marker" (spaces and hyphenation ignored). */
  static List<String> found(Map<String, String> files, List<String> markers) {
    List<String> out = new ArrayList<>();
    for (var f : files.entrySet()) {
      String spaced = f.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0\u202f]+", " ");
      String compact = spaced.replaceAll("-? ", "");
      for (String m : markers) {
        String lower = m.toLowerCase(Locale.ROOT);
        if (spaced.contains(lower) || compact.contains(lower.replace(" ", "")))
          out.add(f.getKey() + ": " + m);
      }
    }
    return out;
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Unpublished {
    Path output;
    Map<String, String> site;
    int exit;

    @BeforeAll
    void build(@TempDir Path tmp) throws IOException {
      Path projects = projects(tmp);
      output = tmp.resolve("output");
      exit =
          Main.run(
              "build",
              projects.toString(),
              "--out",
              output.toString(),
              "--format",
              "html,xlsx",
              "--base-url",
              "https://fej.example.fr/catalogue/",
              "-q");
      site = texts(output.resolve("catalogue"));
    }

    @Test
    void theSiteHasEveryKindOfFile() {
      assertThat(exit).as("AP1_503 is in error").isEqualTo(1);
      assertThat(site)
          .containsKeys(
              "index.html",
              "experiences/AP1_501.html",
              "experiences/AP1_502.html",
              "experiences/AP1_503.html",
              "experiences.csv",
              "experiences.json",
              "experiences.xlsx",
              "datapackage.json",
              CatalogueData.SCHEMA,
              "catalogue-recherche.js",
              "catalogue-comparaison.js",
              "comparer.html",
              "graphiques.html",
              "sitemap.xml",
              "catalogue.pdf",
              "catalogue.docx");
    }

    @Test
    void noFileOfTheSiteHoldsAnythingWithheld() {
      List<String> all = new ArrayList<>(ALL_WITHHELD);
      all.addAll(ONE_WITHHELD);
      all.addAll(IN_ERROR_WITHHELD);
      assertThat(found(site, all)).isEmpty();
      // the scan sees what is published: AP1_502's fiche synthétique and narrative
      assertThat(found(site, List.of(PUBLISHED_SYNTHESIS)))
          .contains(
              "experiences/AP1_502.html: " + PUBLISHED_SYNTHESIS,
              "catalogue-comparaison.js: " + PUBLISHED_SYNTHESIS,
              "catalogue.pdf: " + PUBLISHED_SYNTHESIS,
              "catalogue.docx: " + PUBLISHED_SYNTHESIS);
      assertThat(site.get("catalogue-recherche.js")).contains(PUBLISHED_TEXT);
    }

    @Test
    void unpublishedDocumentsAreSaidByTheirKindOnly() {
      String page = site.get("experiences/AP1_501.html");
      assertThat(page)
          .contains("Note d&#39;étape <span class=\"unpublished\">non publiée</span>")
          .contains("Fiche d&#39;expérience <span class=\"unpublished\">non publiée</span>")
          .doesNotContain("Fiche synthétique")
          .doesNotContain("href=\"../../AP1_501/");
      Map<String, String> row =
          CatalogueFixtures.csvByProject(site.get("experiences.csv")).get("AP1_501");
      assertThat(row.get("documents")).isEmpty();
      assertThat(row.get("documents_non_publies"))
          .isEqualTo("fiche-experience ; note-etape ; restitution-finale ; annexes");
      // AP1_502: its restitution and annexes are linked, its note only named
      String one = site.get("experiences/AP1_502.html");
      assertThat(one)
          .contains("href=\"../../AP1_502/restitution-finale.html\"")
          .contains("href=\"../../AP1_502/annexes.xlsx\"")
          .contains("Note d&#39;étape <span class=\"unpublished\">non publiée</span>")
          .contains("Fiche synthétique");
    }

    @Test
    void findingsInWithheldPartsAreCountedNotQuoted() {
      String page = site.get("experiences/AP1_503.html");
      // the unknown heading (FEJ041) and the missing images (FEJ044) are counted, not quoted
      assertThat(page)
          .contains("FEJ041")
          .contains("FEJ044")
          .contains("Note de restitution finale non publiée")
          .contains("Fiche synthétique non publiée")
          .contains("dans une partie non publiée");
    }

    @Test
    void unpublishedDocumentsAreNotWritten() throws IOException {
      assertThat(names(output.resolve("AP1_501"))).doesNotContain(documents("AP1_501"));
      List<String> one = names(output.resolve("AP1_502"));
      assertThat(one)
          .contains("restitution-finale.html", "annexes.html", "annexes.xlsx")
          .noneMatch(n -> n.startsWith("note-etape"));
      // nothing written into the output folder quotes what is withheld either
      Map<String, String> written = new TreeMap<>();
      for (String p : List.of("AP1_501", "AP1_502"))
        if (Files.isDirectory(output.resolve(p))) written.putAll(texts(output.resolve(p)));
      assertThat(found(written, ALL_WITHHELD)).isEmpty();
      assertThat(found(written, ONE_WITHHELD)).isEmpty();
      assertThat(found(written, List.of(PUBLISHED_SYNTHESIS))).isNotEmpty();
    }
  }

  static String[] documents(String project) {
    return new String[] {
      "restitution-finale.html",
      "restitution-finale.pdf",
      "annexes.html",
      "annexes.xlsx",
      "note-etape-2032-03-17.html",
      "fiche-experience.html"
    };
  }

  static List<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void includedOnDemandButNeverLinkedNorDescribed(@TempDir Path tmp) throws IOException {
    Path projects = projects(tmp);
    Path output = tmp.resolve("output");
    Main.run(
        "build",
        projects.toString(),
        "--out",
        output.toString(),
        "--format",
        "html,xlsx",
        "--inclure-non-publies",
        "-q");
    assertThat(names(output.resolve("AP1_501")))
        .contains("restitution-finale.html", "annexes.xlsx", "note-etape-2032-03-17.html");
    assertThat(names(output.resolve("AP1_502"))).contains("note-etape-2034-04-28.html");
    Map<String, String> site = texts(output.resolve("catalogue"));
    List<String> all = new ArrayList<>(ALL_WITHHELD);
    all.addAll(ONE_WITHHELD);
    all.addAll(IN_ERROR_WITHHELD);
    assertThat(found(site, all)).isEmpty();
    assertThat(site.get("experiences/AP1_501.html")).doesNotContain("href=\"../../AP1_501/");
    // the written documents do hold the markers: the scan would see them
    assertThat(found(texts(output.resolve("AP1_501")), List.of("qxrftextk"))).isNotEmpty();
  }

  @Test
  void filesOfDocumentsNoLongerPublishedAreWithdrawn(@TempDir Path tmp) throws IOException {
    Path projects = projects(tmp);
    Path out = tmp.resolve("output");
    List<String> all =
        List.of(
            "restitution-finale.html",
            "annexes.xlsx",
            "note-etape-2032-03-17.pdf",
            "fiche-experience.docx",
            "autre.html");
    List<String> one =
        List.of("restitution-finale.pdf", "annexes.html", "note-etape-2034-04-28.html");
    for (String f : all) write(out.resolve("AP1_501").resolve(f));
    for (String f : one) write(out.resolve("AP1_502").resolve(f));
    List<String> formats = List.of("html", "pdf", "docx", "xlsx");
    assertThat(
            fr.fejdoc.write.Publication.withdraw(
                load(projects.resolve("AP1_501")), out.resolve("AP1_501"), formats))
        .containsExactlyInAnyOrder(all.subList(0, 4).toArray(String[]::new));
    assertThat(names(out.resolve("AP1_501"))).containsExactly("autre.html");
    fr.fejdoc.write.Publication.withdraw(
        load(projects.resolve("AP1_502")), out.resolve("AP1_502"), formats);
    assertThat(names(out.resolve("AP1_502")))
        .containsExactly("annexes.html", "restitution-finale.pdf");
    assertThat(fr.fejdoc.write.Publication.published(load(projects.resolve("AP1_502")), "annexes"))
        .isTrue();
    assertThat(
            fr.fejdoc.write.Publication.published(
                load(projects.resolve("AP1_502")), "note-etape-2034-04-28"))
        .isFalse();
    assertThat(fr.fejdoc.write.Publication.published(load(projects.resolve("AP1_502")), "autre"))
        .isFalse();
  }

  static fr.fejdoc.model.Project load(Path dir) {
    return fr.fejdoc.load.ProjectLoader.load(dir, dir.getFileName().toString()).project();
  }

  static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "ancien");
  }

  // ---- spreadsheet formulas ----

  static final String TITLE = "=HYPERLINK(\"http://evil.example/\",\"Cliquez\")";
  static final String HOLDER = "+cmd|' /C calc'!A0";
  static final String TYPE = "@SUM(1+1)*cmd|' /C calc'!A0";
  static final String EVALUATOR = "-2+3+cmd|' /C calc'!A0";
  static final String THEME = "\t=1+1";
  static final String REGION = " =1+1";
  static final String PARTNER = "=IMPORTXML(\"http://evil.example/\",\"//a\")";

  static Path hostileProject(Path root) throws IOException {
    Path projects = root.resolve("projects");
    Path dir = projects.resolve("AP1_140");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), dir);
    String yaml =
        "dossier: AP1_140\ntitre: "
            + quoted(TITLE)
            + "\nthematique: "
            + quoted(THEME)
            + "\nporteur: {nom: "
            + quoted(HOLDER)
            + ", type: "
            + quoted(TYPE)
            + "}\nevaluateur: {nom: "
            + quoted(EVALUATOR)
            + ", type: structure privée}\nregions: ["
            + quoted(REGION)
            + "]\ncalendrier: {demarrage: 2010-01}\npartenaires:\n  operationnels:\n"
            + "    - {nom: "
            + quoted(PARTNER)
            + ", prevu: true, effectif: true}\n";
    Files.writeString(dir.resolve("experiment.yaml"), yaml);
    return projects;
  }

  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
  }

  @Test
  void csvNeutralisesFormulasAndTheWorkbookKeepsThemAsText(@TempDir Path tmp) throws IOException {
    Path projects = hostileProject(tmp);
    Path site = CatalogueFixtures.site(projects, tmp.resolve("output"));
    CatalogueEntry e = CatalogueFixtures.entries(projects, tmp.resolve("output")).get(0);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.holder()).isEqualTo(HOLDER);
    assertThat(e.evaluator()).isEqualTo(EVALUATOR);

    String csv = CatalogueFixtures.read(site.resolve(CatalogueData.CSV));
    Map<String, String> row = CatalogueFixtures.csvByProject(csv).get("AP1_140");
    assertThat(row.get("titre")).isEqualTo("'" + TITLE);
    assertThat(row.get("porteur")).isEqualTo("'" + HOLDER);
    assertThat(row.get("evaluateur")).isEqualTo("'" + EVALUATOR);
    assertThat(e.theme()).isEqualTo(THEME.strip()); // the loader trims it
    assertThat(row.get("thematique")).isEqualTo("'" + e.theme());
    assertThat(row.get("regions")).isEqualTo("'" + e.regions().get(0));
    assertThat(row.get("porteur_type")).isEqualTo("'" + TYPE);
    // no cell of the file starts a formula
    for (List<String> r : CatalogueFixtures.csv(csv))
      for (String cell : r)
        assertThat(cell)
            .as(cell)
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("@")
            .doesNotStartWith("\t")
            .doesNotStartWith("\r")
            .doesNotStartWith("-");

    // the workbook: text cells, as written, never a formula
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(site.resolve(CatalogueWorkbook.XLSX)))) {
      int titre = Column.ALL.stream().map(Column::name).toList().indexOf("titre");
      Cell cell = wb.getSheetAt(0).getRow(1).getCell(titre);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo(TITLE);
      for (Row r : wb.getSheetAt(0))
        for (Cell c : r)
          assertThat(c.getCellType()).as(c.toString()).isNotEqualTo(CellType.FORMULA);
    }
    // JSON is data: the text as written, escaped
    assertThat(CatalogueFixtures.read(site.resolve(CatalogueData.JSON)))
        .contains(Json.string(TITLE))
        .contains(Json.string(HOLDER));
    // pages escape it; the partner is listed as text
    String page = CatalogueFixtures.read(site.resolve("experiences/AP1_140.html"));
    assertThat(page).contains(Html.esc(TITLE)).contains(Html.esc(PARTNER));
    assertThat(CatalogueFixtures.read(site.resolve("datapackage.json")))
        .contains("précédé d'une apostrophe");
  }

  @Test
  void numbersStayNumbersAndOnlyTextIsPrefixed() {
    Column integer = Column.ALL.stream().filter(c -> c.name().equals("erreurs")).findFirst().get();
    Column money =
        Column.ALL.stream().filter(c -> c.name().equals("montant_fej")).findFirst().get();
    Column title = Column.ALL.stream().filter(c -> c.name().equals("titre")).findFirst().get();
    assertThat(CatalogueData.cell(integer, -3)).isEqualTo("-3");
    assertThat(CatalogueData.cell(money, new java.math.BigDecimal("-12.50"))).isEqualTo("-12.5");
    assertThat(CatalogueData.cell(title, "-3")).isEqualTo("'-3");
    assertThat(CatalogueData.cell(title, "Réussite = emploi")).isEqualTo("Réussite = emploi");
    assertThat(CatalogueData.cell(title, "\r=1")).isEqualTo("'\r=1");
    assertThat(CatalogueData.cell(title, "\u00a0\uff1d1+1")).isEqualTo("'\u00a0\uff1d1+1");
    assertThat(CatalogueData.cell(title, "")).isEmpty();
    assertThat(CatalogueData.cell(title, null)).isEmpty();
  }

  // ---- control characters ----

  static final String CONTROL_TITLE =
      "Titre\\0avec\\x01des\\x1Fcaractères\\x7F\\x85de\\u200Econtrôle\\uFFFE\\u202Eàenlever";

  @Test
  void controlCharactersBreakNoPrintedFile(@TempDir Path tmp) throws IOException {
    Path projects = tmp.resolve("projects");
    Path dir = projects.resolve("AP1_140");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), dir);
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    text =
        text.replaceFirst(
            "(?m)^titre: .*$",
            java.util.regex.Matcher.quoteReplacement(
                "titre: \""
                    + CONTROL_TITLE
                    + "\"\n"
                    + "partenaires:\n  operationnels:\n    - {nom: \"Partenaire\\0\\x02\"}"));
    Files.writeString(yaml, text);
    Path output = tmp.resolve("output");
    List<CatalogueEntry> entries = CatalogueFixtures.entries(projects, output);
    assertThat(entries.get(0).title()).isEqualTo("Titreavecdescaractèresde\u200Econtrôleàenlever");
    Map<String, byte[]> files = new CatalogueSite(entries, "../").files();
    for (var f : files.entrySet()) {
      String t = text(f.getKey(), f.getValue());
      if (f.getKey().endsWith(".js") && !f.getKey().startsWith("catalogue-")) continue;
      assertThat(t)
          .as(f.getKey())
          .doesNotContain("\u0000")
          .doesNotContain("\u0001")
          .doesNotContain("\u001f")
          .doesNotContain("\u202e")
          .doesNotContain("\ufffe");
    }
    assertThat(text("catalogue.pdf", files.get("catalogue.pdf"))).contains("Titreavecdescaract");
    assertThat(text("catalogue.docx", files.get("catalogue.docx")))
        .contains("Titreavecdescaractèresde\u200Econtrôleàenlever");
  }

  @Test
  void thePrintedEditionTakesAnyStringEvenInAFolderName(@TempDir Path tmp) throws IOException {
    CatalogueEntry e =
        CatalogueFixtures.entries(PROJECTS, CatalogueFixtures.fakeOutput(tmp)).get(0);
    String nul = "AP1\u0000_027\u0001\ud800\uffff\u001b[31m";
    CatalogueEntry hostile =
        new CatalogueEntry(
            nul,
            e.dossier() + "\u0000",
            "Titre \u0000\u0008\u000b\u000c fin \ud83d\ude00 \u4e2d\u6587",
            e.theme(),
            e.programme(),
            List.of("Région\u0000"),
            "Porteur\u0007",
            e.holderType(),
            e.evaluator(),
            e.evaluatorType(),
            e.start(),
            e.end(),
            e.initialMonths(),
            e.effectiveMonths(),
            e.figures(),
            List.of("Partenaire\u0000"),
            new CatalogueEntry.Synthesis("Obj\u0000ectifs", null, "a\r\nb\rc", null, null),
            e.documents(),
            e.errors(),
            e.warnings(),
            List.of(
                new CatalogueEntry.FindingLine(
                    "lieu\u0000",
                    fr.fejdoc.model.finding.Severity.ERROR,
                    "FEJ012",
                    "texte \u0000")),
            e.asOf(),
            e.searchTerms());
    assertThat(hostile.title()).isEqualTo("Titre  fin \ud83d\ude00 \u4e2d\u6587");
    assertThat(hostile.synthesis().description()).isEqualTo("a\nb\nc");
    Map<String, byte[]> files = PrintedEdition.files(List.of(hostile));
    assertThat(text("catalogue.pdf", files.get("catalogue.pdf"))).contains("Titre").contains("fin");
    assertThat(text("catalogue.docx", files.get("catalogue.docx")))
        .contains("AP1_027\u001b".replace("\u001b", "")) // the folder name, cleaned
        .doesNotContain("\u0000");
    // and the rest of the site too
    Map<String, byte[]> site = new CatalogueSite(List.of(hostile), "../").files();
    assertThat(site).containsKeys("catalogue.pdf", "experiences.xlsx", "index.html");
  }

  @Test
  void hostileMarkdownInOneFicheCostsOnlyThatFicheInThePrintedEdition(@TempDir Path tmp)
      throws IOException {
    List<CatalogueEntry> entries =
        CatalogueFixtures.entries(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    CatalogueEntry e = entries.get(0);
    assertThat(e.synthesis()).isNotNull();
    CatalogueEntry hostile =
        new CatalogueEntry(
            "AP1_666",
            "AP1_666",
            "Titre de l'expérimentation hostile",
            e.theme(),
            e.programme(),
            e.regions(),
            e.holder(),
            e.holderType(),
            e.evaluator(),
            e.evaluatorType(),
            e.start(),
            e.end(),
            e.initialMonths(),
            e.effectiveMonths(),
            e.figures(),
            e.partners(),
            new CatalogueEntry.Synthesis("- ".repeat(20_000) + "x", null, null, null, null),
            e.documents(),
            1,
            0,
            e.findings(),
            e.asOf(),
            e.searchTerms());
    List<CatalogueEntry> all = new ArrayList<>(entries);
    all.add(hostile);
    Map<String, byte[]> files = PrintedEdition.files(all);
    String docx = text("catalogue.docx", files.get("catalogue.docx"));
    assertThat(docx)
        .contains("expérimentation hostile")
        .contains("Sécuriser les parcours des jeunes"); // AP1_027's fiche is printed
    assertThat(text("catalogue.pdf", files.get("catalogue.pdf")))
        .contains("expérimentation hostile");
  }

  @Test
  void printableKeepsTextAndDropsTheRest() {
    assertThat(Printable.clean("Élève « ok » — 100 %\u00a0€\n\tfin"))
        .isEqualTo("Élève « ok » — 100 %\u00a0€\n\tfin");
    assertThat(Printable.clean("a\u0000b\u0085c\ud800d\udc00e\uffff\ufdd0f\u202eg\u2028h"))
        .isEqualTo("abcdefg h");
    assertThat(Printable.clean("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    assertThat(Printable.clean(null)).isNull();
  }
}

package fr.fejdoc.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.TestProjects;
import fr.fejdoc.cli.Main;
import fr.fejdoc.model.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tableau 2 and durations as real notes write them (issue 12): a phase's own resources, an action's
 * name and its longer description, unnumbered "Résultats" rows and a "Total phase" row that never
 * shift "Action n°k", sub-periods numbered from 1 or continued, and durations that keep their
 * qualifier ("18 mois (dont 12 mois de formation)"). One small project is built once in every
 * format; each test reads the same facts back from HTML, PDF (PDFBox), DOCX and XLSX (POI).
 */
class Tableau2FidelityTest {
  static final String EXPERIMENT =
      """
      dossier: AP1_027
      titre: Plateforme de sécurisation des parcours d'apprentis
      porteur: {nom: Chambre de Métiers et de l'Artisanat}
      calendrier:
        demarrage: 2009-06
        fin: 2011-12
        duree_initiale_mois: 18 mois (dont 12 mois de formation)
        duree_effective_mois: environ 30 mois
      beneficiaires:
        periodes: [Année 1]
        entres: {jeunes: [10]}
      actions:
        preparation:
          periode: {debut: 2009-06, fin: 2009-08}
          actions:
            - intitule: Préparation de l'appel à projet
              description: Rédaction du cahier des charges avec la Mission Locale
              quand: juin 2009
              specifique: true
              duree: 8 semaines
              rh: {effectifs: 2, etp: 1/2, personnel: Responsable de service}
            - intitule: "Résultats : cahier des charges validé"
              numerotee: false
            - intitule: Recrutement de la conseillère
              duree: 3 semaines environ
        lancement:
          periode: {debut: 2009-09, fin: 2011-02}
          ressources:
            rh: {effectifs: 3, etp: 2, personnel: Conseillères apprentissage}
            materiel: {achats: "1 500 €", prestations: Transport}
          actions:
            - intitule: Total phase
              total: true
              rh: {effectifs: 3, etp: "4,5"}
          sous_periodes:
            - libelle: Année 2009-2010
              periode: {debut: 2009-09, fin: 2010-06}
              actions:
                - intitule: Repérage des jeunes
                  duree: 18 mois (dont 12 mois de formation)
                  rh: {effectifs: 1, etp: 1}
                - intitule: Comité de pilotage
                - intitule: "Résultats : 45 jeunes repérés"
                  numerotee: false
            - libelle: Année 2010-2011
              periode: {debut: 2010-09, fin: 2011-02}
              numerotation: suite
              actions:
                - intitule: Suivi renforcé
                  duree: environ 6 mois
                  rh: {effectifs: 2, etp: 1 et ½}
        achevement_experimentation:
          periode: {debut: 2011-03, fin: 2011-12}
          sous_periodes:
            - libelle: Premier semestre 2011
              actions:
                - intitule: Bilan intermédiaire
            - libelle: Second semestre 2011
              actions:
                - intitule: Bilan final
      outils:
        - {nom: Logiciel de suivi, format: electronique}
      """;

  @TempDir static Path tmp;

  static String html;
  static String annexesHtml;
  static String annexesHtmlRaw;
  static String pdf;
  static String annexesPdf;
  static String docx;
  static String annexesDocx;
  static List<List<String>> xlsxTableau2;
  static List<List<CellType>> xlsxTypes;
  static int xlsxTableau2Formulas = -1;
  static List<String> findings;

  @BeforeAll
  static void build() throws IOException {
    Path dir =
        TestProjects.write(
            tmp,
            TestProjects.FOLDER,
            TestProjects.files(
                "experiment.yaml",
                EXPERIMENT,
                "restitution-finale.md",
                TestProjects.finalReport()));
    var checked = TestProjects.check(dir);
    findings =
        checked.findings().stream()
            .filter(f -> f.code().severity() != Severity.INFO)
            .map(f -> f.code().id() + " " + f.loc().line())
            .toList();
    Path out = tmp.resolve("out");
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run("build", "-q", "--out", out.toString(), dir.toString());
    } finally {
      System.setErr(saved);
    }
    assertThat(code).as("build: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    Path docs = out.resolve(TestProjects.FOLDER);
    html = htmlText(Files.readString(docs.resolve("restitution-finale.html")));
    annexesHtmlRaw = Files.readString(docs.resolve("annexes.html"));
    annexesHtml = htmlText(annexesHtmlRaw);
    pdf = pdfText(Files.readAllBytes(docs.resolve("restitution-finale.pdf")));
    annexesPdf = pdfText(Files.readAllBytes(docs.resolve("annexes.pdf")));
    docx = docxText(Files.readAllBytes(docs.resolve("restitution-finale.docx")));
    annexesDocx = docxText(Files.readAllBytes(docs.resolve("annexes.docx")));
    readXlsx(Files.readAllBytes(docs.resolve("annexes.xlsx")));
  }

  // ---- numbering ----

  @Test
  void unnumberedRowsNeverShiftTheNumbering() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx, html, pdf, docx)) {
      assertInOrder(
          t,
          "Action n°1",
          "juin 2009 : Préparation de l'appel à projet",
          "Résultats : cahier des charges validé",
          "Action n°2",
          "Recrutement de la conseillère");
      assertThat(t)
          .doesNotContain("Action n°3 Recrutement")
          .doesNotContain("Action n°2 Résultats")
          .doesNotContain("Action n°4");
    }
  }

  @Test
  void subPeriodsNumberFromOneUnlessTheyContinue() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx)) {
      assertInOrder(
          t,
          "2. Lancement de l'expérimentation",
          "Année 2009-2010",
          "Action n°1 Repérage des jeunes",
          "Action n°2 Comité de pilotage",
          "Résultats : 45 jeunes repérés",
          "Année 2010-2011",
          "Action n°3 Suivi renforcé", // numerotation: suite
          "3. Achèvement de l'expérimentation",
          "Premier semestre 2011",
          "Action n°1 Bilan intermédiaire", // from 1 by default
          "Second semestre 2011",
          "Action n°1 Bilan final");
      assertThat(t).doesNotContain("Action n°3 Résultats").doesNotContain("Action n°4 Suivi");
    }
  }

  // ---- rows ----

  @Test
  void aPhasesOwnResourcesHaveTheirRowUnderItsTitle() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx)) {
      assertInOrder(
          t,
          "2. Lancement de l'expérimentation",
          "Ressources de la phase 3 2 Conseillères apprentissage 1 500 € Transport",
          "Année 2009-2010");
      // only the phase that has resources gets the row
      assertThat(t.split("Ressources de la phase", -1)).hasSize(2);
    }
  }

  @Test
  void theTotalRowClosesItsPhaseAndIsBold() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx)) {
      assertInOrder(
          t, "Action n°3 Suivi renforcé", "Total phase", "3. Achèvement de l'expérimentation");
      assertThat(t).doesNotContain("Action n°1 Total phase").doesNotContain("n°4");
    }
    assertThat(annexesHtmlRaw).containsPattern("<(b|strong)>Total phase</(b|strong)>");
    assertThat(annexesHtmlRaw).containsPattern("<(b|strong)>4,5</(b|strong)>");
  }

  @Test
  void anActionsDescriptionIsPrintedBelowItsName() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx)) {
      assertThat(t)
          .contains(
              "Préparation de l'appel à projet Rédaction du cahier des charges avec la Mission"
                  + " Locale");
    }
    assertThat(annexesHtmlRaw)
        .containsPattern("Préparation de l’?'?appel à projet<br ?/?>Rédaction du cahier");
  }

  // ---- durations ----

  @Test
  void durationsKeepTheirQualifierInTableau2() {
    for (String t : List.of(annexesHtml, annexesPdf, annexesDocx)) {
      assertThat(t)
          .contains("8 semaines")
          .contains("18 mois (dont 12 mois de formation)")
          .contains("environ 6 mois")
          .contains("3 semaines environ");
    }
  }

  @Test
  void theFicheSynthetiqueKeepsTheDurationsAsWritten() {
    for (String t : List.of(html, pdf, docx)) {
      assertThat(t)
          .contains("(1) Durée initiale : 18 mois (dont 12 mois de formation)")
          .contains("(2) Durée effective : environ 30 mois")
          .doesNotContain("Durée initiale : 18 mois (2)")
          .doesNotContain("Durée effective : 30 mois");
    }
  }

  // ---- spreadsheet ----

  @Test
  void theSpreadsheetHoldsEveryRowTypedAndComputesNothingInTheHoldersName() {
    List<String> firsts = xlsxTableau2.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    assertInOrder(
        String.join(" | ", firsts),
        "1. Préparation du projet",
        "Action n°1",
        "Action n°2",
        "2. Lancement de l'expérimentation",
        "Ressources de la phase",
        "Année 2009-2010",
        "Action n°1",
        "Action n°2",
        "Année 2010-2011",
        "Action n°3",
        "3. Achèvement de l'expérimentation");
    int resources = firsts.indexOf("Ressources de la phase");
    assertThat(xlsxTableau2.get(resources))
        .containsSubsequence("3", "2", "Conseillères apprentissage");
    assertThat(xlsxTypes.get(resources)).startsWith(CellType.STRING).contains(CellType.NUMERIC);
    int results = row("Résultats : 45 jeunes repérés");
    assertThat(xlsxTableau2.get(results).get(0)).isEmpty();
    int total = row("Total phase");
    assertThat(xlsxTableau2.get(total).get(0)).isEmpty();
    assertThat(xlsxTableau2.get(total)).contains("4.5");
    assertThat(total).isGreaterThan(row("Suivi renforcé"));
    // the holder's total is their figure, not a formula fejdoc would compute
    assertThat(xlsxTableau2Formulas).isZero();
  }

  // ---- checks ----

  @Test
  void theProjectChecksWithoutErrorNorWarningOnItsRows() {
    // the total (4,5) equals 2 (phase) + 1 + 1 et ½; no row is reported
    assertThat(findings).noneMatch(f -> f.startsWith("FEJ2"));
  }

  /** The example of docs/conventions.md checks clean and numbers as the text says. */
  @Test
  void theExampleOfTheConventionsChecksClean() throws IOException {
    String doc = Files.readString(Path.of("docs", "conventions.md"));
    int section = doc.indexOf("## Le Tableau 2 tel que la note l'écrit");
    assertThat(section).isPositive();
    int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = doc.substring(start, doc.indexOf("```", start));
    Path dir =
        TestProjects.write(
            tmp.resolve("conventions"),
            TestProjects.FOLDER,
            TestProjects.files(
                "experiment.yaml",
                TestProjects.yamlWithCalendar(
                    "calendrier: {demarrage: 2009-06, fin: 2011-12}\n", yaml)));
    var seen = TestProjects.seen(TestProjects.check(dir));
    assertThat(seen)
        .filteredOn(f -> f.code().severity() != Severity.INFO)
        .filteredOn(f -> f.code().id().startsWith("FEJ2") || f.code().severity() == Severity.ERROR)
        .isEmpty();
  }

  // ---- helpers ----

  private static int row(String descriptionStart) {
    for (int i = 0; i < xlsxTableau2.size(); i++) {
      List<String> r = xlsxTableau2.get(i);
      if (r.size() > 1 && r.get(1).startsWith(descriptionStart)) return i;
    }
    throw new AssertionError("no row " + descriptionStart + " in " + xlsxTableau2);
  }

  static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String p : parts) {
      int at = text.indexOf(p, from);
      assertThat(at).as("«%s» after position %d in:%n%s", p, from, text).isGreaterThanOrEqualTo(0);
      from = at + p.length();
    }
  }

  /** Spaces normalised: no-break spaces become spaces, runs (line breaks too) collapse. */
  static String normalise(String s) {
    return s.replace('\u202F', ' ')
        .replace('\u00A0', ' ')
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ")
        .strip();
  }

  static String htmlText(String html) {
    String body =
        html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<head.*?</head>", " ");
    String text =
        body.replaceAll("<[^>]+>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return normalise(text);
  }

  static String pdfText(byte[] bytes) throws IOException {
    try (PDDocument d = Loader.loadPDF(bytes)) {
      return normalise(new PDFTextStripper().getText(d));
    }
  }

  static String docxText(byte[] bytes) throws IOException {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return normalise(x.getText());
    }
  }

  static void readXlsx(byte[] bytes) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = null;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING
                && c.getStringCellValue().contains("Description synthétique de chaque action"))
              sheet = s;
          }
        }
      }
      assertThat(sheet).as("a sheet holds Tableau 2").isNotNull();
      DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
      xlsxTableau2 = new ArrayList<>();
      xlsxTypes = new ArrayList<>();
      int formulas = 0;
      for (Row r : sheet) {
        List<String> texts = new ArrayList<>();
        List<CellType> types = new ArrayList<>();
        for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
          Cell cell = r.getCell(c);
          if (cell == null) {
            texts.add("");
            types.add(CellType.BLANK);
            continue;
          }
          if (cell.getCellType() == CellType.FORMULA) formulas++;
          CellType type =
              cell.getCellType() == CellType.FORMULA
                  ? cell.getCachedFormulaResultType()
                  : cell.getCellType();
          types.add(type);
          texts.add(
              type == CellType.NUMERIC
                  ? new java.math.BigDecimal(cell.getNumericCellValue())
                      .stripTrailingZeros()
                      .toPlainString()
                  : normalise(fmt.formatCellValue(cell)));
        }
        xlsxTableau2.add(texts);
        xlsxTypes.add(types);
      }
      xlsxTableau2Formulas = formulas;
    }
  }
}

package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.text.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search terms, charts, the compare data and experiences.xlsx, without a browser. */
class CatalogueViewsTest {
  @TempDir static Path tmp;
  static List<CatalogueEntry> entries;
  static Map<String, byte[]> files;

  @BeforeAll
  static void build() throws IOException {
    entries = CatalogueFixtures.entries(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    files = new CatalogueSite(entries, "../").files();
  }

  static CatalogueEntry entry(String project) {
    return entries.stream().filter(e -> e.project().equals(project)).findFirst().orElseThrow();
  }

  static fr.fejdoc.model.Project project(String name) {
    return fr.fejdoc.load.ProjectLoader.load(PROJECTS.resolve(name), name).project();
  }

  static String file(String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void searchIgnoresCaseAccentsAndFrenchPlurals() {
    assertThat(SearchIndex.terms("Évaluation des JEUNES, œuvres régionaux"))
        .containsExactly("evaluation", "des", "jeun", "oeuvr", "regional");
    assertThat(SearchIndex.terms("jeune")).isEqualTo(SearchIndex.terms("jeunes"));
    assertThat(SearchIndex.terms("evaluation")).isEqualTo(SearchIndex.terms("Évaluations"));
    assertThat(SearchIndex.terms("chevaux")).isEqualTo(SearchIndex.terms("cheval"));
    CatalogueEntry e = entry("AP1_027");
    assertThat(SearchIndex.matches(e, "jeune")).isTrue();
    assertThat(SearchIndex.matches(e, "JEUNES apprentissage")).isTrue();
    assertThat(SearchIndex.matches(e, "securisation")).isTrue(); // title, « sécurisation »
    assertThat(SearchIndex.matches(e, "mayenne plateforme")).isTrue(); // synthèse
    assertThat(SearchIndex.matches(e, "languedoc")).isFalse();
    assertThat(SearchIndex.matches(entry("AP1_393"), "Languedoc")).isTrue();
    assertThat(file("catalogue-recherche.js")).startsWith("window.FEJ_RECHERCHE = {");
  }

  @Test
  void searchCoversThePublishedNarrativeOnly() throws IOException {
    String data =
        new String(
            new CatalogueSite(entries, "../").files().get("catalogue-recherche.js"),
            StandardCharsets.UTF_8);
    CatalogueEntry e = entry("AP1_027");
    String narrative = SearchIndex.narrative(fr.fejdoc.write.Publication.of(project("AP1_027")));
    assertThat(narrative).isNotBlank();
    String word =
        SearchIndex.terms(narrative).stream()
            .filter(t -> t.length() > 6 && !SearchIndex.of(e, null).contains(" " + t + " "))
            .findFirst()
            .orElseThrow();
    String dict = data.replaceAll("(?s).*\"termes\": \"([^\"]*)\".*", "$1");
    assertThat(List.of(dict.split(" "))).contains(word);
    // AP1_393's note d'étape is not to be published: none of its words is read
    CatalogueEntry hidden = entry("AP1_393");
    assertThat(SearchIndex.narrative(fr.fejdoc.write.Publication.of(project("AP1_393")))).isEmpty();
    assertThat(hidden.searchTerms()).isEqualTo(SearchIndex.of(hidden, null));
  }

  @Test
  void searchScriptDecodesToEachExperimentsTerms() {
    String data = file("catalogue-recherche.js");
    String[] dict = data.replaceAll("(?s).*\"termes\": \"([^\"]*)\".*", "$1").split(" ");
    for (CatalogueEntry e : entries) {
      String code =
          data.replaceAll(
              "(?s).*\n\"" + e.project() + "\": \"([A-Za-z]*)\".*", "$1"); // as catalogue.js
      List<String> decoded = new java.util.ArrayList<>();
      int prev = -1, v = 0;
      for (char c : code.toCharArray()) {
        if (c >= 'a') {
          prev += v * 26 + (c - 'a');
          decoded.add(dict[prev]);
          v = 0;
        } else {
          v = v * 26 + (c - 'A');
        }
      }
      List<String> expected =
          List.of(e.searchTerms().strip().split(" ")).stream().sorted().distinct().toList();
      assertThat(decoded).as(e.project()).isEqualTo(expected);
    }
  }

  @Test
  void withoutScriptTheIndexListsEveryExperimentWithItsLinks() {
    String index = file("index.html");
    assertThat(index).contains("<form class=\"filters\" id=\"filtres\" role=\"search\" hidden>");
    for (CatalogueEntry e : entries) {
      assertThat(index).contains("<a href=\"experiences/" + e.project() + ".html\">");
      assertThat(index).contains("name=\"p\" value=\"" + e.project() + "\"");
    }
    assertThat(index)
        .contains("<a href=\"../AP1_027/restitution-finale.pdf\">PDF</a>")
        .contains("<form action=\"comparer.html\" method=\"get\" id=\"selection\">")
        .contains("href=\"experiences.xlsx\"")
        .contains("href=\"graphiques.html\"");
    // each facet option carries its count over the whole catalogue
    assertThat(index).contains(">Pays de la Loire (2)</option>").contains(">Toutes (4)</option>");
  }

  @Test
  void sameEntriesGiveTheSameBytes() {
    Map<String, byte[]> again = new CatalogueSite(entries, "../").files();
    assertThat(again.keySet()).isEqualTo(files.keySet());
    for (String name : files.keySet())
      assertThat(again.get(name)).as(name).isEqualTo(files.get(name));
  }

  @Test
  void chartsAreSvgWithTitleDescriptionAndTable() {
    String charts = file("graphiques.html");
    int figures = charts.split("<figure class=\"chart\"", -1).length - 1;
    assertThat(figures).isEqualTo(6);
    assertThat(charts.split("<svg role=\"img\"", -1).length - 1).isEqualTo(figures);
    assertThat(charts.split("<title id=", -1).length - 1).isEqualTo(figures);
    assertThat(charts.split("<desc id=", -1).length - 1).isEqualTo(figures);
    assertThat(charts.split("<details><summary>Données du graphique", -1).length - 1)
        .isEqualTo(figures);
    assertThat(charts).contains("Pays de la Loire").doesNotContain("<script");
    // figures as CatalogueEntry has them: AP1_027's 120 planned, 104 entered, 87 %
    assertThat(charts).contains("<td class=\"n\">120</td><td class=\"n\">104</td>");
    // coordinates in the root locale, one decimal at most
    assertThat(charts).doesNotContainPattern("(x|y|width|cx|cy)=\"-?\\d+,\\d");
    String page = file("experiences/AP1_027.html");
    assertThat(page).contains("id=\"g-prevus-entres\"").contains("id=\"g-financement\"");
    assertThat(page).contains("Financement total : 218");
  }

  @Test
  void compareDataHasTheFicheRowsAndTheFigures() {
    String data = file("catalogue-comparaison.js");
    assertThat(data).startsWith("window.FEJ_COMPARAISON = {");
    for (String row :
        List.of("Objectifs", "Public cible", "Descriptif", "Territoires", "Valeur ajoutée"))
      assertThat(data).contains(Json.string(row));
    assertThat(ComparePage.COMPARE_ROWS.get(ComparePage.FIRST_FIGURE_ROW).getKey())
        .isEqualTo("Bénéficiaires prévus");
    assertThat(data).contains(Json.string("Part du FEJ")).contains(Json.string("49\u202f%"));
    assertThat(file("comparer.html")).contains("<noscript>").contains("catalogue-comparaison.js");
  }

  @Test
  void workbookHasTheCsvColumnsTypedFilteredAndFrozen() throws IOException {
    Map<String, Map<String, String>> csv = CatalogueFixtures.csvByProject(file(CatalogueData.CSV));
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(files.get(CatalogueWorkbook.XLSX)))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(entries.size());
      XSSFRow head = sheet.getRow(0);
      for (int i = 0; i < Column.ALL.size(); i++)
        assertThat(head.getCell(i).getStringCellValue()).isEqualTo(Column.ALL.get(i).name());
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      for (int r = 1; r <= entries.size(); r++) {
        XSSFRow row = sheet.getRow(r);
        Map<String, String> line = csv.get(row.getCell(0).getStringCellValue());
        for (int i = 0; i < Column.ALL.size(); i++) {
          Column c = Column.ALL.get(i);
          String expected = line.get(c.name());
          var cell = row.getCell(i);
          if (expected.isEmpty()) {
            assertThat(cell).as(c.name()).isNull();
          } else if (c.type().equals("string")) {
            assertThat(cell.getStringCellValue()).as(c.name()).isEqualTo(expected);
          } else {
            assertThat(cell.getCellType()).as(c.name()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue())
                .as(c.name())
                .isEqualTo(Double.parseDouble(expected));
          }
        }
      }
    }
  }
}

package fr.fejdoc.edition;

import static fr.fejdoc.edition.MiniHtml.forms;
import static fr.fejdoc.edition.MiniHtml.paragraphs;
import static fr.fejdoc.edition.MiniHtml.table;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.edition.Editions.Edition;
import fr.fejdoc.edition.MiniHtml.Cell;
import fr.fejdoc.edition.MiniHtml.Heading;
import fr.fejdoc.edition.MiniHtml.Row;
import fr.fejdoc.edition.MiniHtml.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the HTML edition of the example projects back and finds the seeds' figures in the right
 * cells, then checks what every page must have (language, heading order, table headers, nothing
 * fetched from outside).
 */
class HtmlContentTest {

  /** U+202F, the thousands separator and the space before € and % in French typography. */
  static final String NNBSP = "\u202F";

  static final String FEJ = "Fonds d’Expérimentation pour la Jeunesse";

  static String html(String project, String doc) throws Exception {
    return Editions.example(project, doc).html();
  }

  static List<Edition> editions() throws Exception {
    return Editions.examples();
  }

  // ------------------------------------------------------------------ AP1_027

  @Test
  void restitutionTableau1HasTheEntriesPerYear() throws Exception {
    Table t = table(html("AP1_027", "restitution-finale"), "tableau-1a");
    assertThat(t.caption()).startsWith("Tableau 1");
    assertThat(t.cells("Jeunes")).containsExactly("Jeunes", "120", "64", "40", "", "104");
    assertThat(t.cells("Adultes")).containsExactly("Adultes", "0", "0", "0", "", "0");
    Row total = t.row("Nombre total de bénéficiaires");
    assertThat(total.cls()).isEqualTo("total");
    assertThat(total.texts()).last().isEqualTo("104");
    assertThat(total.texts())
        .containsExactly("Nombre total de bénéficiaires", "120", "64", "40", "", "104");
  }

  @Test
  void restitutionTableau1HasTheCharacteristics() throws Exception {
    Table t = table(html("AP1_027", "restitution-finale"), "tableau-1b");
    assertThat(t.cells("Filles")).containsExactly("Filles", "", "42");
    assertThat(t.cells("Garçons")).containsExactly("Garçons", "", "62");
    assertThat(t.cells("16-18 ans")).containsExactly("16-18 ans", "", "24");
    assertThat(t.cells("18-25 ans")).containsExactly("18-25 ans", "", "80");
    assertThat(t.cells("Jeunes apprentis en CFA"))
        .containsExactly("Jeunes apprentis en CFA", "", "99");
  }

  @Test
  void restitutionTableau2HasThePurchase() throws Exception {
    Table t = table(html("AP1_027", "restitution-finale"), "tableau-2");
    assertThat(t.caption()).startsWith("Tableau 2");
    List<Row> software =
        t.body().stream()
            .filter(r -> r.texts().toString().contains("Création du logiciel"))
            .toList();
    assertThat(software).hasSize(1);
    List<String> cells = software.get(0).texts();
    // Achats is the 8th of 10 columns (n°, description, spécifique, durée, 3 × RH, 3 × matériel)
    assertThat(cells).hasSize(10);
    assertThat(cells.get(7)).isEqualTo("2" + NNBSP + "200,64" + NNBSP + "€");
    assertThat(cells.get(8)).isEqualTo("informatique");
    assertThat(t.head().get(1).texts()).contains("Achats");
  }

  @Test
  void restitutionTableau2GroupHeadersAreCentred() throws Exception {
    Row head = table(html("AP1_027", "restitution-finale"), "tableau-2").head().get(0);
    List<Cell> groups =
        head.cells().stream().filter(c -> c.attr("scope").equals("colgroup")).toList();
    assertThat(groups)
        .extracting(Cell::text)
        .containsExactly("Ressources humaines mobilisées", "Ressources matérielles mobilisées");
    assertThat(groups).allMatch(c -> c.attr("class").equals("al-c"));
  }

  @Test
  void restitutionTableau3HasTheThreeTools() throws Exception {
    Table t = table(html("AP1_027", "restitution-finale"), "tableau-3");
    assertThat(t.body()).hasSize(3);
    assertThat(t.body().stream().map(r -> r.texts().get(0))).containsExactly("1", "2", "3");
    assertThat(t.body().stream().map(r -> r.texts().get(1)))
        .containsExactly("Logiciel de suivi", "Charte de bonnes pratiques", "Fiche de liaison");
    assertThat(t.cells("1")).contains("Électronique", "Oui, en l’adaptant au contexte local");
  }

  @Test
  void restitutionFinancingHasTheFejShare() throws Exception {
    Table t = table(html("AP1_027", "restitution-finale"), "financements");
    assertThat(t.cells(FEJ))
        .containsExactly(FEJ, "107" + NNBSP + "710" + NNBSP + "€", "49" + NNBSP + "%");
    assertThat(t.cells("Total"))
        .containsExactly("Total", "218" + NNBSP + "848,64" + NNBSP + "€", "100" + NNBSP + "%");
  }

  @Test
  void restitutionFicheSynthetiqueHasTheDossier() throws Exception {
    List<Map<String, String>> forms = forms(html("AP1_027", "restitution-finale"));
    assertThat(forms).hasSize(1);
    assertThat(forms.get(0))
        .containsEntry("Numéro du projet", "AP1-027")
        .containsEntry("Titre", "Plateforme de sécurisation des contrats d’apprentissage")
        .containsEntry("Nom de la structure", "Chambre de Métiers et de l’Artisanat de la Mayenne");
    assertThat(forms.get(0).get("Partenaires financiers (avec montant)"))
        .contains(FEJ + "\u00A0: 107" + NNBSP + "710" + NNBSP + "€")
        .contains("DIRECCTE");
  }

  @Test
  void annexesRepeatTheRestitutionTables() throws Exception {
    String restitution = html("AP1_027", "restitution-finale");
    String annexes = html("AP1_027", "annexes");
    for (String id : List.of("tableau-1a", "tableau-1b", "tableau-1c", "tableau-2", "tableau-3")) {
      assertThat(table(annexes, id)).as(id).isEqualTo(table(restitution, id));
    }
  }

  // ------------------------------------------------------------------ notes d'étape, fiche

  @Test
  void noteEtape393HasDossierCohortAndCertificate() throws Exception {
    String h = html("AP1_393", "note-etape-2010-12-31");
    assertThat(forms(h)).hasSize(1);
    assertThat(forms(h).get(0)).containsEntry("DOSSIER\u00A0:", "AP1_n°\u00A0393");
    Table cohort = table(h, "effectifs");
    assertThat(cohort.cells("Total")).containsExactly("Total", "207");
    int sum = 0;
    for (Row r : cohort.body())
      if (!r.cls().equals("total")) sum += Integer.parseInt(r.texts().get(1));
    assertThat(sum).as("sum of the departments").isEqualTo(207);
    assertThat(paragraphs(h))
        .filteredOn(p -> p.startsWith("CERTIFICAT"))
        .singleElement()
        .asString()
        .endsWith("(ne fera pas l’objet d’une publication)");
    assertThat(h).contains("<img src=\"data:image/png;base64,");
  }

  @Test
  void noteEtape140CertificateNamesTheSignatory() throws Exception {
    String h = html("AP1_140", "note-etape-2010-12-31");
    assertThat(forms(h).get(0)).containsEntry("DOSSIER\u00A0:", "AP1_n°\u00A0140");
    assertThat(paragraphs(h))
        .filteredOn(p -> p.startsWith("Je soussigné"))
        .singleElement()
        .asString()
        .contains("Yannick Lefevre")
        .contains("AP1_n°\u00A0140")
        .endsWith("certifie exact l’ensemble des informations figurant sur le présent document.");
    // a certificate meant for publication does not carry the « ne fera pas l'objet » notice
    assertThat(paragraphs(h)).noneMatch(p -> p.contains("ne fera pas l’objet"));
  }

  @Test
  void ficheExperienceShowsTheKeyFigures() throws Exception {
    Map<String, String> figures =
        MiniHtml.keyFigures(html("passeport-accueil-commun", "fiche-experience"));
    assertThat(figures).isNotEmpty();
    assertThat(figures.keySet()).anyMatch(v -> v.matches("245(\\D.*)?"));
    assertThat(figures.keySet().iterator().next()).startsWith("245");
  }

  @Test
  void ficheShowsEveryQuote() throws Exception {
    String h = html("passeport-accueil-commun", "fiche-experience");
    int quotes = MiniHtml.count(h, "<blockquote class=\"pull\">");
    assertThat(quotes).isEqualTo(3);
    assertThat(h).contains("On ne confie pas plus de 50 bénéficiaires");
  }

  // ------------------------------------------------------------------ every page

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void isFrenchSelfContainedHtml(Edition e) {
    String h = e.html();
    assertThat(h).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n");
    assertThat(h.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<iframe")
        .doesNotContain("<object")
        .doesNotContain("<embed")
        .doesNotContain("@import")
        .doesNotContain("url(")
        .doesNotContain("src=\"http")
        .doesNotContain("src=\"//");
    for (MiniHtml.Tag t : MiniHtml.startTags(h)) {
      if (t.attrs().containsKey("src")) {
        assertThat(t.attrs().get("src")).as(t.source()).startsWith("data:image/");
      }
      assertThat(t.attrs().keySet()).as(t.source()).noneMatch(a -> a.startsWith("on"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void everyDataTableHasColumnHeaders(Edition e) {
    for (Table t : MiniHtml.tables(e.html())) {
      if (t.cls().equals("form")) continue; // key/value forms: see the next two tests
      assertThat(t.head()).as("%s %s: <thead>", e, t.name()).isNotEmpty();
      List<Cell> headCells = t.head().stream().flatMap(r -> r.cells().stream()).toList();
      assertThat(headCells).as("%s %s", e, t.name()).allMatch(Cell::header);
      assertThat(headCells)
          .as("%s %s: <th scope=\"col\">", e, t.name())
          .anyMatch(c -> c.attr("scope").equals("col"));
      assertThat(headCells)
          .as("%s %s: scope of header cells", e, t.name())
          .allMatch(c -> c.attr("scope").equals("col") || c.attr("scope").equals("colgroup"));
      assertThat(t.body()).as("%s %s: <tbody> rows", e, t.name()).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void everyFormRowHasItsLabelAsRowHeader(Edition e) {
    for (Table t : MiniHtml.tables(e.html())) {
      if (!t.cls().equals("form")) continue;
      for (Row r : t.rows()) {
        Cell first = r.cells().get(0);
        assertThat(first.header()).as("%s form row %s", e, r.texts()).isTrue();
        assertThat(first.attr("scope")).isIn("row", "colgroup");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void headingsNeverSkipALevel(Edition e) {
    List<Heading> headings = MiniHtml.headings(e.html());
    assertThat(headings).as("%s headings", e).isNotEmpty();
    List<String> jumps = new ArrayList<>();
    for (int i = 1; i < headings.size(); i++) {
      Heading before = headings.get(i - 1), h = headings.get(i);
      if (h.level() > before.level() + 1) jumps.add(before + " → " + h);
    }
    assertThat(jumps).as("%s: heading level jumps > 1", e).isEmpty();
  }

  private static final Pattern FOOTNOTE =
      Pattern.compile(
          "<li id=\"fn-(\\d+)\">(.*?)<a href=\"#fnref-\\1\" class=\"fn-back\"", Pattern.DOTALL);

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void everyFootnoteHasText(Edition e) {
    Matcher m = FOOTNOTE.matcher(e.html());
    while (m.find()) {
      assertThat(MiniHtml.text(m.group(2))).as("%s note %s", e, m.group(1)).isNotBlank();
    }
  }
}

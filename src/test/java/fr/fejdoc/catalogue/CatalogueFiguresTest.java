package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Shares;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The catalogue's figures, read back from its CSV and JSON, equal the model's and documents'. */
class CatalogueFiguresTest {
  @TempDir static Path tmp;
  static Path site;
  static Map<String, Map<String, String>> csv;
  static Map<String, Map<String, Object>> json;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void build() throws IOException {
    site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    csv = CatalogueFixtures.csvByProject(CatalogueFixtures.read(site.resolve("experiences.csv")));
    // JSON is YAML 1.2: the project's YAML reader reads it back.
    Map<String, Object> root =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build())
                .loadFromString(CatalogueFixtures.read(site.resolve("experiences.json")));
    json = new java.util.TreeMap<>();
    for (Object o : (List<Object>) root.get("experiences")) {
      Map<String, Object> m = (Map<String, Object>) o;
      json.put((String) m.get("projet"), m);
    }
  }

  @Test
  void ap1027FiguresAreTheDocuments() {
    Map<String, String> row = csv.get("AP1_027");
    assertThat(row.get("dossier")).isEqualTo("AP1_027");
    assertThat(row.get("beneficiaires_prevus")).isEqualTo("120");
    assertThat(row.get("beneficiaires_entres")).isEqualTo("104");
    assertThat(row.get("taux_realisation_pct")).isEqualTo("87");
    assertThat(row.get("montant_fej")).isEqualTo("107710");
    assertThat(row.get("financement_total")).isEqualTo("218848.64");
    assertThat(row.get("part_fej_pct")).isEqualTo("49");
    assertThat(row.get("etat")).isIn("ok", "avertissements");

    Map<String, Object> j = json.get("AP1_027");
    assertThat(number(j.get("beneficiaires_prevus"))).isEqualByComparingTo("120");
    assertThat(number(j.get("beneficiaires_entres"))).isEqualByComparingTo("104");
    assertThat(number(j.get("taux_realisation_pct"))).isEqualByComparingTo("87");
    assertThat(number(j.get("montant_fej"))).isEqualByComparingTo("107710");
    assertThat(number(j.get("financement_total"))).isEqualByComparingTo("218848.64");
    assertThat(number(j.get("part_fej_pct"))).isEqualByComparingTo("49");
  }

  @Test
  void everyExampleProjectEqualsItsModel() throws IOException {
    List<Catalogue.Source> sources = CatalogueFixtures.sources(PROJECTS);
    assertThat(csv.keySet()).hasSize(sources.size());
    assertThat(json.keySet()).isEqualTo(csv.keySet());
    for (Catalogue.Source s : sources) {
      Checker.Checked checked = fr.fejdoc.write.LayoutRule.checker().check(s.dir(), s.display());
      String name = checked.project().name();
      Map<String, String> row = csv.get(name);
      Map<String, Object> j = json.get(name);
      assertThat(row).as(name).isNotNull();
      assertThat(row.get("erreurs"))
          .isEqualTo(String.valueOf(checked.count(fr.fejdoc.model.finding.Severity.ERROR)));
      Experiment e = checked.project().experiment();
      if (e == null || checked.hasErrors()) continue;
      Beneficiaries b = e.beneficiaries();
      if (b != null && b.total() != null) {
        assertThat(row.get("beneficiaires_entres")).as(name).isEqualTo(b.total().toString());
        assertThat(number(j.get("beneficiaires_entres"))).isEqualByComparingTo(b.total() + "");
      }
      Map<String, BigDecimal> amounts = Shares.byCategory(e.partners().funders());
      if (amounts.containsKey(Funder.FEJ)) {
        assertThat(new BigDecimal(row.get("montant_fej")))
            .as(name)
            .isEqualByComparingTo(amounts.get(Funder.FEJ));
        assertThat(row.get("part_fej_pct"))
            .isEqualTo(Shares.largestRemainder(amounts).get(Funder.FEJ).toString());
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(row.get("financement_total"))).isEqualByComparingTo(total);
        assertThat(number(j.get("financement_total"))).isEqualByComparingTo(total);
      }
      assertThat(row.get("titre")).isEqualTo(e.title() == null ? "" : e.title().value());
      assertThat(j.get("titre")).isEqualTo(e.title() == null ? null : e.title().value());
    }
  }

  @Test
  void csvHeaderMatchesTheDatapackageSchema() {
    String header =
        CatalogueFixtures.read(site.resolve("experiences.csv")).lines().findFirst().orElseThrow();
    String dp = CatalogueFixtures.read(site.resolve("datapackage.json"));
    String schema = CatalogueFixtures.read(site.resolve(CatalogueData.SCHEMA));
    assertThat(dp).contains("\"schema\": \"" + CatalogueData.SCHEMA + "\"");
    for (String col : header.split(",")) assertThat(schema).contains("\"name\": \"" + col + "\"");
    assertThat(header.split(",")).hasSize(Column.ALL.size());
    // datapackage.json is valid JSON (hence YAML)
    assertThat(new Load(LoadSettings.builder().build()).loadFromString(dp)).isInstanceOf(Map.class);
  }

  @Test
  void csvQuotesAsRfc4180() {
    assertThat(CatalogueData.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CatalogueData.csvCell("dit \"oui\"")).isEqualTo("\"dit \"\"oui\"\"\"");
    assertThat(CatalogueData.csvCell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
    assertThat(CatalogueData.csvCell("simple")).isEqualTo("simple");
  }

  static BigDecimal number(Object o) {
    return new BigDecimal(String.valueOf(o));
  }
}

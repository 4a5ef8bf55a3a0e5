package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions print the forms' wording of every closed list from the form registry: an example
 * project whose experiment.yaml uses every value of the lists the documents print gets each
 * registry label in its HTML. With OneSourceTest (no other copy of these labels in the sources or
 * templates), the registry is the one source of what the documents print.
 */
class FormWordingTest {
  @TempDir Path tmp;

  /** AP1_027 with every tool format, every subsidy funder and every account of the bilan. */
  private Path everyValue() throws IOException {
    Path dir = tmp.resolve("AP1_027");
    try (Stream<Path> s = Files.walk(Editions.PROJECTS.resolve("AP1_027"))) {
      for (Path p : s.toList()) {
        Path to = dir.resolve(Editions.PROJECTS.resolve("AP1_027").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    int tools = text.indexOf("outils:");
    assertThat(tools).isPositive();
    StringBuilder y = new StringBuilder(text.substring(0, tools));
    y.append("outils:\n");
    for (String format : FormRegistry.TOOL_FORMATS.keys()) {
      y.append("  - {nom: Outil ").append(format).append(", format: ").append(format).append("}\n");
    }
    y.append("budget:\n  charges:\n");
    for (String n : FormRegistry.CHARGE_ACCOUNTS.keys()) {
      y.append("    \"").append(n).append("\": {prevu: 100, realise: 100}\n");
    }
    y.append("  produits:\n");
    for (String n : FormRegistry.PRODUCT_ACCOUNTS.keys()) {
      if (!n.equals("74")) {
        y.append("    \"").append(n).append("\": {prevu: 100, realise: 100}\n");
        continue;
      }
      y.append("    \"74\":\n      detail:\n");
      for (String funder : FormRegistry.SUBSIDY_FUNDERS.keys()) {
        y.append("        - {libelle: Ligne ")
            .append(funder)
            .append(", financeur: ")
            .append(funder)
            .append(", prevu: 10, realise: 10}\n");
      }
    }
    Files.writeString(yaml, y.toString());
    return dir;
  }

  /**
   * The HTML text of a label: the writers print typographic apostrophes and a no-break space before
   * a colon.
   */
  private static String printed(String label) {
    return label.replace('\'', '’').replace(" :", "\u00A0:");
  }

  @Test
  void everyLabelTheDocumentsPrintComesFromTheRegistry() throws Exception {
    List<Editions.Edition> editions = Editions.render(everyValue(), false);
    String annexes =
        editions.stream().filter(e -> e.name().equals("annexes")).findFirst().orElseThrow().html();
    String all = String.join("\n", editions.stream().map(Editions.Edition::html).toList());
    List<ClosedList> printed =
        List.of(
            FormRegistry.AGE,
            FormRegistry.SITUATION,
            FormRegistry.LEVEL,
            FormRegistry.SEX,
            FormRegistry.QUALITY,
            FormRegistry.MISSION_LOCALE,
            FormRegistry.SCALE,
            FormRegistry.CITY_POLICY,
            FormRegistry.TOOL_FORMATS,
            FormRegistry.CHARGE_ACCOUNTS,
            FormRegistry.PRODUCT_ACCOUNTS,
            FormRegistry.SUBSIDY_FUNDERS);
    for (ClosedList list : printed) {
      for (Entry e : list.entries()) {
        assertThat(annexes).as(list.name() + " " + e.key()).contains(printed(e.label()));
      }
    }
    for (Entry e : FormRegistry.RUBRICS.entries()) {
      assertThat(annexes).as("rubrique " + e.key()).contains(">" + printed(e.label()) + "<");
    }
    // The funders' categories of AP1_027 (fej, cofinancement, autofinancement) in the fiche
    // synthétique's financing table.
    for (Entry e : FormRegistry.FUNDING_CATEGORIES.entries()) {
      assertThat(all).as("categorie " + e.key()).contains(printed(e.label()));
    }
    // The holder's own line label follows the funder's form label.
    assertThat(annexes)
        .contains(printed(FormRegistry.SUBSIDY_FUNDERS.label("region")) + " — Ligne region");
  }
}

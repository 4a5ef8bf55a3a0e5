package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's parts are made again only when what they show changed: a new narrative (search
 * terms) remakes the search data and that experiment's page, not the printed edition, the index or
 * the other pages; a new figure remakes everything that prints figures. A part is read back from
 * the published site only with its files whole and unchanged.
 */
class SitePartsTest {
  @TempDir Path tmp;

  @Test
  void onlyThePartsShowingAChangeAreMadeAgain() throws Exception {
    List<CatalogueEntry> entries =
        CatalogueFixtures.entries(CatalogueFixtures.PROJECTS, tmp.resolve("out"));
    Path site = tmp.resolve("site");
    CatalogueSite first = new CatalogueSite(entries, "../");
    CatalogueSite.Files made = first.files(CatalogueSite.Kept.NONE);
    assertThat(made.kept()).isEmpty();
    SitePublisher.publish(site, made, first.key());
    Map<String, byte[]> before = made.made();
    assertThat(SitePublisher.current(site, first.key())).isTrue();

    // the same entries: every file is kept as it is
    CatalogueSite.Files again = first.files(SitePublisher.kept(site));
    assertThat(again.made()).isEmpty();
    assertThat(again.kept()).isEqualTo(before.keySet());

    // one experiment's narrative changed: its page and the search data only
    List<CatalogueEntry> edited = new ArrayList<>(entries);
    CatalogueEntry e = edited.get(0);
    edited.set(0, e.withSearchTerms(e.searchTerms() + "motnouveau "));
    CatalogueSite second = new CatalogueSite(edited, "../");
    CatalogueSite.Files remade = second.files(SitePublisher.kept(site));
    assertThat(remade.made().keySet())
        .containsExactlyInAnyOrder(
            CatalogueSite.SEARCH_DATA, CatalogueSite.PAGES + "/" + e.project() + ".html");
    assertThat(new String(remade.made().get(CatalogueSite.SEARCH_DATA), StandardCharsets.UTF_8))
        .contains("motnouveau");
    SitePublisher.publish(site, remade, second.key());
    // what is served: the kept files untouched, the new ones in place, nothing else
    assertThat(CatalogueFixtures.snapshot(site).keySet())
        .containsAll(before.keySet())
        .hasSize(before.size() + 1); // and the stamp
    assertThat(Files.readAllBytes(site.resolve(PrintedEdition.PDF)))
        .isEqualTo(before.get(PrintedEdition.PDF));
    assertThat(Files.readString(site.resolve(CatalogueSite.SEARCH_DATA))).contains("motnouveau");

    // a file of the site changed by hand is not kept: its part is made again
    Files.writeString(site.resolve("index.html"), "modifié à la main");
    assertThat(SitePublisher.current(site, second.key())).isFalse();
    CatalogueSite.Files repaired = second.files(SitePublisher.kept(site));
    assertThat(repaired.made().keySet()).containsExactly("index.html");
    assertThat(repaired.made().get("index.html")).isEqualTo(before.get("index.html"));

    // a figure changed: the printed edition, the workbook, the index... are made again
    edited.set(0, withTitle(edited.get(0), "Autre titre"));
    CatalogueSite third = new CatalogueSite(edited, "../");
    CatalogueSite.Files figures = third.files(SitePublisher.kept(site));
    assertThat(figures.made().keySet())
        .contains(PrintedEdition.PDF, PrintedEdition.DOCX, "index.html", CatalogueWorkbook.XLSX)
        .doesNotContain(CatalogueSite.SEARCH_DATA);
    assertThat(figures.made().get(PrintedEdition.PDF)).isNotEqualTo(before.get(PrintedEdition.PDF));
  }

  private static CatalogueEntry withTitle(CatalogueEntry e, String title) {
    return new CatalogueEntry(
        e.project(),
        e.dossier(),
        title,
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
        e.synthesis(),
        e.documents(),
        e.errors(),
        e.warnings(),
        e.findings(),
        e.asOf(),
        e.searchTerms());
  }
}

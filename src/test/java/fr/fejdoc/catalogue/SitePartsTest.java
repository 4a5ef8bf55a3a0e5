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
    assertThat(made.reused()).isZero();
    SitePublisher.publish(site, made.files(), first.key(), made.parts());
    Map<String, byte[]> before = made.files();

    // the same entries: every part is read back, same bytes
    CatalogueSite.Files again = first.files(SitePublisher.kept(site));
    assertThat(again.reused()).isEqualTo(first.parts().size());
    again.files().forEach((k, v) -> assertThat(v).as(k).isEqualTo(before.get(k)));

    // one experiment's narrative changed: its page and the search data only
    List<CatalogueEntry> edited = new ArrayList<>(entries);
    CatalogueEntry e = edited.get(0);
    edited.set(0, e.withSearchTerms(e.searchTerms() + "motnouveau "));
    CatalogueSite second = new CatalogueSite(edited, "../");
    CatalogueSite.Files remade = second.files(SitePublisher.kept(site));
    assertThat(remade.reused()).isEqualTo(second.parts().size() - 2);
    assertThat(new String(remade.files().get(CatalogueSite.SEARCH_DATA), StandardCharsets.UTF_8))
        .contains("motnouveau");
    // a file of the site changed by hand is not read back: its part is made again
    Files.writeString(site.resolve("index.html"), "modifié à la main");
    CatalogueSite.Files repaired = first.files(SitePublisher.kept(site));
    assertThat(repaired.reused()).isEqualTo(first.parts().size() - 1);
    assertThat(repaired.files().get("index.html")).isEqualTo(before.get("index.html"));

    // a figure changed: the printed edition, the workbook, the index... are made again
    edited.set(0, entries.get(1).project().equals(e.project()) ? e : withTitle(e, "Autre titre"));
    CatalogueSite third = new CatalogueSite(edited, "../");
    CatalogueSite.Files figures = third.files(SitePublisher.kept(site));
    // the seven parts printing figures (printed edition in two formats, workbook, index,
    // comparison,
    // charts, data) and the experiment's page
    assertThat(figures.reused()).isEqualTo(third.parts().size() - 8);
    assertThat(figures.files().get(PrintedEdition.PDF))
        .isNotEqualTo(before.get(PrintedEdition.PDF));
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

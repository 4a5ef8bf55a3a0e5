package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts' keys, hashed piece by piece (the common text once, each entry's JSON as UTF-8 once),
 * are those of the whole texts hashed at once, as the sites already published recorded them: a site
 * made by this program over unchanged entries is still current. Checked on entries whose search
 * terms hold non-ASCII text, an emoji and lone surrogates (whose UTF-8 depends on their
 * neighbours).
 */
class SiteKeysTest {
  @TempDir Path tmp;

  private static String sha(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void partKeysAreThoseOfTheWholeTexts() throws Exception {
    List<CatalogueEntry> entries = new ArrayList<>();
    String[] odd = {" \ud83d x ", " é 😀 \udc00", "\ud800", null};
    int k = 0;
    for (CatalogueEntry e : CatalogueFixtures.entries(CatalogueFixtures.PROJECTS, tmp)) {
      entries.add(k < odd.length ? e.withSearchTerms(odd[k]) : e);
      k++;
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(odd.length);
    for (String base : new String[] {null, "https://exemple.fr/catalogue/"}) {
      CatalogueSite site = new CatalogueSite(entries, "../");
      if (base != null) site = site.publishedAt(base);
      String common =
          "catalogue 2\0" + fr.fejdoc.write.ProjectWriter.program() + "\0../\0" + base + "\0";
      StringBuilder shown = new StringBuilder(common);
      StringBuilder terms = new StringBuilder(common);
      List<String> expected = new ArrayList<>();
      for (CatalogueEntry e : entries) {
        String fields = fr.fejdoc.text.RecordJson.write(e.withSearchTerms(null));
        String searched = fr.fejdoc.text.Json.string(String.valueOf(e.searchTerms()));
        shown.append(fields).append('\0');
        terms.append(fr.fejdoc.text.Json.string(e.project())).append(searched).append('\0');
        expected.add(sha(common + "page\0" + fields + "\0" + searched));
      }
      expected.add(sha("classeur\0" + sha(shown.toString())));
      expected.add(sha("index\0" + sha(shown.toString())));
      expected.add(sha("recherche\0" + sha(terms.toString())));
      assertThat(site.parts().stream().map(CatalogueSite.Part::key).toList())
          .as("base %s", base)
          .containsAll(expected);
    }
  }
}

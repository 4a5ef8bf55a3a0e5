package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.text.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Awkward texts and names survive the CSV, the JSON and the links unchanged. */
class CatalogueTextTest {
  @TempDir Path tmp;

  @Test
  @SuppressWarnings("unchecked")
  void awkwardTitleRoundTrips() throws IOException {
    String title = "Dit \"oui\", puis\u00A0non ; l'été \\ fin";
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("AP1_140"));
    Path yaml = projects.resolve("AP1_140/experiment.yaml");
    String quoted = "'" + title.replace("'", "''") + "'";
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replaceFirst(
                "(?m)^titre: .*$", java.util.regex.Matcher.quoteReplacement("titre: " + quoted)));
    Path site = CatalogueFixtures.site(projects, tmp.resolve("output"));
    Map<String, String> row =
        CatalogueFixtures.csvByProject(CatalogueFixtures.read(site.resolve("experiences.csv")))
            .get("AP1_140");
    assertThat(row.get("titre")).isEqualTo(title);
    Map<String, Object> json =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build())
                .loadFromString(CatalogueFixtures.read(site.resolve("experiences.json")));
    Map<String, Object> first = ((List<Map<String, Object>>) json.get("experiences")).get(0);
    assertThat(first.get("titre")).isEqualTo(title);
    assertThat(CatalogueFixtures.read(site.resolve("index.html")))
        .contains("Dit &quot;oui&quot;, puis\u00A0non ; l&#39;été \\ fin");
  }

  @Test
  void projectNamesAreEncodedInLinks() throws IOException {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("projet été #1"));
    Path output = tmp.resolve("output");
    Path built = output.resolve("projet été #1/note-etape-2010-12-31.html");
    Files.createDirectories(built.getParent());
    Files.writeString(built, "document");
    Path site = CatalogueFixtures.site(projects, output);
    assertThat(site.resolve("experiences/projet été #1.html")).exists();
    String index = CatalogueFixtures.read(site.resolve("index.html"));
    assertThat(index)
        .contains("href=\"experiences/projet%20%C3%A9t%C3%A9%20%231.html\"")
        .contains("href=\"../projet%20%C3%A9t%C3%A9%20%231/note-etape-2010-12-31.html\"");
  }

  @Test
  void segmentsAndEscapes() {
    assertThat(Html.segment("AP1_027")).isEqualTo("AP1_027");
    assertThat(Html.segment("a/b?c")).isEqualTo("a%2Fb%3Fc");
    assertThat(Html.segment("..")).isEqualTo("%2E%2E");
    assertThat(Html.esc("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    assertThat(Json.string("a\"b\\c\n<\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u003c\\u0001\"");
  }
}

package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What must not be published is not; hostile text is escaped; the site is replaced whole. */
class CataloguePublicationTest {
  @TempDir Path tmp;

  @Test
  void unpublishedNoteHasNoLink() throws IOException {
    Path site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    String page = CatalogueFixtures.read(site.resolve("experiences/AP1_393.html"));
    assertThat(page).contains("non publiée").doesNotContain("note-etape-2010-12-31.");
    String index = CatalogueFixtures.read(site.resolve("index.html"));
    assertThat(index).doesNotContain("AP1_393/note-etape").contains("non publiée");
    // a published one is linked, relative to the page, in every format built
    String ap140 = CatalogueFixtures.read(site.resolve("experiences/AP1_140.html"));
    assertThat(ap140).contains("href=\"../../AP1_140/note-etape-2010-12-31.html\"");
    String ap027 = CatalogueFixtures.read(site.resolve("experiences/AP1_027.html"));
    assertThat(ap027)
        .contains("href=\"../../AP1_027/restitution-finale.pdf\"")
        .contains("href=\"../../AP1_027/annexes.xlsx\"")
        .doesNotContain("restitution-finale.docx"); // not built: not linked
    assertThat(index).contains("href=\"../AP1_027/restitution-finale.html\"");
    Map<String, String> row =
        CatalogueFixtures.csvByProject(CatalogueFixtures.read(site.resolve("experiences.csv")))
            .get("AP1_393");
    assertThat(row.get("documents")).isEmpty();
    // named by its kind only: its file name carries its date
    assertThat(row.get("documents_non_publies")).isEqualTo("note-etape");
    assertThat(page).doesNotContain("31 décembre 2010").doesNotContain("2010-12-31");
  }

  @Test
  void siteIsSelfContainedWithoutImages() throws IOException {
    Path site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    Map<String, byte[]> files = CatalogueFixtures.snapshot(site);
    for (String name : files.keySet()) {
      assertThat(name).doesNotEndWith(".png").doesNotEndWith(".jpg").doesNotEndWith(".svg");
      if (name.equals("catalogue.js")) {
        assertThat(new String(files.get(name), StandardCharsets.UTF_8))
            .doesNotContain("http")
            .doesNotContain("innerHTML")
            .doesNotContain("eval(");
      }
      if (!name.endsWith(".html")) continue;
      String html = new String(files.get(name), StandardCharsets.UTF_8);
      assertThat(withoutOwnScript(html))
          .as(name)
          .doesNotContain("<script")
          .doesNotContain("http://")
          .doesNotContain("https://")
          .doesNotContain("<img")
          .doesNotContainPattern("\\son[a-z]+=");
    }
  }

  /** The index and compare pages load the site's own scripts (and data); nothing else. */
  static String withoutOwnScript(String html) {
    return html.replace("<script src=\"catalogue.js\" defer></script>", "")
        .replace("<script src=\"catalogue-recherche.js\" defer></script>", "")
        .replace("<script src=\"catalogue-comparaison.js\" defer></script>", "");
  }

  @Test
  void onlyTheIndexLoadsTheScript() throws IOException {
    Path site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    assertThat(CatalogueFixtures.read(site.resolve("index.html")))
        .contains("<script src=\"catalogue-recherche.js\" defer></script>")
        .contains("<script src=\"catalogue.js\" defer></script>");
    assertThat(withoutOwnScript(CatalogueFixtures.read(site.resolve("index.html"))))
        .doesNotContain("<script");
    assertThat(withoutOwnScript(CatalogueFixtures.read(site.resolve("comparer.html"))))
        .doesNotContain("<script");
    assertThat(CatalogueFixtures.read(site.resolve("graphiques.html"))).doesNotContain("<script");
    assertThat(CatalogueFixtures.read(site.resolve("experiences/AP1_027.html")))
        .doesNotContain("<script");
    assertThat(site.resolve("catalogue.js")).exists();
  }

  @Test
  void hostileTitleIsEscapedEverywhere() throws IOException {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("AP1_140"));
    Path yaml = projects.resolve("AP1_140/experiment.yaml");
    String text = Files.readString(yaml);
    text = text.replaceFirst("(?m)^titre: .*$", "titre: \"<script>alert(1)</script>\"");
    Files.writeString(yaml, text);
    Path site = CatalogueFixtures.site(projects, tmp.resolve("output"));
    Map<String, byte[]> files = CatalogueFixtures.snapshot(site);
    boolean seen = false;
    for (var f : files.entrySet()) {
      String s = new String(f.getValue(), StandardCharsets.UTF_8);
      if (!f.getKey().endsWith(".html")) continue;
      assertThat(withoutOwnScript(s)).as(f.getKey()).doesNotContain("<script");
      if (s.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) seen = true;
    }
    assertThat(seen).isTrue();
    assertThat(new String(files.get("experiences/AP1_140.html"), StandardCharsets.UTF_8))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(new String(files.get("index.html"), StandardCharsets.UTF_8))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    // the data keep the text as written (data, not markup); JSON escapes '<' all the same
    assertThat(new String(files.get("experiences.csv"), StandardCharsets.UTF_8))
        .contains("<script>alert(1)</script>");
    assertThat(new String(files.get("experiences.json"), StandardCharsets.UTF_8))
        .contains("\\u003cscript>alert(1)\\u003c/script>");
  }

  @Test
  void brokenProjectIsListedWithItsErrorsAndNoFigures() throws IOException {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_027"), projects.resolve("AP1_027"));
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_027"), projects.resolve("AP1_027-casse"));
    Path yaml = projects.resolve("AP1_027-casse/experiment.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "\nbeneficiaires: [ouvert\n  : :\n");
    Path output = tmp.resolve("output");
    // files left by an earlier build, when the project still passed its checks
    Path stale = output.resolve("AP1_027-casse/restitution-finale.html");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "ancien");
    List<CatalogueEntry> entries = CatalogueFixtures.entries(projects, output);
    assertThat(entries).extracting(CatalogueEntry::project).contains("AP1_027", "AP1_027-casse");
    CatalogueEntry broken =
        entries.stream().filter(e -> e.project().equals("AP1_027-casse")).findFirst().get();
    assertThat(broken.errors()).isPositive();
    assertThat(broken.figures().reached()).isNull();
    assertThat(broken.figures().fejAmount()).isNull();

    Path site = CatalogueFixtures.site(projects, output);
    Map<String, Map<String, String>> csv =
        CatalogueFixtures.csvByProject(CatalogueFixtures.read(site.resolve("experiences.csv")));
    Map<String, String> row = csv.get("AP1_027-casse");
    assertThat(row.get("erreurs")).isEqualTo(String.valueOf(broken.errors()));
    assertThat(row.get("etat")).isEqualTo("erreurs");
    for (String c :
        List.of(
            "beneficiaires_prevus",
            "beneficiaires_entres",
            "taux_realisation_pct",
            "financement_total",
            "montant_fej",
            "part_fej_pct")) assertThat(row.get(c)).as(c).isEmpty();
    assertThat(csv.get("AP1_027").get("beneficiaires_entres")).isEqualTo("104");
    String index = CatalogueFixtures.read(site.resolve("index.html"));
    assertThat(index).contains("Chiffres non publiés").contains("AP1_027-casse.html");
    String page = CatalogueFixtures.read(site.resolve("experiences/AP1_027-casse.html"));
    assertThat(page)
        .contains("FEJ003")
        .contains("non liée : projet en erreur")
        .doesNotContain("Chiffres clés")
        .doesNotContain("107\u202F710") // the FEJ amount (the temporary folder may hold "107")
        .doesNotContain("restitution-finale.html");
    assertThat(index).doesNotContain("AP1_027-casse/restitution-finale");
    // the same amount is shown for the sound copy, so its absence above means something
    assertThat(CatalogueFixtures.read(site.resolve("experiences/AP1_027.html")))
        .contains("107\u202F710");
    assertThat(row.get("documents")).isEmpty();
  }

  @Test
  void sameInputSameBytes() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Map<String, byte[]> first =
        CatalogueFixtures.snapshot(CatalogueFixtures.site(PROJECTS, output));
    Map<String, byte[]> second =
        CatalogueFixtures.snapshot(CatalogueFixtures.site(PROJECTS, output));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String k : first.keySet()) assertThat(second.get(k)).as(k).isEqualTo(first.get(k));
  }

  @Test
  void failedWriteLeavesThePreviousSite() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Path site = CatalogueFixtures.site(PROJECTS, output);
    Map<String, byte[]> before = CatalogueFixtures.snapshot(site);
    Map<String, byte[]> broken = new LinkedHashMap<>();
    broken.put("index.html", "nouveau".getBytes(StandardCharsets.UTF_8));
    broken.put("index.html/impossible.html", new byte[0]); // a file under a file: fails
    assertThatThrownBy(() -> SitePublisher.publish(site, broken)).isInstanceOf(IOException.class);
    Map<String, byte[]> after = CatalogueFixtures.snapshot(site);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String k : before.keySet()) assertThat(after.get(k)).as(k).isEqualTo(before.get(k));
    try (Stream<Path> s = Files.list(output)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".catalogue."));
    }
  }

  @Test
  void pathsEscapingTheSiteAreRefused() {
    Path site = tmp.resolve("site");
    assertThatThrownBy(() -> SitePublisher.publish(site, Map.of("../dehors.html", new byte[0])))
        .isInstanceOf(IOException.class);
    assertThat(Files.exists(tmp.resolve("dehors.html"))).isFalse();
    assertThat(Files.exists(site)).isFalse();
  }

  @Test
  void republishingReplacesTheWholeSite() throws IOException {
    Path site = tmp.resolve("site");
    SitePublisher.publish(site, Map.of("a.html", new byte[] {1}, "sous/b.html", new byte[] {2}));
    SitePublisher.publish(site, Map.of("c.html", new byte[] {3}));
    assertThat(CatalogueFixtures.snapshot(site).keySet()).containsExactly("c.html");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }
}

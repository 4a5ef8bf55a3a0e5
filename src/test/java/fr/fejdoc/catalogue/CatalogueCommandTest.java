package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.CatalogueCommand;
import fr.fejdoc.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fejdoc catalogue}: exit codes, default documents folder, relative links. */
class CatalogueCommandTest {
  @TempDir Path tmp;

  @Test
  void writesTheSiteBesideTheDocuments() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Path site = output.resolve("catalogue");
    assertThat(Main.run("catalogue", PROJECTS.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(0);
    assertThat(site.resolve("index.html")).exists();
    assertThat(site.resolve("experiences/AP1_027.html")).exists();
    assertThat(CatalogueFixtures.read(site.resolve("index.html")))
        .contains("href=\"../AP1_027/restitution-finale.html\"");
  }

  @Test
  void documentsElsewhereAreLinkedRelatively() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Path site = tmp.resolve("publie/site");
    int code =
        Main.run(
            "catalogue",
            PROJECTS.toString(),
            "--out",
            site.toString(),
            "--documents",
            output.toString(),
            "-q");
    assertThat(code).isEqualTo(0);
    assertThat(CatalogueFixtures.read(site.resolve("experiences/AP1_140.html")))
        .contains("href=\"../../../output/AP1_140/note-etape-2010-12-31.html\"");
  }

  @Test
  void aBaseUrlGivesCanonicalLinksASitemapAndTheDatapackagesHomePage() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Path site = output.resolve("catalogue");
    String base = "https://fej.example.fr/catalogue";
    assertThat(
            Main.run(
                "catalogue",
                PROJECTS.toString(),
                "--out",
                site.toString(),
                "--base-url",
                base,
                "-q"))
        .isEqualTo(0);
    assertThat(CatalogueFixtures.read(site.resolve("index.html")))
        .contains("<link rel=\"canonical\" href=\"https://fej.example.fr/catalogue/index.html\">")
        .contains("href=\"../AP1_027/restitution-finale.html\""); // links stay relative
    assertThat(CatalogueFixtures.read(site.resolve("experiences/AP1_027.html")))
        .contains("href=\"https://fej.example.fr/catalogue/experiences/AP1_027.html\"");
    String sitemap = CatalogueFixtures.read(site.resolve("sitemap.xml"));
    assertThat(sitemap)
        .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        .contains("<loc>https://fej.example.fr/catalogue/comparer.html</loc>");
    for (String p : List.of("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun"))
      assertThat(sitemap)
          .contains("<loc>https://fej.example.fr/catalogue/experiences/" + p + ".html</loc>");
    assertThat(CatalogueFixtures.read(site.resolve("datapackage.json")))
        .contains("\"homepage\": \"https://fej.example.fr/catalogue/\"");
  }

  @Test
  void withoutABaseUrlNothingIsAbsolute() throws IOException {
    Path output = CatalogueFixtures.fakeOutput(tmp);
    Path site = output.resolve("catalogue");
    assertThat(Main.run("catalogue", PROJECTS.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(0);
    assertThat(site.resolve("sitemap.xml")).doesNotExist();
    assertThat(CatalogueFixtures.read(site.resolve("index.html"))).doesNotContain("canonical");
    assertThat(CatalogueFixtures.read(site.resolve("datapackage.json"))).doesNotContain("homepage");
  }

  @Test
  void aBaseUrlMustBeAnHttpAddress() throws IOException {
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "ftp://fej.example.fr/",
            "fej.example.fr/catalogue",
            "https://",
            "https://fej.example.fr/?q=1",
            "https://fej.example.fr/\"><script>",
            "")) {
      Path site = tmp.resolve("site-" + Math.abs(bad.hashCode()));
      assertThat(
              Main.run(
                  "catalogue", PROJECTS.toString(), "--out", site.toString(), "--base-url", bad))
          .as(bad)
          .isEqualTo(2);
      assertThat(site).as(bad).doesNotExist();
    }
    assertThat(CatalogueCommand.baseUrl("HTTPS://fej.example.fr"))
        .isEqualTo("HTTPS://fej.example.fr/");
  }

  @Test
  void documentsMissingOrMadeFromOtherInputsAreBuiltTheOthersReused() throws Exception {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("AP1_140"));
    CatalogueFixtures.copyTree(
        PROJECTS.resolve("passeport-accueil-commun"), projects.resolve("passeport-accueil-commun"));
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_393"), projects.resolve("AP1_393"));
    Path output = tmp.resolve("output");
    Path site = output.resolve("catalogue");
    // nothing built yet: the catalogue builds every document it links
    assertThat(Main.run("catalogue", projects.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(0);
    Path note140 = output.resolve("AP1_140/note-etape-2010-12-31.pdf");
    Path sheet = output.resolve("passeport-accueil-commun/fiche-experience.html");
    // AP1_393's note is not to be published: the catalogue does not build it
    assertThat(output.resolve("AP1_393/note-etape-2010-12-31.html")).doesNotExist();
    assertThat(note140).isNotEmptyFile();
    assertThat(CatalogueFixtures.read(site.resolve("experiences/AP1_140.html")))
        .contains("href=\"../../AP1_140/note-etape-2010-12-31.pdf\"");
    byte[] beforeSheet = Files.readAllBytes(sheet);
    var timeSheet = Files.getLastModifiedTime(sheet);
    var time140 = Files.getLastModifiedTime(note140);
    Thread.sleep(20);
    // AP1_140's narrative changes after its documents were built: they are built again
    Path md = projects.resolve("AP1_140/note-etape-2010-12-31.md");
    Files.writeString(md, Files.readString(md).replace("Pays de la Loire", "Pays-de-la-Loire"));
    assertThat(Main.run("catalogue", projects.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(0);
    assertThat(Files.getLastModifiedTime(note140)).isNotEqualTo(time140);
    assertThat(
            new String(
                Files.readAllBytes(output.resolve("AP1_140/note-etape-2010-12-31.html")),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("Pays-de-la-Loire");
    // the fiche d'expérience did not change: its files are reused as they are
    assertThat(Files.getLastModifiedTime(sheet)).isEqualTo(timeSheet);
    assertThat(Files.readAllBytes(sheet)).isEqualTo(beforeSheet);
  }

  @Test
  void filesWithoutAStampOrWithAnOldOneAreNotLinkedAsTheyAre() throws Exception {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("AP1_140"));
    Path output = tmp.resolve("output");
    // a file left by hand (or by an older build): replaced by a real build before it is linked
    Path stale = output.resolve("AP1_140/note-etape-2010-12-31.html");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "ancien");
    assertThat(
            Main.run(
                "catalogue", projects.toString(), "--out", output.resolve("c").toString(), "-q"))
        .isEqualTo(0);
    assertThat(Files.readString(stale)).isNotEqualTo("ancien").contains("<!DOCTYPE html>");
    assertThat(output.resolve("AP1_140/" + fr.fejdoc.write.ProjectWriter.STAMP)).isNotEmptyFile();
  }

  @Test
  void brokenProjectGivesOneAndStillWritesTheOthers() throws IOException {
    Path projects = tmp.resolve("projects");
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_027"), projects.resolve("AP1_027"));
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), projects.resolve("AP1_140"));
    Path yaml = projects.resolve("AP1_140/experiment.yaml");
    Files.writeString(yaml, "titre: [non fermé\n" + Files.readString(yaml));
    Path site = tmp.resolve("output/catalogue");
    assertThat(Main.run("catalogue", projects.toString(), "--out", site.toString(), "-q"))
        .isEqualTo(1);
    assertThat(site.resolve("experiences/AP1_027.html")).exists();
    assertThat(site.resolve("experiences/AP1_140.html")).exists();
  }

  @Test
  void usageProblemsGiveTwo() throws IOException {
    Path site = tmp.resolve("output/catalogue");
    assertThat(Main.run("catalogue", tmp.resolve("absent").toString(), "--out", site.toString()))
        .isEqualTo(2);
    assertThat(
            Main.run(
                "catalogue",
                PROJECTS.toString(),
                "--out",
                site.toString(),
                "--documents",
                site.resolve("docs").toString()))
        .isEqualTo(2);
    assertThat(site).doesNotExist();
  }

  @Test
  void twoProjectsOfTheSameNameAreRefused() throws IOException {
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), tmp.resolve("a/AP1_140"));
    CatalogueFixtures.copyTree(PROJECTS.resolve("AP1_140"), tmp.resolve("b/AP1_140"));
    Path site = tmp.resolve("output/catalogue");
    int code =
        Main.run(
            "catalogue",
            tmp.resolve("a/AP1_140").toString(),
            tmp.resolve("b/AP1_140").toString(),
            "--out",
            site.toString());
    assertThat(code).isEqualTo(2);
    assertThat(site).doesNotExist();
  }
}

package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

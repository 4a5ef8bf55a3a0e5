package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.write.OutputFolder;
import fr.fejdoc.write.ProjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folders of {@code build} and {@code catalogue} never delete nor mix what they should
 * not (reproducers of the attack review's findings, run through the command line). The working
 * folder, the home folder and the root are tested in {@code OutputFolderRulesTest} and {@code
 * KillNineTest} (a child process in a scratch folder), where a regression could not damage them.
 */
class OutputFolderTest {
  @TempDir Path tmp;
  Path projects;

  @BeforeEach
  void projects() {
    projects = tmp.resolve("projets");
    assertThat(run("generate", "--count", "2", "--seed", "5", "--out", projects.toString()).code)
        .isZero();
  }

  record Run(int code, String err) {}

  static Run run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
      System.err.print(err.toString(StandardCharsets.UTF_8));
    }
  }

  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        out.put(rel, Files.isRegularFile(p) ? Files.readString(p) : "<dossier>");
      }
    }
    return out;
  }

  @Test
  void theCatalogueNeverReplacesTheProjectsNorWritesAmongThem() throws IOException {
    Map<String, String> before = snapshot(projects);
    String p = projects.toString();
    for (String[] args :
        new String[][] {
          {"catalogue", p, "--out", p},
          {"catalogue", p, "--out", p + "/AP1_001"},
          {"catalogue", p, "--out", p + "/AP1_001/site"},
          {"catalogue", p, "--out", tmp.resolve("sortie/catalogue").toString(), "--documents", p},
          {"build", p, "--out", p},
          {"build", p, "--out", p + "/AP2_002"},
          {"build", p, "--out", p + "/AP2_002/images"},
          {"build", p, "--out", tmp.toString()},
        }) {
      Run r = run(args);
      assertThat(r.code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err)
          .as(String.join(" ", args))
          .startsWith("fejdoc : le dossier ")
          .containsPattern("(contient|est dans|est le dossier du) (le )?projet")
          .contains("Choisissez un dossier à part")
          .doesNotContain("Exception");
      assertThat(snapshot(projects)).as(String.join(" ", args)).isEqualTo(before);
    }
  }

  @Test
  void aFolderOfSomeoneElseIsLeftAloneAMarkedOneIsUsed() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mes-documents"));
    Files.writeString(mine.resolve("notes.txt"), "à moi");
    Run r = run("build", projects.toString(), "--out", mine.toString(), "--format", "html", "-q");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err)
        .contains("n'est pas vide et n'a pas été créé par fejdoc (il contient « notes.txt »)")
        .contains("créez-y un fichier vide « .fejdoc-output »");
    assertThat(snapshot(mine)).containsOnlyKeys("", "notes.txt");

    Path site = Files.createDirectories(tmp.resolve("www"));
    Files.writeString(site.resolve("accueil.html"), "à moi");
    r = run("catalogue", projects.toString(), "--out", site.toString(), "--documents", "x", "-q");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("le dossier du site").contains("« accueil.html »");
    assertThat(snapshot(site)).containsOnlyKeys("", "accueil.html");

    // the user says it is fejdoc's: used (and the user's file left as it is)
    Files.writeString(mine.resolve(OutputFolder.MARKER), "");
    r = run("build", projects.toString(), "--out", mine.toString(), "--format", "html", "-q");
    assertThat(r.code).isZero();
    assertThat(mine.resolve("AP1_001/restitution-finale.html")).isRegularFile();
    assertThat(mine.resolve("catalogue/index.html")).isRegularFile();
    assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("à moi");
  }

  @Test
  void anOutputOfAnEarlierVersionIsStillBuiltInto() throws IOException {
    // output/ as an earlier fejdoc left it: stamped project folders, a --doc build, the catalogue
    Path out = tmp.resolve("output");
    Files.createDirectories(out.resolve("AP1_001"));
    Files.writeString(out.resolve("AP1_001/" + ProjectWriter.STAMP), "ancien\n");
    Files.createDirectories(out.resolve("AP1_777"));
    Files.writeString(out.resolve("AP1_777/annexes.xlsx"), "ancien");
    Files.createDirectories(out.resolve("catalogue/experiences"));
    Files.writeString(out.resolve("catalogue/index.html"), "ancien");
    Files.writeString(out.resolve("catalogue/experiences/AP1_777.html"), "ancien");
    Files.writeString(
        out.resolve("catalogue/datapackage.json"),
        "{\"resources\": [{\"path\": \"experiences.csv\"}]}");
    Run r = run("build", projects.toString(), "--out", out.toString(), "--format", "html", "-q");
    assertThat(r.code).as(r.err).isZero();
    assertThat(out.resolve(OutputFolder.MARKER)).isRegularFile();
    assertThat(Files.readString(out.resolve("catalogue/index.html")))
        .contains("<!DOCTYPE html>")
        .contains("AP2_002");
    assertThat(out.resolve("catalogue/experiences/AP1_777.html")).doesNotExist(); // site replaced
    assertThat(out.resolve("AP1_777/annexes.xlsx")).isRegularFile(); // documents kept
  }

  @Test
  void aSiteNamedLikeAProjectBesideItsDocumentsIsRefused() throws IOException {
    Path out = tmp.resolve("sortie");
    Run r = run("catalogue", projects.toString(), "--out", out.resolve("AP2_002").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("porte le nom du projet").contains("AP2_002");
    assertThat(out.resolve("AP2_002")).doesNotExist();
  }

  /**
   * A project named {@code catalogue} must not clobber the published site: it gets FEJ080 and no
   * documents, the other projects and the catalogue are written. Needs the lead's wiring of {@code
   * OutputFolder.guard(checked, display)} in the project loops of BuildCommand and Catalogue.
   */
  @Test
  void aProjectNamedCatalogueDoesNotClobberTheSite() throws IOException {
    Path from = projects.resolve("AP2_002"), to = projects.resolve("catalogue");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.toList()) {
        if (Files.isDirectory(f)) Files.createDirectories(to.resolve(from.relativize(f)));
        else Files.copy(f, to.resolve(from.relativize(f)));
      }
    }
    Path out = tmp.resolve("sortie");
    Run r = run("build", projects.toString(), "--out", out.toString(), "--format", "html");
    assertThat(r.code).isEqualTo(1); // one project in error
    assertThat(out.resolve("catalogue/restitution-finale.html")).doesNotExist();
    assertThat(out.resolve("catalogue/" + ProjectWriter.STAMP)).doesNotExist();
    assertThat(Files.readString(out.resolve("catalogue/index.html"))).contains("AP1_001");
    assertThat(out.resolve("AP1_001/restitution-finale.html")).isRegularFile();
  }
}

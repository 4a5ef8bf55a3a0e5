package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@link OutputFolder} one by one, without running a command: which folders are
 * refused, which earlier outputs are accepted, which names are reserved, which leftovers are
 * cleaned (and which are not), and the lock between two runs. (Places that a regression would make
 * a real run write into, such as the working folder, the root or the home folder, are only tested
 * here, where nothing is ever written.)
 */
class OutputFolderRulesTest {
  private static final Messages FR = Messages.of(Messages.Lang.FR);

  @TempDir Path tmp;

  private Path projects() throws IOException {
    Path projects = tmp.resolve("projets");
    for (String p : List.of("AP1_001", "AP1_002")) {
      Files.createDirectories(projects.resolve(p + "/images"));
      Files.writeString(projects.resolve(p + "/experiment.yaml"), "dossier: " + p + "\n");
    }
    return projects;
  }

  static List<Path> dirs(Path projects) {
    return List.of(projects.resolve("AP1_001"), projects.resolve("AP1_002"));
  }

  private String refusal(OutputFolder.Role role, Path folder, Path projects) {
    return OutputFolder.refusal(FR, role, folder, List.of(projects), dirs(projects));
  }

  @Test
  void theProjectsTheirFolderTheWorkingFolderTheHomeAndTheRootAreRefused() throws IOException {
    Path projects = projects();
    for (OutputFolder.Role role : OutputFolder.Role.values()) {
      assertThat(refusal(role, projects, projects))
          .as(role.name())
          .startsWith("fejdoc : ")
          .contains("« " + fr.fejdoc.load.ProjectFinder.display(projects) + " »")
          .contains("contient le projet")
          .contains("Choisissez un dossier à part");
      assertThat(refusal(role, projects.resolve("AP1_001"), projects))
          .contains("est le dossier du projet");
      assertThat(refusal(role, projects.resolve("AP1_001/images/sortie"), projects))
          .contains("est dans le projet");
      assertThat(refusal(role, tmp, projects)).contains("contient le projet");
      assertThat(refusal(role, Path.of(""), projects)).contains("est le dossier de travail");
      assertThat(refusal(role, Path.of("").toAbsolutePath().getParent(), projects))
          .contains("contient le dossier de travail");
      assertThat(refusal(role, Path.of("/"), projects))
          .contains("« / »")
          .contains("racine du système de fichiers");
    }
    // a folder of projects without any project yet is still the projects' folder
    Path empty = Files.createDirectories(tmp.resolve("vide"));
    assertThat(OutputFolder.refusal(FR, OutputFolder.Role.OUTPUT, empty, List.of(empty), List.of()))
        .contains("est le dossier des projets");
    // the same folder through a link is recognised
    Path link = Files.createSymbolicLink(tmp.resolve("lien"), projects);
    assertThat(refusal(OutputFolder.Role.OUTPUT, link, projects)).contains("contient le projet");
    // beside the projects: accepted
    assertThat(refusal(OutputFolder.Role.OUTPUT, tmp.resolve("sortie"), projects)).isNull();
    assertThat(refusal(OutputFolder.Role.SITE, tmp.resolve("sortie/catalogue"), projects)).isNull();
  }

  @Test
  void theHomeFolderIsRefused() throws IOException {
    Path projects = projects();
    Path home = Files.createDirectories(tmp.resolve("maison"));
    String saved = System.getProperty("user.home");
    try {
      System.setProperty("user.home", home.toString());
      assertThat(refusal(OutputFolder.Role.OUTPUT, home, projects))
          .contains("est votre dossier personnel");
      assertThat(refusal(OutputFolder.Role.OUTPUT, home.resolve("sortie"), projects)).isNull();
    } finally {
      System.setProperty("user.home", saved);
    }
  }

  @Test
  void aFolderOfSomeoneElseIsRefusedAMarkedOneOrAnEarlierOutputIsAccepted() throws IOException {
    Path projects = projects();
    Path out = Files.createDirectories(tmp.resolve("sortie"));
    assertThat(refusal(OutputFolder.Role.OUTPUT, out, projects)).isNull(); // empty
    Files.writeString(out.resolve("notes.txt"), "à moi");
    assertThat(refusal(OutputFolder.Role.OUTPUT, out, projects))
        .contains("n'est pas vide et n'a pas été créé par fejdoc")
        .contains("« notes.txt »")
        .contains(OutputFolder.MARKER);
    Files.writeString(out.resolve(OutputFolder.MARKER), "");
    assertThat(refusal(OutputFolder.Role.OUTPUT, out, projects)).isNull();

    // an output of an earlier version: stamped folders, a partial build, this run's projects, a
    // catalogue site
    Path old = tmp.resolve("ancien");
    Files.createDirectories(old.resolve("AP1_900"));
    Files.writeString(old.resolve("AP1_900/" + ProjectWriter.STAMP), "x\n");
    Files.writeString(old.resolve("AP1_900/annexes.xlsx"), "x");
    Files.createDirectories(old.resolve("AP1_901"));
    Files.writeString(old.resolve("AP1_901/annexes.html"), "x"); // --doc: no stamp
    Files.createDirectories(old.resolve("AP1_001"));
    Files.writeString(old.resolve("AP1_001/brouillon.txt"), "x"); // this run's project
    site(old.resolve("catalogue"));
    assertThat(refusal(OutputFolder.Role.OUTPUT, old, projects)).isNull();
    // ...but not with a folder of something else in it
    Files.createDirectories(old.resolve("photos"));
    Files.writeString(old.resolve("photos/ete.jpg"), "x");
    assertThat(refusal(OutputFolder.Role.DOCUMENTS, old, projects)).contains("« photos »");

    // a file is not a folder
    assertThat(refusal(OutputFolder.Role.OUTPUT, out.resolve("notes.txt"), projects))
        .contains("est un fichier");
  }

  private static void site(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("experiences"));
    Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html>");
    Files.writeString(
        dir.resolve("datapackage.json"), "{\"resources\": [{\"path\": \"experiences.csv\"}]}");
    Files.writeString(dir.resolve("experiences/AP1_001.html"), "<!DOCTYPE html>");
  }

  @Test
  void theSiteIsAbsentEmptyOrACatalogue() throws IOException {
    Path projects = projects();
    Path out = tmp.resolve("sortie");
    Path site = out.resolve("catalogue");
    List<Path> paths = List.of(projects);
    assertThat(OutputFolder.siteRefusal(FR, site, out, paths, dirs(projects))).isNull();
    Files.createDirectories(site);
    assertThat(OutputFolder.siteRefusal(FR, site, out, paths, dirs(projects))).isNull();
    Files.writeString(site.resolve("a.txt"), "à moi");
    assertThat(OutputFolder.siteRefusal(FR, site, out, paths, dirs(projects)))
        .contains("le dossier du site")
        .contains("n'est pas un catalogue écrit par fejdoc")
        .contains("« a.txt »");
    Files.delete(site.resolve("a.txt"));
    site(site);
    assertThat(OutputFolder.siteRefusal(FR, site, out, paths, dirs(projects))).isNull();
    // the documents inside the site, or the site named like a project beside its documents
    assertThat(OutputFolder.siteRefusal(FR, site, site.resolve("docs"), paths, dirs(projects)))
        .contains("ne peut pas être dans le site");
    assertThat(OutputFolder.siteRefusal(FR, out.resolve("ap1_002"), out, paths, dirs(projects)))
        .contains("porte le nom du projet");
    // the site's default documents folder (its parent) is checked too
    assertThat(OutputFolder.siteRefusal(FR, tmp.resolve("site"), tmp, paths, dirs(projects)))
        .contains("le dossier des documents")
        .contains("contient le projet");
  }

  @Test
  void reservedNamesGetAFindingAndNoDocuments() {
    for (String name : List.of("catalogue", "Catalogue", ".fejdoc-output", ".fejdoc-lock", ".x"))
      assertThat(OutputFolder.isReserved(name)).as(name).isTrue();
    for (String name : List.of("AP1_027", "catalogue-2012", "passeport-accueil-commun"))
      assertThat(OutputFolder.isReserved(name)).as(name).isFalse();
    assertThat(OutputFolder.reserved("AP1_027", "projects/AP1_027")).isNull();
    Finding f = OutputFolder.reserved("catalogue", "projects/catalogue");
    assertThat(f.code()).isEqualTo(Code.RESERVED_NAME);
    assertThat(f.code().id()).isEqualTo("FEJ080");
    assertThat(f.loc().file()).isEqualTo("projects/catalogue");
    assertThat(Messages.of(Messages.Lang.FR).format(f))
        .contains("« catalogue »")
        .contains("réserve")
        .contains("Renommez le dossier du projet");
    assertThat(Messages.of(Messages.Lang.EN).format(f)).contains("\"catalogue\"");

    Project p = new Project("catalogue", Path.of("projects/catalogue"), null, List.of());
    Checker.Checked clean = new Checker.Checked(p, List.of());
    Checker.Checked guarded = OutputFolder.guard(clean, "projects/catalogue");
    assertThat(guarded.hasErrors()).isTrue();
    assertThat(guarded.findings()).extracting(Finding::code).containsExactly(Code.RESERVED_NAME);
    assertThat(guarded.count(Severity.ERROR)).isEqualTo(1);
    Project ok = new Project("AP1_027", Path.of("projects/AP1_027"), null, List.of());
    Checker.Checked fine = new Checker.Checked(ok, List.of());
    assertThat(OutputFolder.guard(fine, "projects/AP1_027")).isSameAs(fine);
  }

  @Test
  void onlyFejdocsOwnLeftoversAreCleanedAndOnlyUnderTheLock() throws IOException {
    Path projects = projects();
    Path out = Files.createDirectories(tmp.resolve("sortie"));
    Files.writeString(out.resolve(OutputFolder.MARKER), "");
    Path site = out.resolve("catalogue");
    site(site);
    Set<String> stale =
        Set.of(
            "AP1_001/.restitution-finale.html.8123456789012345678.tmp",
            "AP1_001/.annexes.xlsx.42.tmp",
            "AP1_001/..fejdoc-build.17.tmp",
            "catalogue/.index.html.5.tmp",
            "catalogue/experiences/.AP1_001.html.6.tmp",
            ".catalogue.new-1234567/index.html",
            ".catalogue.new-1234567/experiences/AP1_001.html",
            ".catalogue.old-99/index.html");
    Set<String> kept =
        Set.of(
            ".rapport.xml.12.tmp", // check -o writes at the top: maybe a live run
            "AP1_001/.notes.txt.12.tmp", // not a name fejdoc writes
            "AP1_001/brouillon.tmp",
            "AP1_001/.annexes.xlsx.tmp",
            "AP1_001/.annexes.xlsx.12.tmp.bak",
            ".cache/.a.html.1.tmp", // a hidden folder is not fejdoc's
            ".autre.new-1/index.html", // another site's name
            ".catalogue.new-abc/index.html", // not the pattern
            "catalogue.new-1/index.html");
    for (String f : union(stale, kept)) {
      Files.createDirectories(out.resolve(f).getParent());
      Files.writeString(out.resolve(f), "x");
    }
    try (OutputFolder.Claim claim = OutputFolder.claim(FR)) {
      assertThat(claim.site(site, out, List.of(projects), dirs(projects))).isTrue();
    }
    Set<String> left = files(out);
    assertThat(left).containsAll(kept);
    assertThat(left).doesNotContainAnyElementsOf(stale);
    assertThat(out.resolve(".catalogue.new-1234567")).doesNotExist();
    assertThat(out.resolve(".catalogue.old-99")).doesNotExist();
    assertThat(left).contains("catalogue/index.html", OutputFolder.MARKER, OutputFolder.LOCK);
    assertThat(AtomicFiles.isTemporary(".fiche-experience.pdf.1.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary(".fiche-experience.pdf.tmp")).isFalse();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  private static Set<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      Set<String> out = new TreeSet<>();
      s.filter(Files::isRegularFile)
          .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
      return out;
    }
  }

  @Test
  void aSecondRunWaitsForTheFirstThenGivesUpClearly() throws Exception {
    Path projects = projects();
    Path out = tmp.resolve("sortie");
    assertThat(secondRunGivesUp(FR, projects, out))
        .contains("un autre fejdoc écrit dans")
        .contains("attente (au plus 1 s)")
        .contains("rien n'a été écrit")
        .contains("FEJDOC_LOCK_WAIT");
    // released: the next run gets it, and takes it again within itself (build runs catalogue)
    try (OutputFolder.Claim again = OutputFolder.claim(FR)) {
      assertThat(again.output(out, List.of(projects), dirs(projects))).isTrue();
      try (OutputFolder.Claim nested = OutputFolder.claim(FR)) {
        assertThat(nested.site(out.resolve("catalogue"), out, List.of(projects), dirs(projects)))
            .isTrue();
      }
    }
  }

  /**
   * What a second run claiming {@code out} says, in the language of {@code m}, while a first run
   * holds it (waiting at most 1 s); the first run has let it go when this returns.
   */
  static String secondRunGivesUp(Messages m, Path projects, Path out) throws Exception {
    CountDownLatch held = new CountDownLatch(1), done = new CountDownLatch(1);
    Thread first =
        new Thread(
            () -> {
              try (OutputFolder.Claim c = OutputFolder.claim(m)) {
                if (!c.output(out, List.of(projects), dirs(projects)))
                  throw new AssertionError("the first run is refused");
                held.countDown();
                done.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    first.start();
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String saved = System.getProperty("fejdoc.lockWaitSeconds");
    System.setProperty("fejdoc.lockWaitSeconds", "1");
    try (OutputFolder.Claim second =
        new OutputFolder.Claim(new PrintStream(err, true, StandardCharsets.UTF_8), m)) {
      assertThat(second.output(out, List.of(projects), dirs(projects))).isFalse();
    } finally {
      if (saved == null) System.clearProperty("fejdoc.lockWaitSeconds");
      else System.setProperty("fejdoc.lockWaitSeconds", saved);
      done.countDown();
      first.join(30_000);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFolderThatCannotBePreparedIsSaidAsAWriteProblem() throws IOException {
    Path projects = projects();
    Path file = Files.writeString(tmp.resolve("fichier"), "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (OutputFolder.Claim claim =
        new OutputFolder.Claim(new PrintStream(err, true, StandardCharsets.UTF_8), FR)) {
      assertThat(claim.output(file.resolve("sortie"), List.of(projects), dirs(projects))).isFalse();
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("ne peut pas être préparé (un élément du chemin est un fichier, pas un dossier)")
        .doesNotContain("lecture")
        .doesNotContain("Exception");
  }
}

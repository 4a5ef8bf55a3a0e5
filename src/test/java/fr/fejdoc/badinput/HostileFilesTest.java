package fr.fejdoc.badinput;

import static fr.fejdoc.check.TestProjects.DISPLAY;
import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.NOTE_FRONT_MATTER;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.write;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.fejdoc.catalogue.CatalogueEntry;
import fr.fejdoc.catalogue.CatalogueSite;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.load.ImageTypes;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.Resources;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project folder is a boundary: nothing outside it is read (symbolic links to files or folders
 * elsewhere, a project folder of a folder of projects linking elsewhere), nothing big is read
 * whole, no image decoder is given an image beyond the limits, and no absolute path of the build
 * machine reaches a published file. Each test reproduces one hostile class.
 */
class HostileFilesTest {
  private static final String SECRET = "SECRET-DE-L-AUTRE-ORGANISATION";

  /** What another organisation's file, or /etc/passwd, might hold: read, it would be quoted. */
  private static final String FOREIGN_YAML =
      "root:x:0:0:"
          + SECRET
          + ":/root:/bin/bash\n"
          + SECRET
          + ": 1\nmot_de_passe: "
          + SECRET
          + "\n";

  @TempDir Path root;

  private static Path link(Path link, Path target) throws IOException {
    try {
      Files.createDirectories(link.getParent());
      return Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links unavailable here: " + e);
      return null;
    }
  }

  /** Every text a finding shows, in both languages: no secret, no path of the target. */
  private static void assertNothingOf(Checker.Checked c, String... forbidden) {
    for (Finding f : c.findings()) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        String text = f.loc() + " " + Messages.of(lang).format(f);
        for (String s : forbidden) assertThat(text).as("finding %s", f).doesNotContain(s);
      }
    }
  }

  private static String note(String extra) {
    return document(NOTE_FRONT_MATTER, OBJECTIVES + "\n" + extra + "\n\n" + MODALITIES);
  }

  // ------------------------------------------------------------------ symbolic links

  @Test
  void experimentYamlLinkedToAFileElsewhereIsNotRead(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), FOREIGN_YAML);
    Path dir = write(root, FOLDER, files("note.md", TestProjects.note()));
    link(dir.resolve(EXPERIMENT), secret);

    Checker.Checked c = TestProjects.check(dir);

    assertThat(c.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
              assertThat(f.loc().toString()).isEqualTo(DISPLAY + "/" + EXPERIMENT);
              assertThat(f.args()).containsExactly(DISPLAY + "/" + EXPERIMENT);
            });
    assertThat(c.project().experiment()).isNull();
    assertNothingOf(c, SECRET, elsewhere.toString(), "passwd");
    // nor on the experiment's public page
    CatalogueEntry e = CatalogueEntry.of(c, List.of(), Messages.of(Messages.Lang.FR));
    assertThat(e.findings().toString()).doesNotContain(SECRET).doesNotContain(elsewhere.toString());
  }

  @Test
  void experimentYamlLinkedToEtcPasswdIsNotRead() throws IOException {
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isReadable(passwd), "no /etc/passwd here");
    Path dir = write(root, FOLDER, files("note.md", TestProjects.note()));
    link(dir.resolve(EXPERIMENT), passwd);
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings()).extracting(Finding::code).containsExactly(Code.LINK_OUTSIDE);
    assertNothingOf(c, "root:", "/etc", "passwd");
  }

  @Test
  void experimentYamlLinkedIntoAnotherProjectIsNotRead() throws IOException {
    Path other = write(root, "AP1_999", files(EXPERIMENT, FOREIGN_YAML));
    Path dir = write(root, FOLDER, files("note.md", TestProjects.note()));
    link(dir.resolve(EXPERIMENT), Path.of("..", "AP1_999", EXPERIMENT));
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings()).extracting(Finding::code).containsExactly(Code.LINK_OUTSIDE);
    assertNothingOf(c, SECRET, other.getFileName().toString());
  }

  @Test
  void markdownLinkedElsewhereIsNotRead(@TempDir Path elsewhere) throws IOException {
    Path foreign = Files.writeString(elsewhere.resolve("theirs.md"), note(SECRET));
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml("")));
    link(dir.resolve("note.md"), foreign);
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
              assertThat(f.args()).containsExactly(DISPLAY + "/note.md");
            });
    assertThat(c.project().documents()).isEmpty();
    assertNothingOf(c, SECRET, elsewhere.toString(), "theirs");
  }

  @Test
  void imagesFolderLinkedElsewhereIsNamedAndNotRead(@TempDir Path elsewhere) throws IOException {
    Files.write(elsewhere.resolve("signature.png"), ImageFiles.png(10, 10));
    Path dir =
        write(
            root,
            FOLDER,
            files(EXPERIMENT, yaml(""), "note.md", note("![S](images/signature.png)")));
    link(dir.resolve("images"), elsewhere);
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
              // the link as it lies in the project: the folder, not the file behind it
              assertThat(f.args()).containsExactly(DISPLAY + "/images");
              assertThat(f.loc().file()).isEqualTo(DISPLAY + "/note.md");
            });
    assertNothingOf(c, elsewhere.toString());
    // the writers get nothing through it either
    assertThat(Resources.folder(dir).image("images/signature.png")).isEmpty();
  }

  @Test
  void imageLinkedToADeviceIsNeverOpened() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", note("![Z](zero.png)")));
    link(dir.resolve("zero.png"), zero);
    Checker.Checked c =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestProjects.check(dir));
    assertThat(c.findings()).extracting(Finding::code).containsExactly(Code.LINK_OUTSIDE);
    assertThat(Resources.folder(dir).image("zero.png")).isEmpty();
  }

  @Test
  void linksInsideTheProjectToFilesInsideAreFollowed() throws IOException {
    Path dir =
        write(
            root,
            FOLDER,
            files(EXPERIMENT, yaml(""), "sources/note-reelle.md", note("![S](images/alias.png)")));
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/vraie.png"), ImageFiles.png(20, 10));
    link(dir.resolve("note.md"), Path.of("sources", "note-reelle.md"));
    link(dir.resolve("images/alias.png"), Path.of("vraie.png"));
    link(dir.resolve("illustrations"), Path.of("images"));
    Files.writeString(
        dir.resolve("note.md.tmp"), ""); // not Markdown: ignored, only there to show it is
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings()).isEmpty();
    assertThat(c.project().documents()).hasSize(1);
    assertThat(Resources.folder(dir).image("illustrations/alias.png")).isPresent();
  }

  @Test
  void aFifoInTheProjectNeverBlocks() throws Exception {
    Path dir = write(root, FOLDER, files("note.md", TestProjects.note()));
    assumeTrue(mkfifo(dir.resolve(EXPERIMENT)) && mkfifo(dir.resolve("tube.png")), "no mkfifo");
    Files.writeString(dir.resolve("note.md"), note("![T](tube.png)"));
    Checker.Checked c =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestProjects.check(dir));
    assertThat(c.findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(Code.PROJECT_EMPTY, Code.IMAGE_MISSING);
  }

  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ------------------------------------------------------------------ folders of projects

  /**
   * The choice for a folder of projects: a sub-folder that is a symbolic link leading out of the
   * folder given (projects/evil -> /etc, or to another organisation's folder) is listed, so that
   * its owner is told, but not looked into: the loader refuses it as a whole with LINK_OUTSIDE and
   * reads nothing behind it. A link to a project inside the same folder is a project like any
   * other. A project given on the command line as a link is the user's choice: it is used as its
   * target.
   */
  @Test
  void aFolderOfProjectsNeverReadsThroughALinkLeadingOutOfIt(@TempDir Path elsewhere)
      throws IOException {
    Path projects = root.resolve("projects");
    write(projects, "AP1_027", files(EXPERIMENT, yaml(""), "note.md", TestProjects.note()));
    Path foreign = write(elsewhere, "AP1_999", files(EXPERIMENT, FOREIGN_YAML, "x.md", SECRET));
    link(projects.resolve("evil"), foreign);
    link(projects.resolve("alias"), Path.of("AP1_027"));
    if (Files.isDirectory(Path.of("/etc"))) link(projects.resolve("etc"), Path.of("/etc"));

    List<ProjectFinder.Found> found = ProjectFinder.find(List.of(projects));
    List<String> names = found.stream().map(f -> f.dir().getFileName().toString()).toList();
    assertThat(names).contains("AP1_027", "alias", "evil");

    for (ProjectFinder.Found f : found) {
      Checker.Checked c = fr.fejdoc.write.LayoutRule.checker().check(f.dir(), f.display());
      String name = f.dir().getFileName().toString();
      if (name.equals("evil") || name.equals("etc")) {
        assertThat(c.findings()).extracting(Finding::code).containsExactly(Code.LINK_OUTSIDE);
        assertThat(c.project().experiment()).isNull();
        assertThat(c.project().documents()).isEmpty();
        assertNothingOf(c, SECRET, elsewhere.toString(), "/etc/", "root:");
      } else {
        assertThat(c.findings()).as(name).filteredOn(x -> x.severity() == Severity.ERROR).isEmpty();
      }
    }
  }

  @Test
  void aProjectGivenAsALinkIsUsedAsItsTarget(@TempDir Path elsewhere) throws IOException {
    Path real =
        write(elsewhere, "AP1_027", files(EXPERIMENT, yaml(""), "note.md", TestProjects.note()));
    Path given = link(root.resolve("mon-projet"), real);
    List<ProjectFinder.Found> found = ProjectFinder.find(List.of(given));
    assertThat(found).singleElement();
    Checker.Checked c =
        fr.fejdoc.write.LayoutRule.checker().check(found.get(0).dir(), found.get(0).display());
    assertThat(c.findings()).filteredOn(x -> x.severity() == Severity.ERROR).isEmpty();
    assertThat(c.project().documents()).hasSize(1);
  }

  // ------------------------------------------------------------------ absolute paths

  @Test
  void aProjectOutsideTheWorkingFolderIsDisplayedByItsName() throws IOException {
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", note("![L](logo.png)")));
    assumeTrue(!dir.toAbsolutePath().startsWith(Path.of("").toAbsolutePath()), "inside cwd");
    List<ProjectFinder.Found> found = ProjectFinder.find(List.of(dir.toAbsolutePath()));
    assertThat(found).extracting(ProjectFinder.Found::display).containsExactly(FOLDER);
    List<ProjectFinder.Found> inFolder = ProjectFinder.find(List.of(root.toAbsolutePath()));
    assertThat(inFolder)
        .extracting(ProjectFinder.Found::display)
        .containsExactly(root.getFileName() + "/" + FOLDER);

    Checker.Checked c =
        fr.fejdoc.write.LayoutRule.checker().check(found.get(0).dir(), found.get(0).display());
    assertThat(c.findings()).extracting(f -> f.loc().file()).containsExactly(FOLDER + "/note.md");
    CatalogueEntry e = CatalogueEntry.of(c, List.of(), Messages.of(Messages.Lang.FR));
    Map<String, byte[]> site = new CatalogueSite(List.of(e), "..").files();
    String machine = root.toAbsolutePath().toString();
    for (var file : site.entrySet())
      assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
          .as(file.getKey())
          .doesNotContain(machine);
  }

  @Test
  void theLieuOfAFindingIsNeverAnAbsolutePath() throws IOException {
    // a caller still displaying the project by its absolute path: the page shows its name
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", note("![L](logo.png)")));
    String absolute = dir.toAbsolutePath().normalize().toString();
    Checker.Checked c = fr.fejdoc.write.LayoutRule.checker().check(dir, absolute);
    assertThat(c.findings()).extracting(f -> f.loc().file()).containsExactly(absolute + "/note.md");
    CatalogueEntry e = CatalogueEntry.of(c, List.of(), Messages.of(Messages.Lang.FR));
    assertThat(e.findings())
        .extracting(CatalogueEntry.FindingLine::place)
        .containsExactly(FOLDER + "/note.md:" + c.findings().get(0).loc().line() + ":1");
  }

  // ------------------------------------------------------------------ size of the folder

  @Test
  void aHugeFileNobodyRefersToCostsNothing() throws IOException {
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", TestProjects.note()));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("video.mp4").toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: no disk used
    }
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings()).isEmpty();
  }

  // ------------------------------------------------------------------ images at check time

  private Checker.Checked checkImage(String name, byte[] bytes) throws IOException {
    Path dir =
        write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", note("![I](" + name + ")")));
    Files.write(dir.resolve(name), bytes);
    return TestProjects.check(dir);
  }

  @Test
  void aPixelBombIsRefusedAtCheckTimeWithItsSize() throws IOException {
    byte[] bomb = ImageFiles.bomb();
    assertThat(bomb.length).isLessThan(200_000); // 110 KB on disk, 900 megapixels
    Checker.Checked c = checkImage("bombe.png", bomb);
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.IMAGE_TOO_LARGE);
              assertThat(f.args()).containsExactly("bombe.png", 30_000, 30_000, 50L, 20_000);
              assertThat(Messages.of(Messages.Lang.FR).format(f))
                  .contains("30\u202F000 × 30\u202F000 pixels");
            });
  }

  @Test
  void aLargePhotoIsReducedForDocuments() throws IOException {
    Checker.Checked c = checkImage("photo.jpg", ImageFiles.photo(6000, 4000));
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.IMAGE_REDUCED);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.args()).containsExactly("photo.jpg", 6000, 4000, 2000, 1333);
            });
  }

  @Test
  void anImageFileOverTheCapIsNotRead() throws IOException {
    Path dir =
        write(root, FOLDER, files(EXPERIMENT, yaml(""), "note.md", note("![I](grosse.png)")));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("grosse.png").toFile(), "rw")) {
      f.write(ImageFiles.png(10, 10));
      f.setLength(ImageTypes.MAX_BYTES + 1);
    }
    Checker.Checked c = TestProjects.check(dir);
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.YAML_TOO_LARGE);
              assertThat(f.args()).containsExactly(ImageTypes.MAX_BYTES + 1, ImageTypes.MAX_BYTES);
            });
    assertThat(Resources.folder(dir).image("grosse.png")).isEmpty();
  }

  @Test
  void brokenImagesAreReportedNeverThrown() throws IOException {
    byte[] png = ImageFiles.png(40, 30);
    byte[] jpeg = ImageFiles.photo(40, 30);
    byte[] gif = ImageFiles.gif(40, 30);
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("vide.png", ""),
            Map.entry("texte.png", "ceci n'est pas une image"),
            Map.entry("dessin.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Map.entry("tronque-png.png", "cut:png"),
            Map.entry("tronque-jpeg.jpg", "cut:jpeg"),
            Map.entry("tronque-gif.gif", "cut:gif"),
            Map.entry("entete-png.png", "head:png"),
            Map.entry("entete-jpeg.jpg", "head:jpeg"));
    for (var e : cases.entrySet()) {
      byte[] bytes =
          switch (e.getValue()) {
            case "cut:png" -> java.util.Arrays.copyOf(png, png.length / 2);
            case "cut:jpeg" -> java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
            case "cut:gif" -> java.util.Arrays.copyOf(gif, gif.length - 2);
            case "head:png" -> java.util.Arrays.copyOf(png, 20);
            case "head:jpeg" -> java.util.Arrays.copyOf(jpeg, 30);
            default -> e.getValue().getBytes(StandardCharsets.UTF_8);
          };
      Path sub = root.resolve(e.getKey());
      Path dir =
          write(
              sub,
              FOLDER,
              files(EXPERIMENT, yaml(""), "note.md", note("![I](" + e.getKey() + ")")));
      Files.write(dir.resolve(e.getKey()), bytes);
      Checker.Checked c = TestProjects.check(dir);
      assertThat(c.findings())
          .as(e.getKey())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.code()).isEqualTo(Code.FILE_UNREADABLE);
                String fr = Messages.of(Messages.Lang.FR).format(f);
                assertThat(fr).contains("« " + e.getKey() + " »").doesNotContain("Exception");
                if (e.getKey().startsWith("tronque") || e.getKey().startsWith("entete"))
                  assertThat(fr).contains("tronquée");
                if (e.getKey().equals("dessin.png")) assertThat(fr).contains("SVG");
              });
      assertThat(Resources.folder(dir).image(e.getKey())).as(e.getKey()).isEmpty();
    }
  }
}

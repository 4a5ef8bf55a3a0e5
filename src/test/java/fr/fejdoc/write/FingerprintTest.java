package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.load.ProjectFiles;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build fingerprint of a hostile project folder is bounded: a huge file is never read whole
 * (nor at all beyond what fejdoc may read), links are never followed out of the folder, an absurd
 * folder is refused quickly, a pipe is never opened.
 */
class FingerprintTest {
  @TempDir Path dir;

  /** Bytes allocated by this thread while running {@code work} (HotSpot's own count). */
  private static long allocated(IoWork work) throws IOException {
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long before = bean.getThreadAllocatedBytes(id);
    work.run();
    return bean.getThreadAllocatedBytes(id) - before;
  }

  interface IoWork {
    void run() throws IOException;
  }

  private static void sparse(Path p, long length) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(length);
    }
  }

  private static void poke(Path p, long at) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.seek(at);
      f.write(42);
    }
  }

  @Test
  void aThreeGigabyteFileIsFingerprintedBySizeWithoutBeingRead() throws IOException {
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_027\n");
    Path video = dir.resolve("video.mp4");
    sparse(video, 3L << 30);
    String[] print = new String[1];
    long start = System.nanoTime();
    long bytes = allocated(() -> print[0] = ProjectWriter.fingerprint(dir));
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "fingerprint of a 3 GB sparse file: %d ms, %d KB allocated%n", ms, bytes >> 10);
    assertThat(bytes).as("bytes allocated").isLessThan(16L << 20);
    // fejdoc never reads a file this big (refused wherever it is referred to): its size is what
    // can change a document (the refusal), not its content
    poke(video, 1L << 30);
    assertThat(ProjectWriter.fingerprint(dir)).isEqualTo(print[0]);
    sparse(video, (3L << 30) + 1);
    assertThat(ProjectWriter.fingerprint(dir)).isNotEqualTo(print[0]);
  }

  @Test
  void aFileFejdocMayReadIsStreamedAndHashedByContent() throws IOException {
    Path image = dir.resolve("photo.jpg");
    sparse(image, ProjectFiles.MAX_FILE_BYTES);
    String[] print = new String[1];
    long bytes = allocated(() -> print[0] = ProjectWriter.fingerprint(dir));
    System.out.printf(
        "fingerprint of a %d MB file: %d KB allocated%n",
        ProjectFiles.MAX_FILE_BYTES >> 20, bytes >> 10);
    assertThat(bytes).as("bytes allocated").isLessThan(ProjectFiles.MAX_FILE_BYTES / 4);
    poke(image, ProjectFiles.MAX_FILE_BYTES - 1);
    assertThat(ProjectWriter.fingerprint(dir)).isNotEqualTo(print[0]);
    assertThat(ProjectWriter.fingerprint(dir)).isEqualTo(ProjectWriter.fingerprint(dir));
  }

  @Test
  void aLinkIsHashedAsItsPathNeverThroughIt(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "un");
    Path inside = Files.writeString(dir.resolve("vraie.png"), "un");
    try {
      Files.createSymbolicLink(dir.resolve("dehors.png"), secret);
      Files.createSymbolicLink(dir.resolve("alias.png"), Path.of("vraie.png"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links unavailable here");
    }
    String before = ProjectWriter.fingerprint(dir);
    Files.writeString(secret, "deux");
    assertThat(ProjectWriter.fingerprint(dir)).as("outside: never read").isEqualTo(before);
    Files.writeString(inside, "deux");
    assertThat(ProjectWriter.fingerprint(dir))
        .as("inside: hashed where it lies")
        .isNotEqualTo(before);
    String after = ProjectWriter.fingerprint(dir);
    Files.delete(dir.resolve("dehors.png"));
    Files.createSymbolicLink(dir.resolve("dehors.png"), elsewhere.resolve("autre.txt"));
    assertThat(ProjectWriter.fingerprint(dir)).as("the link's own path").isNotEqualTo(after);
  }

  @Test
  void aFolderLinkedElsewhereIsNotWalked(@TempDir Path elsewhere) throws IOException {
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_027\n");
    try {
      Files.createSymbolicLink(dir.resolve("racine"), Path.of("/"));
      Files.createSymbolicLink(dir.resolve("ailleurs"), elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links unavailable here");
    }
    String before =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ProjectWriter.fingerprint(dir));
    Files.writeString(elsewhere.resolve("nouveau.txt"), "x");
    assertThat(ProjectWriter.fingerprint(dir)).isEqualTo(before);
  }

  /**
   * Deeper than {@link ProjectFiles#MAX_DEPTH}, nothing is walked: 200 levels cost what 1,000 (or
   * any number) would. The loader refuses the project, the fingerprint fails at once.
   */
  @Test
  void anAbsurdlyDeepFolderIsRefusedQuickly() throws IOException {
    Path project =
        TestProjects.write(
            dir, "AP1_027", TestProjects.files("experiment.yaml", TestProjects.yaml("")));
    Path deep = project;
    for (int i = 0; i < 200; i++) deep = deep.resolve("d");
    Files.createDirectories(deep);
    Checker.Checked c =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestProjects.check(project));
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.PROJECT_TOO_LARGE);
              assertThat(Messages.of(Messages.Lang.FR).format(f))
                  .contains("plus de " + ProjectFiles.MAX_DEPTH + " niveaux");
            });
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> ProjectWriter.fingerprint(project))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("démesuré")
                .hasMessageNotContaining(dir.toString()));
  }

  @Test
  void aFolderOfTooManyFilesIsRefusedQuickly() throws IOException {
    Path project =
        TestProjects.write(
            dir, "AP1_027", TestProjects.files("experiment.yaml", TestProjects.yaml("")));
    Path junk = Files.createDirectories(project.resolve("copies"));
    for (int i = 0; i <= ProjectFiles.MAX_ENTRIES; i++) Files.createFile(junk.resolve("f" + i));
    Checker.Checked c =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestProjects.check(project));
    assertThat(c.findings()).extracting(Finding::code).containsExactly(Code.PROJECT_TOO_LARGE);
    assertThat(Messages.of(Messages.Lang.FR).format(c.findings().get(0))).contains("10\u202F000");
    assertThat(c.project().experiment()).isNull();
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> ProjectWriter.fingerprint(project))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("démesuré"));
  }

  @Test
  void aRepositoryFolderIsNotPartOfTheProject() throws IOException {
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_027\n");
    Path git = Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(git.resolve("ab"), "un");
    String before = ProjectWriter.fingerprint(dir);
    Files.writeString(git.resolve("ab"), "deux");
    Files.writeString(git.resolve("cd"), "trois");
    assertThat(ProjectWriter.fingerprint(dir)).isEqualTo(before);
    assertThat(ProjectFiles.entries(dir.toRealPath()))
        .extracting(ProjectFiles.Entry::name)
        .containsExactly("experiment.yaml");
    // nor readable: what is not hashed is never read
    assertThat(ProjectFiles.lookup(dir.toRealPath(), ".git/objects/ab"))
        .isInstanceOf(ProjectFiles.Missing.class);
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_028\n");
    assertThat(ProjectWriter.fingerprint(dir)).isNotEqualTo(before);
  }

  @Test
  void aPipeIsNeverOpened() throws Exception {
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_027\n");
    Process p = new ProcessBuilder("mkfifo", dir.resolve("tube").toString()).start();
    assumeTrue(p.waitFor() == 0, "no mkfifo here");
    String print =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ProjectWriter.fingerprint(dir));
    assertThat(print).hasSize(64);
  }

  /** A project folder whose files were last modified a minute ago (not « racily » recent). */
  private Path settled(String name) throws IOException {
    Path project = Files.createDirectories(dir.resolve(name));
    Files.writeString(project.resolve("experiment.yaml"), "dossier: AP1_027\n");
    Files.writeString(project.resolve("restitution-finale.md"), "# Titre\n\nTexte 12.\n");
    age(project.resolve("experiment.yaml"));
    age(project.resolve("restitution-finale.md"));
    return project;
  }

  private static void age(Path p) throws IOException {
    Files.setLastModifiedTime(
        p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
  }

  @Test
  void anUnchangedListingRecallsTheFingerprintWithoutReadingTheFiles() throws IOException {
    Path project = settled("AP1_027");
    Path out = Files.createDirectories(dir.resolve("output/AP1_027")).getParent();
    ProjectWriter.Inputs first = ProjectWriter.inputs(project, out, "AP1_027", true);
    assertThat(first.fingerprint()).isEqualTo(ProjectWriter.fingerprint(project));
    ProjectWriter.remember(first, out, "AP1_027");
    assertThat(out.resolve("AP1_027").resolve(ProjectWriter.MEMO)).exists();
    // the memo is what is recalled: a memo naming another fingerprint proves it is not recomputed
    Path memo = out.resolve("AP1_027").resolve(ProjectWriter.MEMO);
    String listing = Files.readString(memo).substring(0, 64);
    Files.writeString(memo, listing + " " + "ab".repeat(32) + "\n");
    assertThat(ProjectWriter.inputs(project, out, "AP1_027", true).fingerprint())
        .isEqualTo("ab".repeat(32));
    // --force never recalls
    assertThat(ProjectWriter.inputs(project, out, "AP1_027", false).fingerprint())
        .isEqualTo(first.fingerprint());
  }

  @Test
  void aChangedSizeOrTimeReadsTheFolderAgainAndARecentSaveIsNeverRemembered() throws IOException {
    Path project = settled("AP1_028");
    Path out = Files.createDirectories(dir.resolve("output/AP1_028")).getParent();
    Path memo = out.resolve("AP1_028").resolve(ProjectWriter.MEMO);
    ProjectWriter.remember(ProjectWriter.inputs(project, out, "AP1_028", true), out, "AP1_028");
    String remembered = Files.readString(memo);
    // same size, saved just now: the listing changes (its time), the folder is read again, and
    // this listing is too recent to be trusted next time (a coarse clock could hide a second save)
    Path md = project.resolve("restitution-finale.md");
    Files.writeString(md, "# Titre\n\nTexte 13.\n");
    ProjectWriter.Inputs now = ProjectWriter.inputs(project, out, "AP1_028", true);
    assertThat(now.fingerprint())
        .isEqualTo(ProjectWriter.fingerprint(project))
        .isNotEqualTo(remembered.substring(65).strip());
    ProjectWriter.remember(now, out, "AP1_028");
    assertThat(Files.readString(memo)).as("a racy listing is not kept").isEqualTo(remembered);
    // once settled, the new listing is remembered
    age(md);
    ProjectWriter.Inputs settledNow = ProjectWriter.inputs(project, out, "AP1_028", true);
    ProjectWriter.remember(settledNow, out, "AP1_028");
    assertThat(Files.readString(memo)).isNotEqualTo(remembered).endsWith(now.fingerprint() + "\n");
    // a new file, a memo edited by hand or truncated: read again, never trusted
    Files.writeString(project.resolve("image.png"), "x");
    age(project.resolve("image.png"));
    assertThat(ProjectWriter.inputs(project, out, "AP1_028", true).fingerprint())
        .isEqualTo(ProjectWriter.fingerprint(project))
        .isNotEqualTo(now.fingerprint());
    Files.writeString(memo, "n'importe quoi");
    assertThat(ProjectWriter.inputs(project, out, "AP1_028", true).fingerprint())
        .isEqualTo(ProjectWriter.fingerprint(project));
  }

  @Test
  void aNewProgramNeverRecallsAnotherProgramsFingerprint() throws IOException {
    Path project = settled("AP1_029");
    Path out = Files.createDirectories(dir.resolve("output/AP1_029")).getParent();
    ProjectWriter.Inputs old = ProjectWriter.inputs(project, out, "AP1_029", true);
    ProjectWriter.remember(old, out, "AP1_029");
    String before = System.getProperty("fejdoc.programme");
    System.setProperty("fejdoc.programme", "une autre version");
    try {
      assertThat(ProjectWriter.inputs(project, out, "AP1_029", true).fingerprint())
          .isNotEqualTo(old.fingerprint())
          .isEqualTo(ProjectWriter.fingerprint(project));
    } finally {
      if (before == null) System.clearProperty("fejdoc.programme");
      else System.setProperty("fejdoc.programme", before);
    }
  }
}

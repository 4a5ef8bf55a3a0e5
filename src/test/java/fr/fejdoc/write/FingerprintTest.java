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
}

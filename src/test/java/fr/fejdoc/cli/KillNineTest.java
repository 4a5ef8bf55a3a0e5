package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program, in a child JVM, killed with SIGKILL ({@link Process#destroyForcibly}) at random
 * moments of a build: the site served stays whole at every moment (each of its files is the
 * previous version or the new one, complete; index.html never missing), and the next run leaves no
 * temporary file or folder behind. Also: a second run waits for the first instead of failing, and a
 * child in a scratch working folder checks that {@code --out .} is refused there.
 */
class KillNineTest {
  @TempDir Path tmp;

  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

  /** Milliseconds the child waits before each rename into the served site (widens the window). */
  private static final int PAUSE = 25;

  /** The children work where this JVM does: the pages show the projects' paths as from here. */
  private static final Path HERE = Path.of("").toAbsolutePath();

  private static final Pattern LEFTOVER = Pattern.compile("\\..*\\.tmp|\\..+\\.(?:new|old)-.*");

  private static Process child(Path dir, Path log, String... args) throws IOException {
    return child(dir, log, PAUSE, args);
  }

  private static Process child(Path dir, Path log, int pause, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                JAVA,
                "-Dfejdoc.publishPauseMillis=" + pause,
                "-Dfile.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "fr.fejdoc.cli.Main"));
    cmd.addAll(Arrays.asList(args));
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        // the site's stamp is fejdoc's bookkeeping, written last: not a page of the site
        if (p.getFileName().toString().equals(fr.fejdoc.catalogue.SitePublisher.STAMP)) continue;
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
          .map(p -> dir.relativize(p).toString())
          .toList();
    }
  }

  /** The staging folders of the site now in {@code out} (a killed run's, or a live one's). */
  private static List<String> staging(Path out) {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".catalogue.new-"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Waits until {@code p} writes a new site beside the served one; false if it never does. */
  private static boolean awaitPublication(Process p, Path out) throws InterruptedException {
    List<String> before = staging(out); // left by a killed run: not this one's
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < until) {
      if (staging(out).stream().anyMatch(n -> !before.contains(n))) return true;
      Thread.sleep(2);
    }
    return false;
  }

  @Test
  void killedAtAnyMomentTheSiteStaysWholeAndTheNextRunLeavesNothingBehind() {
    assertTimeoutPreemptively(Duration.ofMinutes(5), this::killAndRunAgain);
  }

  private void killAndRunAgain() throws Exception {
    long seed = Long.getLong("fejdoc.killSeed", System.nanoTime());
    Random random = new Random(seed);
    System.out.println("KillNineTest : graine " + seed + " (-Dfejdoc.killSeed=" + seed + ")");
    Path projects = tmp.resolve("projets"), out = tmp.resolve("sortie");
    assertThat(Main.run("generate", "--count", "2", "--seed", "11", "--out", projects.toString()))
        .isZero();
    Path yaml;
    try (Stream<Path> s = Files.list(projects)) {
      yaml = s.sorted().findFirst().orElseThrow().resolve("experiment.yaml");
    }
    String a = Files.readString(yaml, StandardCharsets.UTF_8);
    String b = a.replaceFirst("(?m)^(titre: .*)$", "$1 (seconde version)");
    assertThat(b).isNotEqualTo(a);
    String[] build = {
      "build", projects.toString(), "--out", out.toString(), "--format", "html", "-q"
    };

    // the two versions of the site, each complete
    assertThat(Main.run(build)).isZero();
    Map<String, byte[]> siteA = snapshot(out.resolve("catalogue"));
    Files.writeString(yaml, b, StandardCharsets.UTF_8);
    assertThat(Main.run(build)).isZero();
    Map<String, byte[]> siteB = snapshot(out.resolve("catalogue"));
    assertThat(siteB.keySet()).isEqualTo(siteA.keySet());
    assertThat(siteB.get("index.html")).isNotEqualTo(siteA.get("index.html"));

    int kills = 5, duringPublication = 0, finishedFirst = 0;
    List<String> states = new ArrayList<>();
    boolean current = true; // B
    for (int i = 0; i < kills; i++) {
      current = !current;
      Files.writeString(yaml, current ? b : a, StandardCharsets.UTF_8);
      Path log = tmp.resolve("enfant-" + i + ".log");
      Process p = child(HERE, log, build);
      boolean publishing = false;
      if (i % 2 == 0) {
        // during the publication: once the new site is being written beside the old one
        publishing = awaitPublication(p, out);
        Thread.sleep(random.nextInt(siteA.size() * PAUSE));
      } else {
        Thread.sleep(200 + random.nextInt(2500)); // anywhere earlier: start, checks, documents
      }
      if (!p.isAlive()) finishedFirst++;
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      if (publishing) duringPublication++;

      // what is served now: every file whole, the previous version or the new one
      Map<String, byte[]> served = snapshot(out.resolve("catalogue"));
      String context = "kill " + i + " (graine " + seed + ") ; " + Files.readString(log);
      assertThat(served.keySet()).as(context).isEqualTo(siteA.keySet());
      int newer = 0, older = 0;
      for (var e : served.entrySet()) {
        byte[] nowA = siteA.get(e.getKey()), nowB = siteB.get(e.getKey());
        boolean isA = Arrays.equals(e.getValue(), nowA), isB = Arrays.equals(e.getValue(), nowB);
        assertThat(isA || isB).as(context + " : " + e.getKey() + " incomplet").isTrue();
        if (!Arrays.equals(nowA, nowB)) {
          if (current ? isB : isA) newer++;
          else older++;
        }
      }
      states.add((publishing ? "publication" : "avant") + " " + newer + "/" + (newer + older));
      for (Path doc : documents(out)) {
        assertThat(Files.readString(doc)).as(context + " : " + doc).endsWith("</html>\n");
      }
    }
    System.out.printf(
        "KillNineTest : %d kill -9, dont %d pendant la publication, %d après la fin du programme ;"
            + " fichiers du site à la nouvelle version après chacun : %s%n",
        kills, duringPublication, finishedFirst, states);

    // the next run; a second one meanwhile waits for it instead of failing
    Path log = tmp.resolve("enfant-final.log");
    // (--force: the killed run may have finished, leaving a current site that would be kept)
    String[] forced =
        java.util.stream.Stream.concat(Arrays.stream(build), Stream.of("--force"))
            .toArray(String[]::new);
    Process last = child(HERE, log, 4 * PAUSE, forced); // a wider window for the second run
    assertThat(awaitPublication(last, out)).as(Files.readString(log)).isTrue();
    OutputFolderTest.Run second =
        OutputFolderTest.run(
            "catalogue", projects.toString(), "--out", out.resolve("catalogue").toString(), "-q");
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(log)).isZero();
    assertThat(second.code()).as(second.err()).isZero();
    // it started while the child was replacing the site's files, so it had to wait
    assertThat(second.err()).contains("un autre fejdoc écrit dans").contains("attente");

    assertThat(leftovers(out)).isEmpty();
    Map<String, byte[]> expected = current ? siteB : siteA,
        served = snapshot(out.resolve("catalogue"));
    assertThat(served.keySet()).isEqualTo(expected.keySet());
    for (String f : expected.keySet()) assertThat(served.get(f)).as(f).isEqualTo(expected.get(f));
  }

  private static List<Path> documents(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      // the documents served: not the site, nor a killed run's staging folder (.catalogue.new-N)
      return s.filter(p -> !p.startsWith(out.resolve("catalogue")))
          .filter(p -> !out.relativize(p).toString().startsWith("."))
          .filter(p -> p.getFileName().toString().matches("[^.].*\\.html"))
          .toList();
    }
  }

  @Test
  void theWorkingFolderIsNeverTheOutput() throws Exception {
    Path work = tmp.resolve("travail");
    assertThat(
            Main.run(
                "generate", "--count", "1", "--seed", "3", "--out", work.resolve("p").toString()))
        .isZero();
    Files.writeString(work.resolve("notes.txt"), "à moi");
    Map<String, byte[]> before = snapshot(work);
    for (String[] args :
        List.of(
            new String[] {"catalogue", "p", "--out", "."},
            new String[] {"build", "p", "--out", ".", "--format", "html"},
            new String[] {"catalogue", "p", "--out", "site"})) {
      Path log = tmp.resolve("travail.log");
      Process p = child(work, log, args);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String said = Files.readString(log);
      assertThat(p.exitValue()).as(said).isEqualTo(2);
      assertThat(said).contains("« . »").contains("est le dossier de travail");
      assertThat(snapshot(work).keySet()).isEqualTo(before.keySet());
    }
  }
}

package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives (README.md, « Archives de publication »): {@code scripts/release --check}
 * packs them twice and fails unless both packings have the same bytes; each archive is then
 * unpacked in a temporary folder and its {@code bin/fejdoc} checks and builds the example projects
 * with a PATH that has no Maven (and, for the linux-x64 archive, no java and no JAVA_HOME: its own
 * runtime only). Runs after "package" (failsafe), so the script finds the jar up to date.
 */
class ReleaseIT {
  @TempDir static Path tmp;

  static String version;
  static Path zip;
  static Path tarGz;

  /** A folder of links to the few commands the launcher uses: no mvn, no java. */
  static Path tools;

  record Run(int code, String out, String err) {}

  private static Run run(Path dir, Map<String, String> env, boolean clearEnv, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder b =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE);
    if (clearEnv) b.environment().clear();
    b.environment().putAll(env);
    Process p = b.start();
    // read stderr aside: a packing prints little, a check prints a few kilobytes on stdout
    var err = new java.util.concurrent.CompletableFuture<String>();
    Thread t =
        new Thread(
            () -> {
              try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                err.completeExceptionally(e);
              }
            });
    t.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    t.join();
    return new Run(p.exitValue(), out, err.join());
  }

  @BeforeAll
  static void pack() throws Exception {
    Path repo = Path.of("").toAbsolutePath();
    Matcher m =
        Pattern.compile("(?m)^  <version>([^<]+)</version>")
            .matcher(Files.readString(repo.resolve("pom.xml")));
    assertThat(m.find()).isTrue();
    version = m.group(1);
    Run r = run(repo, Map.of(), false, "bash", "scripts/release", "--check");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("reproductible (deux emballages, mêmes octets)");
    assertThat(r.err()).doesNotContain("construction du programme");
    zip = repo.resolve("target/release/fejdoc-" + version + ".zip");
    tarGz = repo.resolve("target/release/fejdoc-" + version + "-linux-x64.tar.gz");
    assertThat(zip).isNotEmptyFile();
    assertThat(tarGz).isNotEmptyFile();

    // under target/, not the temporary folder: JUnit warns about links leaving it
    tools = repo.resolve("target/release-it-tools");
    if (Files.isDirectory(tools)) {
      try (Stream<Path> old = Files.list(tools)) {
        for (Path p : old.toList()) Files.delete(p);
      }
    }
    Files.createDirectories(tools);
    for (String tool :
        List.of(
            "bash", "dirname", "mkdir", "mktemp", "mv", "rm", "flock", "cksum", "sed", "head",
            "cat", "tar", "gzip", "unzip", "ls")) {
      Path found = null;
      for (String d : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
        if (Files.isExecutable(Path.of(d, tool))) {
          found = Path.of(d, tool);
          break;
        }
      }
      assertThat(found).as("%s is installed", tool).isNotNull();
      Files.createSymbolicLink(tools.resolve(tool), found);
    }
  }

  private static Map<String, String> env(Path home, String javaHome) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    env.put("HOME", home.toString());
    env.put("LANG", "C.UTF-8");
    if (javaHome != null) env.put("JAVA_HOME", javaHome);
    return env;
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  /** The repository launcher's own answer to the same command, to compare with. */
  private static Run repositoryCheck() throws Exception {
    return run(
        Path.of("").toAbsolutePath(), Map.of(), false, "bash", "fejdoc", "check", "projects");
  }

  private static void checksAndBuilds(Path root, Map<String, String> env) throws Exception {
    String fejdoc = root.resolve("bin/fejdoc").toString();
    Run check = run(root, env, true, fejdoc, "check", "projects");
    Run expected = repositoryCheck();
    assertThat(check.code()).as(check.err()).isEqualTo(expected.code());
    assertThat(check.out()).isEqualTo(expected.out()).contains("5 projets vérifiés");
    assertThat(check.err()).doesNotContain("Exception").doesNotContain("JDK");

    Path out = tmp.resolve(root.getFileName() + "-" + root.getParent().getFileName() + "-out");
    Run build = run(root, env, true, fejdoc, "build", "projects", "--out", out.toString(), "-q");
    assertThat(build.code()).as(build.out() + build.err()).isZero();
    assertThat(build.err()).doesNotContain("Exception");
    assertThat(build.out()).contains("5 projets : 28 fichiers écrits");
    for (String f :
        List.of(
            "AP1_027/restitution-finale.pdf",
            "AP1_027/restitution-finale.docx",
            "AP1_027/annexes.xlsx",
            "AP1_140/note-etape-2010-12-31.html",
            "passeport-accueil-commun/fiche-experience.pdf",
            "catalogue/index.html",
            "catalogue/catalogue.pdf")) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(new String(Files.readAllBytes(out.resolve("AP1_027/restitution-finale.pdf")), 0, 5))
        .isEqualTo("%PDF-");
    // the note's own text, read back
    assertThat(Files.readString(out.resolve("AP1_140/note-etape-2010-12-31.html")))
        .contains("décembre 2010");

    Run mistyped = run(root, env, true, fejdoc, "chek");
    assertThat(mistyped.code()).isEqualTo(2);
    assertThat(mistyped.err()).contains("vouliez-vous dire check");
  }

  /** The major version of the archive's runtime, from its release file. */
  private static int runtimeMajor(Path root) throws IOException {
    Matcher m =
        Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
            .matcher(Files.readString(root.resolve("runtime/release")));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theZipRunsOnTheSystemsJdkWithoutMaven() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("zip"));
    Run unzip = run(dir, Map.of("PATH", tools.toString()), true, "unzip", "-q", zip.toString());
    assertThat(unzip.code()).as(unzip.err()).isZero();
    Path root = dir.resolve("fejdoc-" + version);
    List<String> entries = entries(root);
    assertThat(entries)
        .contains(
            "bin/fejdoc",
            "lib/fejdoc.jar",
            "lib/launch.sh",
            "lib/find-jdk.sh",
            "README.md",
            "docs/reference-cles.md",
            "schemas/experiment.schema.json",
            "projects/AP1_027/experiment.yaml")
        .noneMatch(e -> e.startsWith("runtime"))
        .noneMatch(e -> e.startsWith("target") || e.startsWith("src"));
    assertThat(Files.isExecutable(root.resolve("bin/fejdoc"))).isTrue();
    // no cache folder that can be written: it runs the same, without start-up caches
    Map<String, String> env = env(tmp.resolve("no-home"), System.getProperty("java.home"));
    env.put("XDG_CACHE_HOME", "/proc/fejdoc-cannot-write-here");
    checksAndBuilds(root, env);
  }

  @Test
  void theLinuxArchiveRunsOnItsOwnRuntimeAlone() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("tar"));
    Run untar = run(dir, Map.of("PATH", tools.toString()), true, "tar", "xzf", tarGz.toString());
    assertThat(untar.code()).as(untar.err()).isZero();
    Path root = dir.resolve("fejdoc-" + version);
    assertThat(entries(root)).contains("bin/fejdoc", "lib/fejdoc.jar", "runtime/bin/java");
    // the trimmed runtime: no compiler, no jlink, no man pages, no headers
    assertThat(root.resolve("runtime/bin/javac")).doesNotExist();
    assertThat(root.resolve("runtime/bin/jlink")).doesNotExist();
    assertThat(root.resolve("runtime/include")).doesNotExist();
    assertThat(root.resolve("runtime/man")).doesNotExist();
    Path home = Files.createDirectories(tmp.resolve("home"));
    checksAndBuilds(root, env(home, null));
    // its start-up caches were made once, in the user's cache folder
    Path cache = home.resolve(".cache/fejdoc");
    try (Stream<Path> s = Files.list(cache)) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      // ahead-of-time caches on a runtime >= 25 (a class-data archive, made on exit, before)
      if (runtimeMajor(root) >= 25) {
        assertThat(names)
            .anyMatch(n -> n.startsWith(version + "-jdk") && n.endsWith("-check.aot"))
            .anyMatch(n -> n.startsWith(version + "-jdk") && n.endsWith("-build.aot"));
      }
    }
  }
}

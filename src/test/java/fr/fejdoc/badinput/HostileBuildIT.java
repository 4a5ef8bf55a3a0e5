package fr.fejdoc.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's acceptance, as a user runs it: the real program (the jar "package" has just built, in
 * a JVM of its own) builds a folder where sound projects and hostile ones (every class of {@link
 * HostileProjects}) are mixed. Every sound project gets its documents and the catalogue is written;
 * each hostile project is either built (when it is legal, however large) or listed with a located
 * error finding; exit 1; nothing on the console looks like Java; no server file and no absolute
 * path reaches any output; the run ends in bounded time.
 */
class HostileBuildIT {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run fejdoc(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dfejdoc.budget.seconds=30");
    command.add("-jar");
    command.add(Path.of("target/fejdoc.jar").toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = tmp.resolve("stdout.txt"), err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean done = p.waitFor(15, TimeUnit.MINUTES);
    if (!done) p.destroyForcibly();
    assertThat(done).as("fejdoc %s ended", String.join(" ", args)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void soundProjectsAreBuiltHostileOnesListedNothingLeaksNothingLooksLikeJava() throws Exception {
    int sound = Integer.getInteger("fejdoc.hostile.sound", 1000);
    int hostile = Integer.getInteger("fejdoc.hostile.count", 2 * HostileProjects.attacks().size());
    Path projects = tmp.resolve("projets");
    List<String> hostiles = HostileProjects.write(projects, sound, hostile, 11);
    // the many: HTML and spreadsheets; every format for the hostile ones (below)
    Run r = fejdoc("build", "projets", "--out", "sortie", "--format", "html,xlsx", "-q");
    check(r, projects, tmp.resolve("sortie"), hostiles, List.of("html"));
  }

  @Test
  void everyFormatOfEveryHostileClass() throws Exception {
    Path projects = tmp.resolve("projets");
    List<String> hostiles =
        HostileProjects.write(projects, 8, HostileProjects.attacks().size(), 23);
    Run r = fejdoc("build", "projets", "--out", "sortie");
    check(
        r,
        projects,
        tmp.resolve("sortie"),
        hostiles,
        fr.fejdoc.write.Writers.all().keySet().stream().toList());
  }

  private void check(Run r, Path projects, Path out, List<String> hostiles, List<String> formats)
      throws IOException {
    String console = r.out() + r.err();
    assertThat(r.code()).as(console).isEqualTo(1);
    // nothing that looks like Java on the console
    assertThat(console)
        .doesNotContain("\tat ", "Exception", "java.", "Error:", "StackOverflow", "OutOfMemory")
        .doesNotContain(HostileProjects.SERVER_SECRET)
        .doesNotContain(tmp.toString());
    assertThat(console).doesNotContain("FEJ065"); // an internal error is a bug to fix
    // every sound project has its documents; the catalogue is there
    List<String> all;
    try (Stream<Path> s = Files.list(projects)) {
      all = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String name : all) {
      if (hostiles.contains(name)) continue;
      // built whole: stamped (a document the holder keeps unpublished is rightly not written)
      assertThat(out.resolve(name).resolve(fr.fejdoc.write.ProjectWriter.STAMP))
          .as("%s built whole%n%s", name, excerpt(console, name))
          .isRegularFile();
      // and every file the stamp lists is there, in the formats asked
      List<String> listed =
          Files.readAllLines(out.resolve(name).resolve(fr.fejdoc.write.ProjectWriter.STAMP));
      for (String f : listed.subList(1, listed.size())) {
        if (f.isBlank() || f.startsWith("@")) continue; // "@demande ...": what the build was asked
        assertThat(out.resolve(name).resolve(f)).isNotEmptyFile();
        assertThat(
                formats.stream().anyMatch(x -> f.endsWith("." + x))
                    || f.endsWith(".xlsx")
                    || f.endsWith(".ods"))
            .as(f)
            .isTrue();
      }
    }
    Path index = out.resolve("catalogue/index.html");
    assertThat(index).isNotEmptyFile();
    String indexText = Files.readString(index, StandardCharsets.UTF_8);
    // each hostile project: built whole, or listed with an error finding located in its folder
    for (String name : hostiles) {
      boolean built =
          Files.isRegularFile(out.resolve(name).resolve(fr.fejdoc.write.ProjectWriter.STAMP));
      boolean listed = errorsIn(console, "projets/" + name);
      assertThat(built || listed)
          .as("%s: built or listed with an error finding%n%s", name, excerpt(console, name))
          .isTrue();
      assertThat(indexText).as("catalogue lists %s", name).contains(name);
    }
    // nothing read outside a project, no absolute path, in any published file
    try (Stream<Path> s = Files.walk(out)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(n.endsWith(".html")
            || n.endsWith(".csv")
            || n.endsWith(".json")
            || n.endsWith(".xml")
            || n.endsWith(".js")
            || n.endsWith(".txt"))) continue;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).as("%s", f).doesNotContain(HostileProjects.SERVER_SECRET);
        assertThat(text).as("%s", f).doesNotContain(tmp.toString());
      }
    }
    // no temporary file left behind
    try (Stream<Path> s = Files.walk(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".tmp") || n.contains(".new-") || n.contains(".old-"));
    }
  }

  /**
   * Whether the text report has an error finding in a file of {@code folder}: a line naming the
   * file (not indented), then its findings, indented (" 12:3 erreur FEJ056 ...").
   */
  static boolean errorsIn(String console, String folder) {
    String file = null;
    Pattern finding = Pattern.compile("^\\s+\\S+\\s+erreur\\s+FEJ\\d{3}\\b.*");
    for (String line : console.split("\n")) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) file = line.strip();
      else if (file != null
          && (file.equals(folder) || file.startsWith(folder + "/"))
          && finding.matcher(line).matches()) return true;
    }
    return false;
  }

  private static String excerpt(String console, String name) {
    StringBuilder b = new StringBuilder();
    for (String line : console.split("\n")) if (line.contains(name)) b.append(line).append('\n');
    return b.toString();
  }
}

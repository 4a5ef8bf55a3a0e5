package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/find-jdk.sh's memo: the launcher remembers the JDK it chose for a JAVA_HOME and PATH, so
 * that a launch starts no process to find it again, and forgets it when it no longer holds.
 */
class FindJdkTest {
  @TempDir Path tmp;

  /** Sources find-jdk.sh, runs {@code fejdoc_find_jdk MEMO} and prints the JDK it chose. */
  private String find(Path memo, String path) throws Exception {
    Path repo = Path.of("").toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            "-c",
            ". \"$1/scripts/find-jdk.sh\" && fejdoc_find_jdk \"$2\" && echo \"$JAVA_HOME"
                + " $FEJDOC_JAVA_MAJOR\"",
            "find-jdk",
            repo.toString(),
            memo.toString());
    pb.environment().remove("JAVA_HOME");
    pb.environment().put("PATH", path);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static final String PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

  @Test
  void theChoiceIsRememberedThenReadBackWithoutASearch() throws Exception {
    Path memo = tmp.resolve("memo");
    String found = find(memo, PATH);
    assertThat(found).matches(".+ \\d+");
    assertThat(Integer.parseInt(found.substring(found.lastIndexOf(' ') + 1))).isGreaterThan(20);
    List<String> lines = Files.readAllLines(memo);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("|" + PATH);
    assertThat(found).isEqualTo(lines.get(1) + " " + lines.get(2));

    // a memo naming another JDK (here a fake one) is believed while it holds: no search was made
    Path fake = fakeJdk();
    Files.writeString(memo, "|" + PATH + "\n" + fake + "\n99\n");
    assertThat(find(memo, PATH)).isEqualTo(fake + " 99");
  }

  @Test
  void aMemoThatNoLongerHoldsIsForgottenAndWrittenAgain() throws Exception {
    Path memo = tmp.resolve("memo");
    String found = find(memo, PATH);
    Path fake = fakeJdk();

    // another PATH: the memo is not the answer for it
    Files.writeString(memo, "|/elsewhere\n" + fake + "\n99\n");
    assertThat(find(memo, PATH)).isEqualTo(found);
    assertThat(Files.readAllLines(memo).get(0)).isEqualTo("|" + PATH);

    // the JDK it names is gone
    Files.writeString(memo, "|" + PATH + "\n" + tmp.resolve("gone") + "\n99\n");
    assertThat(find(memo, PATH)).isEqualTo(found);

    // a JDK was installed or removed since (the system's JVM folder is newer than the memo)
    Files.writeString(memo, "|" + PATH + "\n" + fake + "\n99\n");
    Files.setLastModifiedTime(memo, FileTime.fromMillis(0));
    assertThat(Path.of("/usr/lib/jvm")).as("the system's JVM folder").isDirectory();
    assertThat(find(memo, PATH)).isEqualTo(found);

    // a version that is not a number
    Files.writeString(memo, "|" + PATH + "\n" + fake + "\nvingt\n");
    assertThat(find(memo, PATH)).isEqualTo(found);
  }

  private Path fakeJdk() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("fake-jdk/bin"));
    for (String tool : List.of("java", "javac")) {
      Path t = bin.resolve(tool);
      Files.writeString(t, "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin.getParent();
  }
}

package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's own lines while it builds the program (./fejdoc, before any Java runs): in French,
 * in English with {@code --lang en} or {@code --lang=en}. The launcher runs in a copy of the
 * repository's scripts with no jar (so it builds), and a fake {@code mvn} that fails at once: no
 * real build is made.
 */
class LauncherLanguageTest {
  @TempDir Path tmp;

  record Run(int code, String err) {}

  private Path repo() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("scripts"));
    Files.createDirectories(repo.resolve("src/main"));
    Files.copy(Path.of("fejdoc"), repo.resolve("fejdoc"));
    for (String s : List.of("find-jdk.sh", "launch.sh"))
      Files.copy(Path.of("scripts", s), repo.resolve("scripts").resolve(s));
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.writeString(repo.resolve("src/main/a.txt"), "a source\n");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho '[ERROR] broken on purpose'\nexit 1\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return repo;
  }

  private Run fejdoc(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "fejdoc"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment()
        .put("PATH", tmp.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/bin"));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), err);
  }

  private static final String FR_BUILDING =
      "fejdoc : construction du programme (première utilisation ou sources modifiées)...\n";
  private static final String FR_FAILED =
      "fejdoc : la construction a échoué (journal complet : target/fejdoc-build.log).\n";
  private static final String EN_BUILDING =
      "fejdoc: building the program (first use or sources changed)...\n";
  private static final String EN_FAILED =
      "fejdoc: the build failed (full log: target/fejdoc-build.log).\n";

  @Test
  void itsBuildLinesAreInTheLanguageAsked() throws Exception {
    Path repo = repo();
    for (List<String> args :
        List.of(
            List.of("check"),
            List.of("check", "--lang", "fr"),
            List.of("check", "--lang"),
            List.of("check", "--lang=de"),
            List.of("--version", "--lang", "fr", "--lang", "en"))) {
      Run r = fejdoc(repo, args.toArray(String[]::new));
      assertThat(r.code()).as("%s", args).isEqualTo(2);
      assertThat(r.err())
          .as("%s", args)
          .isEqualTo(FR_BUILDING + "[ERROR] broken on purpose\n" + FR_FAILED);
    }
    for (List<String> args :
        List.of(
            List.of("check", "--lang", "en"),
            List.of("check", "--lang=en"),
            List.of("--lang", "EN", "--version"),
            List.of("build", "projects", "--lang=english", "-q"),
            List.of("check", "--lang", "en", "--lang", "fr"))) {
      Run r = fejdoc(repo, args.toArray(String[]::new));
      assertThat(r.code()).as("%s", args).isEqualTo(2);
      assertThat(r.err())
          .as("%s", args)
          .isEqualTo(EN_BUILDING + "[ERROR] broken on purpose\n" + EN_FAILED);
    }
  }
}

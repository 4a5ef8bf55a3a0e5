package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The external programs the tests read outputs back with (LibreOffice, poppler): found, run. */
public final class Tools {
  private Tools() {}

  /** The path of {@code name} on the PATH, or {@code fallback} if it exists, or null. */
  public static String executable(String name, String fallback) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) return p.toString();
    }
    return fallback != null && Files.isExecutable(Path.of(fallback)) ? fallback : null;
  }

  /**
   * Runs {@code command} (HOME in the temporary folder, so that LibreOffice's profile goes there)
   * and returns its output, standard error included; fails after {@code seconds}, and when {@code
   * mustSucceed}, on an exit code other than 0.
   */
  public static String run(List<String> command, int seconds, boolean mustSucceed)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
    Process p = pb.start();
    byte[] output;
    try (var stream = p.getInputStream()) {
      output = stream.readAllBytes();
    }
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out: " + String.join(" ", command));
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (mustSucceed)
      assertThat(p.exitValue()).as("exit code of %s: %s", command.get(0), text).isZero();
    return text;
  }
}

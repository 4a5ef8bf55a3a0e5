package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Example projects copied for a test, and the realised error most command tests start from. */
final class TestProjects {

  /** AP1_027's girls among the young who entered (42 + 62 boys = 104). */
  static final String GIRLS = "filles: {entre: 42}";

  /** The same, one too many: 43 + 62 ≠ 104 (FEJ106). */
  static final String GIRLS_WRONG = "filles: {entre: 43}";

  private TestProjects() {}

  /** AP1_027 copied into {@code root}, with a realised error (FEJ106): its documents are drafts. */
  static Path ap1027WithAnError(Path root) throws IOException {
    Path dir = root.resolve("AP1_027");
    Files.createDirectories(dir);
    try (var files = Files.list(Path.of("projects/AP1_027"))) {
      for (Path f : files.toList())
        if (Files.isRegularFile(f)) Files.copy(f, dir.resolve(f.getFileName().toString()));
    }
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    assertThat(text).contains(GIRLS);
    Files.writeString(yaml, text.replace(GIRLS, GIRLS_WRONG));
    return dir;
  }
}

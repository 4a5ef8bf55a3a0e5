package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt key in a note's front matter still gives the holder a draft; a misspelt key in its
 * certificate (where a "publication: false" may hide) keeps the document back.
 */
class DraftFrontMatterTest {
  private static final String NOTE = "note-etape-2010-12-31.md";

  private static Path copy(Path tmp, String from, String to) throws IOException {
    Path src = Path.of("projects", "AP1_140");
    Path dir = Files.createDirectories(tmp.resolve("AP1_140"));
    try (Stream<Path> s = Files.list(src)) {
      for (Path p : s.filter(Files::isRegularFile).toList())
        Files.copy(p, dir.resolve(p.getFileName().toString()));
    }
    Path note = dir.resolve(NOTE);
    String text = Files.readString(note, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(note, text.replace(from, to), StandardCharsets.UTF_8);
    return dir;
  }

  private static int build(Path dir, Path out) {
    return Main.run(
        "build",
        "-q",
        "--sans-catalogue",
        "--format",
        "html",
        "--out",
        out.toString(),
        dir.toString());
  }

  @Test
  void aMisspeltAuthorKeyStillGivesTheDraft(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp, "redigee_par:", "redigee_parr:");
    Path out = tmp.resolve("out");
    assertThat(build(dir, out)).isEqualTo(1);
    Path html = out.resolve("AP1_140").resolve("note-etape-2010-12-31.html");
    assertThat(html).exists();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("BROUILLON");
  }

  @Test
  void aMisspeltKeyInTheCertificateHoldsTheDocument(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp, "  publication: true", "  publicaton: false");
    Path out = tmp.resolve("out");
    assertThat(build(dir, out)).isEqualTo(1);
    assertThat(out.resolve("AP1_140").resolve("note-etape-2010-12-31.html")).doesNotExist();
  }
}

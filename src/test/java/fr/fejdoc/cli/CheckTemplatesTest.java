package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} finds a project's broken template before any build does. */
class CheckTemplatesTest {
  @TempDir Path tmp;

  private String check(Path project, int expectedCode) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run("check", project.toString())).isEqualTo(expectedCode);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aProjectTemplateThatCannotBeRenderedIsAnErrorOfCheck() throws Exception {
    Path project = tmp.resolve("AP1_140");
    Files.createDirectories(project.resolve("templates"));
    try (var files = Files.list(Path.of("projects/AP1_140"))) {
      for (Path f : files.filter(Files::isRegularFile).toList())
        Files.copy(f, project.resolve(f.getFileName().toString()));
    }
    check(Path.of("projects/AP1_140"), 0); // sound as it is
    Files.writeString(project.resolve("templates/note-etape.ftlx"), "<#list 1..3 as i>\n${i}\n");
    String out = check(project, 1);
    assertThat(out).contains("FEJ060").contains("note-etape.ftlx").doesNotContain("Exception");
  }
}

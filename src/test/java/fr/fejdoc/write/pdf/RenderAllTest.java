package fr.fejdoc.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Development aid: writes every example's PDF to target/pdf-examples/ for a look. */
class RenderAllTest {
  @Test
  void writesEveryExample() throws Exception {
    Path out = Path.of("target", "pdf-examples");
    Files.createDirectories(out);
    for (Examples.Example e : Examples.all()) {
      byte[] pdf = new PdfWriter().write(e.doc().doc(), e.resources());
      Files.write(out.resolve(e.project() + "-" + e.doc().name() + ".pdf"), pdf);
    }
  }
}

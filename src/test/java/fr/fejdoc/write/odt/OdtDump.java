package fr.fejdoc.write.odt;

import fr.fejdoc.write.docx.ExampleDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Writes every example document as ODT into {@code -Dfejdoc.odtDump=DIR} to look at them. */
class OdtDump {
  @Test
  void dump() throws Exception {
    String dir = System.getProperty("fejdoc.odtDump");
    Assumptions.assumeTrue(dir != null && !dir.isBlank(), "-Dfejdoc.odtDump=DIR not given");
    Path out = Files.createDirectories(Path.of(dir));
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      Files.write(
          out.resolve(e.project() + "-" + e.name() + ".odt"),
          new OdtWriter().write(e.doc(), e.resources()));
      Files.write(
          out.resolve(e.project() + "-" + e.name() + ".pdf"),
          new fr.fejdoc.write.pdf.PdfWriter().write(e.doc(), e.resources()));
    }
  }
}

package fr.fejdoc.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Development aid: writes the rendered PDF and DOCX documents to {@code fejdoc.pdfdump}. */
class PdfDumpTest {
  @Test
  void dump(@TempDir Path tmp) throws Exception {
    String to = System.getProperty("fejdoc.pdfdump");
    if (to == null) return;
    List<Path> dirs = new ArrayList<>(Rendered.examples());
    dirs.addAll(Rendered.synthetic(tmp, 20));
    for (Path dir : dirs) {
      String group = dir.startsWith(Path.of("projects")) ? "examples" : "synthetic";
      for (String f : List.of("pdf", "docx")) {
        Map<String, byte[]> docs = Rendered.documents(dir, f);
        for (var e : docs.entrySet()) {
          Path out = Path.of(to, group, dir.getFileName().toString(), e.getKey() + "." + f);
          Files.createDirectories(out.getParent());
          Files.write(out, e.getValue());
        }
      }
    }
  }
}

package fr.fejdoc.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IrestDumpTest {
  @Test
  void dump() throws Exception {
    if (System.getenv("IREST_DUMP") == null) return;
    StringBuilder sb = new StringBuilder();
    for (Path dir : Rendered.examples()) {
      for (Source s : Rendered.sources(dir, "docx")) {
        sb.append("##### ").append(dir).append(' ').append(s.file()).append('\n');
        for (Source.Block b : s.blocks()) {
          if (b instanceof Source.Para p)
            sb.append("P")
                .append(p.heading())
                .append(p.list())
                .append(" ")
                .append(p.where().line())
                .append(": ")
                .append(p.text().replace("\n", "⏎"))
                .append('\n');
          else if (b instanceof Source.Table t) {
            sb.append("TABLE ").append(t.where().line()).append('\n');
            for (Source.Row r : t.rows()) {
              sb.append("  |");
              for (Source.Cell c : r.cells())
                sb.append(c.text().replace("\n", "⏎"))
                    .append(c.colspan() > 1 ? "{" + c.colspan() + "}" : "")
                    .append(" | ");
              sb.append('\n');
            }
          }
        }
      }
    }
    Files.writeString(Path.of("/tmp/irest-dump.txt"), sb);
  }
}

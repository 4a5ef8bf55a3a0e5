package fr.fejdoc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages import downward only: model ← load ← check ← document ← write ← catalogue ← preview ←
 * cli. The utility package {@code text} sits with the model; {@code report} (formats findings) sits
 * above check; {@code synth} (synthetic projects for tests and benches) above load. A package may
 * use its own layer and the ones below, never one above: the cycles this test forbids are how the
 * layering slipped before (load used check's findings, check laid out PDFs, the catalogue used the
 * command line's options).
 */
class LayersTest {
  private static final Map<String, Integer> RANK =
      Map.ofEntries(
          Map.entry("text", 0),
          Map.entry("model", 0),
          Map.entry("load", 1),
          Map.entry("synth", 2),
          Map.entry("check", 2),
          Map.entry("report", 3),
          Map.entry("document", 3),
          Map.entry("write", 4),
          Map.entry("catalogue", 5),
          Map.entry("importer", 5),
          Map.entry("preview", 6),
          Map.entry("cli", 7));

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package fr\\.fejdoc\\.([a-z]+)");
  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^import (?:static )?fr\\.fejdoc\\.([a-z]+)\\.|\\bfr\\.fejdoc\\.([a-z]+)\\.[A-Za-z]");

  @Test
  void everyPackageImportsOnlyItsOwnLayerAndTheOnesBelow() throws IOException {
    List<String> upward = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(Path.of("src/main/java/fr/fejdoc"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        String text = Files.readString(f);
        Matcher pm = PACKAGE.matcher(text);
        assertThat(pm.find()).as(f.toString()).isTrue();
        String own = pm.group(1);
        assertThat(RANK).as("layer of package " + own).containsKey(own);
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
          String used = im.group(1) != null ? im.group(1) : im.group(2);
          Integer rank = RANK.get(used);
          if (rank == null || rank > RANK.get(own))
            upward.add(f.getFileName() + " (" + own + ") uses " + used);
        }
      }
    }
    assertThat(files).isGreaterThan(100);
    assertThat(upward).isEmpty();
  }

  @Test
  void theTestCanFail() {
    Matcher im = IMPORT.matcher("import fr.fejdoc.check.Finding;\nx = fr.fejdoc.write.Foo.y;");
    List<String> used = new ArrayList<>();
    while (im.find()) used.add(im.group(1) != null ? im.group(1) : im.group(2));
    assertThat(used).containsExactly("check", "write");
  }
}

package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.fejdoc.cli.Main;
import fr.fejdoc.edition.Editions.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fejdoc build} writes the same bytes every time, the very bytes of the HTML writer, and
 * writes its files atomically (no temporary file left beside them).
 */
class DeterminismTest {

  @Test
  void twoBuildsWriteTheSameBytes(@TempDir Path tmp) throws Exception {
    Path out1 = tmp.resolve("out1"), out2 = tmp.resolve("out2");
    assertThat(Main.run("build", "--inclure-non-publies", "--out", out1.toString(), "projects"))
        .isZero();
    assertThat(Main.run("build", "--inclure-non-publies", "--out", out2.toString(), "projects"))
        .isZero();

    Map<String, byte[]> first = files(out1), second = files(out2);
    assertThat(first).isNotEmpty();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String f : first.keySet())
      if (!published(f)) same(f + " (second build)", first.get(f), second.get(f));

    // one HTML file per document of every example, with what the writer gives in process
    List<Edition> editions = Editions.examples();
    // (the catalogue written beside them is compared byte for byte above too)
    assertThat(
            first.keySet().stream().filter(f -> f.endsWith(".html") && !f.startsWith("catalogue/")))
        .containsExactlyInAnyOrderElementsOf(editions.stream().map(Edition::file).toList());
    for (Edition e : editions) same(e.file() + " (HtmlWriter)", e.bytes(), first.get(e.file()));

    // building again over existing files (--force: not kept as up to date) replaces them with the
    // same bytes
    assertThat(
            Main.run(
                "build", "--force", "--inclure-non-publies", "--out", out1.toString(), "projects"))
        .isZero();
    Map<String, byte[]> again = files(out1);
    assertThat(again.keySet()).isEqualTo(first.keySet());
    for (String f : first.keySet())
      if (!published(f)) same(f + " (rebuilt in place)", first.get(f), again.get(f));

    assertNoTemporaryFiles(out1);
    assertNoTemporaryFiles(out2);
  }

  /**
   * The catalogue's stamp: fejdoc's bookkeeping of when each file of the site was published (its
   * size and time, so that a file changed by hand is made again), not a document.
   */
  private static boolean published(String f) {
    return f.endsWith("/" + fr.fejdoc.catalogue.SitePublisher.STAMP);
  }

  /** Fails with the first differing line when the bytes differ (not two dumps of arrays). */
  static void same(String what, byte[] expected, byte[] actual) {
    if (!Arrays.equals(expected, actual)) {
      fail(GoldenHtmlTest.describeDifference(what, expected, actual));
    }
  }

  static void assertNoTemporaryFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> names =
          s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
      assertThat(names)
          .as("files under %s", dir)
          .noneMatch(n -> n.contains(".tmp"))
          .noneMatch(
              n -> {
                String name = n.substring(n.lastIndexOf('/') + 1);
                return name.startsWith(".")
                    && !name.startsWith(fr.fejdoc.catalogue.RowCache.PREFIX)
                    && !java.util.Set.of(
                            fr.fejdoc.write.ProjectWriter.STAMP,
                            fr.fejdoc.write.ProjectWriter.MEMO,
                            fr.fejdoc.write.OutputFolder.MARKER,
                            fr.fejdoc.write.OutputFolder.LOCK,
                            fr.fejdoc.catalogue.SitePublisher.STAMP)
                        .contains(name);
              });
    }
  }

  /** Every regular file under {@code dir}, by path relative to it ("/"-separated). */
  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}

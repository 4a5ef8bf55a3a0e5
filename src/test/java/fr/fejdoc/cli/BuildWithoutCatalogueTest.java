package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.catalogue.RowCache;
import fr.fejdoc.catalogue.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --sans-catalogue} makes no catalogue entry (its figures and search terms): the rows
 * it keeps hold only the findings and their counts. What comes after must not see the difference: a
 * later {@code fejdoc catalogue}, or a later {@code build} with its catalogue, gives the very bytes
 * it gives after a build that kept whole rows (as every build did before), keeps the documents
 * (never built again), and then keeps whole rows; an unchanged {@code build --sans-catalogue} reads
 * nothing again.
 */
class BuildWithoutCatalogueTest {
  private static final String[] PROJECTS = {
    "AP1_027", "AP1_140", "AP1_393", "exemple-complet", "passeport-accueil-commun"
  };

  @TempDir Path tmp;
  Path src;
  Path out;
  Path site;

  @BeforeEach
  void copyExamples() throws IOException {
    src = tmp.resolve("projets");
    out = tmp.resolve("sortie");
    site = tmp.resolve("site");
    for (String p : PROJECTS) copy(Path.of("projects", p), src.resolve(p));
  }

  private CommandRun.Run run(String... args) {
    CommandRun.Run run = CommandRun.run(args);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return run;
  }

  private CommandRun.Run build(String... more) {
    List<String> args =
        new ArrayList<>(List.of("build", "--format", "html", "--out", out.toString()));
    args.addAll(List.of(more));
    args.add(src.toString());
    return run(args.toArray(String[]::new));
  }

  private CommandRun.Run catalogue() {
    return run(
        "catalogue", "--out", site.toString(), "--documents", out.toString(), src.toString());
  }

  @Test
  void theCatalogueMadeLaterIsTheSameAsAfterABuildKeepingWholeRows() throws IOException {
    // as before: a build keeping whole rows, then the catalogue alone from them
    build();
    Map<String, byte[]> wholeRows = rows();
    assertThat(wholeRows).hasSize(PROJECTS.length);
    wholeRows.values().forEach(r -> assertThat(new String(r)).doesNotContain("\"entry\":null"));
    catalogue();
    Map<String, byte[]> expected = bytes(site);
    Map<String, byte[]> documents = documents();
    assertThat(expected).containsKey("index.html");
    delete(out);
    delete(site);

    // a build without catalogue keeps rows without entry
    CommandRun.Run first = build("--sans-catalogue");
    assertThat(first.out()).doesNotContain("à jour");
    assertThat(out.resolve("catalogue")).doesNotExist();
    for (String p : PROJECTS)
      assertThat(Files.readString(out.resolve(p).resolve(RowCache.PREFIX + "fr")))
          .as(p)
          .contains("\"entry\":null");
    // and serves the next one: nothing read again, the same findings reported
    CommandRun.Run again = build("--sans-catalogue");
    assertThat(again.out())
        .contains("5 projets à jour", "FEJ027", "5 projets vérifiés : 0 erreur, 5 avertissements");
    String report = "5 projets vérifiés";
    assertThat(again.out().substring(0, again.out().indexOf(report)))
        .isEqualTo(first.out().substring(0, first.out().indexOf(report)));
    // the catalogue alone: the same bytes; the documents kept; the rows whole again
    Map<String, Object> keys = fileKeys(out);
    catalogue();
    assertSameSite(bytes(site), expected);
    assertThat(documents()).containsOnlyKeys(documents.keySet());
    documents.forEach((k, v) -> assertThat(bytesOf(out.resolve(k))).as(k).isEqualTo(v));
    keys.forEach(
        (k, v) -> {
          if (!k.contains(RowCache.PREFIX) && !k.endsWith(fr.fejdoc.write.ProjectWriter.MEMO))
            assertThat(fileKey(out.resolve(k))).as(k + " never written again").isEqualTo(v);
        });
    assertThat(rows()).containsOnlyKeys(wholeRows.keySet());
    rows().forEach((k, v) -> assertThat(v).as(k).isEqualTo(wholeRows.get(k)));
  }

  @Test
  void aBuildWithItsCatalogueAfterOneWithoutGivesTheSameCatalogue() throws IOException {
    build();
    Map<String, byte[]> expected = bytes(out.resolve("catalogue"));
    delete(out);
    build("--sans-catalogue");
    CommandRun.Run next = build();
    assertThat(next.out()).contains("5 projets à jour");
    assertSameSite(bytes(out.resolve("catalogue")), expected);
  }

  /** The same site, but for its stamp's publication times (bookkeeping, not the site). */
  private static void assertSameSite(Map<String, byte[]> site, Map<String, byte[]> expected) {
    assertThat(site).containsOnlyKeys(expected.keySet());
    expected.forEach(
        (k, v) -> {
          if (!k.endsWith(SitePublisher.STAMP)) assertThat(site.get(k)).as(k).isEqualTo(v);
        });
  }

  // ------------------------------------------------------------------ helpers

  /** The kept rows (French), by project. */
  private Map<String, byte[]> rows() {
    Map<String, byte[]> rows = new TreeMap<>();
    for (String p : PROJECTS) {
      Path row = out.resolve(p).resolve(RowCache.PREFIX + "fr");
      if (Files.isRegularFile(row)) rows.put(p, bytesOf(row));
    }
    return rows;
  }

  /** The documents built, by path under the output folder. */
  private Map<String, byte[]> documents() throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    bytes(out)
        .forEach(
            (k, v) -> {
              if (k.endsWith(".html") && !k.startsWith("catalogue/")) all.put(k, v);
            });
    return all;
  }

  private static Map<String, byte[]> bytes(Path root) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    for (String f : fileKeys(root).keySet()) all.put(f, bytesOf(root.resolve(f)));
    return all;
  }

  /** Every file under {@code root} (the locks aside) with its file key. */
  private static Map<String, Object> fileKeys(Path root) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.endsWith(".fejdoc-lock") || rel.endsWith(".fejdoc-output")) continue;
        keys.put(rel, fileKey(p));
      }
    }
    return keys;
  }

  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytesOf(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }
}

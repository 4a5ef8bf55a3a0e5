package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.catalogue.RowCache;
import fr.fejdoc.write.ProjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental {@code build} and {@code catalogue}: a project whose inputs are unchanged keeps its
 * documents (the very files: same inode, never rewritten) and its catalogue row; each kind of input
 * makes its project build again; a stale or tampered stamp or row is never trusted. Whether a file
 * was rewritten is told by its file key (a rewrite is a new file moved over the old one).
 */
class IncrementalBuildTest {
  private static final String[] PROJECTS = {
    "AP1_027", "AP1_140", "AP1_393", "exemple-complet", "passeport-accueil-commun"
  };

  @TempDir Path tmp;
  Path src;
  Path out;

  @BeforeEach
  void copyExamples() throws IOException {
    src = tmp.resolve("projets");
    out = tmp.resolve("sortie");
    for (String p : PROJECTS) copy(Path.of("projects", p), src.resolve(p));
  }

  private CommandRun.Run build(String... more) {
    List<String> args =
        new ArrayList<>(List.of("build", "--format", "html", "--out", out.toString()));
    args.addAll(List.of(more));
    args.add(src.toString());
    CommandRun.Run run = CommandRun.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return run;
  }

  @Test
  void anUnchangedRebuildKeepsEveryFileAndTheSite() throws IOException {
    CommandRun.Run first = build();
    assertThat(first.out()).contains("fichiers écrits").doesNotContain("à jour");
    Map<String, Object> before = files(out);
    assertThat(before).containsKeys("catalogue/index.html", "AP1_027/restitution-finale.html");
    CommandRun.Run second = build();
    assertThat(second.out())
        .contains("0 fichier écrit", "5 projets à jour", "(à jour, gardé tel quel)")
        // the findings are reported as the first run did, from the kept rows
        .contains("FEJ027", "5 projets vérifiés : 0 erreur, 5 avertissements");
    assertThat(files(out)).isEqualTo(before);
    // --force makes every file again, with the same bytes
    Map<String, byte[]> bytes = bytes(out);
    build("--force");
    Map<String, Object> forced = files(out);
    assertThat(forced.get("AP1_027/restitution-finale.html"))
        .isNotEqualTo(before.get("AP1_027/restitution-finale.html"));
    assertThat(forced.get("catalogue/index.html")).isNotEqualTo(before.get("catalogue/index.html"));
    assertThat(bytes(out)).containsOnlyKeys(bytes.keySet());
    bytes.forEach(
        (k, v) -> {
          // the site's stamp records when each file was published: bookkeeping, not the site
          if (!k.endsWith(fr.fejdoc.catalogue.SitePublisher.STAMP))
            assertThat(bytesOf(out.resolve(k))).as(k).isEqualTo(v);
        });
  }

  @Test
  void oneChangedProjectRebuildsOnlyItselfAndTheCatalogue() throws IOException {
    build();
    Map<String, Object> before = files(out);
    Path md = src.resolve("AP1_140/note-etape-2010-12-31.md");
    Files.writeString(md, Files.readString(md) + "\nUne phrase ajoutée par le porteur.\n");
    CommandRun.Run run = build();
    assertThat(run.out()).contains("4 projets à jour", "1 fichier écrit");
    Map<String, Object> after = files(out);
    // the project's documents, and of the catalogue what shows the narrative: its page and the
    // search data (not the printed edition, the index or the other pages)
    assertThat(changed(before, after))
        .contains(
            "AP1_140/note-etape-2010-12-31.html",
            "catalogue/experiences/AP1_140.html",
            "catalogue/catalogue-recherche.js")
        .doesNotContain(
            "catalogue/index.html", "catalogue/catalogue.pdf", "catalogue/experiences/AP1_027.html")
        .noneMatch(f -> f.startsWith("AP1_027/") || f.startsWith("exemple-complet/"));
    assertThat(Files.readString(out.resolve("AP1_140/note-etape-2010-12-31.html")))
        .contains("Une phrase ajoutée par le porteur.");
  }

  @Test
  void eachKindOfInputMakesItsProjectBuildAgain() throws IOException {
    build();
    // an image of the project
    Path image = src.resolve("exemple-complet/images/signature.png");
    Files.write(image, bytesOf(Path.of("projects/exemple-complet/images/entrees-par-phase.png")));
    assertRebuilt("exemple-complet/restitution-finale.html");
    // a template of the project (overriding the program's by name)
    Path template = src.resolve("AP1_140/templates/note-etape.ftlx");
    Files.createDirectories(template.getParent());
    Files.writeString(
        template,
        Files.readString(Path.of("templates/note-etape.ftlx"))
            .replace("<@f.certificate", "<md>Marqueur du modèle du projet.</md>\n<@f.certificate"));
    assertRebuilt("AP1_140/note-etape-2010-12-31.html");
    assertThat(Files.readString(out.resolve("AP1_140/note-etape-2010-12-31.html")))
        .contains("Marqueur du modèle du projet.");
    // the project's ministeres.yaml
    Path ministries = src.resolve("AP1_140/templates/ministeres.yaml");
    Files.writeString(
        ministries,
        Files.readString(Path.of("templates/ministeres.yaml"))
            .replace("Mission d'animation du Fonds", "Mission renommée du Fonds"));
    assertRebuilt("AP1_140/note-etape-2010-12-31.html");
    assertThat(Files.readString(out.resolve("AP1_140/note-etape-2010-12-31.html")))
        .contains("Mission renommée du Fonds");
    // another program (code, templates, fonts: a new jar), and another SOURCE_DATE_EPOCH
    for (String property : List.of("fejdoc.programme", "fejdoc.sourceDateEpoch")) {
      Map<String, Object> before = files(out);
      System.setProperty(property, property.endsWith("Epoch") ? "1262304000" : "fejdoc autre");
      try {
        assertThat(build().out()).as(property).doesNotContain("à jour");
      } finally {
        System.clearProperty(property);
      }
      assertThat(changed(before, files(out))).as(property).contains("AP1_027/annexes.html");
    }
    // other formats asked
    CommandRun.Run more = build("--format", "html,pdf");
    assertThat(more.out()).doesNotContain("à jour");
    assertThat(out.resolve("AP1_027/annexes.pdf")).isRegularFile();
  }

  private void assertRebuilt(String file) throws IOException {
    Map<String, Object> before = files(out);
    CommandRun.Run run = build();
    assertThat(run.out()).contains("4 projets à jour");
    assertThat(changed(before, files(out))).contains(file);
  }

  @Test
  void aStaleOrTamperedStampOrRowIsNeverTrusted() throws IOException {
    build();
    Path stamp = out.resolve("AP1_140/" + ProjectWriter.STAMP);
    List<String> lines = Files.readAllLines(stamp);
    // another fingerprint
    Files.writeString(stamp, "0".repeat(64) + "\n" + String.join("\n", lines.subList(1, 3)));
    assertThat(build().out()).contains("4 projets à jour");
    // a file named outside the project's folder
    Files.writeString(
        stamp, String.join("\n", lines.subList(0, 2)) + "\n../AP1_027/restitution-finale.html\n");
    assertThat(build().out()).contains("4 projets à jour");
    assertThat(Files.readAllLines(stamp)).isEqualTo(lines);
    // a row whose figures were edited: refused by its checksum, the catalogue is right
    Path row = out.resolve("AP1_027/" + RowCache.PREFIX + "fr");
    String kept = Files.readString(row);
    assertThat(kept).contains("\"young\":104");
    Files.writeString(row, kept.replace("\"young\":104", "\"young\":987654"));
    assertThat(build().out()).contains("4 projets à jour");
    assertThat(Files.readString(row)).isEqualTo(kept);
    assertThat(Files.readString(out.resolve("catalogue/experiences.csv")))
        .doesNotContain("987654")
        .contains(",120,104,87,");
    // a row cut short or not JSON at all
    for (String broken : List.of(kept.substring(0, kept.length() / 2), "{]\n", "")) {
      Files.writeString(row, broken);
      assertThat(build().out()).contains("4 projets à jour");
      assertThat(Files.readString(row)).isEqualTo(kept);
    }
    // the site's stamp for other entries, or a file of the site removed
    Path site = out.resolve("catalogue");
    Files.delete(site.resolve("comparer.html"));
    assertThat(build().out()).doesNotContain("gardé tel quel");
    assertThat(site.resolve("comparer.html")).isRegularFile();
  }

  @Test
  void twoBuildsAtOnceOnTheSameOutputBothSucceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      String[] args = {"build", "-q", "--format", "html", "--out", out.toString(), src.toString()};
      Future<Integer> a = pool.submit(() -> Main.run(args));
      Future<Integer> b = pool.submit(() -> Main.run(args));
      assertThat(a.get()).isZero();
      assertThat(b.get()).isZero();
    } finally {
      pool.shutdownNow();
    }
    // one built, the other waited for its lock and found everything up to date
    CommandRun.Run third = build();
    assertThat(third.out()).contains("5 projets à jour", "gardé tel quel");
    for (String p : PROJECTS)
      assertThat(ProjectWriter.upToDate(src.resolve(p), out, p)).as(p).isNotNull();
  }

  @Test
  void theCatalogueAloneUsesTheKeptRowsAndRebuildsWhatChanged() throws IOException {
    build();
    Path site = tmp.resolve("site");
    CommandRun.Run run =
        CommandRun.run(
            "catalogue", "--out", site.toString(), "--documents", out.toString(), src.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    Map<String, Object> before = files(out);
    Path md = src.resolve("AP1_027/restitution-finale.md");
    Files.writeString(md, Files.readString(md) + "\nDernier mot du porteur.\n");
    run =
        CommandRun.run(
            "catalogue", "--out", site.toString(), "--documents", out.toString(), src.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    // the changed project's documents were built again (every format), no other's
    assertThat(changed(before, files(out)))
        .contains("AP1_027/restitution-finale.html", "AP1_027/restitution-finale.pdf")
        .noneMatch(f -> f.startsWith("AP1_140/"));
    run =
        CommandRun.run(
            "catalogue", "--out", site.toString(), "--documents", out.toString(), src.toString());
    assertThat(run.out()).contains("gardé tel quel");
  }

  // ------------------------------------------------------------------ helpers

  /** Every file under {@code root} (the lock aside) with its file key. */
  private static Map<String, Object> files(Path root) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.endsWith(".fejdoc-lock") || rel.endsWith(".fejdoc-output")) continue;
        // the memo of a project's listing is written once its files have settled (not within
        // two seconds of a save, as just after the copy): a cache, not a document
        if (rel.endsWith(fr.fejdoc.write.ProjectWriter.MEMO)) continue;
        keys.put(rel, Files.readAttributes(p, BasicFileAttributes.class).fileKey());
      }
    }
    return keys;
  }

  private static Map<String, byte[]> bytes(Path root) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    for (String f : files(root).keySet()) all.put(f, bytesOf(root.resolve(f)));
    return all;
  }

  private static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
    List<String> out = new ArrayList<>();
    after.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k))) out.add(k);
        });
    return out;
  }

  private static byte[] bytesOf(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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

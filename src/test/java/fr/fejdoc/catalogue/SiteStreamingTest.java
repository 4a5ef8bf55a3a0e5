package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's memory does not grow with its files: each file is handed to the staging folder as
 * soon as its part makes it, the volumes of the printed edition are made one after the other, and
 * the entries wait on disk (read back exactly) while the site is made.
 */
class SiteStreamingTest {
  @TempDir Path tmp;

  @Test
  void theEntriesKeptOnDiskAreReadBackExactlyAndMakeTheSameSite() throws IOException {
    Path out = tmp.resolve("out");
    List<CatalogueEntry> inMemory = CatalogueFixtures.entries(CatalogueFixtures.PROJECTS, out);
    Path folder;
    // one entry held in memory, the three others kept in the file and read back
    String budget = System.getProperty("fejdoc.catalogue.lignesEnMemoire");
    System.setProperty("fejdoc.catalogue.lignesEnMemoire", "1");
    try (StoredEntries stored =
        Catalogue.stored(
            CatalogueFixtures.sources(CatalogueFixtures.PROJECTS),
            out,
            Messages.of(Messages.Lang.FR),
            Map.of(),
            false,
            tmp,
            ".catalogue.new-")) {
      try (var s = Files.list(tmp)) {
        folder =
            s.filter(p -> p.getFileName().toString().startsWith(".catalogue.new-"))
                .findAny()
                .orElseThrow();
      }
      assertThat(stored).hasSize(4).isEqualTo(inMemory);
      assertThat(Files.size(folder.resolve("lignes.json"))).isGreaterThan(1000);
      assertThat(stored.stream().map(CatalogueEntry::project).toList())
          .containsExactly("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun");
      // the synthesis and search terms come back from the file, whole
      assertThat(stored.get(0).searchTerms()).isNotBlank().isEqualTo(inMemory.get(0).searchTerms());
      Map<String, byte[]> fromDisk = new CatalogueSite(stored, "../").files();
      Map<String, byte[]> fromMemory = new CatalogueSite(inMemory, "../").files();
      assertThat(fromDisk.keySet()).isEqualTo(fromMemory.keySet());
      for (String name : fromMemory.keySet())
        assertThat(fromDisk.get(name)).as(name).isEqualTo(fromMemory.get(name));
    } finally {
      if (budget == null) System.clearProperty("fejdoc.catalogue.lignesEnMemoire");
      else System.setProperty("fejdoc.catalogue.lignesEnMemoire", budget);
    }
    assertThat(folder).doesNotExist(); // removed once the site is made
  }

  @Test
  void eachFileIsHandedOverWhenMadeAndTheVolumesAreMadeOneAfterTheOther() throws IOException {
    List<CatalogueEntry> entries =
        CatalogueFixtures.entries(CatalogueFixtures.PROJECTS, tmp.resolve("out"));
    String before = System.getProperty("fejdoc.catalogue.tome");
    System.setProperty("fejdoc.catalogue.tome", "1"); // four volumes of one experiment
    List<String> events = new ArrayList<>();
    int[] open = {0, 0}; // open now, most open at once
    Map<String, byte[]> made = new TreeMap<>();
    try {
      CatalogueSite site = new CatalogueSite(entries, "../");
      CatalogueSite.Written w =
          site.write(
              CatalogueSite.Kept.NONE,
              name -> {
                synchronized (events) {
                  events.add("open " + name);
                  open[1] = Math.max(open[1], ++open[0]);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                return new FilterOutputStream(bytes) {
                  @Override
                  public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                  }

                  @Override
                  public void close() throws IOException {
                    super.close();
                    synchronized (events) {
                      events.add("close " + name);
                      open[0]--;
                      made.put(name, bytes.toByteArray());
                    }
                  }
                };
              });
      assertThat(w.made()).isEqualTo(made.keySet()).contains("catalogue-4.pdf", "index.html");
      // every file closed, and never more open at once than there are cores making them
      assertThat(open[0]).isZero();
      assertThat(open[1])
          .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors())
          .isLessThan(made.size());
      // a volume begins once the one before it is over (its document tree let go)
      for (int v = 1; v < 4; v++) {
        int lastClose = -1, firstOpen = Integer.MAX_VALUE;
        for (int i = 0; i < events.size(); i++) {
          String e = events.get(i);
          if (e.startsWith("close catalogue-" + v + ".")) lastClose = i;
          if (e.startsWith("open catalogue-" + (v + 1) + ".")) firstOpen = Math.min(firstOpen, i);
        }
        assertThat(lastClose).as("volume %d", v).isGreaterThanOrEqualTo(0).isLessThan(firstOpen);
      }
      // the files made so are those made in memory
      assertThat(made.get("experiences.csv")).isEqualTo(site.files().get("experiences.csv"));
      assertThat(new String(made.get("index.html"), java.nio.charset.StandardCharsets.UTF_8))
          .contains("tome 4 (", "AP1_027");
    } finally {
      if (before == null) System.clearProperty("fejdoc.catalogue.tome");
      else System.setProperty("fejdoc.catalogue.tome", before);
    }
  }

  @Test
  void aPublicationWritesEveryFileIntoTheStagingFolderThenMovesItInPlace() throws IOException {
    List<CatalogueEntry> entries =
        CatalogueFixtures.entries(CatalogueFixtures.PROJECTS, tmp.resolve("out"));
    Path site = tmp.resolve("out/catalogue");
    CatalogueSite pages = new CatalogueSite(entries, "../");
    CatalogueSite.Written w =
        SitePublisher.publish(site, pages, CatalogueSite.Kept.NONE, pages.key());
    assertThat(SitePublisher.current(site, pages.key())).isTrue();
    Map<String, byte[]> inMemory = pages.files();
    Map<String, byte[]> published = CatalogueFixtures.snapshot(site);
    published.remove(SitePublisher.STAMP);
    assertThat(published.keySet()).isEqualTo(inMemory.keySet()).isEqualTo(w.made());
    for (String name : inMemory.keySet())
      assertThat(published.get(name)).as(name).isEqualTo(inMemory.get(name));
    try (var s = Files.list(site.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".new-"));
    }
    // published again unchanged: every part kept, nothing written
    CatalogueSite.Written again =
        SitePublisher.publish(site, pages, SitePublisher.kept(site), pages.key());
    assertThat(again.made()).isEmpty();
    assertThat(again.kept()).isEqualTo(inMemory.keySet());
  }
}

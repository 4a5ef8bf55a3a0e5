package fr.fejdoc.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher reports the files saved, created and removed, relative to the project, with the
 * system's notifications and without them (comparison only); a link leading out of the project is
 * not followed, and an editor's backup file is not reported.
 */
class FolderWatcherTest {
  @TempDir Path tmp;

  @Test
  void notified() throws Exception {
    saves(false);
  }

  @Test
  void comparedOnly() throws Exception {
    saves(true);
  }

  private void saves(boolean pollOnly) throws Exception {
    Path p = Files.createDirectories(tmp.resolve("P"));
    Files.writeString(p.resolve("experiment.yaml"), "titre: x\n");
    Files.createDirectories(p.resolve("images"));
    Path outside = Files.createDirectories(tmp.resolve("ailleurs"));
    Files.createSymbolicLink(p.resolve("lien"), outside);
    BlockingQueue<Set<String>> seen = new LinkedBlockingQueue<>();
    try (FolderWatcher w =
        new FolderWatcher(Map.of("P", p), (project, files) -> seen.add(files), pollOnly)) {
      Files.writeString(p.resolve("doc.md"), "# Titre\n");
      assertThat(until(seen, "doc.md")).isTrue();
      Files.writeString(p.resolve("images/logo.png"), "x");
      assertThat(until(seen, "images/logo.png")).isTrue();
      Files.writeString(outside.resolve("dehors.md"), "x");
      Files.writeString(p.resolve("doc.md~"), "x");
      Files.delete(p.resolve("doc.md"));
      Set<String> last = null;
      while (last == null || !last.contains("doc.md")) {
        last = seen.poll(30, TimeUnit.SECONDS);
        assertThat(last).isNotNull();
        assertThat(last).doesNotContain("lien/dehors.md");
        if (!pollOnly) assertThat(last).doesNotContain("doc.md~");
      }
    }
  }

  private static boolean until(BlockingQueue<Set<String>> seen, String file)
      throws InterruptedException {
    while (true) {
      Set<String> s = seen.poll(30, TimeUnit.SECONDS);
      if (s == null) return false;
      if (s.contains(file)) return true;
    }
  }
}

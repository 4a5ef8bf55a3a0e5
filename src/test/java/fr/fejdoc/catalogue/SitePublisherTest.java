package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site already served is updated in place, file by file, in an order where every link resolves:
 * pages linked before the pages linking them, index.html last, removed files at the very end.
 */
class SitePublisherTest {
  @TempDir Path tmp;

  private static Map<String, byte[]> site(String version, String... pages) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("index.html", bytes("index " + version));
    files.put("catalogue.css", bytes("css " + version));
    files.put("experiences.csv", bytes("csv " + version));
    for (String p : pages) files.put("experiences/" + p + ".html", bytes(p + " " + version));
    return files;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theOrderPutsLinkedFilesFirstAndTheIndexLast() {
    List<String> order =
        new ArrayList<>(
            List.of(
                "index.html",
                "comparer.html",
                "experiences/AP1_001.html",
                "catalogue.css",
                "experiences.csv",
                "experiences/AP1_002.html"));
    order.sort(SitePublisher.ORDER);
    assertThat(order)
        .containsExactly(
            "experiences/AP1_001.html",
            "experiences/AP1_002.html",
            "catalogue.css",
            "experiences.csv",
            "comparer.html",
            "index.html");
  }

  @Test
  void anExistingSiteIsUpdatedInPlaceAndWhatIsGoneIsRemoved() throws IOException {
    Path site = tmp.resolve("catalogue");
    SitePublisher.publish(site, site("v1", "AP1_001", "AP1_002"));
    Object before = Files.readAttributes(site, "unix:ino");
    Files.createDirectories(site.resolve("ancien"));
    Files.writeString(site.resolve("ancien/vieux.html"), "x");
    SitePublisher.publish(site, site("v2", "AP1_002", "AP1_003"));
    // the folder itself stayed (nothing was ever missing at its place)
    assertThat(Files.readAttributes(site, "unix:ino")).isEqualTo(before);
    assertThat(snapshot(site)).isEqualTo(strings(site("v2", "AP1_002", "AP1_003")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("catalogue");
    }
  }

  @Test
  void aSiteReachedThroughALinkStaysALink() throws IOException {
    Path real = tmp.resolve("www/catalogue");
    SitePublisher.publish(real, site("v1", "AP1_001"));
    Path link = Files.createSymbolicLink(tmp.resolve("catalogue"), real);
    SitePublisher.publish(link, site("v2", "AP1_002"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(snapshot(real)).isEqualTo(strings(site("v2", "AP1_002")));
  }

  private static Map<String, String> strings(Map<String, byte[]> files) {
    Map<String, String> out = new TreeMap<>();
    files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
    return out;
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList())
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
    }
    return out;
  }
}

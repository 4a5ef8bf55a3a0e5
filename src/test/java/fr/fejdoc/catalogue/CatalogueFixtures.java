package fr.fejdoc.catalogue;

import fr.fejdoc.check.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Example projects, copies of them, a fake build output, and a small RFC 4180 reader. */
final class CatalogueFixtures {
  static final Path PROJECTS = Path.of("projects");

  /** The fictitious example that uses every block (projects/exemple-complet). */
  static final String COMPLETE = "exemple-complet";

  private CatalogueFixtures() {}

  /** Every project of {@code dir}, as the catalogue command finds them. */
  static List<CatalogueEntry> allEntries(Path dir, Path output) throws IOException {
    List<Catalogue.Source> all =
        fr.fejdoc.load.ProjectFinder.find(List.of(dir)).stream()
            .map(f -> new Catalogue.Source(f.dir(), f.display()))
            .toList();
    return Catalogue.entries(all, output, Messages.of(Messages.Lang.FR));
  }

  /**
   * The projects of {@code dir}; from {@link #PROJECTS}, the four taken from the real seeds (the
   * catalogue tests check their figures), not the fictitious complete example.
   */
  static List<Catalogue.Source> sources(Path dir) throws IOException {
    return fr.fejdoc.load.ProjectFinder.find(List.of(dir)).stream()
        .filter(f -> !(dir.equals(PROJECTS) && f.dir().getFileName().toString().equals(COMPLETE)))
        .map(f -> new Catalogue.Source(f.dir(), f.display()))
        .toList();
  }

  /**
   * Some built files of the example projects (fakes), stamped as made from their current inputs, as
   * {@code fejdoc build} would leave them: the catalogue links them without building anything.
   */
  static Path fakeOutput(Path root) throws IOException {
    Path out = root.resolve("output");
    Map<String, List<String>> byProject = new TreeMap<>();
    for (String f :
        List.of(
            "AP1_027/restitution-finale.html",
            "AP1_027/restitution-finale.pdf",
            "AP1_027/annexes.html",
            "AP1_027/annexes.xlsx",
            "AP1_140/note-etape-2010-12-31.html",
            "AP1_393/note-etape-2010-12-31.html",
            "AP1_393/note-etape-2010-12-31.pdf",
            "passeport-accueil-commun/fiche-experience.html")) {
      Path p = out.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "document");
      String project = f.substring(0, f.indexOf('/'));
      byProject
          .computeIfAbsent(project, k -> new ArrayList<>())
          .add(f.substring(f.indexOf('/') + 1));
    }
    for (var e : byProject.entrySet()) {
      fr.fejdoc.write.ProjectWriter.stamp(
          PROJECTS.resolve(e.getKey()), out.resolve(e.getKey()), e.getValue());
    }
    return out;
  }

  static List<CatalogueEntry> entries(Path projects, Path output) throws IOException {
    return Catalogue.entries(sources(projects), output, Messages.of(Messages.Lang.FR));
  }

  /** Builds and publishes the site of {@code projects} into {@code output/catalogue}. */
  static Path site(Path projects, Path output) throws IOException {
    Path site = output.resolve("catalogue");
    SitePublisher.publish(site, new CatalogueSite(entries(projects, output), "../").files());
    return site;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  /** Every file under {@code dir}, by relative path. */
  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads RFC 4180 CSV: a list of rows, each a list of cells. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  /** The CSV rows as maps keyed by the header's column names, by project. */
  static Map<String, Map<String, String>> csvByProject(String text) {
    List<List<String>> rows = csv(text);
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      Map<String, String> m = new TreeMap<>();
      for (int i = 0; i < r.size(); i++) m.put(rows.get(0).get(i), r.get(i));
      out.put(m.get("projet"), m);
    }
    return out;
  }
}

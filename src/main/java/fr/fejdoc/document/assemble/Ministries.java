package fr.fejdoc.document.assemble;

import fr.fejdoc.check.Finding;
import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.load.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The ministry block printed on FEJ covers, chosen by date from {@code templates/ministeres.yaml}
 * (configuration, not code: the ministry changed names over the years).
 */
final class Ministries {
  private static final List<Data> DEFAULT = load(null);

  private Ministries() {}

  /** The block in force at {@code when} (the earliest one when {@code when} is unknown). */
  static Data at(Path projectDir, YearMonth when) {
    List<Data> list = DEFAULT;
    if (projectDir != null
        && Files.isRegularFile(projectDir.resolve("templates/ministeres.yaml"))) {
      list = load(projectDir.resolve("templates/ministeres.yaml"));
    }
    Data chosen = list.isEmpty() ? new Data() : list.get(0);
    if (when != null) {
      for (Data d : list) {
        String since = (String) d.get("depuis");
        if (since != null && !YearMonth.parse(since).isAfter(when)) chosen = d;
      }
    }
    return chosen;
  }

  private static List<Data> load(Path file) {
    String text;
    try (InputStream in =
        file == null
            ? Ministries.class.getResourceAsStream("/templates/ministeres.yaml")
            : Files.newInputStream(file)) {
      if (in == null) return List.of();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    List<Finding> ignored = new ArrayList<>();
    YNode root = YamlReader.read(text, "ministeres.yaml", 0).root();
    List<Data> out = new ArrayList<>();
    if (root instanceof YNode.Seq seq) {
      for (YNode item : seq.items()) {
        if (!(item instanceof YNode.Map m)) continue;
        Data d = new Data();
        for (YNode.Entry e : m.entries()) {
          if (e.value() instanceof YNode.Scalar s) d.with(e.key().text(), s.text().strip());
        }
        out.add(d);
      }
    }
    if (!ignored.isEmpty()) return List.of();
    return out;
  }
}

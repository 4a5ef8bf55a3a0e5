package fr.fejdoc.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.fejdoc.importer.Draft;
import fr.fejdoc.importer.Importer;
import fr.fejdoc.importer.NotImportable;
import fr.fejdoc.importer.ProjectDraft;
import fr.fejdoc.importer.Rendered;
import fr.fejdoc.importer.Sources;
import fr.fejdoc.model.Deadline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Fuzzes {@code fejdoc importer} on any bytes (text, DOCX, PDF alike): the file is either refused
 * with a {@link NotImportable} (a message key, nothing written) or gives a project whose
 * experiment.yaml and front matters are valid YAML, whatever the note holds (hostile values stay
 * text). Seeds: the four real notes and the DOCX and PDF of an example note d'étape.
 */
class ImportFuzzTest {

  static Stream<Arguments> notes() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "seeds"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Arguments.of(Named.of(p.getFileName().toString(), read(p))));
      }
    }
    for (String format : List.of("docx", "pdf")) {
      for (Map.Entry<String, byte[]> d :
          Rendered.documents(Path.of("projects", "AP1_140"), format).entrySet()) {
        out.add(Arguments.of(Named.of(d.getKey() + "." + format, d.getValue())));
      }
    }
    return out.stream();
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @MethodSource("notes")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void importer(byte[] data) {
    Draft draft;
    try (Deadline.Scope budget = Deadline.start(Duration.ofSeconds(20))) {
      draft = Importer.read(Sources.read(data, "fuzz"));
    } catch (NotImportable | Deadline.Exceeded refused) {
      return; // refused with a message (the command turns an exceeded budget into one)
    }
    ProjectDraft.Files files = ProjectDraft.files(List.of(draft), "schema.json", null);
    Load load = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build());
    for (Map.Entry<String, String> f : files.texts().entrySet()) {
      String text = f.getValue();
      if (f.getKey().endsWith(".yaml")) {
        load.loadFromString(text); // throws on YAML that does not parse
      } else if (f.getKey().endsWith(".md")) {
        int end = text.indexOf("\n---\n", 4);
        if (!text.startsWith("---\n") || end < 0) {
          throw new AssertionError(f.getKey() + " has no front matter");
        }
        new Load(LoadSettings.builder().build()).loadFromString(text.substring(4, end + 1));
      }
    }
  }
}

package fr.fejdoc.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.fejdoc.document.read.MarkdownReader;
import fr.fejdoc.load.DocumentLoader;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes a Markdown document in memory: {@link DocumentLoader} (front matter, sections), then
 * {@link MarkdownReader} on the narrative of each section, as the templates' {@code <md>} does.
 * Nothing may be thrown; every finding is located inside the file. Seeds: every document of the
 * examples and of the bad-input corpus.
 */
class DocumentFuzzTest {
  static final String FILE = "projects/AP1_999/restitution-finale.md";
  static final Path PATH = Path.of("projects", "AP1_999", "restitution-finale.md");

  @MethodSource("fr.fejdoc.fuzz.Seeds#documents")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/markdown.dict")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/yaml.dict")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void document(byte[] data) {
    String text = FuzzChecks.text(data);
    List<Finding> findings = new ArrayList<>();
    Document d = DocumentLoader.load(text, PATH, FILE, findings);
    FuzzChecks.check(findings, Map.of(FILE, FuzzChecks.lines(text)));
    if (d == null) return;
    for (Section s : d.source().sections()) {
      if (s.markdown() != null) MarkdownReader.blocks(s.markdown());
    }
  }
}

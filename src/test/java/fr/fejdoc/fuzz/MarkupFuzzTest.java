package fr.fejdoc.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.read.MarkupException;
import fr.fejdoc.document.read.MarkupReader;
import fr.fejdoc.model.Loc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the fejdoc markup (docs/markup.md), which templates render and a project may override
 * ({@code projects/X/templates/}): {@link MarkupReader} may only refuse it with a {@link
 * MarkupException} (reported as a template failure, with its line); a tree it accepts must be
 * written by every writer. Seeds: the markup of the examples and every element once.
 */
class MarkupFuzzTest {

  /** The markup reader alone. */
  @MethodSource("fr.fejdoc.fuzz.Seeds#markups")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/markup.dict")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void markup(byte[] data) {
    read(FuzzChecks.text(data));
  }

  /** The markup reader, then every writer (HTML, PDF, DOCX, XLSX) on the tree it gives. */
  @MethodSource("fr.fejdoc.fuzz.Seeds#shortMarkups")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/markup.dict")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void markupWriters(byte[] data) throws Throwable {
    Doc doc = read(FuzzChecks.text(data));
    if (doc == null) return;
    for (DocumentWriter w : Writers.all().values()) {
      byte[] out;
      try {
        out = w.write(doc, Resources.NONE);
      } catch (Throwable t) {
        // what the boundary around each file written makes of it: a bug fails
        FuzzChecks.atBoundary(
            t, Loc.of("document." + w.extension()), "document." + w.extension(), Map.of());
        continue;
      }
      if (out == null || out.length == 0)
        throw new AssertionError(w.extension() + " writer wrote nothing");
    }
  }

  /** The tree, or null when the reader refuses the markup as documented (with a line in it). */
  private static Doc read(String markup) {
    try {
      return MarkupReader.read(markup);
    } catch (MarkupException e) {
      int lines = FuzzChecks.lines(markup);
      if (e.line() < 0 || e.line() > lines)
        throw new AssertionError(
            "markup error outside the text (" + lines + " lines): " + e.getMessage(), e);
      return null;
    }
  }
}

package fr.fejdoc.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes one whole project, as {@code fejdoc build} treats it: experiment.yaml and one Markdown
 * document (the input is the YAML, then a line {@code %%% name.md}, then the document) are written
 * to a project folder (with the signature image of the examples), checked, and when check finds no
 * error, assembled and written in every format in memory.
 *
 * <p>Nothing may escape but what the project's boundary turns into a finding of a known kind; a
 * finding the boundary gives for a bug (INTERNAL_ERROR, RESOURCES_EXHAUSTED) fails, whether it is
 * reported by the code or thrown; every finding is located in the project. Seeds: each example
 * project with each of its documents, and the bad-input corpus's valid base.
 */
class ProjectFuzzTest {
  /** The project folder's name (a valid dossier number) and how its files are displayed. */
  static final String NAME = "AP1_999";

  static final String DISPLAY = "projects/" + NAME;
  static final String DEFAULT_DOCUMENT = "restitution-finale.md";
  private static final Pattern DOCUMENT_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,60}\\.md");
  private static final Path SIGNATURE = Seeds.PROJECTS.resolve("AP1_393/images/signature.png");

  /** A folder of this JVM's, emptied after each input; its path must never reach a message. */
  private static final Path ROOT = temporaryRoot();

  @MethodSource("fr.fejdoc.fuzz.Seeds#projects")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/yaml.dict")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/markdown.dict")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void project(byte[] data) throws Throwable {
    // split the bytes (not a decoded text: a file that is not UTF-8 must reach the loader as is)
    byte[] yaml = data, document = null;
    String documentName = DEFAULT_DOCUMENT;
    int at = separator(data);
    if (at >= 0) {
      int nameStart = at + (at == 0 ? 0 : 1) + Seeds.DOCUMENT_LINE.length();
      int eol = nameStart;
      while (eol < data.length && data[eol] != '\n') eol++;
      String name = new String(data, nameStart, eol - nameStart, StandardCharsets.UTF_8).strip();
      if (DOCUMENT_NAME.matcher(name).matches()) documentName = name;
      yaml = Arrays.copyOfRange(data, 0, at);
      document = Arrays.copyOfRange(data, Math.min(eol + 1, data.length), data.length);
    }

    Path dir = ROOT.resolve(NAME);
    clear(dir);
    Files.write(dir.resolve(ProjectLoader.EXPERIMENT_FILE), yaml);
    Map<String, Integer> files = new HashMap<>();
    files.put(DISPLAY + "/" + ProjectLoader.EXPERIMENT_FILE, lines(yaml));
    if (document != null) {
      Files.write(dir.resolve(documentName), document);
      files.put(DISPLAY + "/" + documentName, lines(document));
    }
    try {
      run(dir, files);
    } finally {
      clear(dir);
    }
  }

  /** Where the line {@code %%% name.md} starts (its preceding newline), or -1. */
  private static int separator(byte[] data) {
    byte[] mark = ("\n" + Seeds.DOCUMENT_LINE).getBytes(StandardCharsets.US_ASCII);
    if (startsWith(data, 0, mark, 1)) return 0;
    for (int i = 0; i + mark.length <= data.length; i++) if (startsWith(data, i, mark, 0)) return i;
    return -1;
  }

  private static boolean startsWith(byte[] data, int at, byte[] mark, int from) {
    if (at + mark.length - from > data.length) return false;
    for (int k = from; k < mark.length; k++) if (data[at + k - from] != mark[k]) return false;
    return true;
  }

  /** Lines of a file as the holder's editor shows them (bytes that are not UTF-8 end no line). */
  private static int lines(byte[] file) {
    return FuzzChecks.lines(FuzzChecks.text(file));
  }

  private static void run(Path dir, Map<String, Integer> files) throws Throwable {
    String root = ROOT.toAbsolutePath().toString();
    Checker.Checked checked;
    try {
      checked = fr.fejdoc.write.LayoutRule.checker().check(dir, DISPLAY);
    } catch (Throwable t) {
      FuzzChecks.atBoundary(t, Loc.of(DISPLAY), NAME, files);
      return;
    }
    List<Finding> findings = checked.findings();
    FuzzChecks.noBugFindings(findings);
    FuzzChecks.check(findings, files, root);
    if (checked.hasErrors()) return; // no document is built for a project in error

    List<Assembler.Assembled> docs;
    try {
      docs = Assembler.assemble(checked.project());
    } catch (Throwable t) {
      FuzzChecks.atBoundary(t, Loc.of(DISPLAY), NAME, files);
      return;
    }
    Resources resources = Resources.folder(dir);
    for (Assembler.Assembled a : docs) {
      for (DocumentWriter w : Writers.all().values()) {
        if (!w.accepts(a.name())) continue;
        String file = a.name() + "." + w.extension();
        byte[] out;
        try {
          out = w.write(a.doc(), resources);
        } catch (Throwable t) {
          Finding f = FuzzChecks.atBoundary(t, Loc.of(DISPLAY), file, files);
          FuzzChecks.messages(f, root);
          continue;
        }
        if (out == null || out.length == 0) throw new AssertionError(file + ": nothing written");
      }
    }
  }

  /** Empties the project folder but for its images (the examples' signature). */
  private static void clear(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().equals("images")) continue;
        delete(p);
      }
    }
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }

  private static Path temporaryRoot() {
    try {
      Path root = Files.createTempDirectory("fejdoc-fuzz-");
      Path images = Files.createDirectories(root.resolve(NAME).resolve("images"));
      Files.copy(SIGNATURE, images.resolve("signature.png"));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      delete(root);
                    } catch (IOException e) {
                      // a temporary folder left behind
                    }
                  }));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

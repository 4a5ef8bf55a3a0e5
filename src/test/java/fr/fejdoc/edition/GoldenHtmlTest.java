package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.fejdoc.edition.Editions.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The HTML of every document of every example project, byte for byte, against the checked-in {@code
 * src/test/resources/golden/<project>/<document>.html}.
 *
 * <p>After an intended change of the output: {@code ./mvn21 test -Dtest=GoldenHtmlTest
 * -Dfejdoc.updateGolden=true} rewrites the golden files (and passes); review them with {@code git
 * diff} and commit them with the change.
 */
class GoldenHtmlTest {

  static final String UPDATE_PROPERTY = "fejdoc.updateGolden";

  static final String HOW_TO_UPDATE =
      "If the change is intended, rewrite the golden files with"
          + " ./mvn21 test -Dtest=GoldenHtmlTest -D"
          + UPDATE_PROPERTY
          + "=true, review them (git diff "
          + Editions.GOLDEN.toString().replace('\\', '/')
          + ") and commit them.";

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").strip());
  }

  static Path golden(Edition e) {
    return Editions.GOLDEN.resolve(e.project()).resolve(e.name() + ".html");
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentMatchesItsGoldenFile() throws Exception {
    List<Edition> editions = Editions.examples();
    assertThat(editions).isNotEmpty();
    return editions.stream().map(e -> dynamicTest(e.file(), () -> compare(e)));
  }

  private static void compare(Edition e) throws IOException {
    Path golden = golden(e);
    if (updating()) {
      if (!Files.isRegularFile(golden) || !Arrays.equals(Files.readAllBytes(golden), e.bytes())) {
        Files.createDirectories(golden.getParent());
        Files.write(golden, e.bytes());
        System.out.println("GoldenHtmlTest: wrote " + golden);
      }
      return;
    }
    if (!Files.isRegularFile(golden)) {
      fail(
          "No golden file "
              + golden
              + " for "
              + e.file()
              + ". Create it with ./mvn21 test -Dtest=GoldenHtmlTest -D"
              + UPDATE_PROPERTY
              + "=true, check it and commit it.");
    }
    byte[] expected = Files.readAllBytes(golden);
    if (!Arrays.equals(expected, e.bytes())) {
      fail(describeDifference(golden.toString(), expected, e.bytes()) + "\n" + HOW_TO_UPDATE);
    }
  }

  /** A golden file whose document no longer exists fails (is deleted when updating). */
  @Test
  void everyGoldenFileHasItsDocument() throws Exception {
    Set<String> made = Editions.examples().stream().map(Edition::file).collect(Collectors.toSet());
    List<Path> stale = new ArrayList<>();
    if (Files.isDirectory(Editions.GOLDEN)) {
      try (Stream<Path> s = Files.walk(Editions.GOLDEN)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          String rel = Editions.GOLDEN.relativize(p).toString().replace('\\', '/');
          if (!made.contains(rel)) stale.add(p);
        }
      }
    }
    if (updating()) {
      for (Path p : stale) {
        Files.delete(p);
        System.out.println("GoldenHtmlTest: deleted " + p);
      }
      return;
    }
    assertThat(stale)
        .as(
            "golden files without a document (renamed or removed example?). "
                + HOW_TO_UPDATE.replace("rewrite", "delete"))
        .isEmpty();
  }

  @Test
  void differenceNamesTheFirstDifferingLineWithContext() {
    String expected = "a\nb\nc\n<td>2\u202F200</td>\ne\n";
    String actual = "a\nb\nc\n<td>2 200</td>\ne\n";
    String message =
        describeDifference(
            "x.html",
            expected.getBytes(StandardCharsets.UTF_8),
            actual.getBytes(StandardCharsets.UTF_8));
    assertThat(message)
        .contains("at line 4, column 6")
        .contains("expected U+202F")
        .contains("found U+0020")
        .contains("      3   c")
        .contains("-     4   <td>2\u202F200</td>")
        .contains("+     4   <td>2 200</td>");
    assertThat(describeDifference("x.html", "a\n".getBytes(), "a\nb\n".getBytes()))
        .contains("at line 2")
        .contains("- (end of golden file)")
        .contains("+     2   b");
  }

  // ------------------------------------------------------------------ the difference

  private static final int CONTEXT = 3;
  private static final int WIDTH = 160;

  /**
   * Where the two versions part: the first differing line with its number and column, the code
   * points that differ (U+202F and a space look alike), a few lines of context of each side, and
   * the sizes.
   */
  static String describeDifference(String name, byte[] expectedBytes, byte[] actualBytes) {
    String expected = new String(expectedBytes, StandardCharsets.UTF_8);
    String actual = new String(actualBytes, StandardCharsets.UTF_8);
    List<String> exp = expected.lines().toList();
    List<String> act = actual.lines().toList();
    StringBuilder b = new StringBuilder();
    b.append("The HTML differs from ").append(name);
    int line = 0;
    while (line < exp.size() && line < act.size() && exp.get(line).equals(act.get(line))) line++;
    if (line == exp.size() && line == act.size()) {
      b.append(": same lines, different line ends or bytes (")
          .append(expectedBytes.length)
          .append(" bytes expected, ")
          .append(actualBytes.length)
          .append(" written).");
      return b.toString();
    }
    String e = line < exp.size() ? exp.get(line) : null;
    String a = line < act.size() ? act.get(line) : null;
    int col = 0;
    if (e != null && a != null) {
      while (col < e.length() && col < a.length() && e.charAt(col) == a.charAt(col)) col++;
    }
    b.append(" at line ").append(line + 1).append(", column ").append(col + 1);
    b.append(" (expected ")
        .append(codePoint(e, col))
        .append(", found ")
        .append(codePoint(a, col))
        .append("):\n");
    for (int k = Math.max(0, line - CONTEXT); k < line; k++) {
      b.append(String.format("  %5d   %s%n", k + 1, clip(exp.get(k), 0)));
    }
    for (int k = line; k < Math.min(exp.size(), line + CONTEXT + 1); k++) {
      b.append(String.format("- %5d   %s%n", k + 1, clip(exp.get(k), k == line ? col : 0)));
    }
    if (line >= exp.size()) b.append("- (end of golden file)\n");
    for (int k = line; k < Math.min(act.size(), line + CONTEXT + 1); k++) {
      b.append(String.format("+ %5d   %s%n", k + 1, clip(act.get(k), k == line ? col : 0)));
    }
    if (line >= act.size()) b.append("+ (end of written HTML)\n");
    b.append("(- golden: ")
        .append(exp.size())
        .append(" lines, ")
        .append(expectedBytes.length)
        .append(" bytes; + written: ")
        .append(act.size())
        .append(" lines, ")
        .append(actualBytes.length)
        .append(" bytes)");
    return b.toString();
  }

  private static String codePoint(String line, int col) {
    if (line == null) return "no line";
    if (col >= line.length()) return "end of line";
    int cp = line.codePointAt(col);
    return String.format("U+%04X «%s»", cp, Character.toString(cp));
  }

  /** The line, or a window of it around {@code col} when it is long (embedded images). */
  private static String clip(String line, int col) {
    if (line.length() <= WIDTH) return line;
    int from = Math.max(0, Math.min(col - WIDTH / 3, line.length() - WIDTH));
    int to = Math.min(line.length(), from + WIDTH);
    return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
  }
}

package fr.fejdoc.badinput;

import static fr.fejdoc.badinput.BadInputCorpus.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.cli.Main;
import fr.fejdoc.model.finding.Severity;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the corpus (src/test/resources/badinput/cases.txt) is reported with its code,
 * file, line and column; {@code check} never throws and never prints a stack trace.
 */
class BadInputTest {

  static Stream<String> caseNames() {
    return BadInputCorpus.cases().keySet().stream();
  }

  @Test
  void theBaseProjectIsValid(@TempDir Path tmp) throws IOException {
    Path project = BadInputCorpus.buildBase(tmp.resolve(PROJECT));
    Checker.Checked checked = BadInputCorpus.checkQuietly(project);
    assertThat(checked.findings())
        .as("findings of the base project")
        .filteredOn(f -> f.severity() != Severity.INFO)
        .isEmpty();
    assertThat(checked.project().experiment()).isNotNull();
    assertThat(checked.project().documents()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  @Timeout(60)
  void reportsTheBadInput(String name, @TempDir Path tmp) throws IOException {
    BadInputCorpus.verify(name, tmp, false);
  }

  @Test
  void theCorpusIsLargeAndConsistent() throws IOException {
    var cases = BadInputCorpus.cases();
    assertThat(cases.size()).as("number of cases").isGreaterThanOrEqualTo(45);

    Set<String> built = new TreeSet<>(BadInputCorpus.caseFolders());
    built.addAll(BadInputCorpus.GENERATED.keySet());
    assertThat(built)
        .as("case folders and generated cases")
        .isEqualTo(new TreeSet<>(cases.keySet()));

    for (BadInputCorpus.Case c : cases.values()) {
      boolean clean = c.lines().stream().anyMatch(e -> e.kind() == BadInputCorpus.Kind.CLEAN);
      boolean expects =
          c.lines().stream()
              .anyMatch(
                  e ->
                      e.kind() == BadInputCorpus.Kind.EXPECTED
                          || e.kind() == BadInputCorpus.Kind.MISSING_BUG);
      assertThat(clean ^ expects).as("case %s: either CLEAN or some findings", c.name()).isTrue();
    }

    // every suspected bug has its @Disabled test, and every such test names a bug case
    Set<String> bugCases =
        cases.values().stream()
            .filter(BadInputCorpus.Case::bug)
            .map(c -> camel(c.name()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> bugTests =
        Arrays.stream(BadInputBugsTest.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class))
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(bugTests).as("methods of BadInputBugsTest").isEqualTo(bugCases);
  }

  private static String camel(String name) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char ch : name.toCharArray()) {
      if (ch == '-') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return b.toString();
  }

  // ---- the command line ---------------------------------------------------------------------

  @Test
  void cliReportsABrokenProjectInJsonWithExitCode1(@TempDir Path tmp) throws IOException {
    Path project = BadInputCorpus.build(BadInputCorpus.get("t1-sexe-sum-flow"), tmp);
    var run =
        BadInputCorpus.captured(() -> Main.run("check", "--format", "json", project.toString()));
    assertThat(run.thrown()).isNull();
    assertThat(run.value()).as("exit code").isEqualTo(1);
    assertThat(run.out()).contains("\"code\": \"FEJ106\"").contains("\"line\": 41");
    assertNoStackTrace(run.err());
  }

  @Test
  void cliSaysInFrenchThatAFolderDoesNotExist() {
    var run = BadInputCorpus.captured(() -> Main.run("check", "/no/such/dir"));
    assertThat(run.thrown()).isNull();
    assertThat(run.value()).as("exit code").isEqualTo(2);
    assertThat(run.err()).contains("dossier introuvable").contains("/no/such/dir");
    assertNoStackTrace(run.err());
  }

  /** The whole corpus in one run: each project is checked, whatever the others hold. */
  @Test
  @Timeout(120)
  void cliChecksTheWholeCorpusInOneRun(@TempDir Path tmp) throws IOException {
    Path all = Files.createDirectories(tmp.resolve("all"));
    int projects = 0;
    for (BadInputCorpus.Case c : BadInputCorpus.cases().values()) {
      Path parent = Files.createDirectories(all.resolve("_" + c.name()));
      Path project = BadInputCorpus.build(c, parent);
      Files.move(project, all.resolve(c.name()));
      projects++;
    }
    var run = BadInputCorpus.captured(() -> Main.run("check", "--format", "json", all.toString()));
    assertThat(run.thrown()).isNull();
    assertThat(run.value()).as("exit code").isEqualTo(1);
    assertThat(run.out()).contains("\"projects\": " + projects + ",");
    assertNoStackTrace(run.err());
  }

  private static void assertNoStackTrace(String err) {
    assertThat(err)
        .doesNotContain("Exception")
        .doesNotContain("at fr.fejdoc")
        .doesNotContain("at java.")
        .doesNotContain("erreur interne");
  }
}

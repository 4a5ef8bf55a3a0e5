package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A project's templates are written by anyone: whatever they contain, rendering ends within a
 * bounded time and memory with one located French finding, never an exception or a hang.
 */
class TemplateHostileTest {
  @TempDir Path tmp;

  /** A tight budget so that each hostile case ends in well under a second or two. */
  private static final TemplateGuard.Limits TIGHT =
      new TemplateGuard.Limits(Duration.ofSeconds(1), 2_000_000, 64L << 20, 300);

  /**
   * For the cases that are not about budgets (a refused include): time enough that a loaded CI
   * machine never turns them into a budget finding.
   */
  private static final TemplateGuard.Limits ROOMY =
      new TemplateGuard.Limits(Duration.ofSeconds(20), 2_000_000, 64L << 20, 300);

  private static final Messages FR = Messages.of(Messages.Lang.FR);
  private static final Messages EN = Messages.of(Messages.Lang.EN);

  private Path project(String template) throws IOException {
    Path dir = tmp.resolve("X");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/t.ftlx"), template);
    return dir;
  }

  /** Renders {@code template} as projects/X/templates/t.ftlx; the finding it ends with. */
  private Finding failing(String template) throws IOException {
    return failing(template, TIGHT);
  }

  private Finding failing(String template, TemplateGuard.Limits limits) throws IOException {
    Path dir = project(template);
    Throwable t =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                catchThrowable(
                    () ->
                        TemplateEngine.withLimits(
                            limits,
                            () ->
                                TemplateEngine.render(
                                    dir, "projects/X", "t.ftlx", Map.of("x", "valeur")))));
    assertThat(t).as("rendering %s", template).isInstanceOf(FindingException.class);
    Finding f = ((FindingException) t).finding();
    assertClean(f);
    return f;
  }

  /** French, no Java class name, no absolute path, no FreeMarker stack. */
  private void assertClean(Finding f) {
    String fr = FR.format(f);
    String en = EN.format(f);
    for (String text : List.of(fr, en, f.loc().toString())) {
      assertThat(text)
          .doesNotContain("freemarker.")
          .doesNotContain("java.")
          .doesNotContain("Exception")
          .doesNotContain("FTL stack")
          .doesNotContain(tmp.toString())
          .doesNotContain("\n\t");
    }
    assertThat(fr).doesNotContain("Tip:").doesNotContain("The following has evaluated");
  }

  private static String render(Path dir, String name) {
    return TemplateEngine.withLimits(
        TIGHT, () -> TemplateEngine.render(dir, "projects/X", name, Map.of("x", "valeur")));
  }

  // ---- 1. budget: time, output, memory, nesting ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#macro m><@m/></#macro><@m/>",
        "<#macro m n>${n}<@m n+1/></#macro><@m 0/>",
        "<#function f n><#return f(n + 1)></#function>${f(0)}",
        "<#macro m><#list 1..2 as i><@m/></#list></#macro><@m/>",
        "<#include \"t.ftlx\">",
        "<#macro m><#nested><@m><@m/></@m></#macro><@m/>",
      })
  void recursionEndsWithABudgetFinding(String template) throws IOException {
    Finding f = failing(template);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_BUDGET);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
    assertThat(FR.format(f)).containsAnyOf("s'imbriquent sur plus de 300 niveaux", "pile d'appels");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#list 1.. as i></#list>",
        "<#list 1..1000000000 as i></#list>",
        "<#list 1.. as i><#list 1.. as j></#list></#list>",
        "<#list 1.. as i><#if i < 0>x</#if></#list>",
        "<#attempt><#list 1.. as i></#list><#recover>rattrapé</#attempt>",
        "<#list 1.. as i><#attempt>${i?c[0..-1]}<#recover></#attempt></#list>",
        "<#assign s = []><#list 1.. as i><#assign s = s + [i]></#list>",
      })
  void loopsWithoutEndStopWithinTheBudget(String template) throws IOException {
    long start = System.nanoTime();
    Finding f = failing(template);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_BUDGET);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
    // the loop's line; the whole template when the caller's wait ran out first (a loaded machine)
    assertThat(f.loc().line()).as("the loop's line").isIn(0, 1);
    assertThat(FR.format(f)).containsAnyOf("sans finir", "trop de mémoire");
    assertThat(ms).as("hang guard").isLessThan(15_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#list 1.. as i>xxxxxxxxxxxxxxxxxxxxxxx</#list>",
        "<#list 1.. as i>${i}</#list>",
        "${'x'?left_pad(50000000)}",
        "<#assign s = 'xxxxxxxxxx'><#list 1..30 as i><#assign s = s + s></#list>${s}",
      })
  void endlessOutputStopsAtTheOutputBudget(String template) throws IOException {
    Finding f = failing(template);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_BUDGET);
    // one built-in writing 50 million characters may also outlast the (tight) time budget
    assertThat(FR.format(f))
        .containsAnyOf("millions de caractères", "trop de mémoire", "sans finir");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // string doubling, never written: memory, not output
        "<#assign s = 'x'><#list 1..40 as i><#assign s = s + s></#list>",
        "<#assign s = 'x'><#list 1.. as i><#assign s = s + s></#list>",
        // a capture block or an attempt buffers its output in memory
        "<#assign c><#list 1.. as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list></#assign>",
        "<#attempt><#list 1.. as i>xxxxxxxxxxxxxxxxxxxx</#list><#recover>r</#attempt>",
        // growing replacements
        "<#assign s = 'ab'><#list 1..60 as i><#assign s = s?replace('a', 'aaaa')></#list>",
        // one huge allocation
        "<#assign s = 'x'?left_pad(1500000000)>",
      })
  void growingMemoryStopsAtTheMemoryBudget(String template) throws IOException {
    Finding f = failing(template);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_BUDGET);
    assertThat(FR.format(f)).containsAnyOf("trop de mémoire", "sans finir");
  }

  @Test
  void theBudgetCostsOneRenderingOnly() throws IOException {
    Path dir = project("<#list 1.. as i></#list>");
    Files.writeString(dir.resolve("templates/ok.ftlx"), "<doc>${x}</doc>");
    Throwable t = catchThrowable(() -> render(dir, "t.ftlx"));
    assertThat(t).isInstanceOf(FindingException.class);
    // the thread that asked is not left interrupted, and the next template renders
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(render(dir, "ok.ftlx")).isEqualTo("<doc>valeur</doc>");
  }

  @Test
  void aProjectDeadlineStopsTheTemplateWithATimeBudget() throws IOException {
    Path dir = project("<#list 1.. as i></#list>");
    Throwable t;
    try (var scope = fr.fejdoc.model.Deadline.start(Duration.ofMillis(300))) {
      t = catchThrowable(() -> TemplateEngine.render(dir, "projects/X", "t.ftlx", Map.of()));
    }
    assertThat(t).isInstanceOf(fr.fejdoc.model.Deadline.Exceeded.class);
  }

  @Test
  void aProjectsTemplatesFailItsDocumentsWithFindingsAtItsFiles() throws Exception {
    Path source = Path.of("projects/AP1_027");
    Path dir = tmp.resolve("AP1_027");
    Files.createDirectories(dir.resolve("templates"));
    for (String f : List.of("experiment.yaml", "restitution-finale.md")) {
      Files.copy(source.resolve(f), dir.resolve(f));
    }
    var checked = new fr.fejdoc.check.Checker().check(dir, "projects/AP1_027");
    // an endless loop in the introduction, included by the restitution
    Files.writeString(
        dir.resolve("templates/introduction.ftlx"), "<#-- boucle -->\n<#list 1.. as i></#list>");
    Throwable t =
        catchThrowable(
            () -> TemplateEngine.withLimits(TIGHT, () -> Assembler.assemble(checked.project())));
    Finding f = ((FindingException) t).finding();
    assertClean(f);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_BUDGET);
    assertThat(f.loc()).hasToString("projects/AP1_027/templates/introduction.ftlx:2:1");
    // a bad date in the project's ministries
    Files.delete(dir.resolve("templates/introduction.ftlx"));
    Files.writeString(dir.resolve("templates/ministeres.yaml"), "- depuis: 2012-13\n");
    t = catchThrowable(() -> Assembler.assemble(checked.project()));
    f = ((FindingException) t).finding();
    assertThat(f.code()).isEqualTo(Code.INVALID_DATE);
    assertThat(f.loc().toString()).startsWith("projects/AP1_027/templates/ministeres.yaml:1:");
    // fixed: the documents are assembled again
    Files.writeString(
        dir.resolve("templates/ministeres.yaml"), "- depuis: 2012-01\n  site: a.fr\n");
    assertThat(Assembler.assemble(checked.project())).isNotEmpty();
  }

  // ---- 2. FreeMarker's failures in French ----

  @Test
  void aSyntaxErrorIsLocatedAndFrench() throws IOException {
    Finding f = failing("<doc>\n<p>\n  <#if x>oui</p>\n</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
    assertThat(f.loc().line()).isBetween(3, 4);
    assertThat(f.loc().column()).isPositive();
    assertThat(FR.format(f)).contains("erreur de syntaxe").contains("Corrigez le modèle");
  }

  @Test
  void anUnknownDirectiveIsNamedAsSuch() throws IOException {
    Finding f = failing("<doc>\n  <#lsit items as i></#lsit>\n</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().toString()).startsWith("projects/X/templates/t.ftlx:2:");
    assertThat(FR.format(f)).contains("directive inconnue");
  }

  @Test
  void anUndefinedVariableSaysHowToMakeItOptional() throws IOException {
    Finding f = failing("<doc>\n<p>${experience.titre}</p>\n</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc()).hasToString("projects/X/templates/t.ftlx:2:6");
    assertThat(FR.format(f))
        .contains("« experience » n'existe pas ou est vide")
        .contains("${experience!}");
  }

  @Test
  void aWrongTypeSaysWhatWasExpectedAndFound() throws IOException {
    Finding f = failing("<doc>\n<#list x as i>${i}</#list>\n</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().toString()).startsWith("projects/X/templates/t.ftlx:2:");
    assertThat(FR.format(f))
        .contains("« x » n'a pas le type attendu")
        .contains("une liste attendu");
    Finding g = failing("<doc>${x + {'a': 1}}</doc>");
    assertThat(g.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    Finding h = failing("<doc>${x?number}</doc>");
    assertThat(h.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(FR.format(h)).contains("un nombre attendu");
  }

  @Test
  void aStopInstructionIsReported() throws IOException {
    Finding f = failing("<doc>\n<#stop \"pas encore fini\">\n</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(FR.format(f)).contains("<#stop>").contains("pas encore fini");
  }

  @Test
  void aMissingIncludeIsNamed() throws IOException {
    Finding f = failing("<doc><#include \"absent.ftlx\"></doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().toString()).startsWith("projects/X/templates/t.ftlx:1:");
  }

  @Test
  void invalidMarkupIsAFindingAtTheTemplate() throws IOException {
    Path dir = project("<doc version=\"${markup_version}\"><pas-un-element/></doc>");
    Throwable t =
        catchThrowable(
            () ->
                TemplateEngine.withLimits(
                    TIGHT,
                    () ->
                        Assembler.render(
                            dir,
                            "projects/X",
                            "t.ftlx",
                            Map.of(
                                "markup_version", fr.fejdoc.document.read.MarkupReader.VERSION))));
    assertThat(t).isInstanceOf(FindingException.class);
    Finding f = ((FindingException) t).finding();
    assertClean(f);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
    assertThat(FR.format(f)).contains("balisage").contains("pas-un-element");
  }

  // ---- 4. files: links out of the project, sizes, includes ----

  @Test
  void aTemplateLinkedOutOfTheProjectIsNotRead() throws IOException {
    Path outside = tmp.resolve("autre-organisation/secret.ftlx");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "<doc><p>SECRET</p></doc>");
    Path dir = project("<doc/>");
    Files.delete(dir.resolve("templates/t.ftlx"));
    Files.createSymbolicLink(dir.resolve("templates/t.ftlx"), outside);
    Throwable t = catchThrowable(() -> render(dir, "t.ftlx"));
    assertThat(t).isInstanceOf(FindingException.class);
    Finding f = ((FindingException) t).finding();
    assertClean(f);
    assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
    assertThat(FR.format(f)).doesNotContain("SECRET");
    // and through an include from a template of the project
    Files.writeString(dir.resolve("templates/inc.ftlx"), "<doc><#include \"t.ftlx\"></doc>");
    Throwable u = catchThrowable(() -> render(dir, "inc.ftlx"));
    assertThat(((FindingException) u).finding().code()).isEqualTo(Code.LINK_OUTSIDE);
  }

  @Test
  void aSystemFileLinkedAsTemplateIsNotRead() throws IOException {
    Path dir = project("<doc/>");
    Files.createSymbolicLink(dir.resolve("templates/introduction.ftlx"), Path.of("/etc/passwd"));
    Throwable t = catchThrowable(() -> render(dir, "introduction.ftlx"));
    assertThat(((FindingException) t).finding().code()).isEqualTo(Code.LINK_OUTSIDE);
    assertThat(t.getMessage()).doesNotContain("root:");
  }

  @Test
  void aTemplatesFolderLinkedOutOfTheProjectIsNotRead() throws IOException {
    Path elsewhere = tmp.resolve("ailleurs");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("t.ftlx"), "<doc><p>SECRET</p></doc>");
    Path dir = tmp.resolve("X");
    Files.createDirectories(dir);
    Files.createSymbolicLink(dir.resolve("templates"), elsewhere);
    Throwable t = catchThrowable(() -> render(dir, "t.ftlx"));
    assertThat(((FindingException) t).finding().code()).isEqualTo(Code.LINK_OUTSIDE);
  }

  @Test
  void aLinkInsideTheProjectIsRead() throws IOException {
    Path dir = project("<doc>${x}</doc>");
    Files.createSymbolicLink(dir.resolve("templates/alias.ftlx"), dir.resolve("templates/t.ftlx"));
    assertThat(render(dir, "alias.ftlx")).isEqualTo("<doc>valeur</doc>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#include \"../../etc/passwd\">",
        "<#include \"/../secret.ftlx\">",
        "<#include \"../secret.ftlx\">",
        "<#import \"../secret.ftlx\" as s>",
        "<#include \"/etc/passwd\" parse=false>",
      })
  void includesStayInsideTheTemplatesFolders(String template) throws IOException {
    Files.createDirectories(tmp.resolve("X"));
    Files.writeString(tmp.resolve("X/secret.ftlx"), "SECRET");
    Files.writeString(tmp.resolve("secret.ftlx"), "SECRET");
    Finding f = failing("<doc>" + template + "</doc>", ROOMY);
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(FR.format(f)).doesNotContain("SECRET").doesNotContain("root:");
  }

  @Test
  void aHugeTemplateIsRefusedBeforeReading() throws IOException {
    Path dir = project("<doc>" + "x".repeat(2_000_000) + "</doc>");
    Throwable t = catchThrowable(() -> render(dir, "t.ftlx"));
    Finding f = ((FindingException) t).finding();
    assertThat(f.code()).isEqualTo(Code.YAML_TOO_LARGE);
    assertThat(f.loc().file()).isEqualTo("projects/X/templates/t.ftlx");
  }

  @Test
  void aTemplateNotInUtf8IsLocated() throws IOException {
    Path dir = project("");
    Files.write(
        dir.resolve("templates/t.ftlx"),
        "<doc>\n<p>d\u00e9j\u00e0</p></doc>"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Finding f = ((FindingException) catchThrowable(() -> render(dir, "t.ftlx"))).finding();
    assertThat(f.code()).isEqualTo(Code.ENCODING);
    assertThat(f.loc()).hasToString("projects/X/templates/t.ftlx:2:5");
  }

  @Test
  void deeplyNestedExpressionsEndWithAFinding() throws IOException {
    Finding f = failing("<doc>${" + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "}</doc>");
    assertThat(f.code()).isIn(Code.TEMPLATE_BUDGET, Code.TEMPLATE_FAILURE);
  }

  // ---- 5. the sandbox ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${x?api.getClass()}",
        "<#assign t = '<#list 1.. as i></#list>'?interpret><@t/>",
        "${('\"<#list 1.. as i></#list>\"?inter' + 'pret')?eval}",
        "${'1..'?eval?size}",
        "${(1..)?join(',')}",
        "${(1..)?seq_contains(0)?c}",
        "<#list (1..)?filter(i -> i < 0) as i></#list>",
        "<#assign r = 1..1000000000>${r?join(',')}",
        "${(1..*2000000000)?size}",
      })
  void forbiddenConstructsAreRefusedBeforeRunning(String template) throws IOException {
    Finding f = failing("<doc>\n" + template + "</doc>");
    assertThat(f.code()).isEqualTo(Code.TEMPLATE_FAILURE);
    assertThat(f.loc().toString()).startsWith("projects/X/templates/t.ftlx:2:");
    assertThat(FR.format(f)).containsAnyOf("n'est pas permis", "plage de nombres");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${.data_model?keys?join(',')}",
        "${.globals?keys?size}",
        "<#include \"file:///etc/passwd\">",
        "${statics['java.lang.System'].exit(1)}",
        "${x.getClass()}",
        "${x?class}",
      })
  void theDataModelReachesNoJava(String template) throws IOException {
    Path dir = project("<doc>" + template + "</doc>");
    Throwable t = catchThrowable(() -> render(dir, "t.ftlx"));
    if (t == null) {
      assertThat(render(dir, "t.ftlx")).doesNotContain("java.").doesNotContain("class ");
    } else {
      assertThat(t).isInstanceOf(FindingException.class);
      assertClean(((FindingException) t).finding());
    }
  }

  @Test
  void legitimateRangesStillWork() throws IOException {
    Path dir =
        project("<doc><#list 1..3 as i>${i}</#list>${x[0..2]}<#list 1..<3 as i>${i}</#list></doc>");
    assertThat(render(dir, "t.ftlx")).isEqualTo("<doc>123val12</doc>");
  }
}

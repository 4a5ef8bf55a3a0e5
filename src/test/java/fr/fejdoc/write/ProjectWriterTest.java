package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.document.Doc;
import fr.fejdoc.model.finding.Code;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a project's documents: every file but a failing one, and the stamp only when whole. */
class ProjectWriterTest {
  @TempDir Path out;

  /** A writer with a bug: it throws on every document. */
  static final DocumentWriter BROKEN =
      new DocumentWriter() {
        @Override
        public String extension() {
          return "txt";
        }

        @Override
        public byte[] write(Doc doc, Resources resources) {
          throw new IllegalStateException("bogue d'essai");
        }
      };

  @Test
  void aWriterBugLosesItsFilesOnlyAndLeavesNoStamp() {
    Path project = Path.of("projects/AP1_140");
    Checker.Checked checked =
        fr.fejdoc.write.LayoutRule.checker().check(project, project.toString());
    ProjectWriter.Written w =
        ProjectWriter.write(checked, out, List.of(Writers.all().get("html"), BROKEN), d -> true);
    assertThat(w.files()).containsExactly("note-etape-2010-12-31.html");
    assertThat(out.resolve("AP1_140/note-etape-2010-12-31.html")).isNotEmptyFile();
    assertThat(w.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.INTERNAL_ERROR);
              assertThat(f.loc().toString()).isEqualTo("projects/AP1_140/note-etape-2010-12-31.md");
              String text = Messages.of(Messages.Lang.FR).format(f);
              assertThat(text)
                  .contains("erreur interne de fejdoc sur « note-etape-2010-12-31.txt »")
                  .contains("signalez-la")
                  .matches(".*référence E[0-9A-F]{6}.*")
                  .doesNotContain("Exception", "bogue d'essai", "java.");
            });
    assertThat(out.resolve("AP1_140/" + ProjectWriter.STAMP)).doesNotExist();
    assertThat(ProjectWriter.upToDate(project, out, "AP1_140")).isNull();
  }

  @Test
  void aWholeWriteIsStampedAndUpToDateUntilAnInputChanges() throws Exception {
    Path project = out.resolve("src/AP1_140");
    java.nio.file.Files.createDirectories(project);
    try (var files = java.nio.file.Files.list(Path.of("projects/AP1_140"))) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList())
        java.nio.file.Files.copy(f, project.resolve(f.getFileName().toString()));
    }
    Path output = out.resolve("output");
    Checker.Checked checked =
        fr.fejdoc.write.LayoutRule.checker().check(project, project.toString());
    ProjectWriter.Written w =
        ProjectWriter.write(checked, output, java.util.Set.of("html"), d -> true);
    assertThat(w.findings()).isEmpty();
    assertThat(ProjectWriter.upToDate(project, output, "AP1_140"))
        .containsExactly("note-etape-2010-12-31.html");
    // a file removed since: to be built again
    Path html = output.resolve("AP1_140/note-etape-2010-12-31.html");
    byte[] kept = java.nio.file.Files.readAllBytes(html);
    java.nio.file.Files.delete(html);
    assertThat(ProjectWriter.upToDate(project, output, "AP1_140")).isNull();
    java.nio.file.Files.write(html, kept);
    assertThat(ProjectWriter.upToDate(project, output, "AP1_140")).isNotNull();
    // one byte more in the facts: the documents no longer come from the project as it is
    Path yaml = project.resolve("experiment.yaml");
    java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml) + "\n");
    assertThat(ProjectWriter.upToDate(project, output, "AP1_140")).isNull();
  }

  /** A writer that throws {@code t} on every document. */
  static DocumentWriter throwing(java.util.function.Supplier<Throwable> t) {
    return new DocumentWriter() {
      @Override
      public String extension() {
        return "bad";
      }

      @Override
      public byte[] write(Doc doc, Resources resources) {
        Throwable x = t.get();
        if (x instanceof Error e) throw e;
        throw (RuntimeException) x;
      }
    };
  }

  static int depth(int n) {
    return n <= 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void exhaustedStackOrMemoryCostTheFileOnlyAsAFinding() {
    Path project = Path.of("projects/AP1_140");
    Checker.Checked checked =
        fr.fejdoc.write.LayoutRule.checker().check(project, project.toString());
    for (var t :
        List.<java.util.function.Supplier<Throwable>>of(
            () -> {
              try {
                depth(Integer.MAX_VALUE); // a real stack overflow, as deep recursion gives
                return new AssertionError("unreachable");
              } catch (StackOverflowError e) {
                return e;
              }
            },
            () -> new OutOfMemoryError("Java heap space"))) {
      ProjectWriter.Written w =
          ProjectWriter.write(
              checked, out, List.of(throwing(t), Writers.all().get("html")), d -> true);
      assertThat(w.files()).containsExactly("note-etape-2010-12-31.html");
      assertThat(w.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.code()).isEqualTo(Code.RESOURCES_EXHAUSTED);
                assertThat(Messages.of(Messages.Lang.FR).format(f))
                    .startsWith("note-etape-2010-12-31.bad : ")
                    .doesNotContain("Error", "java");
              });
    }
  }

  @Test
  void aSpentBudgetStopsTheProjectWithATimeFinding() {
    Path project = Path.of("projects/AP1_140");
    Checker.Checked checked =
        fr.fejdoc.write.LayoutRule.checker().check(project, project.toString());
    DocumentWriter slow =
        throwing(
            () -> {
              // a writer that looks at its deadline in a loop, as the readers and writers do
              while (true) fr.fejdoc.model.Deadline.check();
            });
    System.setProperty("fejdoc.budget.seconds", "1");
    try {
      ProjectWriter.Written w =
          ProjectWriter.write(checked, out, List.of(slow, Writers.all().get("html")), d -> true);
      assertThat(w.findings())
          .first()
          .satisfies(
              f -> {
                assertThat(f.code()).isEqualTo(Code.TIME_BUDGET);
                assertThat(Messages.of(Messages.Lang.FR).format(f))
                    .contains("note-etape-2010-12-31.bad")
                    .contains("(1 s)");
              });
      // the budget is the project's: nothing more is written once it is spent
      assertThat(w.files()).isEmpty();
      assertThat(out.resolve("AP1_140/" + ProjectWriter.STAMP)).doesNotExist();
    } finally {
      System.clearProperty("fejdoc.budget.seconds");
    }
  }
}

package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.Doc;
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
    Checker.Checked checked = new Checker().check(project, project.toString());
    ProjectWriter.Written w =
        ProjectWriter.write(checked, out, List.of(Writers.all().get("html"), BROKEN), d -> true);
    assertThat(w.files()).containsExactly("note-etape-2010-12-31.html");
    assertThat(out.resolve("AP1_140/note-etape-2010-12-31.html")).isNotEmptyFile();
    assertThat(w.problems())
        .singleElement()
        .asString()
        .contains("erreur interne en écrivant note-etape-2010-12-31.txt")
        .contains("bogue d'essai")
        .contains("merci de la signaler");
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
    Checker.Checked checked = new Checker().check(project, project.toString());
    ProjectWriter.Written w =
        ProjectWriter.write(checked, output, java.util.Set.of("html"), d -> true);
    assertThat(w.problems()).isEmpty();
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
}

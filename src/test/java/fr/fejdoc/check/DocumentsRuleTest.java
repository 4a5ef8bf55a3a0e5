package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.NOTE_FRONT_MATTER;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.write;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.fejdoc.model.finding.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents cases beyond the table of {@link RuleCases}: columns, symlinks, Markdown syntax. */
class DocumentsRuleTest {
  @TempDir Path root;

  private Checker.Checked checkNote(String between, String... moreFiles) {
    String note = document(NOTE_FRONT_MATTER, OBJECTIVES + "\n" + between + "\n\n" + MODALITIES);
    var f = files(EXPERIMENT, yaml(""), "note.md", note);
    f.putAll(files(moreFiles));
    return TestProjects.check(write(root, FOLDER, f));
  }

  @Test
  void imageFindingPointsAtTheImageColumnOnALaterLineOfTheSection() {
    Checker.Checked c =
        checkNote("Premier paragraphe.\n\nSecond paragraphe, puis ![Schéma](images/schema.png).");
    // lines: 8 heading, 10 objectives text, 11 blank, 12 first paragraph, 13 blank, 14 image
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.IMAGE_MISSING);
              assertThat(f.loc().file()).isEqualTo("prj/note.md");
              assertThat(f.loc().line()).isEqualTo(14);
              assertThat(f.loc().column()).isEqualTo("Second paragraphe, puis ".length() + 1);
            });
  }

  @Test
  void imageLinkedOutsideTheProjectIsALinkOutside(@TempDir Path elsewhere) throws IOException {
    Path target = Files.writeString(elsewhere.resolve("logo.png"), "png");
    Path dir = write(root, FOLDER, files(EXPERIMENT, yaml("")));
    Files.createDirectories(dir.resolve("images"));
    try {
      Files.createSymbolicLink(dir.resolve("images/logo.png"), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    Files.writeString(
        dir.resolve("note.md"),
        document(NOTE_FRONT_MATTER, OBJECTIVES + "\n![Logo](images/logo.png)\n\n" + MODALITIES));
    Checker.Checked c = TestProjects.check(dir);
    // the link as it lies in the project; its target (which may itself be secret) is not said
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.LINK_OUTSIDE);
              assertThat(f.args()).containsExactly("prj/images/logo.png");
            });
  }

  @Test
  void absolutePathOutsideTheProjectIsOutside(@TempDir Path elsewhere) throws IOException {
    Path target = Files.writeString(elsewhere.resolve("logo.png"), "png");
    Checker.Checked c = checkNote("![Logo](" + target.toAbsolutePath() + ")");
    assertThat(c.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(Code.IMAGE_OUTSIDE));
  }

  @Test
  void imagePathWithSpacesInAngleBrackets() {
    Checker.Checked c =
        checkNote("![Logo](<images/mon logo.png>)", "images/mon logo.png", RuleCases.TINY_GIF);
    assertThat(c.findings()).isEmpty();
  }

  @Test
  void missingImagePathWithSpacesIsReportedWhole() {
    Checker.Checked c = checkNote("![Logo](<images/autre logo.png>)");
    assertThat(c.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.IMAGE_MISSING);
              assertThat(f.args()).containsExactly("images/autre logo.png");
            });
  }

  @Test
  void imageSyntaxInsideFencedCodeIsNoImage() {
    Checker.Checked c = checkNote("```\n![Logo](images/x.png)\n```");
    assertThat(c.findings()).isEmpty();
  }
}

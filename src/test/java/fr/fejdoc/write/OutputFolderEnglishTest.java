package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link OutputFolder} says of a folder it refuses, or waits for, in English (for {@code
 * --lang en}): every refusal {@link OutputFolderRulesTest} checks in French, said without a French
 * fixed word, a few of them word for word; the French ones unchanged when no language is given.
 */
class OutputFolderEnglishTest {
  @TempDir Path tmp;

  private static final Messages EN = Messages.of(Messages.Lang.EN);
  private static final Messages FR = Messages.of(Messages.Lang.FR);

  private static final List<String> FRENCH =
      List.of("dossier", "projet", "fichier", "écrit", "vide", "« ", "choisissez", "dans ");

  private Path projects() throws IOException {
    Path projects = tmp.resolve("projets");
    for (String p : List.of("AP1_001", "AP1_002")) {
      Files.createDirectories(projects.resolve(p + "/images"));
      Files.writeString(projects.resolve(p + "/experiment.yaml"), "dossier: " + p + "\n");
    }
    return projects;
  }

  private static List<Path> dirs(Path projects) {
    return OutputFolderRulesTest.dirs(projects);
  }

  /** The refusal in English, checked free of French words (paths left out); and in French. */
  private String english(List<String> said, OutputFolder.Role role, Path folder, Path projects) {
    String en = OutputFolder.refusal(EN, role, folder, List.of(projects), dirs(projects));
    String fr = OutputFolder.refusal(FR, role, folder, List.of(projects), dirs(projects));
    assertThat(en == null).isEqualTo(fr == null);
    if (en != null) said.add(en);
    return en;
  }

  private void noFrench(List<String> said) {
    assertThat(said).isNotEmpty();
    for (String s : said) {
      String l = s.replace(tmp.toString(), "<tmp>").replace("projets", "<p>");
      l = l.replace(OutputFolder.MARKER, "<marker>").toLowerCase(Locale.ROOT);
      for (String w : FRENCH) assertThat(l).as("English: %s", s).doesNotContain(w);
    }
  }

  @Test
  void everyRefusedPlaceIsSaidInEnglish() throws IOException {
    Path projects = projects();
    List<String> said = new ArrayList<>();
    for (OutputFolder.Role role : OutputFolder.Role.values()) {
      english(said, role, projects, projects);
      english(said, role, projects.resolve("AP1_001"), projects);
      english(said, role, projects.resolve("AP1_001/images/sortie"), projects);
      english(said, role, tmp, projects);
      english(said, role, Path.of(""), projects);
      english(said, role, Path.of("").toAbsolutePath().getParent(), projects);
      english(said, role, Path.of("/"), projects);
    }
    assertThat(said).hasSize(21);
    assertThat(english(said, OutputFolder.Role.OUTPUT, projects.resolve("AP1_001"), projects))
        .isEqualTo(
            "fejdoc: the output folder \""
                + projects.resolve("AP1_001")
                + "\" (--out) is the folder of the project \""
                + projects.resolve("AP1_001")
                + "\": fejdoc would write a folder per project and the catalogue there, mixed with"
                + " what is there, and could replace some of it. Choose a separate folder, absent"
                + " or empty (for example --out output).");
    assertThat(english(said, OutputFolder.Role.SITE, Path.of("/"), projects))
        .isEqualTo(
            "fejdoc: the site folder \"/\" (--out) is the root of the file system: the site is"
                + " replaced whole at each publication, what is there would be deleted. Choose a"
                + " separate folder, absent or empty (for example --out output/catalogue).");

    Path home = Files.createDirectories(tmp.resolve("maison"));
    String saved = System.getProperty("user.home");
    try {
      System.setProperty("user.home", home.toString());
      assertThat(english(said, OutputFolder.Role.OUTPUT, home, projects))
          .contains("is your home folder");
    } finally {
      System.setProperty("user.home", saved);
    }

    Path out = Files.createDirectories(tmp.resolve("sortie"));
    Files.writeString(out.resolve("notes.txt"), "à moi");
    assertThat(english(said, OutputFolder.Role.DOCUMENTS, out, projects))
        .isEqualTo(
            "fejdoc: the documents folder \""
                + out
                + "\" (--documents, by default the folder holding the site) is not empty and was"
                + " not created by fejdoc (it holds \"notes.txt\"): fejdoc writes a folder per"
                + " project and the catalogue there, and could replace or mix up your files."
                + " Choose an absent or empty folder (for example --out output/catalogue, or"
                + " --documents output); if it is indeed an output of fejdoc, create an empty file"
                + " \".fejdoc-output\" in it.");
    assertThat(english(said, OutputFolder.Role.OUTPUT, out.resolve("notes.txt"), projects))
        .contains("\" (--out) is a file: ");

    Path site = tmp.resolve("out/catalogue");
    Files.createDirectories(site);
    Files.writeString(site.resolve("a.txt"), "à moi");
    assertThat(english(said, OutputFolder.Role.SITE, site, projects))
        .contains("is not a catalogue written by fejdoc (it holds \"a.txt\")");
    List<Path> paths = List.of(projects);
    said.add(OutputFolder.siteRefusal(EN, site, site.resolve("docs"), paths, dirs(projects)));
    said.add(
        OutputFolder.siteRefusal(
            EN, tmp.resolve("out2/ap1_002"), tmp.resolve("out2"), paths, dirs(projects)));
    assertThat(said.get(said.size() - 1))
        .isEqualTo(
            "fejdoc: the site folder \""
                + tmp.resolve("out2/ap1_002")
                + "\" (--out) has the name of the project \""
                + projects.resolve("AP1_002")
                + "\": the documents of this project would go into the site, which is replaced"
                + " whole. Give the site another name (for example --out output/catalogue).");
    assertThat(OutputFolder.siteRefusal(FR, site, site.resolve("docs"), paths, dirs(projects)))
        .startsWith("fejdoc : le dossier des documents ne peut pas être dans le site");
    noFrench(said);
  }

  @Test
  void aSecondRunWaitsThenGivesUpInEnglish() throws Exception {
    Path projects = projects();
    Path out = tmp.resolve("sortie");
    assertThat(OutputFolderRulesTest.secondRunGivesUp(EN, projects, out).lines().toList())
        .containsExactly(
            "fejdoc: another fejdoc is writing in " + out + "; waiting (at most 1 s)…",
            "fejdoc: another fejdoc is still writing in "
                + out
                + " after 1 s of waiting; nothing was written. Run again when it is done (or wait"
                + " longer: FEJDOC_LOCK_WAIT=seconds).");
  }

  @Test
  void aFolderThatCannotBePreparedIsSaidInEnglish() throws IOException {
    Path projects = projects();
    Path file = Files.writeString(tmp.resolve("fichier"), "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (OutputFolder.Claim claim =
        new OutputFolder.Claim(new PrintStream(err, true, StandardCharsets.UTF_8), EN)) {
      assertThat(claim.output(file.resolve("sortie"), List.of(projects), dirs(projects))).isFalse();
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "fejdoc: the output folder \""
                + file.resolve("sortie")
                + "\" (--out) cannot be prepared (a part of the path is a file, not a folder):"
                + " check that it can be written, or choose another one.\n");
  }
}

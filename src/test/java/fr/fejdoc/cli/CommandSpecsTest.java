package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top command, {@code check} and the projects' options are given to picocli as specifications,
 * not annotations (start-up: see {@link CheckCommand}): each option is in the help with its
 * wording, and each reaches the command.
 */
class CommandSpecsTest {

  @Test
  void checkHelpListsEveryOption() {
    CommandRun.Run help = CommandRun.run("check", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .startsWith(
            "Utilisation : fejdoc check [-h] [--strict] [--docs-url=ADRESSE]"
                + System.lineSeparator()
                + "                           [--format=FORMAT] [--lang=LANGUE] [-o=FICHIER]")
        .contains("[--report=FORMAT=FICHIER]... [CHEMIN...]")
        .contains("Vérifie les projets : lecture des fichiers, totaux des tableaux")
        .contains("Code de sortie : 0 sans erreur, 1 erreurs trouvées")
        .contains("Paramètres :")
        .contains("Dossier d'un projet ou dossier de projets (par")
        .contains("--docs-url=ADRESSE")
        .contains("--format=FORMAT      text (par défaut), json")
        .contains("--lang=LANGUE        Langue des messages : fr (par défaut) ou en.")
        .contains("-o, --output=FICHIER")
        .contains("--report, --rapport=FORMAT=FICHIER")
        .contains("--strict             Les avertissements et les constats acceptés");
  }

  @Test
  void topHelpListsItsOptionsAndTheCommands() {
    CommandRun.Run help = CommandRun.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .startsWith("Utilisation : fejdoc [-hV] [--lang=LANGUE] [COMMAND]")
        .contains("Documents du Fonds d'Expérimentation pour la Jeunesse")
        .contains("-V, --version       Affiche la version de fejdoc")
        .contains("Commandes :");
    for (String command : Main.commandNames()) assertThat(help.out()).contains("  " + command);
  }

  @Test
  void everyCheckOptionReachesTheCommand(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("rapport.json");
    Path junit = tmp.resolve("junit.xml");
    CommandRun.Run run =
        CommandRun.run(
            "check",
            "--lang",
            "en",
            "--format",
            "json",
            "-o",
            json.toString(),
            "--rapport",
            "junit=" + junit,
            "--strict",
            "projects/AP1_027");
    assertThat(Files.readString(json)).contains("\"findings\"").contains("AP1_027");
    assertThat(Files.readString(junit)).contains("<testsuite");
    assertThat(run.err()).contains("1 project checked").contains("warnings");
    // AP1_027 has warnings: they fail the check with --strict only
    assertThat(run.code()).isEqualTo(1);
    assertThat(CommandRun.run("check", "projects/AP1_027").code()).isZero();
    assertThat(CommandRun.run("check", "--format", "bogus", "projects/AP1_027").code())
        .isEqualTo(2);
    assertThat(CommandRun.run("check", "--docs-url", "ftp://x", "projects/AP1_027").code())
        .isEqualTo(2);
  }

  @Test
  void projectsOptionsReachBuildAndCatalogue(@TempDir Path tmp) {
    CommandRun.Run build =
        CommandRun.run(
            "build",
            "--lang",
            "en",
            "--format",
            "html",
            "--doc",
            "annexes",
            "--out",
            tmp.resolve("out").toString(),
            "projects/AP1_027");
    assertThat(build.code()).isZero();
    assertThat(tmp.resolve("out/AP1_027/annexes.html")).exists();
    // the findings in English: --lang reached the command
    assertThat(build.out() + build.err()).contains("1 project checked");
  }
}

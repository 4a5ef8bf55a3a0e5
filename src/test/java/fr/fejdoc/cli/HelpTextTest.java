package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The help of {@code fejdoc} and of each of its commands comes from the message bundles: in French
 * byte for byte against {@code src/test/resources/help/<command>.txt}, and in English with {@code
 * --lang en}, with no French word and the same options.
 *
 * <p>After an intended change of a help: {@code ./mvn21 test -Dtest=HelpTextTest
 * -Dfejdoc.updateGolden=true} rewrites the golden files (and passes); review them with {@code git
 * diff} and commit them with the change.
 */
class HelpTextTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "help");

  private static final String UPDATE_PROPERTY = "fejdoc.updateGolden";

  /**
   * French words and signs of the help texts that no English help may hold (once option names,
   * value labels such as DOSSIER, names of the form's documents and the FEJ's name are taken out).
   */
  private static final List<String> FRENCH =
      List.of(
          "utilisation",
          "paramètres",
          "commandes",
          "affiche",
          "vérifie",
          "langue",
          "projet ",
          "projets",
          "fichier",
          "dossiers", // "dossier" alone is English too: importer's dossier number
          "écrit",
          "erreur",
          "défaut",
          "sortie",
          " les ",
          " des ",
          " du ",
          " et ",
          " ou ",
          " à ",
          "«",
          "é",
          "è",
          "ê",
          "ç");

  /** The French value labels of the French help: none in an English one (LANG, PATH, FOLDER…). */
  private static final List<String> FRENCH_LABELS =
      List.of("CHEMIN", "LANGUE", "DOSSIER", "FICHIER", "ADRESSE", "GRAINE", "AAAA-MM-JJ");

  /** A word in capitals (a value label, an acronym), dashes and signs within it. */
  private static final Pattern UPPER = Pattern.compile("\\b[A-Z][A-Z=-]*[A-Z]\\b");

  /** The commands whose help is checked: {@code fejdoc} itself (empty name), then each command. */
  private static List<String> commands() {
    List<String> all = new ArrayList<>();
    all.add("");
    all.addAll(Main.commandNames());
    return all;
  }

  private static String help(String command, String... more) {
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) args.add(command);
    args.add("--help");
    args.addAll(List.of(more));
    CommandRun.Run run = CommandRun.run(args.toArray(String[]::new));
    assertThat(run.code()).as("exit code of %s", args).isZero();
    assertThat(run.err()).as("standard error of %s", args).isEmpty();
    return run.out().replace("\r\n", "\n");
  }

  private static String name(String command) {
    return command.isEmpty() ? "fejdoc" : command;
  }

  @TestFactory
  Stream<DynamicTest> frenchHelpMatchesItsGoldenFile() {
    assertThat(Main.commandNames())
        .contains("check", "build", "generate", "catalogue", "nouveau", "importer", "apercu");
    return commands().stream().map(c -> dynamicTest(name(c), () -> compare(name(c), help(c))));
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name + ".txt");
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").strip())) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, bytes);
      return;
    }
    if (!Files.isRegularFile(golden))
      fail(
          "No golden help "
              + golden
              + ". Create it with ./mvn21 test -Dtest=HelpTextTest -D"
              + UPDATE_PROPERTY
              + "=true, read it and commit it.");
    assertThat(actual)
        .as(
            "French help of %s (if the change is intended: ./mvn21 test -Dtest=HelpTextTest -D%s=true,"
                + " then git diff %s)",
            name, UPDATE_PROPERTY, GOLDEN)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> englishHelpHasNoFrenchWord() {
    return commands().stream().map(c -> dynamicTest(name(c), () -> noFrench(c)));
  }

  /** What an English help line may hold in French: names, not text. */
  private static final Pattern NAMES =
      Pattern.compile(
          "--?[A-Za-z][\\w-]*(=\\S*)?" // an option and its value label
              + "|\\b[A-Z][A-Z_]+\\b(\\.\\.\\.)?" // a value label (CHEMIN, DOSSIER)
              + "|\\b(note-etape|restitution-finale|fiche-experience|constats_acceptes)\\b"
              + "|Fonds d'Expérimentation pour la Jeunesse"
              + "|^  (nouveau|importer|apercu) "); // the commands' names in fejdoc's list

  private static void noFrench(String command) {
    String en = help(command, "--lang", "en");
    assertThat(en).startsWith("Usage: fejdoc").contains("Options:").contains("Shows this help.");
    if (command.isEmpty()) assertThat(en).contains("Commands:");
    for (String line : en.split("\n")) {
      String l = NAMES.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
      for (String w : FRENCH) assertThat(l).as("English help line: %s", line).doesNotContain(w);
    }
    // nor a French value label (they are taken out of the scan above)
    Matcher label = UPPER.matcher(en);
    while (label.find())
      assertThat(FRENCH_LABELS)
          .as("value label %s in the English help of %s", label.group(), name(command))
          .doesNotContain(label.group());
    // not the French help
    String fr = help(command);
    assertThat(en).isNotEqualTo(fr);
    // the same options, in both languages
    assertThat(options(en)).isEqualTo(options(fr)).isNotEmpty();
  }

  private static TreeSet<String> options(String help) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\s+(-\\w, )?(--[\\w-]+)").matcher(help);
    while (m.find()) found.add(m.group(2));
    return found;
  }

  /** A parse error under {@code --lang en} names the value in English, in French without it. */
  @org.junit.jupiter.api.Test
  void parseErrorsNameTheValueInTheLanguageAsked() {
    for (String lang : List.of("--lang=en", "en")) {
      List<String> args =
          lang.equals("en")
              ? List.of("check", "--lang", "en", "--output")
              : List.of("check", lang, "--output");
      CommandRun.Run en = CommandRun.run(args.toArray(String[]::new));
      assertThat(en.code()).isEqualTo(2);
      assertThat(en.err()).contains("fejdoc: missing value for FILE").doesNotContain("FICHIER");
    }
    CommandRun.Run fr = CommandRun.run("check", "--output");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err()).contains("fejdoc : valeur manquante pour FICHIER");
    CommandRun.Run generate = CommandRun.run("generate", "--lang", "en", "--out", "x", "--seed");
    assertThat(generate.err()).contains("missing value for SEED");
  }
}

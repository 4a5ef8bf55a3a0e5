package fr.fejdoc.synth;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.cli.GenerateCommand;
import fr.fejdoc.model.ActionPhase;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.text.YamlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

class SyntheticProjectsTest {
  private static final int COUNT = 200;
  private static final long SEED = 7;

  @TempDir static Path shared;
  private static List<Checker.Checked> checked;

  @BeforeAll
  static void generateAndCheck() throws IOException {
    SyntheticProjects.generate(shared, COUNT, SEED);
    checked = new ArrayList<>();
    Checker checker = fr.fejdoc.write.LayoutRule.checker();
    for (Path dir : folders(shared)) {
      checked.add(checker.check(dir, dir.getFileName().toString()));
    }
  }

  private static List<Path> folders(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static String describe(Checker.Checked c, Finding f) {
    return c.project().name()
        + " "
        + f.code().id()
        + " "
        + f.code()
        + " "
        + f.loc()
        + " "
        + f.args();
  }

  // ---- Validity ----

  @Test
  void everyGeneratedProjectPassesTheCheckerWithoutErrors() {
    assertThat(checked).hasSize(COUNT);
    List<String> errors = new ArrayList<>();
    for (Checker.Checked c : checked) {
      for (Finding f : c.findings()) {
        if (f.severity() == Severity.ERROR) errors.add(describe(c, f));
      }
    }
    assertThat(errors).as("errors found in generated projects").isEmpty();
  }

  @Test
  void theOnlyWarningsAreTheFewIntendedActualImbalances() {
    List<String> unexpected = new ArrayList<>();
    int imbalances = 0;
    for (Checker.Checked c : checked) {
      for (Finding f : c.findings()) {
        if (f.severity() != Severity.WARNING) continue;
        if (f.code() == Code.BUDGET_ACTUAL_IMBALANCE) {
          imbalances++;
        } else {
          unexpected.add(describe(c, f));
        }
      }
    }
    assertThat(unexpected).as("unintended warnings").isEmpty();
    assertThat(imbalances).isLessThanOrEqualTo(COUNT / 10);
  }

  // ---- Determinism ----

  @Test
  void sameCountAndSeedGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
    SyntheticProjects.generate(other, COUNT, SEED);
    Map<String, byte[]> a = files(shared);
    Map<String, byte[]> b = files(other);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
  }

  @Test
  void projectKDoesNotDependOnTheCount(@TempDir Path small) throws IOException {
    SyntheticProjects.generate(small, 5, SEED);
    Map<String, byte[]> few = files(small);
    Map<String, byte[]> all = files(shared);
    assertThat(few).isNotEmpty();
    for (String name : few.keySet()) assertThat(all.get(name)).as(name).isEqualTo(few.get(name));
  }

  @Test
  void inMemoryTextsAreTheWrittenFiles() throws IOException {
    for (int k : new int[] {0, 1, 17, 199}) {
      Path dir = shared.resolve(SyntheticProjects.folderName(SEED, k));
      assertThat(Files.readString(dir.resolve("experiment.yaml")))
          .isEqualTo(SyntheticProjects.experimentYaml(SEED, k));
      assertThat(Files.readString(dir.resolve("restitution-finale.md")))
          .isEqualTo(SyntheticProjects.restitutionMarkdown(SEED, k));
      for (Map.Entry<String, String> e : SyntheticProjects.progressNotes(SEED, k).entrySet()) {
        assertThat(Files.readString(dir.resolve(e.getKey()))).isEqualTo(e.getValue());
      }
      assertThat(Files.exists(dir.resolve("fiche-experience.md")))
          .isEqualTo(SyntheticProjects.experienceSheet(SEED, k).isPresent());
    }
  }

  @Test
  void anotherSeedGivesOtherProjects() {
    assertThat(SyntheticProjects.experimentYaml(8, 0))
        .isNotEqualTo(SyntheticProjects.experimentYaml(SEED, 0));
  }

  @Test
  void rewritingAFolderRemovesTheDocumentsOfAnEarlierRun(@TempDir Path dir) throws IOException {
    SyntheticProjects.generate(dir, 40, 1);
    SyntheticProjects.generate(dir, 40, 2);
    for (int k = 0; k < 40; k++) {
      SyntheticProjects.Project p = SyntheticProjects.project(2, k);
      try (Stream<Path> s = Files.list(dir.resolve(p.folder()))) {
        Set<String> names = new HashSet<>();
        s.forEach(x -> names.add(x.getFileName().toString()));
        assertThat(names).isEqualTo(p.files().keySet());
      }
    }
  }

  // ---- Shape and sizes ----

  @Test
  void dossierNumbersAreUniqueAndCallsVary() throws IOException {
    Set<String> numbers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Path dir : folders(shared)) {
      String name = dir.getFileName().toString();
      assertThat(name).matches("(AP1|AP2|APDOM1)_\\d{3}");
      numbers.add(name.substring(name.indexOf('_') + 1));
      codes.add(name.substring(0, name.indexOf('_')));
    }
    assertThat(numbers).hasSize(COUNT);
    assertThat(codes).containsExactlyInAnyOrder("AP1", "AP2", "APDOM1");
  }

  @Test
  void everyRestitutionHasAtLeastFifteenSectionsWithText() {
    for (Checker.Checked c : checked) {
      Document.FinalReport report =
          c.project().documents().stream()
              .filter(d -> d instanceof Document.FinalReport)
              .map(d -> (Document.FinalReport) d)
              .findFirst()
              .orElseThrow();
      long withText =
          report.source().sections().stream().filter(s -> !s.markdown().isBlank()).count();
      assertThat(withText).as(c.project().name()).isGreaterThanOrEqualTo(15);
      for (Section s : report.source().sections()) {
        if (s.markdown().isBlank()) continue;
        assertThat(s.markdown().length()).as(c.project().name() + " " + s.id()).isGreaterThan(200);
      }
    }
  }

  @Test
  void tablesHaveRealisticSizes() {
    for (Checker.Checked c : checked) {
      Experiment e = c.project().experiment();
      String name = c.project().name();
      assertThat(e.beneficiaries().periods()).as(name).hasSizeBetween(2, 3);
      assertThat(e.actions()).as(name).hasSize(4);
      for (ActionPhase p : e.actions()) assertThat(p.actions()).as(name).hasSizeBetween(1, 8);
      assertThat(e.tools()).as(name).hasSizeBetween(1, 5);
      assertThat(e.partners().operational()).as(name).hasSizeBetween(2, 8);
      List<Funder> funders = e.partners().funders();
      assertThat(funders).as(name).hasSizeBetween(2, 5);
      assertThat(funders.stream().filter(f -> f.category().key().equals(Funder.FEJ)))
          .as(name)
          .hasSize(1);
    }
  }

  @Test
  void documentMixIsAsAdvertised() {
    int notes = 0;
    int sheets = 0;
    int budgets = 0;
    for (Checker.Checked c : checked) {
      List<Document> docs = c.project().documents();
      if (docs.stream().anyMatch(d -> d instanceof Document.ProgressNote)) notes++;
      if (docs.stream().anyMatch(d -> d instanceof Document.ExperienceSheet)) sheets++;
      if (c.project().experiment().budget() != null) budgets++;
    }
    assertThat(notes).isBetween(COUNT * 35 / 100, COUNT * 65 / 100);
    assertThat(sheets).isBetween(COUNT * 15 / 100, COUNT * 35 / 100);
    assertThat(budgets).isBetween(COUNT * 45 / 100, COUNT * 75 / 100);
  }

  @Test
  void narrativeIsFrenchAndSearchable() {
    String text = SyntheticProjects.restitutionMarkdown(SEED, 3);
    assertThat(text).contains("jeunes", "évaluation", "« ", " »", "'", "**", "[^1]");
    assertThat(text).doesNotContain("{", "}", "lorem", " de a", " de é", "à le ", "de les ");
    int withMissionLocale = 0;
    for (int k = 0; k < 20; k++) {
      for (String s : SyntheticProjects.project(SEED, k).files().values()) {
        if (s.contains("Mission Locale")) {
          withMissionLocale++;
          break;
        }
      }
    }
    assertThat(withMissionLocale).isGreaterThan(10);
  }

  // ---- YAML strings ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Année 1",
        "2 200,64 €",
        "1/2",
        "Phase 1 : diagnostic",
        "État : FEJ",
        "# pas un commentaire",
        "a #b",
        "- tiret",
        "* étoile",
        "&ancre",
        "!tag",
        "%directive",
        "@arobase",
        "`code`",
        "'apostrophe'",
        "\"guillemets\"",
        "non",
        "oui",
        "null",
        "~",
        "true",
        "NO",
        "12",
        "0.5",
        "2009-10",
        "fin:",
        "clé: valeur",
        "url http://example.org",
        "{accolade}",
        "[crochet]",
        "a, b",
        " espace devant",
        "espace derrière ",
        "Fonds d'Expérimentation pour la Jeunesse",
        "ligne\tavec tabulation",
        "« guillemets français »",
        "contrôle \u0007 caractère",
        "\\ antislash",
        ""
      })
  void yamlStringsReadBackUnchanged(String s) {
    Load load = new Load(LoadSettings.builder().build());
    assertThat(load.loadFromString("v: " + YamlWriter.yamlString(s))).isEqualTo(Map.of("v", s));
    assertThat(load.loadFromString("v: [" + YamlWriter.flowString(s) + "]"))
        .isEqualTo(Map.of("v", List.of(s)));
  }

  @Test
  void blockScalarsReadBackUnchanged() {
    Load load = new Load(LoadSettings.builder().build());
    String literal = "- Santé et mobilité\n- Mobilisation de financements\n\n  suite : # non\n";
    String noNewline = "  commence par des espaces\nsuite";
    String prose = "Une longue phrase de prose française ".repeat(8).strip();
    Map<String, Object> tree =
        YamlWriter.map(
            "a", YamlWriter.map("role", literal, "b", noNewline),
            "liste",
                List.of(literal, YamlWriter.map("x", noNewline, "y", new YamlWriter.Folded(prose))),
            "prose", new YamlWriter.Folded(prose));
    Object read = load.loadFromString(YamlWriter.write(tree, List.of("commentaire")));
    assertThat(read)
        .isEqualTo(
            Map.of(
                "a", Map.of("role", literal, "b", noNewline),
                "liste", List.of(literal, Map.of("x", noNewline, "y", prose)),
                "prose", prose));
  }

  // ---- Command ----

  @Test
  void generateCommandWritesAndSummarises(@TempDir Path dir) {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code =
          new CommandLine(new GenerateCommand())
              .execute("--count", "3", "--seed", "5", "--out", dir.toString());
    } finally {
      System.setOut(out);
    }
    assertThat(code).isZero();
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo("3 projets synthétiques écrits dans " + dir + "." + System.lineSeparator());
    assertThat(dir.resolve(SyntheticProjects.folderName(5, 2)).resolve("experiment.yaml")).exists();
  }

  @Test
  void generateCommandReportsAnUnwritableFolder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("fichier"), "x");
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = new CommandLine(new GenerateCommand()).execute("--out", file.toString());
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(2);
    String message = buffer.toString(StandardCharsets.UTF_8);
    assertThat(message).startsWith("fejdoc : impossible d'écrire dans ").doesNotContain("\tat ");
  }

  @Test
  void generateCommandRejectsANegativeCount(@TempDir Path dir) {
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code =
          new CommandLine(new GenerateCommand()).execute("--count", "-1", "--out", dir.toString());
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(2);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--count doit être compris");
  }
}

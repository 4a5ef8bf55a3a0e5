package fr.fejdoc.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.report.Reporter;
import fr.fejdoc.report.SarifSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF of {@code check --format sarif} validates against the official SARIF 2.1.0 schema for
 * every case of the bad-input corpus, the hostile projects, the example projects and a project in
 * error; each finding is one result, at its line and column, its file found under %SRCROOT%.
 */
class BadInputSarifTest {

  static Stream<String> caseNames() {
    return BadInputCorpus.cases().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  @Timeout(60)
  void theSarifOfEveryBadInputIsValid(String name, @TempDir Path tmp) throws IOException {
    Path project = BadInputCorpus.build(BadInputCorpus.cases().get(name), tmp);
    Checker.Checked checked = BadInputCorpus.checkQuietly(project);
    verify(List.of(checked), tmp);
  }

  @Test
  @Timeout(300)
  void theSarifOfTheHostileProjectsIsValid(@TempDir Path tmp) throws IOException {
    List<String> names = HostileProjects.write(tmp, 1, HostileProjects.attacks().size(), 16L);
    List<Checker.Checked> results = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(tmp)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String n = d.getFileName().toString();
        results.add(
            BadInputCorpus.captured(() -> fr.fejdoc.write.LayoutRule.checker().check(d, n))
                .value());
      }
    }
    assertThat(results).doesNotContainNull().hasSizeGreaterThan(names.size());
    assertThat(results.stream().mapToLong(c -> c.findings().size()).sum()).isPositive();
    verify(results, tmp);
  }

  @Test
  void theSarifOfTheExamplesAndOfAProjectInErrorIsValid(@TempDir Path tmp) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<Checker.Checked> examples = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root.resolve("projects"))) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList())
        examples.add(fr.fejdoc.write.LayoutRule.checker().check(d, "projects/" + d.getFileName()));
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    verify(examples, root);

    Path project = BadInputCorpus.buildBase(tmp.resolve(BadInputCorpus.PROJECT));
    Path yaml = project.resolve(BadInputCorpus.EXPERIMENT);
    Files.writeString(yaml, Files.readString(yaml) + "\nbudjet: 1\n"); // FEJ020, an error
    Checker.Checked inError = BadInputCorpus.checkQuietly(project);
    assertThat(inError.findings()).anyMatch(f -> f.code().id().equals("FEJ020"));
    JsonNode results = verify(List.of(inError), tmp);
    JsonNode fej020 = null;
    for (JsonNode r : results) if (r.get("ruleId").asText().equals("FEJ020")) fej020 = r;
    assertThat(fej020).isNotNull();
    assertThat(fej020.get("level").asText()).isEqualTo("error");
    assertThat(fej020.get("message").get("text").asText()).contains("budjet");
  }

  /** Validates the SARIF of {@code results} in both languages; returns the French results. */
  private static JsonNode verify(List<Checker.Checked> results, Path root) {
    JsonNode french = null;
    for (Messages.Lang lang : Messages.Lang.values()) {
      StringWriter w = new StringWriter();
      try (PrintWriter out = new PrintWriter(w)) {
        Reporter.sarif(null, root).write(results, Messages.of(lang), false, out);
      }
      String text = w.toString();
      assertThat(SarifSchema.errors(text)).as("schema errors (%s)", lang).isEmpty();
      JsonNode run = SarifSchema.parse(text).get("runs").get(0);
      List<Finding> findings = results.stream().flatMap(c -> c.findings().stream()).toList();
      JsonNode found = run.get("results");
      assertThat(found).hasSize(findings.size());
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        JsonNode r = found.get(i);
        assertThat(r.get("ruleId").asText()).isEqualTo(f.code().id());
        assertThat(r.get("message").get("text").asText()).isEqualTo(Messages.of(lang).format(f));
        JsonNode loc = r.get("locations").get(0).get("physicalLocation");
        if (f.loc().line() > 0)
          assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(f.loc().line());
        // the file named relative to %SRCROOT% is the finding's file
        String uri = loc.get("artifactLocation").get("uri").asText();
        Path file =
            Path.of(
                java.net.URI.create(
                    run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText() + uri));
        assertThat(file.normalize()).isEqualTo(root.resolve(f.loc().file()).normalize());
      }
      if (french == null) french = found;
    }
    return french;
  }
}

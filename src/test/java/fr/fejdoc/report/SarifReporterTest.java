package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.girls;
import static fr.fejdoc.report.ReportFixtures.share;
import static fr.fejdoc.report.ReportFixtures.wholeFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  static String sarif(
      List<Checker.Checked> results, Messages.Lang lang, boolean strict, String docs) {
    StringWriter w = new StringWriter();
    try (PrintWriter out = new PrintWriter(w)) {
      Reporter.sarif(docs, ROOT).write(results, Messages.of(lang), strict, out);
    }
    return w.toString();
  }

  static String sarif(List<Checker.Checked> results) {
    return sarif(results, Messages.Lang.FR, false, null);
  }

  private static JsonNode run(String sarif) {
    JsonNode log = SarifSchema.parse(sarif);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    return log.get("runs").get(0);
  }

  @Test
  void validAgainstTheOfficialSchemaInEveryVariant() {
    List<Checker.Checked> results =
        List.of(ap1027(), checked("AP1_140", wholeFile("projects/AP1_140")), checked("vide"));
    for (Messages.Lang lang : Messages.Lang.values())
      for (boolean strict : new boolean[] {false, true})
        for (String docs : new String[] {null, "https://example.org/fejdoc/docs/"})
          assertThat(SarifSchema.errors(sarif(results, lang, strict, docs)))
              .as("%s strict=%s docs=%s", lang, strict, docs)
              .isEmpty();
    assertThat(SarifSchema.errors(sarif(List.of()))).isEmpty();
  }

  @Test
  void theSchemaRefusesABrokenLog() { // the validation can fail
    String good = sarif(List.of(ap1027()));
    assertThat(SarifSchema.errors(good.replace("\"level\": \"error\"", "\"level\": \"fatal\"")))
        .isNotEmpty();
    assertThat(SarifSchema.errors(good.replace("\"startLine\": 135", "\"startLine\": 0")))
        .isNotEmpty();
    assertThat(SarifSchema.errors(good.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"")))
        .isNotEmpty();
    // formats are asserted: the base of the files must be an absolute URI
    String base = ROOT.toUri().toASCIIString();
    assertThat(SarifSchema.errors(good.replace("\"" + base + "\"", "\"a b/\""))).isNotEmpty();
  }

  @Test
  void driverAndOneRulePerCodeInBothLanguages() {
    JsonNode run = run(sarif(List.of(ap1027())));
    assertThat(run.get("language").asText()).isEqualTo("fr-FR");
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("fejdoc");
    assertThat(driver.get("version").asText()).isEqualTo(Version.program()).isNotEmpty();
    assertThat(driver.get("semanticVersion").asText()).isEqualTo(Version.program());
    assertThat(driver.has("informationUri")).isFalse(); // no public address of its own
    assertThat(driver.get("properties").get("formRegistryVersion").asText()).isEqualTo("2011.1");

    Set<String> ids = new TreeSet<>();
    for (Code c : Code.values()) ids.add(c.id());
    List<String> rules = new ArrayList<>();
    driver.get("rules").forEach(r -> rules.add(r.get("id").asText()));
    assertThat(rules).containsExactlyElementsOf(ids);

    JsonNode fej106 = rule(driver, "FEJ106");
    Messages fr = Messages.of(Messages.Lang.FR);
    Messages en = Messages.of(Messages.Lang.EN);
    assertThat(fej106.get("fullDescription").get("text").asText())
        .isEqualTo(fr.template(Code.T1_CHARACTERISTICS));
    assertThat(fej106.get("shortDescription").get("text").asText())
        .isEqualTo("Tableau 1 : la somme par … (…) diffère du total des … (…)");
    assertThat(fej106.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    assertThat(fej106.has("helpUri")).isFalse();
    assertThat(fej106.get("properties").get("documentation").asText())
        .isEqualTo("docs/constats.md#fej106");
    assertThat(fej106.get("help").get("text").asText()).contains("docs/constats.md#fej106");
    // a code of two severities (planned: warning, realised: error) defaults to the worse
    assertThat(rule(driver, "FEJ304").get("defaultConfiguration").get("level").asText())
        .isEqualTo("error");
    assertThat(rule(driver, "FEJ020").get("fullDescription").get("text").asText())
        .contains(fr.template(Code.UNKNOWN_KEY))
        .contains(fr.template(Code.UNKNOWN_KEY_NO_SUGGESTION));

    // the other language: a translation of the driver (SARIF §3.19.4)
    JsonNode translation = run.get("translations").get(0);
    assertThat(translation.get("language").asText()).isEqualTo("en-US");
    assertThat(translation.get("guid").asText()).isEqualTo(driver.get("guid").asText());
    assertThat(translation.get("associatedComponent").get("guid").asText())
        .isEqualTo(driver.get("guid").asText());
    assertThat(translation.get("rules")).hasSize(ids.size());
    assertThat(rule(translation, "FEJ106").get("fullDescription").get("text").asText())
        .isEqualTo(en.template(Code.T1_CHARACTERISTICS))
        .startsWith("Table 1");

    // --lang en: the other way round
    JsonNode english = run(sarif(List.of(ap1027()), Messages.Lang.EN, false, null));
    assertThat(english.get("language").asText()).isEqualTo("en-US");
    assertThat(english.get("translations").get(0).get("language").asText()).isEqualTo("fr-FR");
    assertThat(
            rule(english.get("tool").get("driver"), "FEJ106")
                .get("fullDescription")
                .get("text")
                .asText())
        .isEqualTo(en.template(Code.T1_CHARACTERISTICS));
  }

  @Test
  void everyRuleHasItsAnchorInTheReferenceOfCodes() throws Exception {
    String reference = Files.readString(Path.of("docs/constats.md"));
    for (Code c : Code.values())
      assertThat(reference)
          .as(c.id())
          .contains("<a id=\"" + SarifReporter.anchor(c.id()) + "\"></a>");
  }

  @Test
  void docsUrlGivesEachRuleItsHelpUri() {
    JsonNode driver =
        run(sarif(List.of(ap1027()), Messages.Lang.FR, false, "https://example.org/fejdoc/docs/"))
            .get("tool")
            .get("driver");
    assertThat(rule(driver, "FEJ106").get("helpUri").asText())
        .isEqualTo("https://example.org/fejdoc/docs/constats.md#fej106");
    assertThat(rule(driver, "FEJ106").get("help").get("markdown").asText())
        .contains("[docs/constats.md#fej106](https://example.org/fejdoc/docs/constats.md#fej106)");
  }

  @Test
  void resultsCarryLevelMessageAndLocation() {
    JsonNode run = run(sarif(List.of(ap1027())));
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
        .isEqualTo(ROOT.toUri().toASCIIString())
        .endsWith("/");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(4);
    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.get("ruleId").asText() + " " + r.get("level").asText()));
    assertThat(levels)
        .containsExactly("FEJ301 warning", "FEJ110 note", "FEJ106 error", "FEJ042 warning");
    JsonNode girls = results.get(2);
    assertThat(girls.get("message").get("text").asText())
        .isEqualTo(Messages.of(Messages.Lang.FR).format(girls()))
        .contains("(103)", "(104)", "écart : 1");
    JsonNode loc = girls.get("locations").get(0).get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText())
        .isEqualTo("projects/AP1_027/experiment.yaml");
    assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(135);
    assertThat(loc.get("region").get("startColumn").asInt()).isEqualTo(7);
    int index = girls.get("ruleIndex").asInt();
    assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText())
        .isEqualTo("FEJ106");
    // the English run: the English text of the text report, figures written the English way
    JsonNode en = run(sarif(List.of(ap1027()), Messages.Lang.EN, false, null)).get("results");
    assertThat(en.get(0).get("message").get("text").asText())
        .isEqualTo(Messages.of(Messages.Lang.EN).format(share()))
        .contains("56,838.64");
    // a finding about a whole file has no region
    JsonNode whole =
        run(sarif(List.of(checked("AP1_140", wholeFile("projects/AP1_140")))))
            .get("results")
            .get(0)
            .get("locations")
            .get(0)
            .get("physicalLocation");
    assertThat(whole.has("region")).isFalse();
    assertThat(whole.get("artifactLocation").get("uri").asText()).isEqualTo("projects/AP1_140");
  }

  @Test
  void aProjectOutsideTheWorkingFolderIsFoundByItsAbsoluteAddress() {
    Path elsewhere = Path.of("/srv/dossiers/AP1_999");
    Finding f =
        Finding.of(
            Code.SECTION_MISSING, new Loc("AP1_999/restitution-finale.md", 4, 1), "Introduction");
    Checker.Checked c =
        new Checker.Checked(
            new fr.fejdoc.model.Project("AP1_999", elsewhere, null, List.of()),
            List.of(f),
            "AP1_999");
    String text = sarif(List.of(c));
    assertThat(SarifSchema.errors(text)).isEmpty();
    JsonNode artifact =
        run(text)
            .get("results")
            .get(0)
            .get("locations")
            .get(0)
            .get("physicalLocation")
            .get("artifactLocation");
    assertThat(artifact.get("uri").asText())
        .isEqualTo("file:///srv/dossiers/AP1_999/restitution-finale.md");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void strictMakesWarningsErrors() {
    JsonNode results = run(sarif(List.of(ap1027()), Messages.Lang.FR, true, null)).get("results");
    assertThat(results.get(0).get("level").asText()).isEqualTo("error"); // FEJ301, a warning
    assertThat(results.get(1).get("level").asText()).isEqualTo("note");
  }

  @Test
  void anAcceptedFindingIsSuppressedWithItsReasonExceptUnderStrict() {
    Finding accepted = share().acknowledge("parts arrondies dans la convention");
    String text = sarif(List.of(checked("AP1_027", accepted)));
    JsonNode r = run(text).get("results").get(0);
    assertThat(r.get("level").asText()).isEqualTo("warning");
    JsonNode s = r.get("suppressions").get(0);
    assertThat(s.get("kind").asText()).isEqualTo("inSource");
    assertThat(s.get("status").asText()).isEqualTo("accepted");
    assertThat(s.get("justification").asText()).isEqualTo("parts arrondies dans la convention");
    JsonNode strict =
        run(sarif(List.of(checked("AP1_027", accepted)), Messages.Lang.FR, true, null))
            .get("results")
            .get(0);
    assertThat(strict.has("suppressions")).isFalse();
    assertThat(strict.get("level").asText()).isEqualTo("error");
  }

  @Test
  void fingerprintsIgnoreTheLineButNotTheFindingsKey() {
    Finding here = girls();
    Finding moved = new Finding(here.code(), new Loc(here.loc().file(), 150, 3), here.args());
    Finding other =
        Finding.of(
            Code.T1_CHARACTERISTICS,
            here.loc(),
            new Localized("sexe", "sex"),
            103L,
            new Localized("jeunes entrés", "young people entered"),
            105,
            2L);
    assertThat(fingerprint(here)).isEqualTo(fingerprint(moved)).endsWith(":1");
    assertThat(fingerprint(here)).isNotEqualTo(fingerprint(other));
    // the same finding in another file, or in English: its own, and the same
    Finding elsewhere =
        new Finding(here.code(), new Loc("projects/AP1_140/experiment.yaml", 135, 7), here.args());
    assertThat(fingerprint(here)).isNotEqualTo(fingerprint(elsewhere));
    String en =
        run(sarif(List.of(checked("AP1_027", here)), Messages.Lang.EN, false, null))
            .get("results")
            .get(0)
            .get("partialFingerprints")
            .get(SarifReporter.FINGERPRINT)
            .asText();
    assertThat(en).isEqualTo(fingerprint(here));
    // twice the same finding in a file (two lines): told apart by their rank
    JsonNode twice = run(sarif(List.of(checked("AP1_027", here, moved)))).get("results");
    String a = twice.get(0).get("partialFingerprints").get(SarifReporter.FINGERPRINT).asText();
    String b = twice.get(1).get("partialFingerprints").get(SarifReporter.FINGERPRINT).asText();
    assertThat(a).endsWith(":1");
    assertThat(b).endsWith(":2").startsWith(a.substring(0, a.length() - 2));
  }

  private static String fingerprint(Finding f) {
    return run(sarif(List.of(checked("AP1_027", f))))
        .get("results")
        .get(0)
        .get("partialFingerprints")
        .get(SarifReporter.FINGERPRINT)
        .asText();
  }

  @Test
  void sameInputSameBytes() {
    assertThat(sarif(List.of(ap1027(), checked("AP1_140", wholeFile("projects/AP1_140")))))
        .isEqualTo(sarif(List.of(ap1027(), checked("AP1_140", wholeFile("projects/AP1_140")))));
  }

  @Test
  void hostileNamesAndTextsAreEncodedAndEscaped() {
    String nasty = "ligne 1\nligne 2\r\"50 %\" <script>\u0001\u2028 \\ fin";
    Finding f =
        Finding.of(
            Code.YAML_SYNTAX,
            new Loc("projets:a,b/100%/x é#?.yaml", 3, 4),
            new Localized(nasty, nasty));
    String text = sarif(List.of(checked("x", f)));
    assertThat(SarifSchema.errors(text)).isEmpty();
    assertThat(text).doesNotContain("<script>").doesNotContain("\u2028");
    JsonNode r = run(text).get("results").get(0);
    assertThat(r.get("message").get("text").asText()).contains(nasty);
    assertThat(
            r.get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo("projets%3Aa%2Cb/100%25/x%20%C3%A9%23%3F.yaml");
    assertThat(SarifReporter.shortText("a".repeat(500))).hasSize(200).endsWith("…");
    assertThat(SarifReporter.shortText("a (…), i.e. … at most. Fix it."))
        .isEqualTo("A (…), i.e. … at most");
  }

  private static JsonNode rule(JsonNode component, String id) {
    for (JsonNode r : component.get("rules")) if (r.get("id").asText().equals(id)) return r;
    throw new AssertionError("no rule " + id);
  }
}

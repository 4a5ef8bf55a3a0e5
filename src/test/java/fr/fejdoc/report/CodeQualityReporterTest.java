package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.girls;
import static fr.fejdoc.report.ReportFixtures.render;
import static fr.fejdoc.report.ReportFixtures.share;
import static fr.fejdoc.report.ReportFixtures.wholeFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitLab's code-quality report (CodeClimate issues). */
class CodeQualityReporterTest {

  @Test
  void oneIssuePerFinding() {
    JsonNode issues = SarifSchema.parse(render("gitlab", List.of(ap1027())));
    assertThat(issues.isArray()).isTrue();
    assertThat(issues).hasSize(4);
    JsonNode girls = issues.get(2);
    assertThat(girls.get("type").asText()).isEqualTo("issue");
    assertThat(girls.get("check_name").asText()).isEqualTo("FEJ106");
    assertThat(girls.get("description").asText())
        .isEqualTo("FEJ106 " + Messages.of(Messages.Lang.FR).format(girls()));
    assertThat(girls.get("severity").asText()).isEqualTo("major");
    assertThat(girls.get("location").get("path").asText())
        .isEqualTo("projects/AP1_027/experiment.yaml");
    assertThat(girls.get("location").get("lines").get("begin").asInt()).isEqualTo(135);
    List<String> severities = issues.findValuesAsText("severity");
    assertThat(severities).containsExactly("minor", "info", "major", "minor");
    Set<String> fingerprints = new HashSet<>(issues.findValuesAsText("fingerprint"));
    assertThat(fingerprints).hasSize(4);
    // codequality is the same report
    assertThat(render("codequality", List.of(ap1027())))
        .isEqualTo(render("gitlab", List.of(ap1027())));
  }

  @Test
  void fingerprintsAreTheSarifOnesAndIgnoreTheLine() {
    Finding moved =
        new Finding(girls().code(), new Loc(girls().loc().file(), 9, 1), girls().args());
    String a =
        SarifSchema.parse(render("gitlab", List.of(checked("A", girls()))))
            .get(0)
            .get("fingerprint")
            .asText();
    String b =
        SarifSchema.parse(render("gitlab", List.of(checked("A", moved))))
            .get(0)
            .get("fingerprint")
            .asText();
    assertThat(a).isEqualTo(b);
    String sarif =
        SarifSchema.parse(render("sarif", List.of(checked("A", girls()))))
            .get("runs")
            .get(0)
            .get("results")
            .get(0)
            .get("partialFingerprints")
            .get(SarifReporter.FINGERPRINT)
            .asText();
    assertThat(a).isEqualTo(sarif);
  }

  @Test
  void wholeFileAtLineOneAcceptedAndStrict() {
    JsonNode whole =
        SarifSchema.parse(render("gitlab", List.of(checked("x", wholeFile("projects/x"))))).get(0);
    assertThat(whole.get("location").get("lines").get("begin").asInt()).isEqualTo(1);
    Finding accepted = share().acknowledge("arrondi");
    JsonNode ok = SarifSchema.parse(render("gitlab", List.of(checked("x", accepted)))).get(0);
    assertThat(ok.get("severity").asText()).isEqualTo("info");
    assertThat(ok.get("description").asText()).contains("arrondi");
    JsonNode strict =
        SarifSchema.parse(render("gitlab", List.of(checked("x", accepted)), Messages.Lang.FR, true))
            .get(0);
    assertThat(strict.get("severity").asText()).isEqualTo("major");
    JsonNode warning =
        SarifSchema.parse(render("gitlab", List.of(checked("x", share())), Messages.Lang.FR, true))
            .get(0);
    assertThat(warning.get("severity").asText()).isEqualTo("major");
    assertThat(render("gitlab", List.of()).strip()).isEqualTo("[]");
  }
}

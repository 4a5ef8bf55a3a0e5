package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every report format lists an acknowledged finding as such, with its reason, uncounted. */
class AcknowledgedReportTest {
  static final String REASON = "Chiffres prévus repris de la demande de 2009";

  /** An acknowledged error (FEJ106) and an ordinary warning (FEJ042). */
  static Checker.Checked checked() {
    Finding error =
        Finding.of(
                Code.T1_CHARACTERISTICS,
                new Loc("projects/AP1_027/experiment.yaml", 135, 7),
                "sexe",
                103,
                "jeunes entrés",
                104,
                1)
            .acknowledge(REASON);
    Finding warning =
        Finding.of(
            Code.SECTION_MISSING,
            new Loc("projects/AP1_027/restitution-finale.md", 3, 1),
            "Introduction");
    return new Checker.Checked(
        new Project("AP1_027", Path.of("projects/AP1_027"), null, List.of()),
        List.of(error, warning));
  }

  @Test
  void textShowsTheReasonUnderTheFindingAndCountsItApart() {
    List<String> lines = render("text", List.of(checked())).lines().toList();
    int at = -1;
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("FEJ106")) at = i;
    assertThat(at).isNotNegative();
    assertThat(lines.get(at)).contains("135:7", "erreur");
    assertThat(lines.get(at + 1).strip()).isEqualTo("accepté : " + REASON);
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "1 projet vérifié : 0 erreur, 1 avertissement, 0 information."
                + " 1 constat accepté, hors décompte.");
    assertThat(Summary.of(List.of(checked())).fails(false)).isFalse();
    assertThat(Summary.of(List.of(checked())).fails(true)).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonMarksTheFindingAcknowledgedWithItsReason() {
    Map<String, Object> root =
        (Map<String, Object>) MiniJson.parse(render("json", List.of(checked())));
    Map<String, Object> summary = (Map<String, Object>) root.get("summary");
    assertThat(summary)
        .containsEntry("errors", 0L)
        .containsEntry("warnings", 1L)
        .containsEntry("acknowledged", 1L)
        .containsEntry("ok", true);
    Map<String, Object> project =
        (Map<String, Object>) ((List<Object>) root.get("projects")).get(0);
    assertThat(project).containsEntry("errors", 0L).containsEntry("warnings", 1L);
    List<Object> findings = (List<Object>) project.get("findings");
    Map<String, Object> acknowledged =
        findings.stream()
            .map(f -> (Map<String, Object>) f)
            .filter(f -> f.get("code").equals("FEJ106"))
            .findFirst()
            .orElseThrow();
    assertThat(acknowledged)
        .containsEntry("severity", "error")
        .containsEntry("acknowledged", true)
        .containsEntry("reason", REASON);
    Map<String, Object> other =
        findings.stream()
            .map(f -> (Map<String, Object>) f)
            .filter(f -> f.get("code").equals("FEJ042"))
            .findFirst()
            .orElseThrow();
    assertThat(other).containsEntry("acknowledged", false).doesNotContainKey("reason");
    Map<String, Object> strict =
        (Map<String, Object>)
            ((Map<String, Object>)
                    MiniJson.parse(render("json", List.of(checked()), Messages.Lang.FR, true)))
                .get("summary");
    assertThat(strict).containsEntry("ok", false);
  }

  @Test
  void githubMakesItANoticeWithItsReasonAndAnErrorUnderStrict() {
    String line =
        render("github", List.of(checked()))
            .lines()
            .filter(l -> l.contains("FEJ106"))
            .findFirst()
            .orElseThrow();
    assertThat(line).startsWith("::notice ").contains("accepté : " + REASON);
    String strict =
        render("github", List.of(checked()), Messages.Lang.FR, true)
            .lines()
            .filter(l -> l.contains("FEJ106"))
            .findFirst()
            .orElseThrow();
    assertThat(strict).startsWith("::error ");
  }

  @Test
  void junitKeepsItOutOfTheFailuresUnlessStrict() {
    String xml = render("junit", List.of(checked()));
    assertThat(xml).contains("failures=\"0\"").doesNotContain("<failure");
    assertThat(xml).contains("FEJ106").contains("accepté : " + REASON);
    String strict = render("junit", List.of(checked()), Messages.Lang.FR, true);
    assertThat(strict).contains("<failure").containsPattern("<failure[^>]*FEJ106");
  }
}

package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.girls;
import static fr.fejdoc.report.ReportFixtures.missingIntroduction;
import static fr.fejdoc.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> arr(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<Object>) o;
  }

  @Test
  void reportIsValidJsonWithStableFieldNames() {
    String out = render("json", List.of(ap1027(), checked("AP1_140")));
    Map<String, Object> root = obj(MiniJson.parse(out));
    assertThat(root.keySet()).containsExactly("version", "lang", "summary", "projects");
    assertThat(root).containsEntry("version", 1L).containsEntry("lang", "fr");

    Map<String, Object> summary = obj(root.get("summary"));
    assertThat(summary)
        .containsExactly(
            Map.entry("projects", 2L),
            Map.entry("errors", 1L),
            Map.entry("warnings", 2L),
            Map.entry("infos", 1L),
            Map.entry("acknowledged", 0L),
            Map.entry("ok", false));

    List<Object> projects = arr(root.get("projects"));
    assertThat(projects).hasSize(2);
    Map<String, Object> first = obj(projects.get(0));
    assertThat(first.keySet()).containsExactly("name", "errors", "warnings", "findings");
    assertThat(first)
        .containsEntry("name", "AP1_027")
        .containsEntry("errors", 1L)
        .containsEntry("warnings", 2L);
    List<Object> findings = arr(first.get("findings"));
    assertThat(findings).hasSize(4);
    for (Object f : findings) {
      assertThat(obj(f).keySet())
          .containsExactly(
              "code", "rule", "severity", "file", "line", "column", "message", "acknowledged");
    }
    Map<String, Object> girls =
        findings.stream()
            .map(JsonReporterTest::obj)
            .filter(f -> f.get("code").equals("FEJ106"))
            .findFirst()
            .orElseThrow();
    assertThat(girls)
        .containsEntry("rule", "t1_characteristics")
        .containsEntry("severity", "error")
        .containsEntry("file", "projects/AP1_027/experiment.yaml")
        .containsEntry("line", 135L)
        .containsEntry("column", 7L)
        .containsEntry("message", Messages.of(Messages.Lang.FR).format(girls()));
    assertThat(findings.stream().map(f -> obj(f).get("severity")))
        .containsExactlyInAnyOrder("warning", "info", "error", "warning");

    Map<String, Object> clean = obj(projects.get(1));
    assertThat(clean).containsEntry("name", "AP1_140").containsEntry("errors", 0L);
    assertThat(arr(clean.get("findings"))).isEmpty();
  }

  @Test
  void okFollowsStrict() {
    List<fr.fejdoc.check.Checker.Checked> warningsOnly =
        List.of(checked("AP1_027", missingIntroduction()));
    assertThat(obj(obj(MiniJson.parse(render("json", warningsOnly))).get("summary")))
        .containsEntry("ok", true);
    String strict = render("json", warningsOnly, Messages.Lang.FR, true);
    assertThat(obj(obj(MiniJson.parse(strict)).get("summary"))).containsEntry("ok", false);
  }

  @Test
  void emptyRunIsValidJson() {
    Map<String, Object> root = obj(MiniJson.parse(render("json", List.of())));
    assertThat(arr(root.get("projects"))).isEmpty();
    assertThat(obj(root.get("summary"))).containsEntry("projects", 0L).containsEntry("ok", true);
  }

  @Test
  void englishReportSaysSo() {
    String out = render("json", List.of(ap1027()), Messages.Lang.EN, false);
    Map<String, Object> root = obj(MiniJson.parse(out));
    assertThat(root).containsEntry("lang", "en");
    Map<String, Object> f = obj(arr(obj(arr(root.get("projects")).get(0)).get("findings")).get(2));
    assertThat(f).containsEntry("code", "FEJ106");
    assertThat((String) f.get("message")).startsWith("Table 1: the sum by sex (103)");
  }

  @Test
  void awkwardCharactersAreEscaped() {
    String nasty = "a \"quoted\" \\ back\nnew\rline\ttab \u0001 ctl \u2028 sep é€";
    Finding f =
        Finding.of(
            Code.YAML_SYNTAX,
            new Loc("projects/x \"y\"/experiment.yaml", 2, 3),
            new Localized(nasty, nasty));
    String out = render("json", List.of(checked("x \"y\"", f)));
    Map<String, Object> root = obj(MiniJson.parse(out));
    Map<String, Object> project = obj(arr(root.get("projects")).get(0));
    assertThat(project).containsEntry("name", "x \"y\"");
    Map<String, Object> finding = obj(arr(project.get("findings")).get(0));
    assertThat(finding)
        .containsEntry("file", "projects/x \"y\"/experiment.yaml")
        .containsEntry("message", Messages.of(Messages.Lang.FR).format(f));
    assertThat(out).doesNotContain("\u2028").doesNotContain("\u0001");
  }

  @Test
  void theTestParserRejectsInvalidJson() {
    assertThatThrownBy(() -> MiniJson.parse("{\"a\": 1,}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parse("{\"a\": \"x\ny\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parse("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parse("[1] 2")).isInstanceOf(IllegalArgumentException.class);
    assertThat(MiniJson.parse(" {\"a\": [true, null, -1.5e3, \"\\u00e9\"]} "))
        .isEqualTo(Map.of("a", java.util.Arrays.asList(true, null, -1500.0, "é")));
  }
}

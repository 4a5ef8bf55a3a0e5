package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's code-quality report (the CodeClimate issue format GitLab reads from {@code artifacts:
 * reports: codequality}): a JSON array with one issue per finding, its description (the text
 * report's message), check_name (the code), the fingerprint of {@link FindingKey} (stable when a
 * line moves), a severity (error: major, warning: minor, information: info; warnings are major
 * under {@code --strict}) and the file with its line (line 1 for a finding about a whole file). A
 * finding the holder accepted is an info, its reason after its message (major under --strict).
 */
final class CodeQualityReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    List<Finding> all = new ArrayList<>();
    for (Checker.Checked c : results) all.addAll(c.findings());
    List<String> keys = FindingKey.of(all);
    List<Object> issues = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      String text = f.code().id() + " " + m.format(f);
      if (f.acknowledged()) text += " (" + m.text("acknowledged", f.acknowledgement()) + ")";
      Map<String, Object> issue = new LinkedHashMap<>();
      issue.put("type", "issue");
      issue.put("description", text);
      issue.put("check_name", f.code().id());
      issue.put("fingerprint", keys.get(i));
      issue.put("severity", severity(f, strict));
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("path", f.loc().file());
      location.put("lines", Map.of("begin", Math.max(1, f.loc().line())));
      issue.put("location", location);
      issues.add(issue);
    }
    out.println(JsonTree.write(issues));
    out.flush();
  }

  private static String severity(Finding f, boolean strict) {
    if (f.acknowledged()) return strict ? "major" : "info";
    return switch (f.severity()) {
      case ERROR -> "major";
      case WARNING -> strict ? "major" : "minor";
      case INFO -> "info";
    };
  }
}

package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, the format CI dashboards read: a test suite per project, a test case per file checked;
 * errors (and warnings under --strict) are failures, other findings system-out. Acknowledged
 * findings are system-out with their reason (failures under --strict).
 */
final class JunitReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int totalCases = 0, totalFailures = 0;
    StringBuilder suites = new StringBuilder();
    for (Checker.Checked c : results) {
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      byFile.put(c.project().name(), new java.util.ArrayList<>());
      for (Finding f : c.findings())
        byFile.computeIfAbsent(f.loc().file(), k -> new java.util.ArrayList<>()).add(f);
      if (byFile.size() > 1 && byFile.get(c.project().name()).isEmpty())
        byFile.remove(c.project().name());
      int failures = 0;
      StringBuilder cases = new StringBuilder();
      for (var e : byFile.entrySet()) {
        cases
            .append("    <testcase classname=\"fejdoc.")
            .append(attr(c.project().name()))
            .append("\" name=\"")
            .append(attr(e.getKey()))
            .append("\" file=\"")
            .append(attr(e.getKey()))
            .append("\"");
        StringBuilder failure = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (Finding f : e.getValue()) {
          boolean fails =
              strict ? f.severity() != Severity.INFO : f.counts() && f.severity() == Severity.ERROR;
          String line = f.loc() + " " + f.code().id() + " " + m.format(f);
          if (f.acknowledged()) line += " (" + m.text("acknowledged", f.acknowledgement()) + ")";
          line += "\n";
          (fails ? failure : other).append(line);
        }
        if (failure.isEmpty() && other.isEmpty()) {
          cases.append("/>\n");
          continue;
        }
        cases.append(">\n");
        if (!failure.isEmpty()) {
          failures++;
          cases
              .append("      <failure type=\"fejdoc\" message=\"")
              .append(attr(firstLine(failure)))
              .append("\">")
              .append(text(failure.toString()))
              .append("</failure>\n");
        }
        if (!other.isEmpty())
          cases
              .append("      <system-out>")
              .append(text(other.toString()))
              .append("</system-out>\n");
        cases.append("    </testcase>\n");
      }
      totalCases += byFile.size();
      totalFailures += failures;
      suites
          .append("  <testsuite name=\"")
          .append(attr(c.project().name()))
          .append("\" tests=\"")
          .append(byFile.size())
          .append("\" failures=\"")
          .append(failures)
          .append("\" errors=\"0\" skipped=\"0\">\n")
          .append(cases)
          .append("  </testsuite>\n");
    }
    b.append("<testsuites name=\"fejdoc check\" tests=\"")
        .append(totalCases)
        .append("\" failures=\"")
        .append(totalFailures)
        .append("\" errors=\"0\">\n");
    b.append(suites).append("</testsuites>");
    out.println(b);
    out.flush();
  }

  private static String firstLine(StringBuilder s) {
    int nl = s.indexOf("\n");
    return nl < 0 ? s.toString() : s.substring(0, nl);
  }

  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
        }
      }
    }
    return b.toString();
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }
}

package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Machine-readable report (format version 1): one object per project with its findings; field names
 * are stable. A finding the holder accepted has {@code "acknowledged": true} and its {@code
 * "reason"}; the counts of errors and warnings leave it out.
 */
final class JsonReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    Summary s = Summary.of(results);
    StringBuilder b = new StringBuilder(4096);
    b.append("{\n  \"version\": 1,\n  \"lang\": ")
        .append(str(m.lang().name().toLowerCase(Locale.ROOT)));
    b.append(",\n  \"summary\": {\"projects\": ").append(s.projects());
    b.append(", \"errors\": ").append(s.errors());
    b.append(", \"warnings\": ").append(s.warnings());
    b.append(", \"infos\": ").append(s.infos());
    b.append(", \"acknowledged\": ").append(s.acknowledged());
    b.append(", \"ok\": ").append(!s.fails(strict)).append("},\n  \"projects\": [");
    for (int i = 0; i < results.size(); i++) {
      Checker.Checked c = results.get(i);
      b.append(i == 0 ? "\n" : ",\n");
      b.append("    {\"name\": ").append(str(c.project().name()));
      b.append(", \"errors\": ").append(c.count(Severity.ERROR));
      b.append(", \"warnings\": ").append(c.count(Severity.WARNING));
      b.append(", \"findings\": [");
      for (int j = 0; j < c.findings().size(); j++) {
        Finding f = c.findings().get(j);
        b.append(j == 0 ? "\n" : ",\n");
        b.append("      {\"code\": ").append(str(f.code().id()));
        b.append(", \"rule\": ").append(str(f.code().messageKey()));
        b.append(", \"severity\": ").append(str(f.severity().name().toLowerCase(Locale.ROOT)));
        b.append(", \"file\": ").append(str(f.loc().file()));
        b.append(", \"line\": ").append(f.loc().line());
        b.append(", \"column\": ").append(f.loc().column());
        b.append(", \"message\": ").append(str(m.format(f)));
        b.append(", \"acknowledged\": ").append(f.acknowledged());
        if (f.acknowledged()) b.append(", \"reason\": ").append(str(f.acknowledgement()));
        b.append('}');
      }
      b.append(c.findings().isEmpty() ? "]}" : "\n    ]}");
    }
    b.append(results.isEmpty() ? "]\n}" : "\n  ]\n}");
    out.println(b);
  }

  static String str(String s) {
    return fr.fejdoc.text.Json.string(s);
  }
}

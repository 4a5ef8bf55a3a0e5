package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Finding;
import fr.fejdoc.check.Messages;
import java.io.PrintWriter;
import java.util.List;

/** Human-readable report: findings grouped by file, sorted by line, then a summary line. */
final class TextReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    for (Checker.Checked c : results) {
      String file = null;
      for (Finding f : c.findings()) {
        if (!f.loc().file().equals(file)) {
          file = f.loc().file();
          out.println(file);
        }
        String where = f.loc().line() == 0 ? "-" : f.loc().line() + ":" + f.loc().column();
        out.printf(
            "  %-8s %-13s %s  %s%n",
            where,
            m.text("severity." + f.severity().name().toLowerCase(java.util.Locale.ROOT)),
            f.code().id(),
            m.format(f));
      }
    }
    if (results.stream().anyMatch(c -> !c.findings().isEmpty())) out.println();
    out.println(Summary.of(results).line(m));
  }
}

package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * Human-readable report: findings grouped by file, sorted by line, then a summary line. An
 * acknowledged finding is followed by a line with the holder's reason ("accepté : ...").
 */
public final class TextReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    findings(results, m, out);
    if (results.stream().anyMatch(c -> !c.findings().isEmpty())) out.println();
    out.println(Summary.of(results).line(m));
  }

  /** The findings alone, grouped by file and sorted by line (also used by {@code build}). */
  public static void findings(List<Checker.Checked> results, Messages m, PrintWriter out) {
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
        if (f.acknowledged())
          out.printf(
              "  %-8s %-13s %s  %s%n",
              "",
              "",
              " ".repeat(f.code().id().length()),
              m.text("acknowledged", f.acknowledgement()));
      }
    }
  }
}

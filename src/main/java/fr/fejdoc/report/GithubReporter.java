package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the file's line. An
 * acknowledged finding is a notice with its reason (an error under --strict).
 */
final class GithubReporter implements Reporter {
  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    for (Checker.Checked c : results) {
      for (Finding f : c.findings()) {
        String level =
            switch (f.severity()) {
              case ERROR -> f.acknowledged() && !strict ? "notice" : "error";
              case WARNING -> strict ? "error" : f.acknowledged() ? "notice" : "warning";
              case INFO -> "notice";
            };
        StringBuilder b =
            new StringBuilder("::").append(level).append(" file=").append(property(f.loc().file()));
        if (f.loc().line() > 0) {
          b.append(",line=").append(f.loc().line()).append(",col=").append(f.loc().column());
        }
        b.append(",title=").append(property("fejdoc " + f.code().id()));
        String text = m.format(f);
        if (f.acknowledged()) text += " (" + m.text("acknowledged", f.acknowledgement()) + ")";
        b.append("::").append(data(text));
        out.println(b);
      }
    }
    out.println(Summary.of(results).line(m));
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Severity;
import java.util.List;

/**
 * Counts of a run, and its one-line French (or English) summary. Errors and warnings leave out the
 * acknowledged ones, counted apart ({@code acknowledged}: errors and warnings the holder accepted).
 */
public record Summary(int projects, long errors, long warnings, long infos, long acknowledged) {

  public Summary(int projects, long errors, long warnings, long infos) {
    this(projects, errors, warnings, infos, 0);
  }

  public static Summary of(List<Checker.Checked> results) {
    long e = 0, w = 0, i = 0, a = 0;
    for (Checker.Checked c : results) {
      e += c.count(Severity.ERROR);
      w += c.count(Severity.WARNING);
      i += c.count(Severity.INFO);
      a += c.acknowledged();
    }
    return new Summary(results.size(), e, w, i, a);
  }

  public String line(Messages m) {
    String line = counts(m);
    if (acknowledged == 0) return line;
    return line
        + " "
        + m.text("summary.acknowledged", acknowledged, plural(m, acknowledged, "acknowledged"));
  }

  private String counts(Messages m) {
    return m.text(
        "summary",
        projects,
        plural(m, projects, "project"),
        errors,
        plural(m, errors, "error"),
        warnings,
        plural(m, warnings, "warning"),
        infos,
        plural(m, infos, "info"));
  }

  private static String plural(Messages m, long n, String key) {
    // French: 0 and 1 take the singular; English: only 1 does
    boolean many = m.lang() == Messages.Lang.EN ? n != 1 : n > 1;
    return m.text(many ? key + ".many" : key + ".one");
  }

  /** Whether the run fails: errors, or warnings or acknowledged findings under --strict. */
  public boolean fails(boolean strict) {
    return errors > 0 || (strict && (warnings > 0 || acknowledged > 0));
  }
}

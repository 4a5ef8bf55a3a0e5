package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.Severity;
import java.util.List;

/** Counts of a run, and its one-line French (or English) summary. */
public record Summary(int projects, long errors, long warnings, long infos) {

  public static Summary of(List<Checker.Checked> results) {
    long e = 0, w = 0, i = 0;
    for (Checker.Checked c : results) {
      e += c.count(Severity.ERROR);
      w += c.count(Severity.WARNING);
      i += c.count(Severity.INFO);
    }
    return new Summary(results.size(), e, w, i);
  }

  public String line(Messages m) {
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

  /** Whether the run fails: errors, or warnings under --strict. */
  public boolean fails(boolean strict) {
    return errors > 0 || (strict && warnings > 0);
  }
}

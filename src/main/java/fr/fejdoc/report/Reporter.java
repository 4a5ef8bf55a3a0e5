package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import java.io.PrintWriter;
import java.util.List;

/** Writes the findings of a {@code check} run in one output format. */
public sealed interface Reporter permits TextReporter, JsonReporter, GithubReporter, JunitReporter {

  void write(List<Checker.Checked> results, Messages messages, boolean strict, PrintWriter out);

  static Reporter of(String format) {
    return switch (format) {
      case "json" -> new JsonReporter();
      case "github" -> new GithubReporter();
      case "junit" -> new JunitReporter();
      default -> new TextReporter();
    };
  }
}

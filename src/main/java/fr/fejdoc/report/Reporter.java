package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import java.io.PrintWriter;
import java.util.List;

/** Writes the findings of a {@code check} run in one output format. */
public sealed interface Reporter
    permits TextReporter,
        JsonReporter,
        GithubReporter,
        JunitReporter,
        SarifReporter,
        CodeQualityReporter {

  void write(List<Checker.Checked> results, Messages messages, boolean strict, PrintWriter out);

  /** The formats {@code check --format} takes. */
  java.util.List<String> FORMATS =
      java.util.List.of("text", "json", "github", "junit", "sarif", "gitlab", "codequality");

  /**
   * The SARIF reporter: {@code docsUrl} is the absolute address of fejdoc's {@code docs/} folder
   * (each rule then has its helpUri), or null; files are named relative to {@code root}.
   */
  static Reporter sarif(String docsUrl, java.nio.file.Path root) {
    return new SarifReporter(docsUrl, root);
  }

  static Reporter of(String format) {
    return switch (format) {
      case "json" -> new JsonReporter();
      case "github" -> new GithubReporter();
      case "junit" -> new JunitReporter();
      case "sarif" -> new SarifReporter(null, java.nio.file.Path.of(""));
      case "gitlab", "codequality" -> new CodeQualityReporter();
      default -> new TextReporter();
    };
  }
}

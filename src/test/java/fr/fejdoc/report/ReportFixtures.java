package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checked projects built by hand, and a way to render them with any reporter. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String YAML = "projects/AP1_027/experiment.yaml";
  static final String REPORT = "projects/AP1_027/restitution-finale.md";

  /** FEJ106 (error) at the filles line, with the figures of CHECKS.md. */
  static Finding girls() {
    return Finding.of(
        Code.T1_CHARACTERISTICS,
        new Loc(YAML, 135, 7),
        new Localized("sexe", "sex"),
        103L,
        new Localized("jeunes entrés", "young people entered"),
        104,
        1L);
  }

  /** FEJ301 (warning), whose message holds "%" signs. */
  static Finding share() {
    return Finding.of(
        Code.FIN_SHARE_MISMATCH,
        new Loc(YAML, 99, 66),
        new Localized("autofinancement", "self-funding"),
        new BigDecimal("27"),
        new BigDecimal("25.97"),
        new BigDecimal("56838.64"),
        new BigDecimal("218848.64"));
  }

  /** FEJ110 (info). */
  static Finding rate() {
    return Finding.of(
        Code.T1_RATE,
        new Loc(YAML, 103, 20),
        104,
        new fr.fejdoc.model.finding.Localized("jeunes", "young people"),
        new fr.fejdoc.model.finding.Localized("120", "120"),
        new fr.fejdoc.model.finding.Localized("87 %", "87 %"));
  }

  /** FEJ042 (warning) in the document. */
  static Finding missingIntroduction() {
    return Finding.of(Code.SECTION_MISSING, new Loc(REPORT, 10, 1), "Introduction");
  }

  /** FEJ010 (error) pointing at a whole file (line 0). */
  static Finding wholeFile(String file) {
    return Finding.of(Code.PROJECT_EMPTY, Loc.of(file), "experiment.yaml");
  }

  /** A checked project with these findings, sorted as the checker sorts them. */
  static Checker.Checked checked(String name, Finding... findings) {
    List<Finding> l = new ArrayList<>(List.of(findings));
    Collections.sort(l);
    return new Checker.Checked(
        new Project(name, Path.of("projects", name), null, List.of()), List.copyOf(l));
  }

  /** AP1_027 with one error, two warnings and one information, over two files. */
  static Checker.Checked ap1027() {
    return checked("AP1_027", girls(), share(), rate(), missingIntroduction());
  }

  static String render(
      String format, List<Checker.Checked> results, Messages.Lang lang, boolean strict) {
    StringWriter w = new StringWriter();
    try (PrintWriter out = new PrintWriter(w)) {
      Reporter.of(format).write(results, Messages.of(lang), strict, out);
    }
    return w.toString();
  }

  static String render(String format, List<Checker.Checked> results) {
    return render(format, results, Messages.Lang.FR, false);
  }
}

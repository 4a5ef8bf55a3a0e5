package fr.fejdoc.cli;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.report.Reporter;
import fr.fejdoc.report.Summary;
import fr.fejdoc.write.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code fejdoc check}: validates projects and reports every finding.
 *
 * <p>Its command line is given to picocli as a specification ({@link #spec()}), not as annotations:
 * reading annotations means reflection and a proxy class made at run time for each annotation type,
 * which the start-up cache cannot hold; for the command run most often, cold, by holders and CI,
 * that was a third of its start. The other commands keep their annotations.
 */
public final class CheckCommand implements Callable<Integer>, ProjectsOptions.Reader {
  private final ProjectsOptions projects = new ProjectsOptions();

  private final OptionSpec formatOption =
      OptionSpec.builder("--format")
          .paramLabel("FORMAT")
          .type(String.class)
          .defaultValue("text")
          .descriptionKey("cli.check.format")
          .build();

  private final OptionSpec reportOption =
      OptionSpec.builder("--rapport", "--report")
          .paramLabel(Labels.REPORT)
          .type(List.class)
          .auxiliaryTypes(String.class)
          .descriptionKey("cli.check.report")
          .build();

  private final OptionSpec docsUrlOption =
      OptionSpec.builder("--docs-url")
          .paramLabel(Labels.ADDRESS)
          .type(String.class)
          .descriptionKey("cli.check.docs-url")
          .build();

  private final OptionSpec strictOption =
      OptionSpec.builder("--strict")
          .paramLabel("<strict>")
          .type(boolean.class)
          .descriptionKey("cli.check.strict")
          .build();

  private final OptionSpec outputOption =
      OptionSpec.builder("-o", "--output")
          .paramLabel(Labels.FILE)
          .type(Path.class)
          .descriptionKey("cli.check.output")
          .build();

  private String format;
  private List<String> reports;
  private String docsUrl;
  private boolean strict;
  private Path output;

  @Override
  public ProjectsOptions projects() {
    return projects;
  }

  /**
   * The command's specification: its name, description and options ({@link Main} adds the paths).
   */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("check");
    // its description and the options': the message bundles (fejdoc.check.*, cli.check.*)
    for (OptionSpec o :
        List.of(formatOption, reportOption, docsUrlOption, strictOption, outputOption))
      spec.addOption(o);
    return spec;
  }

  /** The values of the options, once picocli has read the command line. */
  private void read() {
    format = formatOption.getValue();
    reports = reportOption.getValue();
    docsUrl = docsUrlOption.getValue();
    Boolean given = strictOption.getValue();
    strict = given != null && given;
    output = outputOption.getValue();
  }

  @Override
  public Integer call() {
    read();
    Messages m = projects.messages();
    if (!Reporter.FORMATS.contains(format)) {
      System.err.println(m.text("cli.bad-format", format));
      return 2;
    }
    String docs = docsUrl == null ? null : docsBase(docsUrl);
    if (docsUrl != null && docs == null) {
      System.err.println(m.text("cli.bad-docs-url", docsUrl));
      return 2;
    }
    java.util.Map<Path, String> extra = new java.util.LinkedHashMap<>();
    for (String r : reports == null ? List.<String>of() : reports) {
      int eq = r.indexOf('=');
      String f = eq < 0 ? r : r.substring(0, eq);
      if (eq <= 0 || eq == r.length() - 1) {
        System.err.println(m.text("cli.bad-report", r));
        return 2;
      }
      if (!Reporter.FORMATS.contains(f)) {
        System.err.println(m.text("cli.bad-format", f));
        return 2;
      }
      extra.put(Path.of(r.substring(eq + 1)), f);
    }
    List<ProjectFinder.Found> found;
    try {
      found = projects.projects();
    } catch (IOException e) {
      System.err.println(m.text("cli.no-folder", e.getMessage(), m.whyRead(e)));
      return 2;
    }
    List<Checker.Checked> results = Batch.check(found);
    try {
      write(results, m, docs);
    } catch (IOException e) {
      System.err.println(m.text("cli.cannot-write", String.valueOf(output), m.whyWrite(e)));
      return 2;
    }
    for (var e : extra.entrySet()) {
      try {
        AtomicFiles.write(e.getKey(), render(reporter(e.getValue(), docs), results, m));
      } catch (IOException x) {
        System.err.println(m.text("cli.cannot-write", String.valueOf(e.getKey()), m.whyWrite(x)));
        return 2;
      }
    }
    return Summary.of(results).fails(strict) ? 1 : 0;
  }

  /** An absolute http(s) address, ending with "/"; null when it is not one. */
  static String docsBase(String url) {
    try {
      java.net.URI u = new java.net.URI(url.strip());
      if (!u.isAbsolute() || u.getHost() == null || u.getRawQuery() != null) return null;
      if (u.getRawFragment() != null) return null;
      String scheme = u.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) return null;
      String s = u.toASCIIString();
      return s.endsWith("/") ? s : s + "/";
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static Reporter reporter(String format, String docs) {
    return format.equals("sarif") ? Reporter.sarif(docs, Path.of("")) : Reporter.of(format);
  }

  private byte[] render(Reporter reporter, List<Checker.Checked> results, Messages m) {
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    reporter.write(results, m, strict, out);
    out.flush();
    return buffer.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void write(List<Checker.Checked> results, Messages m, String docs) throws IOException {
    Reporter reporter = reporter(format, docs);
    if (output == null) {
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
      reporter.write(results, m, strict, out);
      out.flush();
      return;
    }
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    reporter.write(results, m, strict, out);
    out.flush();
    AtomicFiles.write(output, buffer.toString().getBytes(StandardCharsets.UTF_8));
    if (!format.equals("text")) System.err.println(Summary.of(results).line(m));
  }
}

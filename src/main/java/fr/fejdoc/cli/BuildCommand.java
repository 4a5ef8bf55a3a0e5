package fr.fejdoc.cli;

import fr.fejdoc.catalogue.Catalogue;
import fr.fejdoc.catalogue.RowCache;
import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.ProjectPool;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.Summary;
import fr.fejdoc.write.OutputFolder;
import fr.fejdoc.write.ProjectWriter;
import fr.fejdoc.write.Writers;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fejdoc build}: checks, then writes every document of every project in every format. */
// its help: fejdoc.build.usage.* and cli.build.* in the message bundles
@Command(name = "build")
public final class BuildCommand implements Callable<Integer>, ProjectsOptions.Reader {
  private final ProjectsOptions projects = new ProjectsOptions();

  @Override
  public ProjectsOptions projects() {
    return projects;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      descriptionKey = "cli.build.format")
  List<String> formats;

  @Option(names = "--doc", paramLabel = "DOCUMENTS", split = ",", descriptionKey = "cli.build.doc")
  List<String> documents;

  @Option(
      names = "--out",
      paramLabel = Labels.FOLDER,
      defaultValue = "output",
      descriptionKey = "cli.build.out")
  Path out;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "cli.build.quiet")
  boolean quiet;

  @Option(names = "--sans-catalogue", descriptionKey = "cli.build.sans-catalogue")
  boolean noCatalogue;

  @Option(names = "--inclure-non-publies", descriptionKey = "cli.build.inclure-non-publies")
  boolean includeUnpublished;

  @Option(names = "--force", descriptionKey = "cli.build.force")
  boolean force;

  @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "cli.build.base-url")
  String baseUrl;

  @Override
  public Integer call() {
    try (OutputFolder.Claim claim =
        OutputFolder.claim(projects.messages())) { // released when the build is over
      return run(claim);
    }
  }

  private Integer run(OutputFolder.Claim claim) {
    Messages m = projects.messages();
    Set<String> chosen =
        new LinkedHashSet<>(
            formats == null || formats.isEmpty() ? Writers.all().keySet() : formats);
    for (String f : chosen) {
      if (!Writers.all().containsKey(f)) {
        System.err.println(
            m.text("build.unknown-format", f, String.join(", ", Writers.all().keySet())));
        return 2;
      }
    }
    if (baseUrl != null && fr.fejdoc.cli.CatalogueCommand.baseUrl(baseUrl) == null) {
      System.err.println(fr.fejdoc.cli.CatalogueCommand.invalidBaseUrl(m, baseUrl));
      return 2;
    }
    List<ProjectFinder.Found> found;
    try {
      found = projects.projects();
    } catch (IOException e) {
      System.err.println(m.text("cli.no-folder", e.getMessage(), m.whyRead(e)));
      return 2;
    }
    // a folder fejdoc may write into, locked against another run; stale temporaries removed
    if (!claim.output(out, projects.paths(), found.stream().map(ProjectFinder.Found::dir).toList()))
      return 2;
    String request = ProjectWriter.request(chosen, includeUnpublished);
    List<Result> results =
        ProjectPool.map(found, f -> build(f, chosen, request, m), (f, t) -> failed(f, t, m));
    PrintWriter console =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    long e = 0, w = 0, i = 0, a = 0;
    for (Result r : results) {
      console.print(quiet ? r.errorReport : r.row.report());
      e += r.row.errors();
      w += r.row.warnings();
      i += r.row.infos();
      a += r.row.acknowledged();
    }
    console.flush();
    if (!quiet) {
      console.println(new Summary(results.size(), e, w, i, a).line(m));
      console.println();
    }
    int files = 0, failed = 0, ioErrors = 0, drafts = 0, kept = 0;
    for (Result r : results) {
      if (!quiet || !r.problems.isEmpty()) {
        System.out.println(
            r.written.isEmpty()
                ? (r.kept ? m.text("build.row.kept", r.display) : r.display)
                : m.text(
                    r.draft
                        ? "build.row.drafts"
                        : r.kept ? "build.row.kept-files" : "build.row.written",
                    r.display,
                    String.join(", ", r.written)));
        for (String p : r.problems) System.out.println("  " + p);
      }
      if (r.kept) kept++;
      else files += r.written.size();
      if (r.draft) drafts++;
      else if (!r.problems.isEmpty()) failed++;
      ioErrors += r.ioErrors;
    }
    console.println(summary(m, results.size(), files, kept, drafts, failed));
    if (ioErrors > 0) return 2;
    // a draft is not a document: its project is still in error
    int code = failed > 0 || drafts > 0 ? 1 : 0;
    boolean partial = documents != null && !documents.isEmpty();
    if (!noCatalogue && buildsAFolderOfProjects() && partial) {
      // the catalogue links every document: it would build all those --doc left out
      console.println(m.text("build.catalogue-partial"));
    } else if (!noCatalogue && buildsAFolderOfProjects()) {
      Map<Path, Catalogue.Known> byFolder = new HashMap<>();
      for (int k = 0; k < found.size(); k++) {
        byFolder.put(
            found.get(k).dir().toAbsolutePath().normalize(),
            new Catalogue.Known(results.get(k).row.entry()));
      }
      code = Math.max(code, catalogue(byFolder));
    }
    return code;
  }

  /**
   * The build's last line: its projects, the files written and where, then those kept, drafted and
   * left without documents. Counts are written as digits alone, whatever the language.
   */
  String summary(Messages m, int projects, int files, int kept, int drafts, int failed) {
    String tail = m.plural(failed, "build.summary.without", String.valueOf(failed));
    if (drafts > 0)
      tail =
          m.text(
              "build.summary.join",
              m.plural(drafts, "build.summary.drafts", String.valueOf(drafts)),
              tail);
    if (kept > 0)
      tail =
          m.text(
              "build.summary.join",
              m.plural(kept, "build.summary.kept", String.valueOf(kept)),
              tail);
    return m.text(
        "build.summary",
        m.plural(projects, "build.summary.projects", String.valueOf(projects)),
        m.plural(files, "build.summary.files", String.valueOf(files)),
        ProjectFinder.display(out),
        tail);
  }

  /** A folder of projects (not a single project) is published as a catalogue too. */
  private boolean buildsAFolderOfProjects() {
    List<Path> paths = projects.paths() == null ? List.of(Path.of("projects")) : projects.paths();
    return paths.stream()
        .anyMatch(
            p ->
                !java.nio.file.Files.isRegularFile(
                    p.resolve(fr.fejdoc.load.ProjectLoader.EXPERIMENT_FILE)));
  }

  /** The catalogue of what was just built, beside the documents: <out>/catalogue. */
  private int catalogue(Map<Path, Catalogue.Known> known) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of("--out", out.resolve("catalogue").toString(), "--documents", out.toString()));
    if (quiet) args.add("-q");
    if (baseUrl != null) args.addAll(List.of("--base-url", baseUrl));
    args.addAll(List.of("--lang", projects.lang()));
    if (projects.paths() != null) for (Path p : projects.paths()) args.add(p.toString());
    CatalogueCommand catalogue = new CatalogueCommand().reusing(known).forcing(force);
    picocli.CommandLine line = new picocli.CommandLine(catalogue);
    catalogue.projects().addTo(line.getCommandSpec());
    return nested(line, args.toArray(String[]::new));
  }

  /**
   * Runs a command line inside this one. Its internal failure is thrown again here, for build's own
   * command line to say (a reference, never a trace): picocli's default handler, and picocli with
   * any handler that throws, print the exception's trace.
   */
  static int nested(picocli.CommandLine line, String[] args) {
    Exception[] failure = new Exception[1];
    line.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          failure[0] = e;
          return 2;
        });
    int code = line.execute(args);
    if (failure[0] instanceof RuntimeException e) throw e;
    if (failure[0] != null) throw new IllegalStateException(failure[0]);
    return code;
  }

  /**
   * What a project's build leaves for the report and the catalogue: its compact row (findings as
   * printed, counts, catalogue entry), never its model, so that memory holds one project at a time
   * whatever the number of projects.
   */
  private static final class Result {
    final String display;
    RowCache.Row row;
    String errorReport = "";
    final List<String> written = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int ioErrors;
    boolean draft;
    boolean kept;

    Result(String display) {
      this.display = display;
    }
  }

  /** A project whose work threw or was abandoned: its one finding, no documents. */
  private static Result failed(ProjectFinder.Found f, Throwable t, Messages m) {
    Result r = new Result(f.display());
    String name = f.dir().getFileName() == null ? f.display() : f.dir().getFileName().toString();
    Checker.Checked checked =
        new Checker.Checked(
            new fr.fejdoc.model.Project(name, f.dir(), null, List.of()),
            List.of(Boundary.finding(t, Loc.of(f.display()), f.display())),
            f.display());
    r.row = RowCache.of(checked, null, m);
    r.errorReport = r.row.report();
    r.problems.add(m.text("build.problem.failed"));
    return r;
  }

  private Result build(ProjectFinder.Found f, Set<String> chosen, String request, Messages m) {
    Result r = new Result(f.display());
    // taken before the project is read: a file saved during the build makes the next one redo it
    String folderName = fr.fejdoc.load.ProjectLoader.name(f.dir(), f.display());
    ProjectWriter.Inputs inputs = Catalogue.inputs(f.dir(), out, folderName, !force);
    String fingerprint = inputs == null ? null : inputs.fingerprint();
    boolean complete = documents == null || documents.isEmpty();
    if (!force && complete && fingerprint != null) {
      String name = folderName;
      List<String> stamped = ProjectWriter.upToDate(fingerprint, request, out, name);
      RowCache.Row kept =
          stamped == null ? null : RowCache.read(out, name, fingerprint, stamped, m.lang());
      if (kept != null) {
        ProjectWriter.remember(inputs, out, name);
        r.row = kept;
        r.kept = true;
        r.written.addAll(stamped);
        return r;
      }
    }
    Checker.Checked checked =
        OutputFolder.guard(
            fr.fejdoc.write.LayoutRule.checker().check(f.dir(), f.display()), f.display());
    long errors = checked.count(Severity.ERROR);
    // a document not to be published is not written unless asked (see Publication); a project
    // with errors gets drafts (see ProjectWriter)
    ProjectWriter.Written w =
        ProjectWriter.write(checked, out, chosen, this::wanted, includeUnpublished, fingerprint);
    r.written.addAll(w.files());
    checked = checked.with(w.findings());
    String name = checked.project().name();
    List<String> built = checked.hasErrors() ? null : List.copyOf(r.written);
    r.row = RowCache.of(checked, built, m);
    if (fingerprint != null && built != null) {
      List<String> stamped = ProjectWriter.upToDate(fingerprint, request, out, name);
      if (built.equals(stamped)) {
        RowCache.write(out, name, fingerprint, built, m.lang(), r.row);
        ProjectWriter.remember(inputs, out, name);
      } else RowCache.forget(out, name);
    } else if (!OutputFolder.isReserved(name)) {
      RowCache.forget(out, name);
    }
    if (quiet) {
      Checker.Checked errorsOnly =
          new Checker.Checked(
              checked.project(),
              checked.findings().stream()
                  .filter(x -> x.severity() == Severity.ERROR && x.counts())
                  .toList(),
              checked.display());
      r.errorReport = RowCache.report(errorsOnly, m);
    }
    if (errors > 0) {
      String count = m.plural(errors, "build.errors", String.valueOf(errors));
      r.draft = w.draft() && !w.files().isEmpty();
      r.problems.add(
          m.text(
              r.draft ? "build.problem.drafts" : "build.problem.not-written", count, f.display()));
      if (w.draft() && !includeUnpublished) {
        // a consent that cannot be read (an error in the front matter) publishes nothing, not
        // even a draft: the output folder is copied to the server as it is
        fr.fejdoc.write.Publication consented = fr.fejdoc.write.Publication.of(checked.project());
        fr.fejdoc.write.Publication readable =
            fr.fejdoc.write.Publication.of(checked.project(), checked.findings());
        for (fr.fejdoc.model.Document d : checked.project().documents())
          if (consented.publishes(d) && !readable.publishes(d))
            r.problems.add(m.text("build.problem.no-draft", d.source().file()));
      }
    }
    long lost = w.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
    if (lost > 0) r.problems.add(m.plural(lost, "build.problem.lost", String.valueOf(lost)));
    r.ioErrors += w.ioErrors();
    return r;
  }

  private boolean wanted(String name) {
    if (documents == null || documents.isEmpty()) return true;
    for (String d : documents)
      if (name.equals(d) || name.startsWith(d + "-") || name.startsWith(d)) return true;
    return false;
  }
}

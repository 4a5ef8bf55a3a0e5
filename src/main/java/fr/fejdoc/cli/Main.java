package fr.fejdoc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code fejdoc} command and its subcommands. Its own options are given to picocli as a
 * specification ({@link #spec()}), like {@code check}'s: see {@link CheckCommand}.
 */
public final class Main implements Runnable {
  private CommandSpec spec;

  /** The top command's specification: its name, description and options. */
  private CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("fejdoc");
    // the headings and the description come from the message bundles (usage.*Heading,
    // fejdoc.usage.description): a help is printed only with them (see run)
    spec.usageMessage().descriptionHeading("%n");
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .descriptionKey("cli.fejdoc.help")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .descriptionKey("cli.fejdoc.version")
            .build());
    spec.addOption(
        OptionSpec.builder("--lang")
            .paramLabel(Labels.LANG)
            .type(String.class)
            .descriptionKey("cli.fejdoc.lang")
            .build());
    return spec;
  }

  /**
   * What {@code fejdoc --version} prints: fejdoc's version, the form registry's and the Java
   * runtime's, in French or (with {@code --lang en}) English.
   */
  static String[] versionLines(boolean english) {
    fr.fejdoc.check.Messages m =
        fr.fejdoc.check.Messages.of(
            english ? fr.fejdoc.check.Messages.Lang.EN : fr.fejdoc.check.Messages.Lang.FR);
    return java.util.stream.Stream.of(
            m.text("version.program", fr.fejdoc.report.Version.program()),
            m.text("version.registry", fr.fejdoc.report.Version.registry()),
            m.text("version.jdk", fr.fejdoc.report.Version.jdk()))
        .map(l -> l.replace("%", "%%")) // picocli formats each line
        .toArray(String[]::new);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * The subcommands, by name, in the order the help lists them. Only the one a command line names
   * is made (picocli reads every option of every subcommand it is given, a tenth of a second at
   * start); all of them for the general help, or an unknown name (picocli suggests the closest).
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS =
      commands();

  /** The subcommands' names, in the order the help lists them. */
  static java.util.Set<String> commandNames() {
    return COMMANDS.keySet();
  }

  private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("check", () -> new CheckCommand().spec());
    m.put("build", BuildCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("catalogue", fr.fejdoc.cli.CatalogueCommand::new);
    m.put("nouveau", NewCommand::new);
    m.put("importer", ImportCommand::new);
    m.put("apercu", PreviewCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Whether this command line prints a help: {@code --help} given to a command, or {@code fejdoc}
   * alone ({@link #run()}).
   */
  private static boolean printsHelp(CommandLine.ParseResult parsed) {
    if (!parsed.hasSubcommand()) return true;
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand())
      if (p.isUsageHelpRequested()) return true;
    return false;
  }

  /** Runs the command line and returns the exit code (0, 1 findings, 2 usage or I/O). */
  public static int run(String... args) {
    fr.fejdoc.write.docx.Ooxml.quietLogging(); // before POI or PDFBox log anything
    boolean english = NewCommand.english(args);
    Warmup.start(args, english);
    CommandLine cl = new CommandLine(new Main().spec());
    cl.getCommandSpec().versionProvider(() -> versionLines(english));
    String first = args.length > 0 ? args[0] : null;
    for (var c : COMMANDS.entrySet())
      if (first == null || !COMMANDS.containsKey(first) || c.getKey().equals(first))
        cl.addSubcommand(c.getKey(), c.getValue().get());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandSpec().userObject() instanceof ProjectsOptions.Reader r)
        r.projects().addTo(sub.getCommandSpec());
      sub.getCommandSpec().usageMessage().descriptionHeading("%n");
      sub.getCommandSpec()
          .addOption(
              CommandLine.Model.OptionSpec.builder("-h", "--help")
                  .usageHelp(true)
                  .descriptionKey("cli." + sub.getCommandName() + ".help")
                  .build());
    }
    // the help of every command comes from the message bundles: French, or English with --lang
    // en. Read only when a help is printed: a command run (a cold check) does not parse them.
    cl.setExecutionStrategy(
        parsed -> {
          try {
            if (printsHelp(parsed)) cl.setResourceBundle(NewCommand.bundle(english));
            return new CommandLine.RunLast().execute(parsed);
          } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
            throw e; // a command's own failure, a usage error: the handlers below
          } catch (RuntimeException e) {
            // a failure of the help or the version, outside any command: picocli would print
            // its trace
            return internalError(e, cl.getErr(), english);
          }
        });
    cl.setParameterExceptionHandler(new FrenchParameterErrors());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> internalError(e, commandLine.getErr(), english));
    try {
      return cl.execute(args);
    } catch (Throwable t) { // an Error outside any project's boundary: said, never a trace
      return stopped(t, english);
    }
  }

  /**
   * Says an exception no project's boundary caught, with a reference to report (its trace only with
   * {@code FEJDOC_DEBUG}), in French or English: exit code 2.
   */
  private static int internalError(Exception e, PrintWriter err, boolean english) {
    err.println(said(english, "cli.internal-error", fr.fejdoc.check.Boundary.reference(e)));
    if (System.getenv("FEJDOC_DEBUG") != null) e.printStackTrace(err);
    err.flush();
    return 2;
  }

  /**
   * Says an error that stopped the command (out of memory, call stack exhausted, or any other),
   * with a reference to report, in French or English: exit code 2. Its language was read from the
   * raw command line, so that an error before picocli has parsed it is said in it too.
   */
  private static int stopped(Throwable t, boolean english) {
    if (System.getenv("FEJDOC_DEBUG") != null) t.printStackTrace();
    String why =
        t instanceof OutOfMemoryError
            ? "cli.stopped.memory"
            : t instanceof StackOverflowError ? "cli.stopped.stack" : "cli.stopped.internal";
    String reference = fr.fejdoc.check.Boundary.reference(t);
    System.err.println(said(english, "cli.stopped", said(english, why), reference));
    return 2;
  }

  /**
   * A text of the bundles; when even that fails (no memory left to read them), the reference alone
   * (never a trace nor a class name).
   */
  private static String said(boolean english, String key, Object... args) {
    try {
      return fr.fejdoc.check.Messages.of(
              english ? fr.fejdoc.check.Messages.Lang.EN : fr.fejdoc.check.Messages.Lang.FR)
          .text(key, args);
    } catch (Throwable again) {
      return args.length == 0 ? "" : "fejdoc: " + args[args.length - 1];
    }
  }
}

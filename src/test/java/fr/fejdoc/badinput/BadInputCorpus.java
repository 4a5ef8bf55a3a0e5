package fr.fejdoc.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The bad-input corpus of {@code src/test/resources/badinput}: a valid base project, the cases laid
 * over it, and what {@code check} must report for each (cases.txt explains the format).
 */
final class BadInputCorpus {
  /** The project folder's name, and how its files are displayed in findings. */
  static final String PROJECT = "AP1_999";

  static final String EXPERIMENT = "experiment.yaml";
  static final String FINAL_REPORT = "restitution-finale.md";

  private static final Path ROOT = resource("/badinput");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  private BadInputCorpus() {}

  // ---- the index ------------------------------------------------------------------------------

  /** What a line of cases.txt says about a case. */
  enum Kind {
    /** A finding that must be reported. */
    EXPECTED,
    /** A finding the code should report but does not (yet): a suspected bug. */
    MISSING_BUG,
    /** A finding the code reports but should not: a suspected bug. */
    WRONG_BUG,
    /** No error and no warning. */
    CLEAN
  }

  /** One line of cases.txt. */
  record Expectation(
      Kind kind,
      String code,
      String file,
      int line,
      Integer column,
      Map<Integer, String> args,
      String message,
      int indexLine) {

    boolean matches(Finding f) {
      if (!f.code().name().equals(code)) return false;
      if (!f.loc().file().equals(file) || f.loc().line() != line) return false;
      if (column != null && f.loc().column() != column) return false;
      for (Map.Entry<Integer, String> a : args.entrySet()) {
        if (a.getKey() >= f.args().size()) return false;
        if (!argText(f.args().get(a.getKey())).equals(a.getValue())) return false;
      }
      return message == null || Messages.of(Messages.Lang.FR).format(f).contains(message);
    }

    @Override
    public String toString() {
      return (kind == Kind.MISSING_BUG ? "!" : "")
          + code
          + " at "
          + file
          + ":"
          + line
          + ":"
          + (column == null ? "-" : column)
          + (args.isEmpty() ? "" : " args " + args)
          + (message == null ? "" : " message ~ \"" + message + "\"")
          + " (cases.txt line "
          + indexLine
          + ")";
    }
  }

  /** A case and every line cases.txt gives for it. */
  record Case(String name, List<Expectation> lines) {
    /** True when the case shows a suspected bug of the main code. */
    boolean bug() {
      return lines.stream()
          .anyMatch(e -> e.kind() == Kind.MISSING_BUG || e.kind() == Kind.WRONG_BUG);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, Case> cases;

  /** Every case of cases.txt, in its order. */
  static synchronized Map<String, Case> cases() {
    if (cases == null) cases = parse(read(ROOT.resolve("cases.txt")));
    return cases;
  }

  static Case get(String name) {
    Case c = cases().get(name);
    if (c == null) throw new IllegalArgumentException("no case " + name + " in cases.txt");
    return c;
  }

  private static Map<String, Case> parse(String text) {
    Map<String, List<Expectation>> byCase = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cols = line.split("\\|", -1);
      for (int c = 0; c < cols.length; c++) cols[c] = cols[c].strip();
      if (cols.length < 2) throw new IllegalStateException("cases.txt:" + (i + 1) + ": " + line);
      byCase.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(expectation(cols, i + 1));
    }
    Map<String, Case> out = new LinkedHashMap<>();
    byCase.forEach((name, list) -> out.put(name, new Case(name, List.copyOf(list))));
    return out;
  }

  private static Expectation expectation(String[] cols, int indexLine) {
    String code = cols[1];
    Kind kind = Kind.EXPECTED;
    if (code.equals("CLEAN")) {
      return new Expectation(Kind.CLEAN, code, null, 0, null, Map.of(), null, indexLine);
    } else if (code.startsWith("!")) {
      kind = Kind.MISSING_BUG;
      code = code.substring(1);
    } else if (code.startsWith("~")) {
      kind = Kind.WRONG_BUG;
      code = code.substring(1);
    }
    Code.valueOf(code); // fails on a typo in cases.txt
    if (kind == Kind.WRONG_BUG) {
      return new Expectation(kind, code, null, 0, null, Map.of(), null, indexLine);
    }
    String where = cols.length > 2 ? cols[2] : "";
    String file;
    int line = 0;
    Integer column = 0;
    if (where.equals(".")) {
      file = PROJECT;
    } else {
      String[] parts = where.split(":");
      file = PROJECT + "/" + parts[0];
      if (parts.length > 1) {
        line = Integer.parseInt(parts[1]);
        column = parts.length > 2 && !parts[2].equals("-") ? Integer.valueOf(parts[2]) : null;
      }
    }
    Map<Integer, String> args = new TreeMap<>();
    if (cols.length > 3 && !cols[3].isEmpty()) {
      for (String a : cols[3].split(";")) {
        int eq = a.indexOf('=');
        args.put(Integer.parseInt(a.substring(0, eq).strip()), a.substring(eq + 1).strip());
      }
    }
    String message = cols.length > 4 && !cols[4].isEmpty() ? cols[4] : null;
    return new Expectation(kind, code, file, line, column, Map.copyOf(args), message, indexLine);
  }

  // ---- building a case's project ---------------------------------------------------------------

  /** A case built byte by byte (encodings, sizes, links) rather than from files. */
  @FunctionalInterface
  interface Generator {
    void apply(Path project) throws IOException;
  }

  static final Map<String, Generator> GENERATED =
      Map.ofEntries(
          Map.entry(
              "latin1-line3",
              p -> {
                // line 3 saved in Latin-1 (é = 0xE9) by an editor, the rest is UTF-8
                List<String> lines = new ArrayList<>(List.of(baseText(EXPERIMENT).split("\n")));
                lines.set(2, "thematique: Sécurisation des parcours");
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int i = 0; i < lines.size(); i++) {
                  Charset cs = i == 2 ? StandardCharsets.ISO_8859_1 : UTF_8;
                  b.writeBytes((lines.get(i) + "\n").getBytes(cs));
                }
                Files.write(p.resolve(EXPERIMENT), b.toByteArray());
              }),
          Map.entry(
              "utf16-bom",
              p ->
                  Files.write(
                      p.resolve(EXPERIMENT),
                      baseText(EXPERIMENT).getBytes(StandardCharsets.UTF_16))),
          Map.entry(
              "utf16le-no-bom",
              p ->
                  Files.write(
                      p.resolve(EXPERIMENT),
                      baseText(EXPERIMENT).getBytes(StandardCharsets.UTF_16LE))),
          Map.entry(
              "markdown-cp1252",
              p ->
                  Files.write(
                      p.resolve(FINAL_REPORT),
                      baseText(FINAL_REPORT).getBytes(Charset.forName("windows-1252")))),
          Map.entry(
              "deep-brackets",
              p ->
                  append(
                      p.resolve(EXPERIMENT),
                      "profond: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")),
          Map.entry(
              "deep-brackets-unclosed",
              p -> append(p.resolve(EXPERIMENT), "profond: " + "[".repeat(10_000) + "\n")),
          Map.entry(
              "deep-blocks",
              p -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 100; i++)
                  b.append("  ".repeat(i)).append("k").append(i).append(":\n");
                append(p.resolve(EXPERIMENT), b.toString());
              }),
          Map.entry(
              "too-large",
              p -> append(p.resolve(EXPERIMENT), ("# " + "x".repeat(98) + "\n").repeat(25_000))),
          Map.entry("no-experiment-yaml", p -> Files.delete(p.resolve(EXPERIMENT))),
          Map.entry(
              "experiment-yaml-folder",
              p -> {
                Files.delete(p.resolve(EXPERIMENT));
                Files.createDirectory(p.resolve(EXPERIMENT));
              }),
          Map.entry(
              "image-with-space-valid",
              p -> {
                Files.createDirectories(p.resolve("images"));
                // a whole 1×1 GIF: images are checked for what they are
                Files.writeString(
                    p.resolve("images/mon schéma.png"),
                    "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000,\u0000\u0000\u0000\u0000"
                        + "\u0001\u0000\u0001\u0000\u0000\u0002\u0002D\u0001\u0000;");
              }),
          Map.entry(
              "crlf-valid",
              p -> {
                Files.writeString(
                    p.resolve(EXPERIMENT), baseText(EXPERIMENT).replace("\n", "\r\n"), UTF_8);
                Files.writeString(
                    p.resolve(FINAL_REPORT), baseText(FINAL_REPORT).replace("\n", "\r\n"), UTF_8);
              }),
          Map.entry(
              "utf8-bom-valid",
              p -> {
                for (String f : List.of(EXPERIMENT, FINAL_REPORT)) {
                  ByteArrayOutputStream b = new ByteArrayOutputStream();
                  b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                  b.writeBytes(baseText(f).getBytes(UTF_8));
                  Files.write(p.resolve(f), b.toByteArray());
                }
              }),
          Map.entry(
              "image-symlink",
              p -> {
                // images/lien.png is a link to a file beside the project, not inside it
                Path secret = Files.writeString(p.resolveSibling("secret.png"), "secret");
                Files.createDirectories(p.resolve("images"));
                try {
                  Files.createSymbolicLink(p.resolve("images/lien.png"), secret);
                } catch (UnsupportedOperationException | IOException e) {
                  Assumptions.abort("symbolic links unavailable here: " + e);
                }
              }));

  /** Builds the project of {@code c} as {@code parent/AP1_999} and returns its folder. */
  static Path build(Case c, Path parent) throws IOException {
    return buildCase(c.name(), parent.resolve(PROJECT));
  }

  /** Builds the base project, valid, as {@code project}. */
  static Path buildBase(Path project) throws IOException {
    return buildCase(null, project);
  }

  /** Builds case {@code name} (or the base alone when null) as {@code project}. */
  private static Path buildCase(String name, Path project) throws IOException {
    Files.createDirectories(project);
    copyFiles(ROOT.resolve("base"), project);
    if (name != null) {
      Path overlay = ROOT.resolve("cases").resolve(name);
      if (Files.isDirectory(overlay)) copyFiles(overlay, project);
      Generator g = GENERATED.get(name);
      if (g != null) g.apply(project);
    }
    return project;
  }

  /** Names of the case folders under cases/. */
  static Set<String> caseFolders() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("cases"))) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static String baseText(String file) {
    return read(ROOT.resolve("base").resolve(file));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, UTF_8, StandardOpenOption.APPEND);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    URL url = BadInputCorpus.class.getResource(name);
    if (url == null) throw new IllegalStateException("missing test resource " + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- running check --------------------------------------------------------------------------

  /** What running something printed, returned or threw. */
  record Captured<T>(T value, Throwable thrown, String out, String err) {}

  /** A task that may throw anything. */
  @FunctionalInterface
  interface Task<T> {
    T run() throws Throwable;
  }

  /** Runs {@code task} with System.out and System.err captured; never lets anything escape. */
  static <T> Captured<T> captured(Task<T> task) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    T value = null;
    Throwable thrown = null;
    try {
      System.setOut(new PrintStream(out, true, UTF_8));
      System.setErr(new PrintStream(err, true, UTF_8));
      value = task.run();
    } catch (Throwable t) {
      thrown = t;
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Captured<>(value, thrown, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** Checks {@code project} and asserts that it neither threw nor printed anything. */
  static Checker.Checked checkQuietly(Path project) {
    Captured<Checker.Checked> run =
        captured(() -> fr.fejdoc.write.LayoutRule.checker().check(project, PROJECT));
    if (run.thrown() != null) {
      throw new AssertionError("check must never throw; it threw " + run.thrown(), run.thrown());
    }
    assertThat(run.out()).as("what check printed on System.out").isEmpty();
    assertThat(run.err()).as("what check printed on System.err").isEmpty();
    // every message can be written in both languages, its placeholders all filled
    for (Finding f : run.value().findings()) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        assertThat(Messages.of(lang).format(f))
            .as("%s message of %s", lang, f)
            .doesNotContainPattern(PLACEHOLDER);
      }
    }
    return run.value();
  }

  /**
   * Builds and checks case {@code name}, then compares its errors and warnings with cases.txt. When
   * {@code demandFixes}, suspected bugs must be fixed: "!" lines are required and "~" findings
   * forbidden; otherwise both are tolerated.
   */
  static void verify(String name, Path parent, boolean demandFixes) throws IOException {
    Case c = get(name);
    Path project = build(c, parent);
    Checker.Checked checked = checkQuietly(project);

    List<Expectation> required = new ArrayList<>();
    Set<String> tolerated = new TreeSet<>();
    for (Expectation e : c.lines()) {
      switch (e.kind()) {
        case EXPECTED -> required.add(e);
        case MISSING_BUG -> {
          if (demandFixes) required.add(e);
          else tolerated.add(e.code());
        }
        case WRONG_BUG -> {
          if (!demandFixes) tolerated.add(e.code());
        }
        case CLEAN -> {}
      }
    }
    List<Finding> remaining = new ArrayList<>();
    for (Finding f : checked.findings()) if (f.severity() != Severity.INFO) remaining.add(f);

    List<String> problems = new ArrayList<>();
    for (Expectation e : required) {
      Finding match = remaining.stream().filter(e::matches).findFirst().orElse(null);
      if (match == null) problems.add("missing: " + e);
      else remaining.remove(match);
    }
    for (Finding f : remaining) {
      if (!tolerated.contains(f.code().name())) problems.add("unexpected: " + describe(name, f));
    }
    if (!problems.isEmpty()) {
      fail(
          "case "
              + name
              + ":\n  "
              + String.join("\n  ", problems)
              + "\nall findings, as cases.txt lines:\n  "
              + checked.findings().stream()
                  .map(f -> describe(name, f))
                  .collect(Collectors.joining("\n  ")));
    }
  }

  /** A finding written as a line of cases.txt, with its French message. */
  static String describe(String name, Finding f) {
    String file = f.loc().file();
    if (file.startsWith(PROJECT + "/")) file = file.substring(PROJECT.length() + 1);
    else if (file.equals(PROJECT)) file = ".";
    String where =
        f.loc().line() == 0 ? file : file + ":" + f.loc().line() + ":" + f.loc().column();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < f.args().size(); i++) args.add(i + "=" + argText(f.args().get(i)));
    return name
        + " | "
        + f.code().name()
        + " | "
        + where
        + " | "
        + String.join("; ", args)
        + " | "
        + Messages.of(Messages.Lang.FR).format(f)
        + " ["
        + f.severity()
        + "]";
  }

  /** A message argument as cases.txt writes it. */
  static String argText(Object arg) {
    if (arg instanceof Localized l) return l.fr();
    if (arg instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(arg);
  }
}

package fr.fejdoc.fuzz;

import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties every fuzz target checks on the findings it gets: each is located (a file as
 * displayed; a line and column in it unless the finding is about the whole file or folder), points
 * inside the text it was read from, and has a message in both languages that names no exception and
 * no absolute path of this machine.
 */
final class FuzzChecks {
  private FuzzChecks() {}

  /**
   * Findings about a whole file or folder, or about a stage of the build rather than a place in the
   * holder's text: the only ones allowed line 0 ({@link Loc#of}).
   */
  static final Set<Code> WHOLE_FILE =
      EnumSet.of(
          Code.FILE_UNREADABLE,
          Code.YAML_TOO_LARGE,
          Code.PROJECT_EMPTY,
          Code.SUMS_DEFERRED,
          Code.DOSSIER_FORMAT,
          Code.DOSSIER_ABSENT,
          Code.DOSSIER_FOLDER,
          Code.LINK_OUTSIDE,
          Code.IMAGE_TOO_LARGE,
          Code.IMAGE_REDUCED,
          Code.TEMPLATE_FAILURE,
          Code.TEMPLATE_BUDGET,
          Code.TIME_BUDGET,
          Code.RESOURCES_EXHAUSTED,
          Code.WRITE_FAILED,
          Code.INTERNAL_ERROR);

  /** Findings that are bugs of fejdoc whatever the input: a fuzz target fails on them. */
  static final Set<Code> BUGS = EnumSet.of(Code.INTERNAL_ERROR, Code.RESOURCES_EXHAUSTED);

  /** The fuzzer's bytes as text: UTF-8, malformed sequences replaced (the loaders take text). */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Lines of {@code text} as an editor counts them (CR LF, CR or LF end a line). */
  static int lines(String text) {
    return fr.fejdoc.model.SourceText.editorLines(text);
  }

  /**
   * Fails unless every finding is located in one of {@code files} (file as displayed to its number
   * of lines; a file absent from the map is accepted with any line), with a message that renders.
   * {@code forbidden} are texts no message may contain (the absolute path of a temporary folder).
   */
  static void check(List<Finding> findings, Map<String, Integer> files, String... forbidden) {
    for (Finding f : findings) {
      located(f, files);
      messages(f, forbidden);
    }
  }

  static void located(Finding f, Map<String, Integer> files) {
    if (f == null) throw new AssertionError("null finding");
    Loc loc = f.loc();
    if (loc == null) throw broken("finding without location", f, "");
    if (loc.file() == null || loc.file().isBlank()) throw broken("finding without file", f, "");
    if (loc.line() < 0 || loc.column() < 0) throw broken("negative line or column", f, "");
    if (loc.line() == 0) {
      if (!WHOLE_FILE.contains(f.code()))
        throw broken("finding without line (only whole-file findings may be)", f, "");
      return;
    }
    if (loc.column() < 1) throw broken("finding with a line but no column", f, "");
    if (!files.isEmpty() && !files.containsKey(loc.file()) && !isFolderOf(loc.file(), files))
      throw broken("finding in a file that was not read", f, " (files " + files.keySet() + ")");
    Integer lines = files.get(loc.file());
    if (lines != null && loc.line() > lines)
      throw broken("finding past the end of its file", f, " (" + lines + " lines)");
  }

  private static boolean isFolderOf(String file, Map<String, Integer> files) {
    for (String f : files.keySet()) if (f.startsWith(file + "/")) return true;
    return false;
  }

  static void messages(Finding f, String... forbidden) {
    for (Object a : f.args()) {
      if (a instanceof Throwable) throw broken("a finding carries an exception as argument", f, "");
    }
    for (Messages.Lang lang : Messages.Lang.values()) {
      String m = Messages.of(lang).format(f);
      if (m == null || m.isBlank()) throw broken("empty " + lang + " message", f, "");
      for (String s : forbidden) {
        if (s != null && !s.isEmpty() && m.contains(s))
          throw broken("message names a path of this machine", f, ": " + m);
      }
    }
  }

  static String french(Finding f) {
    try {
      return Messages.of(Messages.Lang.FR).format(f);
    } catch (RuntimeException e) {
      return "(message: " + e + ")";
    }
  }

  /**
   * What the project boundary ({@link Boundary}) makes of {@code t}: a finding of a known kind
   * (given by a {@link fr.fejdoc.model.finding.FindingException}, a spent deadline) is checked like
   * any other; a bug of fejdoc ({@link #BUGS}: any other exception, exhausted stack or memory) is
   * rethrown as is, so that the fuzzer reports it with its stack.
   */
  static Finding atBoundary(Throwable t, Loc where, String what, Map<String, Integer> files)
      throws Throwable {
    Finding f = Boundary.finding(t, where, what);
    if (BUGS.contains(f.code())) throw t;
    located(f, files);
    messages(f);
    return f;
  }

  /** Fails on a finding that the boundary gives for a bug (thrown, then caught and reported). */
  static void noBugFindings(List<Finding> findings) {
    for (Finding f : findings) {
      if (BUGS.contains(f.code())) throw broken("bug reported as a finding", f, "");
    }
  }

  /**
   * The failure of a property, with its finding and French message. Its stack starts with a frame
   * naming the property and the finding's code, so that Jazzer (which tells findings apart by their
   * stack) keeps one input per kind of broken finding when asked to go on after the first.
   */
  static AssertionError broken(String property, Finding f, String detail) {
    AssertionError e = new AssertionError(property + ": " + f + detail + " — " + french(f));
    StackTraceElement[] stack = e.getStackTrace();
    StackTraceElement[] marked = new StackTraceElement[stack.length + 1];
    marked[0] =
        new StackTraceElement(
            "fuzz.property." + property.replaceAll("[^A-Za-z]+", "_"),
            String.valueOf(f.code()),
            null,
            -1);
    System.arraycopy(stack, 0, marked, 1, stack.length);
    e.setStackTrace(marked);
    return e;
  }
}

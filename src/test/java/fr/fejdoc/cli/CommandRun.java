package fr.fejdoc.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Test helper: runs the command line in this JVM and keeps its exit code, stdout and stderr. */
public final class CommandRun {
  private CommandRun() {}

  /** What one run gave. */
  public record Run(int code, String out, String err) {}

  /**
   * Standard error without the lines the fuzzing agent writes when it instruments a class loaded
   * during the run (the fuzz execution of the tests): they are not the program's.
   */
  private static String withoutAgent(ByteArrayOutputStream e) {
    return e.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.startsWith("INFO: Instrumented "))
        .map(l -> l + "\n")
        .collect(java.util.stream.Collectors.joining());
  }

  /** Runs {@code fejdoc args...} through {@link Main#run}, with stdout and stderr captured. */
  public static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), withoutAgent(e));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}

package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Main} says of a failure no project's boundary caught: a command's own exception, a
 * failure while the version is printed (outside any command: picocli would print its trace), an
 * error that stops the program (out of memory, call stack exhausted). In French by default, in
 * English with {@code --lang en} or {@code --lang=en}; a reference to report, exit code 2, never a
 * trace nor a class name. The failures are made by a standard output that throws when written.
 */
class MainFailureTest {
  @TempDir Path tmp;

  private static final String SECRET = "secret-detail-of-the-failure";

  /** Runs {@code args} with a standard output that throws what {@code failure} gives. */
  private static CommandRun.Run runFailing(Supplier<Throwable> failure, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    OutputStream throwing =
        new OutputStream() {
          @Override
          public void write(int b) {
            throwIt(failure.get());
          }

          @Override
          public void write(byte[] b, int off, int len) {
            throwIt(failure.get());
          }
        };
    System.setOut(new PrintStream(throwing, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new CommandRun.Run(code, "", e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static void throwIt(Throwable t) {
    if (t instanceof RuntimeException r) throw r;
    throw (Error) t;
  }

  /** One line, a reference, no trace, no class name, no detail of the failure. */
  private static String oneLine(CommandRun.Run r) {
    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.err().lines().filter(l -> !l.startsWith("INFO: Instrumented ")).toList();
    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(line)
        .doesNotContain(SECRET)
        .doesNotContain("Exception")
        .doesNotContain("Error")
        .doesNotContain("java.")
        .doesNotContain("\tat ")
        .containsPattern("\\((référence|reference) E[0-9A-F]{6}\\)");
    return line;
  }

  private static final List<String> FRENCH =
      List.of("erreur", "référence", "mémoire", "pile", "arrêtée", "merci", " de ", " la ");

  private static void english(String line) {
    assertThat(line).startsWith("fejdoc: ");
    for (String w : FRENCH)
      assertThat(line.toLowerCase(java.util.Locale.ROOT)).as(line).doesNotContain(w);
  }

  @Test
  void aCommandsOwnFailureIsSaidInTheLanguageAsked() {
    Supplier<Throwable> f = () -> new IllegalStateException(SECRET);
    String out = tmp.resolve("out").toString();
    String fr = oneLine(runFailing(f, "generate", "--count", "0", "--out", out));
    assertThat(fr)
        .startsWith("fejdoc : erreur interne (référence ")
        .contains("Merci de la signaler");
    String en = oneLine(runFailing(f, "generate", "--count", "0", "--out", out, "--lang", "en"));
    assertThat(en).startsWith("fejdoc: internal error (reference ").contains("Please report it");
    english(en);
    assertThat(oneLine(runFailing(f, "generate", "--count=0", "--out=" + out, "--lang=en")))
        .isEqualTo(en);
  }

  @Test
  void aFailureOfTheVersionIsSaidWithoutATrace() {
    Supplier<Throwable> f = () -> new IllegalStateException(SECRET);
    String fr = oneLine(runFailing(f, "--version"));
    assertThat(fr).startsWith("fejdoc : erreur interne (référence ");
    String en = oneLine(runFailing(f, "--lang", "en", "--version"));
    assertThat(en).startsWith("fejdoc: internal error (reference ");
    english(en);
  }

  @Test
  void anErrorThatStopsTheCommandIsSaidInTheLanguageAsked() {
    Supplier<Throwable> memory = () -> new OutOfMemoryError(SECRET);
    Supplier<Throwable> stack = () -> new StackOverflowError(SECRET);
    Supplier<Throwable> other = () -> new LinkageError(SECRET);
    assertThat(oneLine(runFailing(memory, "--version")))
        .startsWith("fejdoc : mémoire insuffisante (référence ")
        .contains("la commande est arrêtée");
    assertThat(oneLine(runFailing(stack, "--version")))
        .startsWith("fejdoc : pile d'appels épuisée (référence ");
    assertThat(oneLine(runFailing(other, "--version")))
        .startsWith("fejdoc : erreur interne (référence ");
    String en = oneLine(runFailing(memory, "--version", "--lang", "en"));
    assertThat(en)
        .startsWith("fejdoc: out of memory (reference ")
        .contains("the command is stopped");
    english(en);
    en = oneLine(runFailing(stack, "--lang=en", "--version"));
    assertThat(en).startsWith("fejdoc: call stack exhausted (reference ");
    english(en);
    en = oneLine(runFailing(other, "--version", "--lang=en"));
    assertThat(en).startsWith("fejdoc: internal error (reference ");
    english(en);
    // a command's own
    String out = tmp.resolve("out").toString();
    en = oneLine(runFailing(memory, "generate", "--count", "0", "--out", out, "--lang", "en"));
    assertThat(en).startsWith("fejdoc: out of memory (reference ");
    english(en);
  }
}

package fr.fejdoc.check;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import fr.fejdoc.model.finding.Localized;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The wall around one project's work (loading, checking, assembling, writing a file): whatever is
 * thrown inside, {@link StackOverflowError} and {@link OutOfMemoryError} included, comes out as one
 * located French finding for that project, and the run goes on with the others. A {@link
 * FindingException} gives its own finding; a spent {@link Deadline} gives {@link Code#TIME_BUDGET};
 * exhausted stack or memory {@link Code#RESOURCES_EXHAUSTED}; anything else is a bug of fejdoc,
 * {@link Code#INTERNAL_ERROR} with a short reference to report (the trace itself only with {@code
 * FEJDOC_DEBUG} set). No exception class name and no absolute path reaches the message.
 */
public final class Boundary {
  private Boundary() {}

  /** Work that may throw anything. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  /** What came out of the work: its value, or the finding that stopped it. */
  public record Outcome<T>(T value, Finding failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * The time one project may take (loading, checking, every document in every format): {@code
   * FEJDOC_BUDGET_SECONDS} in the environment or the {@code fejdoc.budget.seconds} property, else
   * 120 s (the largest real notes take well under 2 s).
   */
  public static Duration projectBudget() {
    String s = System.getProperty("fejdoc.budget.seconds", System.getenv("FEJDOC_BUDGET_SECONDS"));
    if (s != null) {
      try {
        long v = Long.parseLong(s.strip());
        if (v > 0) return Duration.ofSeconds(v);
      } catch (NumberFormatException e) {
        // the default below
      }
    }
    return Duration.ofSeconds(120);
  }

  /**
   * Runs {@code work}; a throwable becomes a finding at {@code where} about {@code what} (the
   * document, file or stage concerned, as the holder knows it: "restitution-finale.pdf").
   */
  public static <T> Outcome<T> run(Loc where, String what, Work<T> work) {
    try {
      return new Outcome<>(work.run(), null);
    } catch (Throwable t) {
      return new Outcome<>(null, finding(t, where, what));
    }
  }

  /** The finding for {@code t}, thrown while working on {@code what} at {@code where}. */
  public static Finding finding(Throwable t, Loc where, String what) {
    if (t instanceof FindingException f) return f.finding();
    if (t instanceof Deadline.Exceeded d)
      return Finding.of(Code.TIME_BUDGET, where, what, d.seconds());
    if (t instanceof StackOverflowError)
      return Finding.of(
          Code.RESOURCES_EXHAUSTED,
          where,
          what,
          new Localized(
              "le texte est trop imbriqué pour être construit (pile d'appels épuisée).",
              "the text is nested too deeply to be built (call stack exhausted)."));
    if (t instanceof OutOfMemoryError)
      return Finding.of(
          Code.RESOURCES_EXHAUSTED,
          where,
          what,
          new Localized(
              "la mémoire ne suffit pas pour construire ce document.",
              "there is not enough memory to build this document."));
    if (t instanceof InterruptedException) Thread.currentThread().interrupt();
    if (System.getenv("FEJDOC_DEBUG") != null) t.printStackTrace();
    return Finding.of(Code.INTERNAL_ERROR, where, what, reference(t));
  }

  /**
   * A short reference for a bug, the same for the same failure at the same place in the code
   * (exception type and the first frames of fejdoc), so that reports of one bug can be matched.
   */
  public static String reference(Throwable t) {
    StringBuilder key = new StringBuilder(t.getClass().getName());
    int frames = 0;
    for (StackTraceElement e : t.getStackTrace()) {
      if (!e.getClassName().startsWith("fr.fejdoc.")) continue;
      key.append('|').append(e.getClassName()).append('.').append(e.getMethodName());
      key.append(':').append(e.getLineNumber());
      if (++frames == 3) break;
    }
    int h = key.toString().hashCode();
    return "E" + HexFormat.of().withUpperCase().toHexDigits(h).substring(2);
  }
}

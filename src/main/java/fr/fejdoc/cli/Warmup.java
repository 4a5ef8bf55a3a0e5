package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;

/**
 * Start-up work done beside the command line's parsing, on the second core: the initialisations
 * every command that reads projects pays once, whichever project it reads. Measured at a cold
 * {@code check} (bench/README.md): the Markdown parser's set-up and first parse (~17 ms), {@code
 * BigDecimal}'s own class initialisation (the JDK squares 5 sixteen times, ~16 ms before the
 * compiler helps) and the message texts (~3 ms) — while picocli reads the command line on the main
 * thread. picocli is quick since {@code check} no longer gives it annotations to read (see {@link
 * CheckCommand}): the main thread then often reaches the checks' first decimal before this thread
 * has done the Markdown parser, and initialises {@code BigDecimal} itself, beside it.
 *
 * <p>Only initialisations that cannot wait on one of the main thread's: a class initialised here
 * and needed there makes the main thread wait for it, never the other way round. The Markdown
 * parser is entered only through {@code Markdown}, whose initialisation takes every class of the
 * parser it uses; {@code BigDecimal} and the texts depend on nothing of fejdoc's.
 *
 * <p>{@code -Dfejdoc.warmup=off} turns it off, to measure it side by side (bench/README.md).
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up for a command line that reads projects; nothing for the others. */
  static void start(String[] args, boolean english) {
    if (args.length == 0 || "off".equals(System.getProperty("fejdoc.warmup"))) return;
    switch (args[0]) {
      case "check", "build", "catalogue", "apercu", "importer" -> {}
      default -> {
        return;
      }
    }
    Thread t =
        new Thread(
            () -> {
              try {
                // in the order the command needs them: the Markdown parser as soon as the first
                // project is read, the decimals when it is checked, the texts to report
                Class.forName("fr.fejdoc.load.Markdown", true, Warmup.class.getClassLoader());
                java.math.BigDecimal.ONE.signum();
                Messages.of(english ? Messages.Lang.EN : Messages.Lang.FR);
              } catch (Throwable ignored) {
                // the main thread meets the same failure, if any, where it is reported
              }
            },
            "fejdoc-warmup");
    t.setDaemon(true);
    t.start();
  }
}

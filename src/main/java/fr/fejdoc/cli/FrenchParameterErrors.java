package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's own parse errors are English: say them in French (or in English with {@code --lang
 * en}), with the fix, exit code 2.
 */
final class FrenchParameterErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    boolean english = NewCommand.english(args);
    Messages m = Messages.of(english ? Messages.Lang.EN : Messages.Lang.FR);
    CommandLine cl = e.getCommandLine();
    // the value labels (see Labels) in English; in French they are the labels' own defaults
    if (english) cl.setResourceBundle(NewCommand.bundle(true));
    PrintWriter err = cl.getErr();
    err.println(m.text("cli.parse.error", said(m, e)));
    String name = cl.getCommandSpec().qualifiedName();
    err.println(m.text("cli.parse.see-help", name));
    return 2;
  }

  /** The parse error in the language of {@code m}. */
  static String said(Messages m, ParameterException e) {
    if (e instanceof UnmatchedArgumentException u) {
      String arg = u.getUnmatched().isEmpty() ? "?" : u.getUnmatched().get(0);
      String s =
          m.text(arg.startsWith("-") ? "cli.parse.unknown-option" : "cli.parse.unexpected", arg);
      if (!u.getSuggestions().isEmpty())
        s = m.text("cli.parse.did-you-mean", s, String.join(", ", u.getSuggestions()));
      return s;
    }
    if (e instanceof MissingParameterException p) {
      return m.text(
          "cli.parse.missing",
          p.getMissing().isEmpty()
              ? m.text("cli.parse.an-option")
              : p.getMissing().get(0).paramLabel());
    }
    if (e instanceof OverwrittenOptionException o) {
      return m.text(
          "cli.parse.twice",
          o.getOverwritten() instanceof CommandLine.Model.OptionSpec opt
              ? opt.longestName()
              : o.getOverwritten().paramLabel());
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return m.text("cli.parse.invalid-value", e.getValue(), e.getArgSpec().paramLabel());
    }
    return m.text("cli.parse.invalid", e.getMessage());
  }
}

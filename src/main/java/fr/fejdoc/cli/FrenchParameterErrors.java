package fr.fejdoc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's own parse errors are English: say them in French, with the fix, exit code 2. */
final class FrenchParameterErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("fejdoc : " + french(e));
    String name = cl.getCommandSpec().qualifiedName();
    err.println("Voir « " + name + " --help » pour l'utilisation.");
    return 2;
  }

  static String french(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u) {
      String arg = u.getUnmatched().isEmpty() ? "?" : u.getUnmatched().get(0);
      String s = arg.startsWith("-") ? "option inconnue : " + arg : "argument inattendu : " + arg;
      if (!u.getSuggestions().isEmpty())
        s += " (vouliez-vous dire " + String.join(", ", u.getSuggestions()) + " ?)";
      return s;
    }
    if (e instanceof MissingParameterException m) {
      StringBuilder b = new StringBuilder("valeur manquante pour ");
      b.append(m.getMissing().isEmpty() ? "une option" : m.getMissing().get(0).paramLabel());
      return b.toString();
    }
    if (e instanceof OverwrittenOptionException o) {
      return "option donnée plusieurs fois : "
          + (o.getOverwritten() instanceof CommandLine.Model.OptionSpec opt
              ? opt.longestName()
              : o.getOverwritten().paramLabel());
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return "valeur invalide « " + e.getValue() + " » pour " + e.getArgSpec().paramLabel();
    }
    return "ligne de commande invalide (" + e.getMessage() + ")";
  }
}

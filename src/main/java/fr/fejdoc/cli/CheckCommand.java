package fr.fejdoc.cli;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.report.Reporter;
import fr.fejdoc.report.Summary;
import fr.fejdoc.write.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fejdoc check}: validates projects and reports every finding. */
@Command(
    name = "check",
    description = {
      "Vérifie les projets : lecture des fichiers, totaux des tableaux, parts de financement,"
          + " bilan, sections des documents.",
      "Code de sortie : 0 sans erreur, 1 erreurs trouvées, 2 problème d'utilisation ou de"
          + " lecture."
    })
public final class CheckCommand implements Callable<Integer> {
  @Mixin ProjectsOptions projects;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (par défaut), json, github (annotations) ou junit (rapport XML).")
  String format;

  @Option(
      names = "--strict",
      description =
          "Les avertissements et les constats acceptés (constats_acceptes) font aussi échouer la"
              + " vérification.")
  boolean strict;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FICHIER",
      description = "Écrit le rapport dans ce fichier plutôt que sur la sortie standard.")
  Path output;

  @Override
  public Integer call() {
    Messages m = projects.messages();
    if (!List.of("text", "json", "github", "junit").contains(format)) {
      System.err.println(m.text("cli.bad-format", format));
      return 2;
    }
    List<ProjectFinder.Found> found;
    try {
      found = projects.projects();
    } catch (IOException e) {
      System.err.println(m.text("cli.no-folder", e.getMessage(), IoMessages.french(e)));
      return 2;
    }
    List<Checker.Checked> results = Batch.check(found);
    try {
      write(results, m);
    } catch (IOException e) {
      System.err.println(
          m.text("cli.cannot-write", String.valueOf(output), IoMessages.frenchWrite(e)));
      return 2;
    }
    return Summary.of(results).fails(strict) ? 1 : 0;
  }

  private void write(List<Checker.Checked> results, Messages m) throws IOException {
    Reporter reporter = Reporter.of(format);
    if (output == null) {
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
      reporter.write(results, m, strict, out);
      out.flush();
      return;
    }
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    reporter.write(results, m, strict, out);
    out.flush();
    AtomicFiles.write(output, buffer.toString().getBytes(StandardCharsets.UTF_8));
    if (!format.equals("text")) System.err.println(Summary.of(results).line(m));
  }
}

package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import fr.fejdoc.synth.SyntheticProjects;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fejdoc generate}: writes valid synthetic projects for tests and benchmarks. */
// its help: fejdoc.generate.usage.* and cli.generate.* in the message bundles
@Command(name = "generate")
public final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "10",
      descriptionKey = "cli.generate.count")
  int count;

  @Option(
      names = "--seed",
      paramLabel = Labels.SEED,
      defaultValue = "1",
      descriptionKey = "cli.generate.seed")
  long seed;

  @Option(
      names = "--out",
      paramLabel = Labels.FOLDER,
      required = true,
      descriptionKey = "cli.generate.out")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = Labels.LANG,
      defaultValue = "fr",
      descriptionKey = "cli.generate.lang")
  String lang;

  @Override
  public Integer call() {
    Messages m = Messages.of(Messages.Lang.parse(lang == null ? "fr" : lang));
    if (count < 0 || count > SyntheticProjects.MAX_COUNT) {
      System.err.println(
          m.text(
              "generate.bad-count",
              String.valueOf(SyntheticProjects.MAX_COUNT),
              String.valueOf(count)));
      return 2;
    }
    try {
      SyntheticProjects.generate(out, count, seed);
    } catch (IOException e) {
      System.err.println(m.text("generate.cannot-write", out, reason(m, e)));
      return 2;
    }
    System.out.println(m.plural(count, "generate.done", String.valueOf(count), out));
    return 0;
  }

  /** A plain reason for a write failure in the language of {@code m} (never a stack trace). */
  static String reason(Messages m, IOException e) {
    String where =
        e instanceof FileSystemException fse && fse.getFile() != null
            ? " (" + fse.getFile() + ")"
            : "";
    if (e instanceof AccessDeniedException) return m.text("generate.why.denied", where);
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return m.text("generate.why.exists", where);
    }
    if (e instanceof NoSuchFileException) return m.text("generate.why.missing", where);
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return m.text("generate.why.file-system", fse.getReason(), where);
    }
    return m.whyWrite(e); // in words, never the exception's class name
  }
}

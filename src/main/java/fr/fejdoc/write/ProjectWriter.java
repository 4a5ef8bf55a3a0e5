package fr.fejdoc.write;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.document.assemble.TemplateEngine;
import fr.fejdoc.load.IoMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the documents of a checked project into {@code <output>/<project>/}, each in the formats
 * asked, and stamps the folder ({@value #STAMP}) with the fingerprint of the inputs they come from
 * and the files written. The catalogue links only stamped files whose fingerprint still matches the
 * project, so that a figure in the catalogue and in a linked document never disagree.
 */
public final class ProjectWriter {
  /** The stamp file in each project's output folder. */
  public static final String STAMP = ".fejdoc-build";

  private ProjectWriter() {}

  /** What was written: file names (in the project's output folder) and French problems. */
  public record Written(List<String> files, List<String> problems, int ioErrors) {}

  /**
   * Writes every wanted document of {@code checked} (which must have no error) in every format of
   * {@code formats} that accepts it. The folder is stamped when every document was asked for and
   * written; otherwise its stamp is removed (its files no longer all come from the same inputs).
   */
  public static Written write(
      Checker.Checked checked, Path output, Set<String> formats, Predicate<String> wanted) {
    return write(checked, output, formats.stream().map(f -> Writers.all().get(f)).toList(), wanted);
  }

  /** The same with the given writers (a format each). */
  static Written write(
      Checker.Checked checked,
      Path output,
      List<DocumentWriter> writers,
      Predicate<String> wanted) {
    List<String> files = new ArrayList<>(), problems = new ArrayList<>();
    int ioErrors = 0;
    List<Assembler.Assembled> docs;
    try {
      docs = Assembler.assemble(checked.project());
    } catch (RuntimeException e) {
      problems.add(internal("documents", e));
      return new Written(files, problems, 0);
    } catch (TemplateEngine.TemplateFailure e) {
      problems.add(
          "modèle "
              + e.source()
              + (e.line() > 0 ? ":" + e.line() : "")
              + " : "
              + e.getMessage().strip().lines().findFirst().orElse(""));
      return new Written(files, problems, 0);
    }
    Resources resources = Resources.folder(checked.project().dir());
    Path dir = output.resolve(checked.project().name());
    boolean all = true;
    for (Assembler.Assembled a : docs) {
      if (!wanted.test(a.name())) {
        all = false;
        continue;
      }
      for (DocumentWriter w : writers) {
        if (!w.accepts(a.name())) continue;
        String file = a.name() + "." + w.extension();
        try {
          AtomicFiles.write(dir.resolve(file), w.write(a.doc(), resources));
          files.add(file);
        } catch (IOException e) {
          problems.add(
              "écriture impossible de " + dir.resolve(file) + " (" + IoMessages.french(e) + ")");
          ioErrors++;
        } catch (RuntimeException e) {
          // a bug of a writer: this file is missing, the others are written
          problems.add(internal(file, e));
          all = false;
        }
      }
    }
    try {
      if (all && ioErrors == 0) {
        stamp(checked.project().dir(), dir, files);
      } else {
        Files.deleteIfExists(dir.resolve(STAMP));
      }
    } catch (IOException e) {
      problems.add(
          "écriture impossible de " + dir.resolve(STAMP) + " (" + IoMessages.french(e) + ")");
      ioErrors++;
    }
    return new Written(files, problems, ioErrors);
  }

  /** The message of an internal error (a bug), which the holder is asked to report. */
  private static String internal(String what, RuntimeException e) {
    if (System.getenv("FEJDOC_DEBUG") != null) e.printStackTrace();
    return "erreur interne en écrivant " + what + " (" + e + ") ; merci de la signaler.";
  }

  /** Stamps {@code dir}: its {@code files} come from the current inputs of {@code projectDir}. */
  public static void stamp(Path projectDir, Path dir, List<String> files) throws IOException {
    String stamp = fingerprint(projectDir) + "\n" + String.join("\n", files) + "\n";
    AtomicFiles.write(dir.resolve(STAMP), stamp.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The files of {@code <output>/<project>/} written from the project's current inputs, by the
   * running program; null when there is no stamp, it no longer matches, or a file it lists is gone
   * (the documents must be built again).
   */
  public static List<String> upToDate(Path projectDir, Path output, String project) {
    Path stamp = output.resolve(project).resolve(STAMP);
    if (!Files.isRegularFile(stamp)) return null;
    try {
      List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(fingerprint(projectDir))) return null;
      List<String> files =
          lines.subList(1, lines.size()).stream().filter(f -> !f.isBlank()).toList();
      // a file removed since: built again like the rest
      for (String f : files)
        if (!Files.isRegularFile(output.resolve(project).resolve(f))) return null;
      return files;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * SHA-256 of what the documents are made from: the program (its jar: code, templates and fonts)
   * and every file of the project folder (its facts, narrative, images and templates), by relative
   * path; bounded and streamed, links never followed (see {@link Fingerprint}).
   */
  static String fingerprint(Path projectDir) throws IOException {
    return Fingerprint.of(projectDir, PROGRAM);
  }

  /**
   * The running program's identity: its jar's size and time (a new jar, with other code, templates
   * or fonts, has another), or "classes" when run unpacked. Cheaper than hashing the 30 MB jar on
   * every run; a jar rebuilt unchanged only costs one more build of the documents.
   */
  private static final String PROGRAM = program();

  private static String program() {
    try {
      Path code =
          Path.of(ProjectWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(code)) return "classes";
      return "jar " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package fr.fejdoc.catalogue;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.TextReporter;
import fr.fejdoc.text.RecordJson;
import fr.fejdoc.text.Sha256;
import fr.fejdoc.write.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run needs of a sound project once its documents are built, kept beside them so that the
 * next run over unchanged inputs reads none of the project again: its catalogue row, its findings
 * as {@code build} and {@code check} print them, and their counts. One file per language ({@value
 * #PREFIX}{@code fr}, {@code en}) in the project's output folder, valid while the folder's stamp
 * (see {@code ProjectWriter}) records the same fingerprint and files: its first line says which.
 *
 * <p>Only fejdoc writes it, through a temporary file; a cache that cannot be read back exactly (cut
 * short, edited, from another version) is ignored and the project is read again, never trusted
 * half-way.
 */
public final class RowCache {
  /** The cache file's name, followed by the language. */
  public static final String PREFIX = ".fejdoc-ligne-";

  private static final long MAX_BYTES = 16L * 1024 * 1024;

  /**
   * A project as a run reports it: its catalogue row, its findings as printed (grouped by file, in
   * the run's language) and their counts.
   */
  public record Row(
      CatalogueEntry entry,
      String report,
      long errors,
      long warnings,
      long infos,
      long acknowledged) {}

  private RowCache() {}

  /** The row of a checked project whose documents {@code built} are linked (null: none). */
  public static Row of(Checker.Checked checked, List<String> built, Messages m) {
    fr.fejdoc.write.Publication pub =
        fr.fejdoc.write.Publication.of(checked.project(), checked.findings());
    CatalogueEntry entry = CatalogueEntry.of(checked, pub, CatalogueDocument.of(pub, built), m);
    return new Row(
        entry,
        report(checked, m),
        checked.count(Severity.ERROR),
        checked.count(Severity.WARNING),
        checked.count(Severity.INFO),
        checked.acknowledged());
  }

  /** The findings of {@code checked} as {@code build} prints them. */
  public static String report(Checker.Checked checked, Messages m) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      TextReporter.findings(List.of(checked), m, out);
    }
    return text.toString();
  }

  /**
   * The row kept for {@code project} in {@code output} for these inputs and files, or null when
   * there is none, it is for other inputs, or it cannot be read back.
   */
  public static Row read(
      Path output, String project, String fingerprint, List<String> files, Messages.Lang lang) {
    Path file = file(output, project, lang);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES)
        return null;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String json = text.substring(nl + 1);
      if (nl < 0 || !text.substring(0, nl).equals(key(fingerprint, files, json))) return null;
      Row row = RecordJson.read(json, Row.class);
      return row.entry() == null || !row.entry().project().equals(project) ? null : row;
    } catch (IOException | RuntimeException | RecordJson.Unreadable e) {
      return null;
    }
  }

  /** Keeps {@code row} for {@code project}; a failure to write only costs the next run's time. */
  public static void write(
      Path output,
      String project,
      String fingerprint,
      List<String> files,
      Messages.Lang lang,
      Row row) {
    try {
      String json = RecordJson.write(row) + "\n";
      String text = key(fingerprint, files, json) + "\n" + json;
      AtomicFiles.write(file(output, project, lang), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // not kept: the project is read again next time
    }
  }

  /** Removes the rows kept for {@code project} (its documents are being built again). */
  public static void forget(Path output, String project) {
    for (Messages.Lang lang : Messages.Lang.values()) {
      try {
        Files.deleteIfExists(file(output, project, lang));
      } catch (IOException e) {
        // an unreadable or stale row is refused by its key anyway
      }
    }
  }

  private static Path file(Path output, String project, Messages.Lang lang) {
    return output.resolve(project).resolve(PREFIX + lang.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The first line: the inputs, the files, and the SHA-256 of the row itself (a row changed by
   * anything but fejdoc, even by one character, is not used).
   */
  private static String key(String fingerprint, List<String> files, String json) {
    return fingerprint + " " + Sha256.hex(json) + " " + String.join(",", files);
  }
}

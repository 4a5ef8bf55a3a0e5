package fr.fejdoc.catalogue;

import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.ProjectPool;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.write.ProjectWriter;
import fr.fejdoc.write.Writers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks projects and turns each into a catalogue entry, building first the documents of a sound
 * project that are missing or were made from other inputs; one broken project stops no other.
 */
public final class Catalogue {
  private Catalogue() {}

  /** A project folder and how to display it (as {@code check} does). */
  public record Source(Path dir, String display) {}

  /** A project {@code build} has just checked and written: its row, not made again. */
  public record Known(CatalogueEntry entry) {}

  /** The entries of the given projects, sorted by project name (then display path). */
  public static List<CatalogueEntry> entries(
      List<Source> sources, Path documentsDir, Messages messages) {
    return entries(sources, documentsDir, messages, java.util.Map.of());
  }

  /**
   * As {@link #entries(List, Path, Messages)}, reusing what {@code build} has just done for some
   * projects ({@code known} by absolute folder) instead of doing it again.
   */
  public static List<CatalogueEntry> entries(
      List<Source> sources,
      Path documentsDir,
      Messages messages,
      java.util.Map<Path, Known> known) {
    return entries(sources, documentsDir, messages, known, false);
  }

  /**
   * The same; with {@code force}, nothing kept from an earlier run is used: every project is
   * checked and its documents built again.
   */
  public static List<CatalogueEntry> entries(
      List<Source> sources,
      Path documentsDir,
      Messages messages,
      java.util.Map<Path, Known> known,
      boolean force) {
    List<CatalogueEntry> out =
        new ArrayList<>(
            ProjectPool.map(
                sources,
                s -> entry(s, documentsDir, messages, known, force),
                (s, t) -> failed(s, t, messages)));
    out.sort(Comparator.comparing(CatalogueEntry::project));
    return List.copyOf(out);
  }

  /**
   * The same entries, kept on disk as each project is done (see {@link StoredEntries}), in a new
   * folder of {@code parent} named {@code prefix}{@code <n>}, removed when the list is closed.
   */
  public static StoredEntries stored(
      List<Source> sources,
      Path documentsDir,
      Messages messages,
      java.util.Map<Path, Known> known,
      boolean force,
      Path parent,
      String prefix)
      throws java.io.IOException {
    StoredEntries out = new StoredEntries(parent, prefix);
    try {
      out.list(
          ProjectPool.map(
              sources,
              s -> out.put(entry(s, documentsDir, messages, known, force)),
              (s, t) -> out.put(failed(s, t, messages))));
      return out;
    } catch (RuntimeException | Error e) {
      out.close();
      throw e;
    }
  }

  static CatalogueEntry entry(
      Source s,
      Path documentsDir,
      Messages messages,
      java.util.Map<Path, Known> known,
      boolean force) {
    try {
      Known k = known.get(s.dir().toAbsolutePath().normalize());
      if (k != null) return k.entry();
      return row(s, documentsDir, messages, force).entry();
    } catch (RuntimeException e) {
      // A failure here is a bug, but it must not hide the other projects.
      return failed(s, e, messages);
    }
  }

  /**
   * The row of a project: kept from an earlier run when its inputs and documents are unchanged (see
   * {@link RowCache}); otherwise the project is checked, the documents of a sound project that are
   * missing or were made from other inputs are built (in every format, only those that may be
   * published: see Publication), and the row is kept for the next run.
   */
  static RowCache.Row row(Source s, Path documentsDir, Messages messages, boolean force) {
    String name = fr.fejdoc.load.ProjectLoader.name(s.dir(), s.display());
    ProjectWriter.Inputs inputs = inputs(s.dir(), documentsDir, name, !force);
    String fingerprint = inputs == null ? null : inputs.fingerprint();
    List<String> stamped =
        fingerprint == null || force
            ? null
            : ProjectWriter.upToDate(fingerprint, null, documentsDir, name);
    if (stamped != null) {
      RowCache.Row kept = RowCache.read(documentsDir, name, fingerprint, stamped, messages.lang());
      if (kept != null) {
        ProjectWriter.remember(inputs, documentsDir, name);
        return kept;
      }
    }
    Checker.Checked checked =
        fr.fejdoc.write.OutputFolder.guard(
            fr.fejdoc.write.LayoutRule.checker().check(s.dir(), s.display()), s.display());
    if (checked.hasErrors()) return RowCache.of(checked, null, messages);
    List<String> built = stamped;
    if (built == null) {
      ProjectWriter.Written w =
          ProjectWriter.write(
              checked, documentsDir, Writers.all().keySet(), d -> true, false, fingerprint);
      built = w.files(); // what could not be written is not linked, and is said
      checked = checked.with(w.findings());
      for (Finding f : w.findings())
        System.err.println(messages.text("catalogue.finding", f.loc(), messages.format(f)));
    }
    RowCache.Row row = RowCache.of(checked, built, messages);
    // kept only when the folder is stamped with these very files
    String projectName = checked.project().name();
    if (fingerprint != null
        && built.equals(ProjectWriter.upToDate(fingerprint, null, documentsDir, projectName))) {
      RowCache.write(documentsDir, projectName, fingerprint, built, messages.lang(), row);
      ProjectWriter.remember(inputs, documentsDir, projectName);
    }
    return row;
  }

  /**
   * The fingerprint of a project's inputs, taken before it is read; null when it cannot be taken (a
   * folder leading out of its parent, too large, unreadable: the check says why, and nothing is
   * kept for it).
   */
  public static String fingerprint(Path dir) {
    try {
      if (fr.fejdoc.load.ProjectFiles.linksOutOfParent(dir)) return null;
      return ProjectWriter.fingerprint(dir);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The same, recalled from the memo of the project's output folder when its listing is unchanged
   * (see {@link ProjectWriter#inputs}); null when it cannot be taken.
   */
  public static ProjectWriter.Inputs inputs(Path dir, Path output, String name, boolean recall) {
    try {
      if (fr.fejdoc.load.ProjectFiles.linksOutOfParent(dir)) return null;
      return ProjectWriter.inputs(dir, output, name, recall);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The entry of a project whose work threw or was abandoned: listed in error, with its finding.
   */
  static CatalogueEntry failed(Source s, Throwable t, Messages messages) {
    Path folder = s.dir().getFileName();
    String name = folder == null ? s.display() : folder.toString();
    Finding f = Boundary.finding(t, Loc.of(s.display()), s.display());
    Checker.Checked checked =
        new Checker.Checked(new Project(name, s.dir(), null, List.of()), List.of(f), s.display());
    return CatalogueEntry.of(checked, List.of(), messages);
  }
}

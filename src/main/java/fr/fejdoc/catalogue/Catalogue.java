package fr.fejdoc.catalogue;

import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.check.ProjectPool;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.write.ProjectWriter;
import fr.fejdoc.write.Publication;
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

  /**
   * A project {@code build} has just checked, and the files it has just written for it (null when
   * it wrote none): the catalogue neither checks it again nor reads its stamp back.
   */
  public record Known(Checker.Checked checked, List<String> built) {}

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
    List<CatalogueEntry> out =
        new ArrayList<>(
            ProjectPool.map(
                sources,
                s -> entry(s, documentsDir, messages, known),
                (s, t) -> failed(s, t, messages)));
    out.sort(Comparator.comparing(CatalogueEntry::project));
    return List.copyOf(out);
  }

  static CatalogueEntry entry(
      Source s, Path documentsDir, Messages messages, java.util.Map<Path, Known> known) {
    try {
      Known k = known.get(s.dir().toAbsolutePath().normalize());
      Checker.Checked checked =
          k != null
              ? k.checked()
              : fr.fejdoc.write.OutputFolder.guard(
                  fr.fejdoc.write.LayoutRule.checker().check(s.dir(), s.display()), s.display());
      List<String> built = null;
      if (!checked.hasErrors()) {
        String name = checked.project().name();
        built =
            k != null && k.built() != null
                ? k.built()
                : ProjectWriter.upToDate(s.dir(), documentsDir, name);
        if (built == null) {
          // documents missing, or made from other inputs: built again, in every format (only
          // the documents that may be published: see Publication)
          ProjectWriter.Written w =
              ProjectWriter.write(checked, documentsDir, Writers.all().keySet(), d -> true, false);
          built = w.files(); // what could not be written is not linked, and is said
          checked = checked.with(w.findings());
          for (Finding f : w.findings())
            System.err.println("fejdoc : " + f.loc() + " : " + messages.format(f));
        }
      }
      // what of the project may be published: decided once, for every output of the catalogue
      Publication pub = Publication.of(checked.project(), checked.findings());
      List<CatalogueDocument> docs = CatalogueDocument.of(pub, built);
      return CatalogueEntry.of(checked, pub, docs, messages);
    } catch (RuntimeException e) {
      // A failure here is a bug, but it must not hide the other projects.
      return failed(s, e, messages);
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

package fr.fejdoc.catalogue;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.Project;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.ProjectWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of an experiment as the catalogue lists it: its output name, a French label, whether
 * it may be published, and the formats built from the project's current inputs (the files its
 * output folder's stamp lists, see {@link ProjectWriter}). A document whose certificate says {@code
 * publication: false} is never linked, whatever files exist.
 *
 * @param name the file stem under {@code output/<project>/} ("restitution-finale")
 * @param formats the extensions built, in a fixed order; empty when not published
 */
public record CatalogueDocument(
    String name, String label, boolean published, List<String> formats) {

  /** Every format fejdoc writes, in the order the catalogue lists them. */
  public static final List<String> EXTENSIONS = List.of("html", "pdf", "docx", "xlsx");

  /** Name of the annex tables written with a note de restitution finale. */
  static final String ANNEXES = "annexes";

  /**
   * The documents of a project, with the files of {@code built} (those of {@code
   * outputDir/<project>/} made from its current inputs); none is linked when {@code built} is null
   * (a project failing its checks, or documents not built from its current facts).
   */
  public static List<CatalogueDocument> of(Project p, List<String> built) {
    List<CatalogueDocument> out = new ArrayList<>();
    Boolean finalPublished = null;
    for (Document d : p.documents()) {
      String name = stem(d.source().path());
      boolean published = d.certificate() == null || d.certificate().publication();
      if (d instanceof Document.FinalReport) finalPublished = published;
      out.add(doc(name, label(d), published, built));
    }
    if (finalPublished != null) {
      out.add(doc(ANNEXES, "Annexes (Tableaux 1, 2, 3 et bilan)", finalPublished, built));
    }
    return List.copyOf(out);
  }

  private static CatalogueDocument doc(
      String name, String label, boolean published, List<String> built) {
    List<String> formats = new ArrayList<>();
    if (published && built != null) {
      for (String ext : EXTENSIONS) {
        if (built.contains(name + "." + ext)) formats.add(ext);
      }
    }
    return new CatalogueDocument(name, label, published, List.copyOf(formats));
  }

  static String label(Document d) {
    return switch (d) {
      case Document.ProgressNote n ->
          "Note d'étape"
              + (n.asOf() == null || n.asOf().monthOnly()
                  ? ""
                  : " au " + FrenchFormat.date(n.asOf().date()));
      case Document.FinalReport r -> "Note de restitution finale et fiche synthétique";
      case Document.ExperienceSheet s -> "Fiche d'expérience";
    };
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

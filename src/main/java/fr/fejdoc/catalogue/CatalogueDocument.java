package fr.fejdoc.catalogue;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.ProjectWriter;
import fr.fejdoc.write.Publication;
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
  public static final List<String> EXTENSIONS =
      List.of("html", "pdf", "docx", "odt", "xlsx", "ods");

  /** Name of the annex tables written with a note de restitution finale. */
  static final String ANNEXES = "annexes";

  /**
   * The documents of a project, with the files of {@code built} (those of {@code
   * outputDir/<project>/} made from its current inputs); none is linked when {@code built} is null
   * (a project failing its checks, or documents not built from its current facts). What is
   * published is decided by {@link Publication}: a document not published is listed by its kind
   * only ("note-etape", « Note d'étape »), without its file name or date, and never linked.
   */
  public static List<CatalogueDocument> of(Publication pub, List<String> built) {
    List<CatalogueDocument> out = new ArrayList<>();
    boolean finalReport = false;
    for (Document d : pub.project().documents()) {
      if (d instanceof Document.FinalReport) finalReport = true;
      if (pub.publishes(d)) {
        out.add(doc(stem(d.source().path()), label(d), true, built));
      } else {
        out.add(doc(kindName(d), kindLabel(d), false, built));
      }
    }
    if (finalReport) {
      out.add(doc(ANNEXES, "Annexes (Tableaux 1, 2, 3 et bilan)", pub.annexesPublished(), built));
    }
    return List.copyOf(out);
  }

  /** The documents of a project whose findings are not known (see {@link Publication#of}). */
  public static List<CatalogueDocument> of(Project p, List<String> built) {
    return of(Publication.of(p), built);
  }

  /** "note-etape", "restitution-finale", "fiche-experience": a document's kind as a name. */
  static String kindName(Document d) {
    return d.kind().key().replace('_', '-');
  }

  /** A final report's label: the form's name, and the fiche synthétique it carries. */
  private static final String WITH_SHEET =
      FormRegistry.FORMS.label("restitution_finale") + " et fiche synthétique";

  /** The label of a document not published: its kind, without date. */
  static String kindLabel(Document d) {
    return d instanceof Document.FinalReport ? WITH_SHEET : Publication.kindLabel(d);
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
          Publication.kindLabel(n)
              + (n.asOf() == null || !n.asOf().hasDay()
                  ? ""
                  : " au " + FrenchFormat.date(n.asOf().date()));
      case Document.FinalReport r -> WITH_SHEET;
      case Document.ExperienceSheet s -> Publication.kindLabel(s);
    };
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

package fr.fejdoc.document.assemble;

import fr.fejdoc.document.Doc;
import fr.fejdoc.document.read.MarkupReader;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import fr.fejdoc.model.finding.Localized;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles each FEJ document of a project into the document tree, once: template → fejdoc markup →
 * {@link MarkupReader}. Writers take it from there.
 */
public final class Assembler {
  /** Name of the annexes document (tables 1, 2, 3 and the bilan). */
  public static final String ANNEXES = "annexes";

  private Assembler() {}

  /** An assembled document: its output name (file stem) and tree. */
  public record Assembled(String name, String template, Doc doc) {}

  /**
   * Every document of the project, plus the annexes that go with a note de restitution finale.
   *
   * @throws FindingException when a template fails or exceeds its budget ({@link
   *     fr.fejdoc.model.finding.Code#TEMPLATE_FAILURE}, {@link
   *     fr.fejdoc.model.finding.Code#TEMPLATE_BUDGET}), when one of the project's templates or its
   *     {@code ministeres.yaml} cannot be read or is wrong, at that file (line and column when
   *     known).
   * @throws fr.fejdoc.model.Deadline.Exceeded when the project's time budget is spent
   */
  public static List<Assembled> assemble(Project p) {
    return assemble(p, name -> true);
  }

  /**
   * The documents of {@code p} whose output name {@code wanted} accepts (the others are not
   * rendered at all: a preview of one document costs that document only). Failures as for {@link
   * #assemble(Project)}.
   */
  public static List<Assembled> assemble(Project p, java.util.function.Predicate<String> wanted) {
    List<Assembled> out = new ArrayList<>();
    String display = display(p);
    Experiment e = p.experiment();
    Data experiment = e == null ? new Data() : facts(e);
    for (Document d : p.documents()) {
      if (!wanted.test(stem(d.source().path()))) continue;
      String template = templateName(d);
      Data data = new Data();
      data.with("experience", experiment);
      data.with("document", DocumentData.of(d, e));
      data.with("ministere", Ministries.at(p.dir(), display, documentMonth(d, e)));
      data.with("markup_version", MarkupReader.VERSION);
      out.add(
          new Assembled(
              stem(d.source().path()), template, render(p.dir(), display, template, data)));
    }
    boolean finalReport = p.documents().stream().anyMatch(d -> d instanceof Document.FinalReport);
    if (e != null && finalReport && wanted.test(ANNEXES)) {
      Data data = new Data();
      data.with("experience", experiment);
      data.with("markup_version", MarkupReader.VERSION);
      out.add(
          new Assembled(ANNEXES, "annexes.ftlx", render(p.dir(), display, "annexes.ftlx", data)));
    }
    return out;
  }

  /**
   * The fiche synthétique alone (template {@code fiche-synthetique-seule.ftlx}), for the one-page
   * check: far cheaper than the whole restitution. Null when the experiment cannot be read.
   * Failures as for {@link #assemble}.
   */
  public static Doc ficheSynthetique(Project p) {
    if (p.experiment() == null) return null;
    Data data = new Data();
    data.with("experience", facts(p.experiment()));
    data.with("markup_version", MarkupReader.VERSION);
    return render(p.dir(), display(p), "fiche-synthetique-seule.ftlx", data);
  }

  /**
   * The facts of the experiment this thread turned into template data last, with that experiment: a
   * build checks a project (the fiche's one-page measure renders the fiche) then assembles its
   * documents on the same thread, from the same model.
   */
  private static final ThreadLocal<Facts> LAST_FACTS = new ThreadLocal<>();

  private record Facts(Experiment experiment, Data data) {}

  /**
   * {@link ExperimentData#of} of {@code e}, computed once for the same experiment (the same object:
   * the model is immutable) asked again on this thread. Templates only read their data.
   */
  private static Data facts(Experiment e) {
    Facts last = LAST_FACTS.get();
    if (last != null && last.experiment() == e) return last.data();
    Data d = ExperimentData.of(e);
    LAST_FACTS.set(new Facts(e, d));
    return d;
  }

  /**
   * Renders any template (a project's override first when {@code dir} is not null, then the
   * defaults) with {@code data} (strings, numbers, booleans, lists and maps only, nulls left out)
   * into the document tree. Failures as for {@link #assemble}.
   */
  public static Doc render(Path dir, String template, Map<String, Object> data) {
    return render(dir, dir == null ? null : ProjectFinder.display(dir), template, data);
  }

  /** As {@link #render(Path, String, Map)}, the project folder displayed as {@code display}. */
  public static Doc render(Path dir, String display, String template, Map<String, Object> data) {
    String markup = TemplateEngine.render(dir, display, template, data);
    try {
      return MarkupReader.read(markup);
    } catch (fr.fejdoc.document.read.MarkupException x) {
      throw new FindingException(
          Finding.of(
              Code.TEMPLATE_FAILURE,
              Loc.of(TemplateEngine.where(dir, display, template)),
              template,
              new Localized(
                  "le balisage qu'il produit est invalide ("
                      + TemplateErrors.shorten(x.getMessage(), 200)
                      + ") : voir docs/markup.md.",
                  "the markup it writes is invalid ("
                      + TemplateErrors.shorten(x.getMessage(), 200)
                      + "): see docs/markup.md.")));
    }
  }

  /**
   * The project folder as displayed (its documents' files are shown as {@code <folder>/<file>}), so
   * that its templates are shown as {@code <folder>/templates/<file>}.
   */
  static String display(Project p) {
    for (Document d : p.documents()) {
      String file = d.source().file();
      if (file == null) continue;
      int slash = file.lastIndexOf('/');
      return slash < 0 ? "." : file.substring(0, slash);
    }
    return p.dir() == null ? "." : ProjectFinder.display(p.dir());
  }

  static String templateName(Document d) {
    return switch (d.kind()) {
      case NOTE_ETAPE -> "note-etape.ftlx";
      case RESTITUTION_FINALE -> "restitution-finale.ftlx";
      case FICHE_EXPERIENCE -> "fiche-experience.ftlx";
    };
  }

  /**
   * The month whose forms a document follows (docs/conventions.md, « Les formulaires de l'année »):
   * the edition the holder names ({@code formulaire}), else the document's own date ({@code au},
   * {@code date_remise}, the sheet's {@code date}); a note de restitution finale without a date is
   * written at the experiment's end ({@code calendrier.fin}, else its start plus its effective,
   * else initial, duration); else the experiment's start, else the call's launch. A year stands for
   * its last month (the forms of 2012 are those in force at the end of 2012).
   */
  static YearMonth documentMonth(Document d, Experiment e) {
    DateValue own =
        switch (d) {
          case Document.ProgressNote n -> n.formEdition() != null ? n.formEdition() : n.asOf();
          case Document.FinalReport r -> r.formEdition() != null ? r.formEdition() : r.submitted();
          case Document.ExperienceSheet s -> s.date();
        };
    if (own != null) return own.yearOnly() ? own.latestMonth() : own.month();
    if (e == null) return null;
    Schedule s = e.schedule();
    if (d instanceof Document.FinalReport && s != null) {
      if (s.end() != null) return s.end().latestMonth();
      Count months = s.effectiveMonths() != null ? s.effectiveMonths() : s.initialMonths();
      if (s.start() != null && months != null)
        return s.start().month().plusMonths(Math.min(months.value(), 1200));
    }
    if (s != null && s.start() != null) return s.start().month();
    if (e.call() != null && e.call().launched() != null) return e.call().launched().month();
    return null;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

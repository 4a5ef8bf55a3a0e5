package fr.fejdoc.write;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Rule;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.write.pdf.PdfLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fiche synthétique of the note de restitution finale fits on one page ("Cette fiche doit tenir
 * en une seule page"), measured as the PDF writer lays it out: when it does not, how much it
 * overflows and which fields take the most room.
 */
public final class LayoutRule implements Rule {
  /**
   * The checker of every command: the model's rules ({@link Checker#RULES}) and this one, which
   * needs the templates and the PDF layout that the check package may not import.
   */
  public static Checker checker() {
    return CHECKER;
  }

  private static final Checker CHECKER =
      new Checker(
          java.util.stream.Stream.concat(Checker.RULES.stream(), Stream.of(new LayoutRule()))
              .toList());

  /** The id of the fiche synthétique's section in the restitution's tree. */
  static final String FICHE = "fiche-synthetique";

  /** How many of the longest fields the finding names. */
  private static final int NAMED_FIELDS = 3;

  @Override
  public void check(Project p, List<Finding> out) {
    if (p.experiment() == null) return;
    Document.FinalReport report =
        p.documents().stream()
            .filter(d -> d instanceof Document.FinalReport)
            .map(d -> (Document.FinalReport) d)
            .findFirst()
            .orElse(null);
    if (report == null) return;
    // the fiche alone (its own template, also included by the restitution): cheap enough to run
    // in every check. A template that fails throws a FindingException: the checker's boundary
    // around each rule reports it (Checker.run)
    fr.fejdoc.document.Doc fiche = Assembler.ficheSynthetique(p);
    if (fiche == null) return;
    Optional<PdfLayout.Measure> m = PdfLayout.measure(fiche, FICHE, Resources.folder(p.dir()));
    if (m.isPresent() && !m.get().fitsOnePage()) out.add(finding(m.get(), loc(p, report)));
  }

  private static Finding finding(PdfLayout.Measure m, Loc loc) {
    BigDecimal cm = BigDecimal.valueOf(m.overflowCm()).setScale(1, RoundingMode.UP);
    int percent = (int) Math.ceil(m.overflowPercent());
    StringBuilder fr = new StringBuilder();
    StringBuilder en = new StringBuilder();
    List<PdfLayout.Field> fields = m.fields();
    for (int i = 0; i < Math.min(NAMED_FIELDS, fields.size()); i++) {
      PdfLayout.Field f = fields.get(i);
      if (i > 0) {
        fr.append(", ");
        en.append(", ");
      }
      fr.append("« ").append(f.label()).append(" » (").append(f.lines());
      fr.append(f.lines() > 1 ? " lignes)" : " ligne)");
      en.append('"').append(f.label()).append("\" (").append(f.lines());
      en.append(f.lines() > 1 ? " lines)" : " line)");
    }
    return Finding.of(
        Code.FICHE_OVERFLOW,
        loc,
        cm,
        percent,
        m.overflowLines(),
        new Localized(fr.toString(), en.toString()));
  }

  /** The holder writes the fiche's fields under {@code synthese:} of experiment.yaml. */
  private static Loc loc(Project p, Document.FinalReport report) {
    if (p.experiment().synthesis() != null && p.experiment().synthesis().loc() != null)
      return p.experiment().synthesis().loc();
    return report.source().loc();
  }
}

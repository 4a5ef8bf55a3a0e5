package fr.fejdoc.check;

import fr.fejdoc.load.DossierParser;
import fr.fejdoc.model.Dossier;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.util.List;

/** The experiment's identity: dossier and folder agree, dates are in order. */
final class IdentityRule implements Rule {
  @Override
  public void check(Project p, List<Finding> out) {
    Experiment e = p.experiment();
    if (e == null) return;
    Dossier d = e.dossier();
    if (d != null) {
      Dossier folder = DossierParser.parse(p.name(), Loc.of(p.name()));
      if (folder != null && !folder.underscore().equals(d.underscore())) {
        out.add(Finding.of(Code.DOSSIER_FOLDER, d.loc(), d.underscore(), p.name()));
      }
    }
    Schedule s = e.schedule();
    if (s != null
        && s.start() != null
        && s.end() != null
        && s.end().latest().isBefore(s.start().date())) {
      out.add(Finding.of(Code.DATE_ORDER, s.end().loc(), "calendrier.fin", "calendrier.demarrage"));
    }
    if (e.call() != null
        && e.call().launched() != null
        && s != null
        && s.start() != null
        && s.start().latest().isBefore(e.call().launched().date())) {
      out.add(
          Finding.of(
              Code.DATE_ORDER,
              s.start().loc(),
              "calendrier.demarrage",
              "appel_a_projets.lancement"));
    }
  }
}

package fr.fejdoc.check;

import fr.fejdoc.model.Action;
import fr.fejdoc.model.ActionPhase;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Phase;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.time.LocalDate;
import java.util.List;

/** Tableau 2 is consistent: phases dated, in order, inside the experiment; ETP ≤ staff. */
final class ActionsRule implements Rule {
  /** The evaluation may end after the experiment: this much later is still inside. */
  static final int EVALUATION_GRACE_MONTHS = 12;

  @Override
  public boolean addsFiguresUp() {
    return true;
  }

  @Override
  public void check(Project p, List<Finding> out) {
    Experiment e = p.experiment();
    if (e == null) return;
    LocalDate windowStart = windowStart(e);
    LocalDate windowEnd = windowEnd(e.schedule());
    ActionPhase previous = null;
    for (ActionPhase phase : e.actions()) {
      Localized name = phaseName(phase.phase());
      if (phase.start() == null || phase.end() == null) {
        out.add(Finding.of(Code.T2_PHASE_DATES_MISSING, phase.loc(), name));
      }
      if (phase.start() != null
          && phase.end() != null
          && phase.end().latest().isBefore(phase.start().date())) {
        out.add(Finding.of(Code.T2_PHASE_REVERSED, phase.end().loc(), name));
      }
      if (previous != null
          && previous.start() != null
          && phase.start() != null
          && phase.start().latest().isBefore(previous.start().date())) {
        out.add(
            Finding.of(
                Code.T2_PHASE_ORDER, phase.start().loc(), name, phaseName(previous.phase())));
      }
      outside(phase, windowStart, windowEnd, out);
      if (phase.start() != null) previous = phase;
      for (Action a : phase.actions()) {
        if (a.fte() != null
            && a.staff() != null
            && a.fte().value().compareTo(java.math.BigDecimal.valueOf(a.staff().value())) > 0) {
          out.add(
              Finding.of(
                  Code.T2_ETP_ABOVE_STAFF,
                  a.fte().loc(),
                  a.title() == null ? "—" : a.title().value(),
                  a.fte().text(),
                  a.staff().value()));
        }
      }
    }
  }

  private static Localized phaseName(Phase p) {
    return new Localized(p.label(), p.key());
  }

  private static LocalDate windowStart(Experiment e) {
    LocalDate start =
        e.schedule() == null || e.schedule().start() == null ? null : e.schedule().start().date();
    if (e.call() != null && e.call().launched() != null) {
      LocalDate launched = e.call().launched().date();
      if (start == null || launched.isBefore(start)) start = launched;
    }
    return start;
  }

  private static LocalDate windowEnd(Schedule s) {
    if (s == null || s.start() == null) return null;
    if (s.end() != null) return s.end().latest();
    int months = 0;
    if (s.initialMonths() != null) months = s.initialMonths().value();
    if (s.effectiveMonths() != null) months = Math.max(months, s.effectiveMonths().value());
    return months == 0
        ? null
        : s.start().date().plusMonths(months).withDayOfMonth(1).plusMonths(1).minusDays(1);
  }

  private static void outside(
      ActionPhase phase, LocalDate start, LocalDate end, List<Finding> out) {
    if (start != null
        && phase.start() != null
        && phase.start().latest().isBefore(start.withDayOfMonth(1))) {
      out.add(
          Finding.of(
              Code.T2_PHASE_OUTSIDE,
              phase.start().loc(),
              phaseName(phase.phase()),
              phase.start().date().toString(),
              start.toString(),
              end == null ? "—" : end.toString()));
      return;
    }
    if (end == null || phase.end() == null) return;
    LocalDate limit =
        phase.phase() == Phase.ACHEVEMENT_EVALUATION
            ? end.plusMonths(EVALUATION_GRACE_MONTHS)
            : end;
    if (phase.end().date().isAfter(limit)) {
      out.add(
          Finding.of(
              Code.T2_PHASE_OUTSIDE,
              phase.end().loc(),
              phaseName(phase.phase()),
              phase.end().date().toString(),
              start == null ? "—" : start.toString(),
              limit.toString()));
    }
  }
}

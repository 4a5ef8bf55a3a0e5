package fr.fejdoc.check;

import fr.fejdoc.model.Action;
import fr.fejdoc.model.ActionPhase;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Phase;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Resources;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.SubPeriod;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tableau 2 is consistent: phases dated, in order, inside the experiment; sub-periods inside their
 * phase; ETP ≤ staff on every row and on phase resources; a total row's ETP equal to the sum of its
 * phase's; the calendrier's durations have a figure in months.
 */
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
      etpAboveStaff(phase.resources(), resourcesName(phase.phase(), null), out);
      // a total row adds up ETP of actions the same people share: it may exceed its staff
      for (Action a : phase.allActions())
        if (!a.total()) etpAboveStaff(a.resources(), actionName(a), out);
      for (SubPeriod s : phase.subPeriods()) {
        etpAboveStaff(s.resources(), resourcesName(phase.phase(), s), out);
        subPeriodDates(phase, s, out);
        for (Action t : s.actions()) if (t.total()) total(phase, s, t, out);
      }
      for (Action t : phase.actions()) if (t.total()) total(phase, null, t, out);
    }
    durationFigure(e.schedule(), out);
  }

  /** ETP ≤ effectifs, on a row or on the resources of a phase or sub-period. */
  private static void etpAboveStaff(Resources r, Localized[] name, List<Finding> out) {
    if (r.fte() == null
        || r.staff() == null
        || r.fte().value().compareTo(BigDecimal.valueOf(r.staff().value())) <= 0) return;
    out.add(
        Finding.of(
            Code.T2_ETP_ABOVE_STAFF,
            r.fte().loc(),
            name[1],
            r.fte().text(),
            r.staff().value(),
            name[0]));
  }

  /** What a row is ("action", "ligne") and its name, for {@link Code#T2_ETP_ABOVE_STAFF}. */
  private static Localized[] actionName(Action a) {
    Localized kind =
        a.numbered() ? new Localized("action", "action") : new Localized("ligne", "row");
    return new Localized[] {kind, new Localized(a.name(), a.name())};
  }

  private static Localized[] resourcesName(Phase p, SubPeriod s) {
    if (s == null)
      return new Localized[] {
        new Localized("ressources de la phase", "resources of phase"), phaseName(p)
      };
    String label = label(s);
    return new Localized[] {
      new Localized("ressources de la sous-période", "resources of sub-period"),
      new Localized(label + " (" + p.label() + ")", label + " (" + p.key() + ")")
    };
  }

  private static String label(SubPeriod s) {
    return s.label() == null ? "—" : s.label().value();
  }

  /** A sub-period's dates: in order (FEJ209), inside its phase's (FEJ207). */
  private static void subPeriodDates(ActionPhase phase, SubPeriod s, List<Finding> out) {
    if (s.start() != null && s.end() != null && s.end().latest().isBefore(s.start().date())) {
      out.add(
          Finding.of(
              Code.T2_SUBPERIOD_REVERSED, s.end().loc(), label(s), phaseName(phase.phase())));
      return;
    }
    DateValue culprit = null;
    if (s.start() != null
        && phase.start() != null
        && s.start().latest().isBefore(phase.start().date())) culprit = s.start();
    else if (s.end() != null && phase.end() != null && s.end().date().isAfter(phase.end().latest()))
      culprit = s.end();
    if (culprit == null) return;
    out.add(
        Finding.of(
            Code.T2_SUBPERIOD_OUTSIDE,
            culprit.loc(),
            label(s),
            phaseName(phase.phase()),
            culprit.date().toString(),
            phase.start() == null ? "—" : phase.start().date().toString(),
            phase.end() == null ? "—" : phase.end().latest().toString()));
  }

  /**
   * A total row's ETP against the sum of the ETP given on the other rows of its scope (the phase,
   * its sub-periods included, or one sub-period) and on the scope's resources (FEJ206).
   */
  private static void total(ActionPhase phase, SubPeriod scope, Action total, List<Finding> out) {
    if (total.fte() == null) return;
    List<Resources> parts = new ArrayList<>();
    if (scope == null) {
      parts.add(phase.resources());
      for (Action a : phase.actions()) if (!a.total()) parts.add(a.resources());
      for (SubPeriod s : phase.subPeriods()) {
        parts.add(s.resources());
        for (Action a : s.actions()) if (!a.total()) parts.add(a.resources());
      }
    } else {
      parts.add(scope.resources());
      for (Action a : scope.actions()) if (!a.total()) parts.add(a.resources());
    }
    BigDecimal sum = BigDecimal.ZERO;
    int given = 0;
    for (Resources r : parts) {
      if (r.fteValue() == null) continue;
      sum = sum.add(r.fteValue());
      given++;
    }
    if (given == 0 || sum.compareTo(total.fte().value()) == 0) return;
    String phaseFr = "phase « " + phase.phase().label() + " »";
    String phaseEn = "phase \"" + phase.phase().key() + "\"";
    Localized where =
        scope == null
            ? new Localized(phaseFr, phaseEn)
            : new Localized(
                "sous-période « " + label(scope) + " » (" + phaseFr + ")",
                "sub-period \"" + label(scope) + "\" (" + phaseEn + ")");
    out.add(
        Finding.of(
            Code.T2_TOTAL_ETP,
            total.fte().loc(),
            where,
            total.name(),
            total.fte().text(),
            sum.stripTrailingZeros(),
            given));
  }

  /** A duration of the calendrier whose figure in months cannot be read (FEJ208). */
  private static void durationFigure(Schedule s, List<Finding> out) {
    if (s == null) return;
    String[] keys = {"calendrier.duree_initiale_mois", "calendrier.duree_effective_mois"};
    DurationText[] durations = {s.initial(), s.effective()};
    for (int i = 0; i < 2; i++) {
      DurationText d = durations[i];
      if (d == null || d.months() != null) continue;
      out.add(Finding.of(Code.DURATION_NO_MONTHS, d.loc(), keys[i], d.text()));
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
    // an approximate or fractional figure ("environ 24 mois", "18 mois et demi") counts whole
    int months = Math.max(ceilMonths(s.initial()), ceilMonths(s.effective()));
    return months == 0
        ? null
        : s.start().date().plusMonths(months).withDayOfMonth(1).plusMonths(1).minusDays(1);
  }

  private static int ceilMonths(DurationText d) {
    if (d == null || d.months() == null) return 0;
    BigDecimal m = d.months().setScale(0, java.math.RoundingMode.CEILING);
    return m.compareTo(BigDecimal.valueOf(1200)) > 0 ? 1200 : m.intValue();
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

package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tableau 2: the four phases, dated in order inside the experiment's window (from the call's launch
 * to the end of the experiment; the evaluation may run a few months later), with their actions,
 * staff (ETP never above the headcount), durations and purchases.
 */
final class Tableau2 {
  private final Dice d;
  private final Facts f;

  private Tableau2(Dice d, Facts f) {
    this.d = d;
    this.f = f;
  }

  static Map<String, Object> generate(Dice d, Facts f) {
    return new Tableau2(d, f).build();
  }

  private Map<String, Object> build() {
    YearMonth start = YearMonth.from(f.start);
    YearMonth end = f.end();
    int months = monthsBetween(start, end);

    YearMonth prepStart = f.launch.plusMonths(d.between(0, 2));
    YearMonth prepEnd = start.minusMonths(d.chance(0.7) ? 1 : 0);
    YearMonth launchEnd = start.plusMonths(d.between(3, Math.max(3, months / 2)));
    YearMonth completionStart = d.chance(0.8) ? launchEnd.plusMonths(1) : launchEnd;
    YearMonth evalStart = end.minusMonths(d.between(0, 4));
    if (evalStart.isBefore(completionStart)) evalStart = completionStart;
    YearMonth evalEnd = end.plusMonths(d.between(0, 6));

    List<Facts.PhasePeriod> periods =
        List.of(
            new Facts.PhasePeriod("preparation", prepStart, prepEnd),
            new Facts.PhasePeriod("lancement", start, launchEnd),
            new Facts.PhasePeriod("achevement_experimentation", completionStart, end),
            new Facts.PhasePeriod("achevement_evaluation", evalStart, evalEnd));
    f.phases.addAll(periods);

    Map<String, Object> out = YamlWriter.map();
    for (Facts.PhasePeriod p : periods) {
      Map<String, Object> phase = YamlWriter.map();
      phase.put(
          "periode",
          YamlWriter.flow(
              "debut", new YamlWriter.Raw(Formats.iso(p.start())),
              "fin", new YamlWriter.Raw(Formats.iso(p.end()))));
      List<Object> actions = new ArrayList<>();
      for (String title : titles(p.key())) {
        f.actionTitles.add(title);
        actions.add(action(title, p));
      }
      phase.put("actions", actions);
      out.put(p.key(), phase);
    }
    return out;
  }

  private List<String> titles(String phase) {
    return switch (phase) {
      case "preparation" -> d.distinct(WordBank.PREPARATION_ACTIONS, d.between(1, 4));
      case "lancement" -> {
        List<String> bank = new ArrayList<>(f.theme.actions());
        bank.addAll(WordBank.LAUNCH_ACTIONS);
        yield d.distinct(bank, d.between(2, 8));
      }
      case "achevement_experimentation" -> d.distinct(WordBank.COMPLETION_ACTIONS, d.between(1, 5));
      default -> d.distinct(WordBank.EVALUATION_ACTIONS, d.between(1, 3));
    };
  }

  private Map<String, Object> action(String title, Facts.PhasePeriod p) {
    Map<String, Object> a = YamlWriter.map();
    a.put("intitule", title.length() > 70 ? new YamlWriter.Folded(title) : title);
    a.put("quand", d.chance(0.1) ? null : when(p.start(), p.end()));
    a.put("specifique", d.chance(0.85));
    if (d.chance(0.35)) {
      int months = monthsBetween(p.start(), p.end()) + 1;
      List<WordBank.Duration> fitting = new ArrayList<>();
      for (WordBank.Duration x : WordBank.DURATIONS) if (x.months() <= months) fitting.add(x);
      a.put("duree", d.pick(fitting).text());
    }
    if (d.chance(0.8)) {
      int staff = d.between(1, 6);
      Map<String, Object> rh = YamlWriter.map("effectifs", staff);
      if (d.chance(0.6)) {
        List<WordBank.Etp> fitting = new ArrayList<>();
        for (WordBank.Etp e : WordBank.ETPS) if (e.value() <= staff) fitting.add(e);
        WordBank.Etp e = d.pick(fitting);
        rh.put("etp", e.number() ? new YamlWriter.Raw(e.text()) : e.text());
      }
      rh.put("personnel", d.pick(WordBank.STAFF));
      a.put("rh", new YamlWriter.Flow(rh));
    }
    if (d.chance(0.2)) {
      Object purchases =
          d.chance(0.1)
              ? "Cf. Bilan financier ci-après"
              : Formats.amount(
                  d, d.between(200L, 15_000L) * 100 + (d.chance(0.4) ? d.between(1, 99) : 0));
      a.put(
          "materiel",
          YamlWriter.flow(
              "achats",
              purchases,
              "prestations",
              d.chance(0.7) ? d.pick(WordBank.SERVICES) : null,
              "autre",
              null));
    }
    return a;
  }

  static int monthsBetween(YearMonth from, YearMonth to) {
    return (int)
        (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue());
  }

  /** When an action took place, in the holder's words, inside [from, to]. */
  private String when(YearMonth from, YearMonth to) {
    int span = monthsBetween(from, to);
    YearMonth a = from.plusMonths(d.between(0, Math.max(0, span)));
    int left = monthsBetween(a, to);
    YearMonth b = a.plusMonths(d.between(0, Math.min(left, 6)));
    if (a.equals(b)) return Formats.monthYear(a);
    if (a.getYear() == b.getYear()) {
      if (b.getMonthValue() == a.getMonthValue() + 1 && d.chance(0.5)) {
        return Formats.month(a.getMonthValue()) + "-" + Formats.monthYear(b);
      }
      return Formats.month(a.getMonthValue()) + " à " + Formats.monthYear(b);
    }
    return "de " + Formats.monthYear(a) + " à " + Formats.monthYear(b);
  }
}

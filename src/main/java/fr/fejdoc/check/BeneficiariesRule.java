package fr.fejdoc.check;

import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.CharacteristicBlock;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.PeriodKind;
import fr.fejdoc.model.Planned;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.form.FormRegistry;
import java.util.List;

/** Tableau 1 adds up (CHECKS.md "Tableau 1 adds up"). */
final class BeneficiariesRule implements Rule {

  @Override
  public boolean addsFiguresUp() {
    return true;
  }

  @Override
  public void check(Project p, List<Finding> out) {
    if (p.experiment() == null || p.experiment().beneficiaries() == null) return;
    Beneficiaries b = p.experiment().beneficiaries();
    int n = b.periods().size();
    periodCount(b.enteredYoung(), "beneficiaires.entres.jeunes", n, b, out);
    periodCount(b.enteredAdults(), "beneficiaires.entres.adultes", n, b, out);
    periodCount(b.abandons(), "beneficiaires.abandons", n, b, out);

    if (b.kind() == PeriodKind.INTAKES) {
      intakeTotal(b.statedYoungTotal(), b.enteredYoung(), true, out);
      intakeTotal(b.statedAdultTotal(), b.enteredAdults(), false, out);
    } else {
      stages(b, b.enteredYoung(), b.enteredAdults(), b.statedYoungTotal(), true, out);
      stages(b, b.enteredAdults(), b.enteredYoung(), b.statedAdultTotal(), false, out);
      stagesTogether(b, out);
    }
    plannedTotal(b, out);
    abandons(b, out);
    characteristics(b, out);
    rate(b, out);
  }

  private static Loc firstLoc(List<Count> counts, Loc fallback) {
    for (Count c : counts) if (c != null) return c.loc();
    return fallback;
  }

  private static void periodCount(
      List<Count> list, String path, int n, Beneficiaries b, List<Finding> out) {
    if (!list.isEmpty() && list.size() != n) {
      out.add(Finding.of(Code.T1_PERIOD_COUNT, firstLoc(list, b.loc()), path, list.size(), n));
    }
  }

  private static void intakeTotal(
      Count stated, List<Count> perPeriod, boolean young, List<Finding> out) {
    Integer sum = Beneficiaries.sum(perPeriod);
    if (stated == null || sum == null || stated.value() == sum) return;
    out.add(
        Finding.of(
            Code.T1_INTAKE_TOTAL,
            stated.loc(),
            FormRegistry.BENEFICIARY_LINES.name(young ? "jeunes" : "adultes"),
            stated.value(),
            sum,
            Math.abs(stated.value() - sum)));
  }

  /**
   * Stages of one cohort: each stage holds at most the previous one less its abandons. The form has
   * one abandons row for young and adults together, so a row is charged only the abandons the other
   * row cannot account for.
   */
  private static void stages(
      Beneficiaries b,
      List<Count> entered,
      List<Count> other,
      Count stated,
      boolean young,
      List<Finding> out) {
    Count previous = null;
    int previousIndex = -1;
    for (int i = 0; i < entered.size(); i++) {
      Count c = entered.get(i);
      if (c == null) continue;
      if (previous != null) {
        int abandons = charged(b, other, previousIndex);
        int left = previous.value() - abandons;
        if (c.value() > left) {
          out.add(
              Finding.of(
                  Code.T1_STAGE_EXCEEDS,
                  c.loc(),
                  FormRegistry.BENEFICIARY_LINES.name(young ? "jeunes" : "adultes"),
                  label(b, i),
                  c.value(),
                  label(b, previousIndex),
                  previous.value(),
                  abandons,
                  left));
        }
      }
      previous = c;
      previousIndex = i;
    }
    if (stated != null && previous != null) {
      int abandons = charged(b, other, previousIndex);
      int left = previous.value() - abandons;
      if (stated.value() > left) {
        out.add(
            Finding.of(
                Code.T1_COHORT_END,
                stated.loc(),
                FormRegistry.BENEFICIARY_LINES.name(young ? "jeunes" : "adultes"),
                stated.value(),
                label(b, previousIndex),
                previous.value(),
                abandons,
                left));
      }
    }
  }

  /**
   * Young and adults together: the single abandons row leaves each stage with at most the previous
   * stage's people less its abandons (what each row alone cannot show).
   */
  private static void stagesTogether(Beneficiaries b, List<Finding> out) {
    if (b.enteredYoung().isEmpty() || b.enteredAdults().isEmpty()) return;
    int n = Math.min(b.enteredYoung().size(), b.enteredAdults().size());
    int previous = -1;
    for (int i = 0; i < n; i++) {
      Count y = b.enteredYoung().get(i), a = b.enteredAdults().get(i);
      if (y == null || a == null) continue;
      if (previous >= 0) {
        int prevYoung = value(b.enteredYoung(), previous);
        int prevAdults = value(b.enteredAdults(), previous);
        int before = prevYoung + prevAdults;
        int left = before - abandonsAt(b, previous);
        boolean rowAlreadyReported =
            y.value() > prevYoung - charged(b, b.enteredAdults(), previous)
                || a.value() > prevAdults - charged(b, b.enteredYoung(), previous);
        if (!rowAlreadyReported && y.value() + a.value() > left) {
          out.add(
              Finding.of(
                  Code.T1_STAGE_EXCEEDS,
                  y.loc(),
                  new Localized("jeunes et adultes", "young people and adults"),
                  label(b, i),
                  y.value() + a.value(),
                  label(b, previous),
                  before,
                  abandonsAt(b, previous),
                  left));
        }
      }
      previous = i;
    }
  }

  /** Abandons of stage {@code i} that the other row's members at that stage cannot explain. */
  private static int charged(Beneficiaries b, List<Count> other, int i) {
    return Math.max(0, abandonsAt(b, i) - value(other, i));
  }

  private static int abandonsAt(Beneficiaries b, int i) {
    if (i < 0 || i >= b.abandons().size() || b.abandons().get(i) == null) return 0;
    return b.abandons().get(i).value();
  }

  private static String label(Beneficiaries b, int i) {
    return i < b.periods().size() ? b.periods().get(i).value() : "n°" + (i + 1);
  }

  private static void plannedTotal(Beneficiaries b, List<Finding> out) {
    Planned t = b.plannedTotal();
    if (t == null || (b.plannedYoung() == null && b.plannedAdults() == null)) return;
    long min = 0, max = 0;
    for (Planned x : new Planned[] {b.plannedYoung(), b.plannedAdults()}) {
      if (x == null) continue;
      min += x.min();
      max = Math.min(Integer.MAX_VALUE, max + x.max());
    }
    if (t.max() < min || t.min() > max) {
      String sum =
          min == max ? String.valueOf(min) : min + " à " + (max == Integer.MAX_VALUE ? "∞" : max);
      out.add(Finding.of(Code.T1_TOTAL, t.loc(), t.text(), sum));
    }
  }

  private static void abandons(Beneficiaries b, List<Finding> out) {
    for (int i = 0; i < b.abandons().size(); i++) {
      Count a = b.abandons().get(i);
      if (a == null) continue;
      int entered = value(b.enteredYoung(), i) + value(b.enteredAdults(), i);
      if (a.value() > entered) {
        out.add(Finding.of(Code.T1_ABANDONS, a.loc(), label(b, i), a.value(), entered));
      }
    }
  }

  private static int value(List<Count> l, int i) {
    return i < l.size() && l.get(i) != null ? l.get(i).value() : 0;
  }

  private static void characteristics(Beneficiaries b, List<Finding> out) {
    Integer young = b.youngTotal();
    Integer adults = b.adultTotal();
    Integer expected = young;
    Localized who = new Localized("jeunes entrés", "young people entered");
    if (b.adultsCountedInYoungBlocks()) {
      expected =
          young == null && adults == null
              ? null
              : (young == null ? 0 : young) + (adults == null ? 0 : adults);
      who = new Localized("jeunes et adultes entrés", "young people and adults entered");
    }
    for (CharacteristicBlock block : b.youngBlocks()) {
      Long sum = block.enteredSum();
      // With adults counted in an "Autres" row, only the rubric that holds that row adds them: a
      // rubric that sums to the young alone is right too.
      boolean youngAlone =
          b.adultsCountedInYoungBlocks()
              && sum != null
              && young != null
              && sum == young.longValue();
      if (sum != null && expected != null && sum != expected.longValue() && !youngAlone) {
        out.add(
            Finding.of(
                Code.T1_CHARACTERISTICS,
                block.loc(),
                FormRegistry.RUBRICS.name(block.rubric()),
                sum,
                who,
                expected,
                Math.abs(sum - expected)));
      }
      plannedBlock(b, block, out);
    }
    CharacteristicBlock quality = b.adultQuality();
    if (quality != null) {
      Long sum = quality.enteredSum();
      if (sum != null && adults != null && sum != adults.longValue()) {
        out.add(
            Finding.of(Code.T1_ADULT_QUALITY, quality.loc(), sum, adults, Math.abs(sum - adults)));
      }
    }
  }

  private static void plannedBlock(Beneficiaries b, CharacteristicBlock block, List<Finding> out) {
    long[] bounds = block.plannedBounds();
    Planned young = b.plannedYoung();
    if (bounds == null || young == null) return;
    long min = young.min(), max = young.max();
    if (b.adultsCountedInYoungBlocks() && b.plannedAdults() != null) {
      // the rubric may hold the adults' "Autres" row or not: either sum is consistent
      max = Math.min(Integer.MAX_VALUE, max + b.plannedAdults().max());
    }
    if (bounds[1] < min || bounds[0] > max) {
      String sum =
          bounds[0] == bounds[1] ? String.valueOf(bounds[0]) : bounds[0] + " à " + bounds[1];
      out.add(
          Finding.of(
              Code.T1_CHARACTERISTICS_PLANNED,
              block.loc(),
              FormRegistry.RUBRICS.name(block.rubric()),
              sum,
              young.text()));
    }
  }

  private static void rate(Beneficiaries b, List<Finding> out) {
    Integer reached = b.reached(), planned = b.plannedMinimum(), rate = b.rate();
    if (rate == null) return;
    Loc loc = b.plannedYoung().loc();
    long plannedMax =
        b.plannedYoung().max() + (b.plannedAdults() == null ? 0 : (long) b.plannedAdults().max());
    if (reached < planned) {
      out.add(Finding.of(Code.T1_RATE, loc, reached, planned, rate));
    } else if (reached > plannedMax) {
      out.add(
          Finding.of(
              Code.T1_ABOVE_PLAN,
              loc,
              reached,
              plannedMax,
              Math.round(reached * 100.0 / plannedMax)));
    }
  }
}

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
import fr.fejdoc.text.FrenchFormat;
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
    abandonsTotal(b, out);
    missionLocale(b, out);
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
      out.add(Finding.of(Code.T1_TOTAL, t.loc(), t.text(), Planned.text(min, max)));
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

  /** A stated abandons total (the form's total column) is the sum of the periods' abandons. */
  private static void abandonsTotal(Beneficiaries b, List<Finding> out) {
    Count stated = b.statedAbandons();
    Integer sum = Beneficiaries.sum(b.abandons());
    if (stated == null || sum == null || stated.value() == sum) return;
    out.add(
        Finding.of(
            Code.T1_ABANDONS_TOTAL,
            stated.loc(),
            stated.value(),
            sum,
            Math.abs(stated.value() - sum)));
  }

  /**
   * The Mission Locale counts, as given: never above the young entered (for stages of one cohort,
   * the largest stage) or planned, and not against the tick of the same column.
   */
  private static void missionLocale(Beneficiaries b, List<Finding> out) {
    var other = b.other();
    if (other == null) return;
    Localized planned = new Localized("prévu", "planned");
    Localized done = new Localized("réalisé", "realised");
    Count count = other.missionLocaleDoneCount();
    Integer entered = enteredYoung(b);
    if (count != null && entered != null && count.value() > entered) {
      out.add(
          Finding.of(
              Code.T1_MISSION_LOCALE_ABOVE,
              count.loc(),
              done,
              String.valueOf(count.value()),
              new Localized(entered + " jeunes entrés", entered + " young people entered")));
    }
    Planned plannedCount = other.missionLocalePlannedCount();
    Planned young = b.plannedYoung();
    if (plannedCount != null && young != null && plannedCount.min() > young.max()) {
      out.add(
          Finding.of(
              Code.T1_MISSION_LOCALE_ABOVE,
              plannedCount.loc(),
              planned,
              plannedCount.text(),
              new Localized(
                  young.text() + " jeunes prévus", young.text() + " young people planned")));
    }
    if (count != null)
      tick(
          other.missionLocaleDone(), count.value(), count.value(), count.loc(), done, entered, out);
    if (plannedCount != null)
      tick(
          other.missionLocalePlanned(),
          plannedCount.min(),
          plannedCount.max(),
          plannedCount.loc(),
          planned,
          young == null || !young.exact() ? null : young.min(),
          out);
  }

  /** "aucun" with young followed, "une partie" with none, "tous" with fewer than all. */
  private static void tick(
      fr.fejdoc.model.Choice choice,
      int min,
      int max,
      Loc loc,
      Localized side,
      Integer all,
      List<Finding> out) {
    if (choice == null) return;
    String key = choice.key();
    String count = min == max ? String.valueOf(min) : min + " à " + max;
    Localized of = new Localized("", "");
    boolean wrong =
        switch (key) {
          case "aucun" -> min > 0;
          case "partie" -> max == 0 || (all != null && min >= all && all > 0);
          case "tous" -> all != null && max < all;
          default -> false;
        };
    if (!wrong) return;
    if (all != null && !key.equals("aucun")) {
      of = new Localized(" pour " + all + " jeunes", " for " + all + " young people");
    }
    Localized tick =
        switch (key) {
          case "aucun" -> new Localized("aucun", "none");
          case "partie" -> new Localized("une partie", "some");
          default -> new Localized("tous", "all");
        };
    out.add(Finding.of(Code.T1_MISSION_LOCALE_TICK, loc, side, tick, count, of));
  }

  /** Young who entered at all: the total for intakes, the largest stage for one cohort. */
  private static Integer enteredYoung(Beneficiaries b) {
    if (b.kind() == PeriodKind.INTAKES) return b.youngTotal();
    return atEntry(b.enteredYoung(), b.statedYoungTotal());
  }

  /** A cohort as it entered: its largest stage (or its stated end, if larger); null if none. */
  private static Integer atEntry(List<Count> stages, Count statedEnd) {
    Integer max = statedEnd == null ? null : statedEnd.value();
    for (Count c : stages) {
      if (c != null && (max == null || c.value() > max)) max = c.value();
    }
    return max;
  }

  private static int value(List<Count> l, int i) {
    return i < l.size() && l.get(i) != null ? l.get(i).value() : 0;
  }

  /**
   * Characteristics are those of the beneficiaries entered over the whole experiment (the form's
   * column has the same name as Tableau 1's total column). For stages of one cohort, holders read
   * it two ways, both real: the cohort as it ends (the total column), or as it entered the
   * dispositif (its largest stage): a block matching either is consistent; otherwise the finding
   * names the total column.
   */
  private static void characteristics(Beneficiaries b, List<Finding> out) {
    Integer young = b.youngTotal();
    Integer adults = b.adultTotal();
    boolean stages = b.kind() == PeriodKind.STAGES;
    Integer youngAtEntry = stages ? atEntry(b.enteredYoung(), b.statedYoungTotal()) : young;
    Integer adultsAtEntry = stages ? atEntry(b.enteredAdults(), b.statedAdultTotal()) : adults;
    Integer expected = young;
    Integer expectedAtEntry = youngAtEntry;
    Localized who = new Localized("jeunes entrés", "young people entered");
    if (b.adultsCountedInYoungBlocks()) {
      expected = sum(young, adults);
      expectedAtEntry = sum(youngAtEntry, adultsAtEntry);
      who = new Localized("jeunes et adultes entrés", "young people and adults entered");
    }
    for (CharacteristicBlock block : b.youngBlocks()) {
      Long sum = block.enteredSum();
      // With adults counted in an "Autres" row, only the rubric that holds that row adds them: a
      // rubric that sums to the young alone is right too.
      boolean youngAlone =
          b.adultsCountedInYoungBlocks()
              && sum != null
              && ((young != null && sum == young.longValue())
                  || (youngAtEntry != null && sum == youngAtEntry.longValue()));
      if (sum != null
          && expected != null
          && sum != expected.longValue()
          && (expectedAtEntry == null || sum != expectedAtEntry.longValue())
          && !youngAlone) {
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
      if (sum != null
          && adults != null
          && sum != adults.longValue()
          && (adultsAtEntry == null || sum != adultsAtEntry.longValue())) {
        out.add(
            Finding.of(Code.T1_ADULT_QUALITY, quality.loc(), sum, adults, Math.abs(sum - adults)));
      }
    }
  }

  private static Integer sum(Integer a, Integer b) {
    return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
  }

  private static void plannedBlock(Beneficiaries b, CharacteristicBlock block, List<Finding> out) {
    long[] bounds = block.plannedBounds();
    Planned young = b.plannedYoung();
    if (bounds == null || young == null) return;
    long min = young.min(), max = young.max();
    Localized against =
        new Localized(
            "jeunes prévus (" + young.text() + ")", "planned young people (" + young.text() + ")");
    if (b.adultsCountedInYoungBlocks() && b.plannedAdults() != null) {
      // the rubric may hold the adults' "Autres" row or not: either sum is consistent
      max = Math.min(Integer.MAX_VALUE, max + b.plannedAdults().max());
      String
          sum =
              Planned.text(
                  (long) young.min() + b.plannedAdults().min(),
                  Math.min(Integer.MAX_VALUE, (long) young.max() + b.plannedAdults().max())),
          adults = b.plannedAdults().text();
      against =
          new Localized(
              "jeunes prévus ("
                  + young.text()
                  + ") ou jeunes et adultes prévus ("
                  + sum
                  + " : jeunes "
                  + young.text()
                  + " + adultes "
                  + adults
                  + ")",
              "planned young people ("
                  + young.text()
                  + ") or planned young people and adults ("
                  + sum
                  + ": young people "
                  + young.text()
                  + " + adults "
                  + adults
                  + ")");
    }
    if (bounds[1] < min || bounds[0] > max) {
      out.add(
          Finding.of(
              Code.T1_CHARACTERISTICS_PLANNED,
              block.loc(),
              FormRegistry.RUBRICS.name(block.rubric()),
              Planned.text(bounds[0], bounds[1]),
              against));
    }
  }

  /**
   * The rate, like with like (young against young planned, or the total row when adults were
   * planned), naming exactly the figures compared: the plan as written, a range as a range.
   */
  private static void rate(Beneficiaries b, List<Finding> out) {
    Beneficiaries.Realisation r = b.realisation();
    if (r == null || (!r.below() && !r.above())) return;
    Loc loc =
        r.withAdults() && b.plannedTotal() != null
            ? b.plannedTotal().loc()
            : b.plannedYoung() != null ? b.plannedYoung().loc() : b.loc();
    Localized who =
        r.withAdults()
            ? new Localized(
                "bénéficiaires (jeunes et adultes)", "beneficiaries (young people and adults)")
            : new Localized("jeunes", "young people");
    Localized planned = plannedText(b, r);
    String fr = FrenchFormat.percentRange(r.lowRate(), r.highRate());
    if (fr == null) return;
    // messages are plain text for terminals: ordinary spaces
    Localized rate =
        new Localized(
            fr.replace('\u202F', ' '),
            FrenchFormat.percentRangeEnglish(r.lowRate(), r.highRate()).replace('\u202F', ' '));
    out.add(
        Finding.of(
            r.below() ? Code.T1_RATE : Code.T1_ABOVE_PLAN, loc, r.reached(), who, planned, rate));
  }

  /** The plan compared: as written, or, composed, with its parts ("22 à 25 (17 à 20 + 5)"). */
  private static Localized plannedText(Beneficiaries b, Beneficiaries.Realisation r) {
    if (!r.withAdults() || b.plannedTotal() != null || b.plannedYoung() == null) {
      return new Localized(r.plannedText(), r.plannedText());
    }
    String young = b.plannedYoung().text(), adults = b.plannedAdults().text();
    return new Localized(
        r.plannedText() + " (jeunes " + young + " + adultes " + adults + ")",
        r.plannedText() + " (young people " + young + " + adults " + adults + ")");
  }
}

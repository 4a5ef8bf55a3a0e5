package fr.fejdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeneficiariesTest {
  private static final Loc L = new Loc("experiment.yaml", 1, 1);

  private static List<Count> counts(Integer... values) {
    List<Count> out = new ArrayList<>();
    for (Integer v : values) out.add(v == null ? null : new Count(v, L));
    return out;
  }

  private static Beneficiaries of(
      PeriodKind kind,
      List<Count> young,
      List<Count> adults,
      Integer statedYoung,
      Integer statedAdults) {
    List<Text> periods = new ArrayList<>();
    for (int i = 0; i < Math.max(young.size(), adults.size()); i++) {
      periods.add(new Text("P" + (i + 1), L));
    }
    return new Beneficiaries(
        kind,
        periods,
        null,
        null,
        null,
        young,
        adults,
        List.of(),
        statedYoung == null ? null : new Count(statedYoung, L),
        statedAdults == null ? null : new Count(statedAdults, L),
        false,
        List.of(),
        null,
        null,
        null,
        L);
  }

  @Test
  void intakesAddThePeriods() {
    Beneficiaries b = of(PeriodKind.INTAKES, counts(64, 40, null), counts(0, 0, null), null, null);
    assertThat(b.youngTotal()).isEqualTo(104);
    assertThat(b.adultTotal()).isEqualTo(0);
    assertThat(b.total()).isEqualTo(104);
  }

  @Test
  void stagesTakeTheLastStageGiven() {
    Beneficiaries b = of(PeriodKind.STAGES, counts(40, 11, null), counts(1, 1, null), null, null);
    assertThat(b.youngTotal()).isEqualTo(11);
    assertThat(b.adultTotal()).isEqualTo(1);
    assertThat(b.total()).isEqualTo(12);
  }

  @Test
  void statedTotalWinsForBothKinds() {
    assertThat(of(PeriodKind.STAGES, counts(40, 11), counts(), 8, null).youngTotal()).isEqualTo(8);
    assertThat(of(PeriodKind.INTAKES, counts(40, 11), counts(), 8, null).youngTotal()).isEqualTo(8);
  }

  @Test
  void noFigureGivesNoTotal() {
    Beneficiaries none = of(PeriodKind.INTAKES, counts(null, null), counts(), null, null);
    assertThat(none.youngTotal()).isNull();
    assertThat(none.adultTotal()).isNull();
    assertThat(none.total()).isNull();
    assertThat(of(PeriodKind.STAGES, counts(null, null), counts(), null, null).youngTotal())
        .isNull();
  }

  @Test
  void totalCountsAdultsAloneWhenNoYoungAreGiven() {
    assertThat(of(PeriodKind.INTAKES, counts(), counts(2, 3), null, null).total()).isEqualTo(5);
  }

  @Test
  void sumOfAPerPeriodRow() {
    assertThat(Beneficiaries.sum(counts(1, null, 2))).isEqualTo(3);
    assertThat(Beneficiaries.sum(counts(0))).isEqualTo(0);
    assertThat(Beneficiaries.sum(counts(null, null))).isNull();
    assertThat(Beneficiaries.sum(Arrays.asList())).isNull();
  }
}

package fr.fejdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacteristicBlockTest {
  private static final Loc L = new Loc("experiment.yaml", 1, 1);

  private static CharacteristicRow row(String key, Planned planned, Integer entered) {
    return new CharacteristicRow(
        key, null, planned, entered == null ? null : new Count(entered, L), L);
  }

  private static CharacteristicRow other(String label, Planned planned, Integer entered) {
    return new CharacteristicRow(
        null, new Text(label, L), planned, entered == null ? null : new Count(entered, L), L);
  }

  private static Planned exact(int n) {
    return new Planned(n, n, Integer.toString(n), L);
  }

  private static Planned range(int min, int max) {
    return new Planned(min, max, min + " à " + max, L);
  }

  private static CharacteristicBlock block(CharacteristicRow... rows) {
    return new CharacteristicBlock("sexe", List.of(rows), L);
  }

  @Test
  void enteredSumAddsTheRowsGiven() {
    assertThat(block(row("filles", null, 42), row("garcons", null, 62)).enteredSum())
        .isEqualTo(104L);
  }

  @Test
  void enteredSumCountsAutresRowsAndSkipsRowsWithoutEntered() {
    CharacteristicBlock b =
        block(row("filles", exact(50), 42), row("garcons", exact(70), null), other("x", null, 3));
    assertThat(b.enteredSum()).isEqualTo(45L);
  }

  @Test
  void enteredSumIsNullWithoutAnyEnteredFigureButZeroWhenZerosAreWritten() {
    assertThat(block().enteredSum()).isNull();
    assertThat(block(row("filles", exact(3), null)).enteredSum()).isNull();
    assertThat(block(row("filles", null, 0), row("garcons", null, 0)).enteredSum()).isEqualTo(0L);
  }

  @Test
  void plannedBoundsAddExactFiguresAndRanges() {
    CharacteristicBlock b = block(row("filles", exact(8), null), row("garcons", range(10, 12), 11));
    assertThat(b.plannedBounds()).containsExactly(18L, 20L);
  }

  @Test
  void plannedBoundsOfACapStartAtZero() {
    CharacteristicBlock b =
        block(row("filles", new Planned(0, 30, "30 max", L), null), row("garcons", exact(5), null));
    assertThat(b.plannedBounds()).containsExactly(5L, 35L);
  }

  @Test
  void plannedBoundsAreNullWithoutAnyPlannedFigure() {
    assertThat(block().plannedBounds()).isNull();
    assertThat(block(row("filles", null, 42)).plannedBounds()).isNull();
  }

  @Test
  void plannedBoundsDoNotOverflowWithOpenRanges() {
    Planned open = new Planned(10, Integer.MAX_VALUE, "10 et plus", L);
    long[] bounds = block(row("filles", open, null), row("garcons", open, null)).plannedBounds();
    assertThat(bounds[0]).isEqualTo(20L);
    assertThat(bounds[1]).isEqualTo(Integer.MAX_VALUE);
  }
}

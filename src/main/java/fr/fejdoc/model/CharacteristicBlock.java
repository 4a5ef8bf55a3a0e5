package fr.fejdoc.model;

import java.util.List;

/** A rubric of Tableau 1 (b): âge, situation, niveau, sexe (young) or qualité (adults). */
public record CharacteristicBlock(String rubric, List<CharacteristicRow> rows, Loc loc) {

  /** Sum of the entered figures given; null when no row gives one. */
  public Long enteredSum() {
    long sum = 0;
    boolean any = false;
    for (CharacteristicRow r : rows) {
      if (r.entered() != null) {
        sum += r.entered().value();
        any = true;
      }
    }
    return any ? sum : null;
  }

  /** Bounds of the planned figures given ([min, max]); null when no row gives one. */
  public long[] plannedBounds() {
    long min = 0, max = 0;
    boolean any = false;
    for (CharacteristicRow r : rows) {
      if (r.planned() != null) {
        min += r.planned().min();
        max = Math.min(Integer.MAX_VALUE, max + r.planned().max());
        any = true;
      }
    }
    return any ? new long[] {min, max} : null;
  }
}

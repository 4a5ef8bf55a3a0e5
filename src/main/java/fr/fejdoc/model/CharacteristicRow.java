package fr.fejdoc.model;

/**
 * One row of Tableau 1 (b): a fixed row ({@code key} from the closed list, {@code label} null) or
 * an "Autres (préciser)" row ({@code key} null, {@code label} the holder's words).
 */
public record CharacteristicRow(String key, Text label, Planned planned, Count entered, Loc loc) {
  public boolean isOther() {
    return key == null;
  }
}

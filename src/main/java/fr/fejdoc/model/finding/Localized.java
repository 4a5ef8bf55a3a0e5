package fr.fejdoc.model.finding;

/** A sentence given in both languages, used as a finding argument. */
public record Localized(String fr, String en) {
  public String in(boolean english) {
    return english ? en : fr;
  }
}

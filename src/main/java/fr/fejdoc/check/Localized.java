package fr.fejdoc.check;

/** A message argument that has a French and an English wording. */
public record Localized(String fr, String en) {
  public String in(Messages.Lang lang) {
    return lang == Messages.Lang.EN ? en : fr;
  }
}

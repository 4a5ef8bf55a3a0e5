package fr.fejdoc.model;

/** A partenaire financier: its category (fej, cofinancement, autofinancement) and amount. */
public record Funder(Text name, Choice category, Amount amount, Loc loc) {
  public static final String FEJ = "fej";
  public static final String COFUNDING = "cofinancement";
  public static final String SELF_FUNDING = "autofinancement";
}

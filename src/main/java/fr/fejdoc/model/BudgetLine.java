package fr.fejdoc.model;

/**
 * A detail line of a budget account (funder only under account 74), with the holder's comment on
 * its gap (null when none).
 */
public record BudgetLine(
    Text label, Choice funder, Amount planned, Amount actual, Text comments, Loc loc) {

  public BudgetLine(Text label, Choice funder, Amount planned, Amount actual, Loc loc) {
    this(label, funder, planned, actual, null, loc);
  }
}

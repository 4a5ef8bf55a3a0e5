package fr.fejdoc.model;

/** A detail line of a budget account (funder only under account 74). */
public record BudgetLine(Text label, Choice funder, Amount planned, Amount actual, Loc loc) {}

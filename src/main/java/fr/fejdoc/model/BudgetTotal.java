package fr.fejdoc.model;

/** A total the holder stated (TOTAL DES CHARGES / DES PRODUITS). */
public record BudgetTotal(Amount planned, Amount actual, Loc loc) {}

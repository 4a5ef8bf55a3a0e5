package fr.fejdoc.model;

/** How the columns of Tableau 1 relate (the holder says which). */
public enum PeriodKind {
  /** Successive intakes (Année 1, Année 2...): the total is the sum of the periods. */
  INTAKES,
  /** Successive stages of one cohort (Phase 1, Phase 2): the total is the cohort at the end. */
  STAGES
}

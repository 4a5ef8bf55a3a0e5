package fr.fejdoc.model;

/** One row of Tableau 2. */
public record Action(
    Text title,
    Text when,
    Boolean specific,
    DurationText duration,
    Count staff,
    Etp fte,
    Text personnel,
    MoneyCell purchases,
    Text services,
    Text other,
    Loc loc) {}

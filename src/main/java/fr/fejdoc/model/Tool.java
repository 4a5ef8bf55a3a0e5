package fr.fejdoc.model;

/** One row of Tableau 3 (a tool developed during the experiment). */
public record Tool(
    Text name,
    Text function,
    Text users,
    Choice format,
    Boolean transferable,
    Text qualifier,
    Loc loc) {}

package fr.fejdoc.model;

/** The appel à projets: its code (AP1) and when it was launched. */
public record CallForProjects(Text code, DateValue launched, Loc loc) {}

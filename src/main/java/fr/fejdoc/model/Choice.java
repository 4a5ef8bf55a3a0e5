package fr.fejdoc.model;

/** A value from one of the forms' closed lists (its key, e.g. {@code partie}). */
public record Choice(String key, Loc loc) {}

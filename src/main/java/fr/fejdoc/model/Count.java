package fr.fejdoc.model;

/** A whole number of people (never negative once loaded). */
public record Count(int value, Loc loc) {}

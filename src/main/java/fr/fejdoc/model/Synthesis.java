package fr.fejdoc.model;

/** The fields of the fiche synthétique the holder writes (Markdown). */
public record Synthesis(
    Text objectives,
    Text targetPublic,
    Text description,
    Text territories,
    Text addedValue,
    Loc loc) {}

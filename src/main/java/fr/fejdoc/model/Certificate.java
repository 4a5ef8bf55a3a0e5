package fr.fejdoc.model;

/** The certificate at the end of a note, signed by the holder's representative. */
public record Certificate(
    Text signatory,
    Text quality,
    Text place,
    DateValue date,
    boolean publication,
    Text signature,
    Loc loc) {}

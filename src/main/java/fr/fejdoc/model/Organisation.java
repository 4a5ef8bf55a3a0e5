package fr.fejdoc.model;

/** A porteur or an évaluateur: name, acronym (sigle) and type of structure. */
public record Organisation(Text name, Text acronym, Text type, Loc loc) {}

package fr.fejdoc.model;

/** A partenaire opérationnel: role (Markdown), type, and whether planned and/or effective. */
public record OperationalPartner(
    Text name, Text role, Text type, Boolean planned, Boolean effective, Loc loc) {}

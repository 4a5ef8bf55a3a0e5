package fr.fejdoc.model;

import java.math.BigDecimal;

/** Full-time equivalents: {@code text} as written ("1 et ½"), {@code value} its number. */
public record Etp(BigDecimal value, String text, Loc loc) {}

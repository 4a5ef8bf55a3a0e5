package fr.fejdoc.model;

import java.math.BigDecimal;

/** An amount of money in euros. */
public record Amount(BigDecimal value, Loc loc) {}

package fr.fejdoc.model;

import java.math.BigDecimal;

/** A financing share in percent, as the holder stated it. */
public record Share(String category, BigDecimal percent, Loc loc) {}

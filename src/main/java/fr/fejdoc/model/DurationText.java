package fr.fejdoc.model;

import java.math.BigDecimal;

/** A duration as written ("8 semaines") and its length in months. */
public record DurationText(String text, BigDecimal months, Loc loc) {}

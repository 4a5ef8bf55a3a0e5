package fr.fejdoc.model;

import java.math.BigDecimal;

/**
 * A Tableau 2 money cell: an amount, or a reference text such as "Cf. Bilan financier ci-après"
 * ({@code amount} null).
 */
public record MoneyCell(BigDecimal amount, String text, Loc loc) {}

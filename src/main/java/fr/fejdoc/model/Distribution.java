package fr.fejdoc.model;

import java.util.List;

/**
 * Figures quoted in a narrative and given as data so they are checked: a total and its parts (e.g.
 * the cohort of 207 young by département).
 */
public record Distribution(Text label, Count total, List<Part> parts, Loc loc) {
  /** One part of the distribution. */
  public record Part(String name, Count count) {}
}

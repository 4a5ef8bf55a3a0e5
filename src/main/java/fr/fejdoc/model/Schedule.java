package fr.fejdoc.model;

/** The calendrier: start, optional end, initial and effective durations in months. */
public record Schedule(
    DateValue start, DateValue end, Count initialMonths, Count effectiveMonths, Loc loc) {}

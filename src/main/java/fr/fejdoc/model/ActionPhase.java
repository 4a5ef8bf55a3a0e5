package fr.fejdoc.model;

import java.util.List;

/** A phase of Tableau 2 with its dates ("indiquer ici les dates de début et de fin"). */
public record ActionPhase(
    Phase phase, DateValue start, DateValue end, List<Action> actions, Loc loc) {}

package fr.fejdoc.model;

import java.util.List;

/**
 * Tableau 1 (c): follow-up by the Mission Locale (tous, partie, aucun, and the counts real notes
 * give instead of ticks: each optional, none inferred from another), scale of the action (several
 * may be realised) and quartiers politique de la ville (totalite, partie, non), each planned and
 * realised.
 */
public record OtherInformation(
    Choice missionLocalePlanned,
    Choice missionLocaleDone,
    Planned missionLocalePlannedCount,
    Count missionLocaleDoneCount,
    List<Choice> scalePlanned,
    List<Choice> scaleDone,
    Choice cityPolicyPlanned,
    Choice cityPolicyDone) {

  /** Without Mission Locale counts. */
  public OtherInformation(
      Choice missionLocalePlanned,
      Choice missionLocaleDone,
      List<Choice> scalePlanned,
      List<Choice> scaleDone,
      Choice cityPolicyPlanned,
      Choice cityPolicyDone) {
    this(
        missionLocalePlanned,
        missionLocaleDone,
        null,
        null,
        scalePlanned,
        scaleDone,
        cityPolicyPlanned,
        cityPolicyDone);
  }
}

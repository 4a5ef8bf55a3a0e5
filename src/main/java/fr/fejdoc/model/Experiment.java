package fr.fejdoc.model;

import java.util.List;

/**
 * The facts of one experiment (experiment.yaml). Optional parts are null when absent; lists are
 * empty. Glossary of the holders' words: porteur = holder, évaluateur = evaluator, appel à projets
 * = call, thématique = theme, calendrier = schedule, synthèse = synthesis, partenaires = partners,
 * financeurs = funders, bénéficiaires = beneficiaries (Tableau 1), actions (Tableau 2), outils =
 * tools (Tableau 3), bilan = budget, constats acceptés = acknowledgements.
 */
public record Experiment(
    Dossier dossier,
    Text shortName,
    CallForProjects call,
    Text theme,
    Text programme,
    Text title,
    Organisation holder,
    Organisation evaluator,
    List<Text> regions,
    Schedule schedule,
    Synthesis synthesis,
    Partners partners,
    Beneficiaries beneficiaries,
    List<ActionPhase> actions,
    List<Tool> tools,
    Budget budget,
    List<Acknowledgement> acknowledgements,
    Loc loc) {

  public Experiment {
    acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
  }
}

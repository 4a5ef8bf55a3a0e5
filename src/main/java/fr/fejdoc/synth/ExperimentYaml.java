package fr.fejdoc.synth;

import fr.fejdoc.text.YamlWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assembles experiment.yaml: identity, calendar and fiche synthétique, then the tables. */
final class ExperimentYaml {
  private ExperimentYaml() {}

  static Map<String, Object> assemble(
      Dice d,
      Facts f,
      Map<String, Object> partners,
      Map<String, Object> beneficiaries,
      Map<String, Object> actions,
      List<Object> tools,
      Map<String, Object> budget) {
    Map<String, Object> root = YamlWriter.map();
    root.put("dossier", f.dossierWritten);
    root.put(
        "appel_a_projets",
        YamlWriter.flow("code", f.code, "lancement", new YamlWriter.Raw(Formats.iso(f.launch))));
    root.put("thematique", f.thematique);
    root.put("programme", f.programme);
    if (f.shortName != null) root.put("nom_court", f.shortName);
    root.put("titre", f.title);
    Map<String, Object> holder = YamlWriter.map("nom", f.holder.name());
    if (f.holder.acronym() != null) holder.put("sigle", f.holder.acronym());
    if (d.chance(0.8)) holder.put("type", f.holder.type());
    root.put("porteur", new YamlWriter.Flow(holder));
    Map<String, Object> evaluator = YamlWriter.map("nom", f.evaluator.name());
    if (d.chance(0.7)) evaluator.put("type", f.evaluator.type());
    root.put("evaluateur", new YamlWriter.Flow(evaluator));
    root.put("regions", YamlWriter.flowList(List.of(f.region.name())));
    root.put("calendrier", new YamlWriter.Flow(schedule(f)));
    if (d.chance(0.85)) root.put("synthese", synthesis(d, f));
    root.put("partenaires", partners);
    root.put("beneficiaires", beneficiaries);
    root.put("actions", actions);
    root.put("outils", tools);
    if (budget != null) root.put("budget", budget);
    return root;
  }

  static List<String> comments(Facts f) {
    return List.of(
        f.folder + " — " + f.title,
        "Projet synthétique écrit par « fejdoc generate » : faits et chiffres inventés, cohérents"
            + " entre eux.");
  }

  private static Map<String, Object> schedule(Facts f) {
    Map<String, Object> s = YamlWriter.map();
    s.put(
        "demarrage",
        new YamlWriter.Raw(
            f.startByDay ? f.start.toString() : Formats.iso(YearMonth.from(f.start))));
    if (f.statesEnd) s.put("fin", new YamlWriter.Raw(Formats.iso(f.end())));
    s.put("duree_initiale_mois", f.initialMonths);
    if (f.effectiveMonths != null) s.put("duree_effective_mois", f.effectiveMonths);
    return s;
  }

  private static Map<String, Object> synthesis(Dice d, Facts f) {
    Narrative n = new Narrative(d, f);
    Map<String, Object> s = YamlWriter.map();
    List<String> objectives = f.objectives;
    s.put(
        "objectifs",
        new YamlWriter.Folded(
            Formats.capitalize(objectives.get(0))
                + " et "
                + objectives.get(1)
                + ", afin de "
                + objectives.get(2)
                + "."));
    String planned =
        f.plannedYoung == null
            ? ""
            : " " + f.plannedYoungText + " bénéficiaires prévus sur la durée de l'expérimentation.";
    s.put(
        "public_cible",
        new YamlWriter.Folded(Formats.capitalize(f.publicDescription) + "." + planned));
    if (d.chance(0.8)) {
      s.put(
          "descriptif",
          new YamlWriter.Folded(
              n.fill(
                      "Le projet propose à chaque jeune un accompagnement renforcé assuré par un"
                          + " référent unique, en lien avec {partenaire}.")
                  + " "
                  + n.sentence(WordBank.GENERIC)));
    }
    if (d.chance(0.8)) {
      List<String> names = new ArrayList<>();
      for (Places.Department dep : f.departments) names.add(dep.name());
      String where =
          names.size() == 1
              ? "le département " + f.department.of() + ", autour " + f.town.of()
              : "les départements suivants : " + String.join(", ", names);
      s.put(
          "territoires",
          new YamlWriter.Folded(
              "L'expérimentation couvre "
                  + where
                  + " ("
                  + f.region.name()
                  + ")."
                  + (d.chance(0.5)
                      ? " Les bénéficiaires viennent de zones urbaines et rurales."
                      : "")));
    }
    if (d.chance(0.7)) {
      s.put(
          "valeur_ajoutee",
          new YamlWriter.Folded(
              Formats.capitalize(d.pick(WordBank.RESULTS))
                  + ", pour "
                  + objectives.get(d.between(0, objectives.size() - 1))
                  + "."));
    }
    return s;
  }
}

package fr.fejdoc.model.form;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.FormPlan.Item;
import java.util.List;

/**
 * The wording of the FEJ forms, in one place: the plans of the three forms (their parts, numbers,
 * titles and the other titles holders use). The loader matches headings against it, the checks name
 * its parts, the templates print it and the reference (docs/reference-cles.md) is generated from
 * it. A form's wording is typed here only: change it here and every edition, message and reference
 * follows.
 */
public final class FormRegistry {
  private FormRegistry() {}

  /**
   * The version of the forms' wording: the year of the FEJ forms reproduced, then a revision number
   * bumped whenever a wording of this registry changes.
   */
  public static final String VERSION = "2011.1";

  // ---- The plans of the three forms ----

  private static Item item(String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, false, true, List.of(aliases));
  }

  private static Item optional(
      String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, false, false, List.of(aliases));
  }

  private static Item group(String id, String number, String title, int depth, String... aliases) {
    return new Item(id, number, title, depth, true, false, List.of(aliases));
  }

  private static final FormPlan PROGRESS_NOTE =
      new FormPlan(
          DocumentKind.NOTE_ETAPE,
          List.of(
              item(
                  "objectifs",
                  "1.",
                  "Rappel des objectifs de l'expérimentation et du public cible",
                  1,
                  "Rappel des objectifs"),
              item(
                  "modalites",
                  "2.",
                  "Modalités opérationnelles et état d'avancement",
                  1,
                  "Modalités opérationnelles")));

  private static final FormPlan FINAL_REPORT =
      new FormPlan(
          DocumentKind.RESTITUTION_FINALE,
          List.of(
              item("introduction", "", "Introduction", 1),
              group(
                  "rappel",
                  "I.",
                  "Rappel des objectifs et du public visé par l'expérimentation",
                  1,
                  "Rappel des objectifs et du public visé"),
              item("objectifs", "A.", "Objectifs de l'expérimentation", 2),
              group(
                  "public-beneficiaires",
                  "B.",
                  "Public visé et bénéficiaires de l'expérimentation (analyse quantitative et"
                      + " qualitative)",
                  2,
                  "Public visé et bénéficiaires de l'expérimentation"),
              item("public-vise", "1.", "Public visé", 3),
              group("beneficiaires-directs", "2.", "Bénéficiaires directs", 3),
              optional("statistiques", "2.1.", "Statistiques descriptives", 4),
              item("analyse-qualitative", "2.2.", "Analyse qualitative", 4),
              item("beneficiaires-indirects", "3.", "Bénéficiaires indirects", 3),
              group("deroulement", "II.", "Déroulement de l'expérimentation", 1),
              item("actions", "A.", "Actions mises en œuvre", 2),
              group("partenariats", "B.", "Partenariats", 2),
              optional("partenaires-operationnels", "1.", "Partenaires opérationnels", 3),
              optional("partenaires-financiers", "2.", "Partenaires financiers", 3),
              item("pilotage", "C.", "Pilotage de l'expérimentation", 2),
              group("enseignements", "III.", "Enseignements généraux de l'expérimentation", 1),
              item("analyse-dispositif", "A.", "Analyse du dispositif expérimenté", 2),
              group(
                  "transferabilite",
                  "B.",
                  "Enseignements et conditions de transférabilité du dispositif",
                  2),
              item("transfert-public", "1.", "Public visé", 3),
              item(
                  "transfert-actions", "2.", "Actions menées dans le cadre du dispositif testé", 3),
              item(
                  "transfert-partenariats",
                  "3.",
                  "Partenariats, coordination d'acteurs et gouvernance",
                  3),
              item("impacts-structure", "4.", "Impacts sur la structure", 3),
              item("conclusion", "", "Conclusion", 1)));

  private static final FormPlan EXPERIENCE_SHEET =
      new FormPlan(
          DocumentKind.FICHE_EXPERIENCE,
          List.of(
              item("genese", "", "La genèse de l'action", 1, "Genèse de l'action"),
              item("mise-en-oeuvre", "", "La mise en œuvre", 1, "Mise en œuvre"),
              optional(
                  "acteurs",
                  "",
                  "Présentation des acteurs clés du projet",
                  1,
                  "Les acteurs clés du projet",
                  "Acteurs clés"),
              item("resultats", "", "Les résultats", 1, "Résultats"),
              item(
                  "difficultes",
                  "",
                  "Difficultés et pistes de progrès",
                  1,
                  "Les difficultés et pistes de progrès")));

  /** The plan of a form: its parts in order, with the form's numbering and wording. */
  public static FormPlan plan(DocumentKind kind) {
    return switch (kind) {
      case NOTE_ETAPE -> PROGRESS_NOTE;
      case RESTITUTION_FINALE -> FINAL_REPORT;
      case FICHE_EXPERIENCE -> EXPERIENCE_SHEET;
    };
  }
}

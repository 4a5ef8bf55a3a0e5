package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.NOTE_FRONT_MATTER;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.TABLES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.experienceSheet;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.finalReport;
import static fr.fejdoc.check.TestProjects.note;
import static fr.fejdoc.check.TestProjects.yaml;
import static fr.fejdoc.check.TestProjects.yamlWithCalendar;

import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.model.finding.Code;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of rule cases: for each finding code a rule produces, small projects that must trigger
 * it (positive) and close, correct projects that must not (negative). {@link RuleCasesTest} runs
 * them; {@link EveryRuleIsTestedTest} reruns the positive ones without their rule.
 */
final class RuleCases {
  private RuleCases() {}

  /**
   * The smallest whole image (a 1×1 GIF), all of whose bytes are ASCII: it can be written as a
   * project's text file. Images are checked for what they are (see {@code ImageTypes}).
   */
  static final String TINY_GIF =
      "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000,\u0000\u0000\u0000\u0000\u0001\u0000"
          + "\u0001\u0000\u0000\u0002\u0002D\u0001\u0000;";

  /** Codes the loader reports while reading files: tested with the loader, not here. */
  static final Set<Code> LOADER_CODES =
      EnumSet.of(
          Code.FILE_UNREADABLE,
          Code.ENCODING,
          Code.YAML_SYNTAX,
          Code.YAML_DUPLICATE_KEY,
          Code.YAML_TOO_DEEP,
          Code.YAML_ALIASES,
          Code.YAML_TOO_LARGE,
          Code.YAML_COMPLEX_KEY,
          Code.YAML_MULTIPLE_DOCUMENTS,
          Code.PROJECT_EMPTY,
          Code.UNKNOWN_KEY,
          Code.IMPORTED_TO_CHECK,
          Code.UNKNOWN_KEY_NO_SUGGESTION,
          Code.DECIMAL_COMMA,
          Code.WRONG_TYPE,
          Code.NEGATIVE,
          Code.MISSING_FIELD,
          Code.TO_FILL,
          Code.INVALID_DATE,
          Code.INVALID_CHOICE,
          Code.DOSSIER_FORMAT,
          Code.DOSSIER_ABSENT,
          Code.FRONT_MATTER_MISSING,
          Code.SECTION_UNKNOWN,
          Code.SECTION_DUPLICATE,
          Code.SECTION_NEAREST,
          Code.TEXT_BEFORE_FIRST_HEADING);

  /**
   * Codes declared in {@link Code} that nothing produces (none since unused codes were removed).
   */
  static final Set<Code> NEVER_PRODUCED = EnumSet.noneOf(Code.class);

  /** Codes the checker itself reports (not a rule): see {@link CheckerTest}. */
  static final Set<Code> CHECKER_CODES =
      EnumSet.of(Code.SUMS_DEFERRED, Code.ACKNOWLEDGEMENT_UNUSED, Code.ACKNOWLEDGEMENT_REFUSED);

  /**
   * Codes of limits and boundaries (hostile or broken input, failures while building): tested by
   * the hostile-input tests ({@code fr.fejdoc.badinput}) and the writers', not by rule cases.
   */
  static final Set<Code> BOUNDARY_CODES =
      EnumSet.of(
          Code.CONTROL_CHARACTER,
          Code.LINK_OUTSIDE,
          Code.MARKDOWN_TOO_DEEP,
          Code.FOOTNOTE_CYCLE,
          Code.IMAGE_TOO_LARGE,
          Code.IMAGE_REDUCED,
          Code.TEMPLATE_FAILURE,
          Code.TEMPLATE_BUDGET,
          Code.TIME_BUDGET,
          Code.RESOURCES_EXHAUSTED,
          Code.WRITE_FAILED,
          Code.PROJECT_TOO_LARGE,
          Code.RESERVED_NAME,
          Code.MARKDOWN_UNREADABLE,
          Code.YAML_TOO_MANY_NODES,
          Code.INTERNAL_ERROR);

  /** Every code a rule is expected to produce. */
  static Set<Code> ruleCodes() {
    Set<Code> s = EnumSet.allOf(Code.class);
    s.removeAll(LOADER_CODES);
    s.removeAll(CHECKER_CODES);
    s.removeAll(BOUNDARY_CODES);
    s.removeAll(NEVER_PRODUCED);
    return s;
  }

  /** A finding expected in a case: where (file and an anchor text, or a line) and its args. */
  record Expect(Code code, String file, String anchor, int line, List<String> args) {
    Seen resolve(Map<String, String> files) {
      int l = anchor == null ? line : TestProjects.lineOf(files.get(file), anchor);
      return new Seen(code, file, l, args);
    }
  }

  /** In experiment.yaml, on the only line containing {@code anchor}. */
  static Expect y(Code code, String anchor, String... args) {
    return new Expect(code, EXPERIMENT, anchor, 0, List.of(args));
  }

  /** In {@code file}, on the only line containing {@code anchor}. */
  static Expect in(String file, Code code, String anchor, String... args) {
    return new Expect(code, file, anchor, 0, List.of(args));
  }

  /** In {@code file}, on line {@code line}. */
  static Expect in(String file, Code code, int line, String... args) {
    return new Expect(code, file, null, line, List.of(args));
  }

  /**
   * One case: a project ({@code folder} holding {@code files}), the code it is {@code about}, the
   * rule that produces that code, and every finding the project must give (exactly).
   */
  record Case(
      String name,
      Class<? extends Rule> rule,
      Code about,
      String folder,
      Map<String, String> files,
      List<Expect> expected) {

    List<Seen> expectedFindings() {
      return expected.stream().map(e -> e.resolve(files)).toList();
    }

    @Override
    public String toString() {
      return about == null ? name : about.id() + " " + name;
    }
  }

  private static Case pos(
      String name, Class<? extends Rule> rule, Map<String, String> files, Expect... expected) {
    return posIn(name, rule, FOLDER, files, expected);
  }

  private static Case posIn(
      String name,
      Class<? extends Rule> rule,
      String folder,
      Map<String, String> files,
      Expect... expected) {
    return new Case(name, rule, expected[0].code(), folder, files, List.of(expected));
  }

  private static Case neg(
      String name,
      Class<? extends Rule> rule,
      Code about,
      Map<String, String> files,
      Expect... expected) {
    return negIn(name, rule, about, FOLDER, files, expected);
  }

  private static Case negIn(
      String name,
      Class<? extends Rule> rule,
      Code about,
      String folder,
      Map<String, String> files,
      Expect... expected) {
    return new Case(name, rule, about, folder, files, List.of(expected));
  }

  private static Map<String, String> exp(String yaml) {
    return files(EXPERIMENT, yaml);
  }

  // =====================================================================================
  // IdentityRule
  // =====================================================================================

  private static final Class<IdentityRule> ID = IdentityRule.class;

  private static void identity(List<Case> p, List<Case> n) {
    p.add(
        posIn(
            "dossier AP1_027 in folder AP1_028",
            ID,
            "AP1_028",
            exp(yaml("")),
            y(Code.DOSSIER_FOLDER, "dossier: AP1_027", "AP1_027", "AP1_028")));
    n.add(
        neg(
            "dossier spelt AP1_n° 027 in folder AP1_027",
            ID,
            Code.DOSSIER_FOLDER,
            exp(yaml("").replace("dossier: AP1_027", "dossier: \"AP1_n° 027\""))));
    n.add(
        negIn(
            "folder name that is no dossier number",
            ID,
            Code.DOSSIER_FOLDER,
            "passeport-accueil-commun",
            exp(yaml(""))));

    p.add(
        pos(
            "calendrier.fin before demarrage",
            ID,
            exp(
                yamlWithCalendar(
                    """
                    calendrier:
                      demarrage: 2010-03
                      fin: 2010-02-28
                    """,
                    "")),
            y(Code.DATE_ORDER, "fin: 2010-02-28", "calendrier.fin", "calendrier.demarrage")));
    p.add(
        pos(
            "demarrage before the call for projects",
            ID,
            exp(
                yamlWithCalendar(
                    """
                    appel_a_projets: {code: AP1, lancement: 2009-04}
                    calendrier:
                      demarrage: 2009-03
                    """,
                    "")),
            y(
                Code.DATE_ORDER,
                "demarrage: 2009-03",
                "calendrier.demarrage",
                "appel_a_projets.lancement")));
    n.add(
        neg(
            "fin in the month of a month-only demarrage; demarrage in the launch month",
            ID,
            Code.DATE_ORDER,
            exp(
                yamlWithCalendar(
                    """
                    appel_a_projets: {code: AP1, lancement: 2010-03-15}
                    calendrier:
                      demarrage: 2010-03
                      fin: 2010-03-01
                    """,
                    ""))));
  }

  // =====================================================================================
  // BeneficiariesRule
  // =====================================================================================

  private static final Class<BeneficiariesRule> BEN = BeneficiariesRule.class;

  private static void beneficiaries(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "three values for two periods",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [10, 20, 5]
                    """)),
            y(
                Code.T1_PERIOD_COUNT,
                "jeunes: [10, 20, 5]",
                "beneficiaires.entres.jeunes",
                "3",
                "2")));
    n.add(
        neg(
            "one value per period, null where not applicable",
            BEN,
            Code.T1_PERIOD_COUNT,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2, Année 3]
                      entres:
                        jeunes: [10, 20, null]
                        adultes: [0, 1, null]
                      abandons: [null, 2, null]
                    """))));

    p.add(
        pos(
            "stated total of intakes is not their sum",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [10, 20]
                      total_entres: {jeunes: 31}
                    """)),
            y(Code.T1_INTAKE_TOTAL, "total_entres", "jeunes", "31", "30", "1")));
    p.add(
        pos(
            "the stages example read as intakes: 40 + 11 is not 8",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Phase 1, Phase 2]
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, 3]
                      total_entres: {jeunes: 8}
                    """)),
            y(Code.T1_INTAKE_TOTAL, "total_entres", "jeunes", "8", "51", "43")));
    n.add(
        neg(
            "stated total of intakes equals their sum",
            BEN,
            Code.T1_INTAKE_TOTAL,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [10, 20]
                      total_entres: {jeunes: 30}
                    """))));

    p.add(
        pos(
            "phase 2 holds more than phase 1 less its abandons",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 22]
                      abandons: [19, 3]
                    """)),
            y(
                Code.T1_STAGE_EXCEEDS,
                "jeunes: [40, 22]",
                "jeunes",
                "Phase 2",
                "22",
                "Phase 1",
                "40",
                "19",
                "21")));
    n.add(
        neg(
            "CHECKS.md stages: 40 in phase 1, 19 leaving, 11 in phase 2, 8 at the end",
            BEN,
            Code.T1_STAGE_EXCEEDS,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, 3]
                      total_entres: {jeunes: 8}
                    """))));

    p.add(
        pos(
            "final cohort larger than the last stage less its abandons",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, 3]
                      total_entres: {jeunes: 9}
                    """)),
            y(Code.T1_COHORT_END, "total_entres", "jeunes", "9", "Phase 2", "11", "3", "8")));
    n.add(
        neg(
            "final cohort equal to the last stage (no abandons given for it)",
            BEN,
            Code.T1_COHORT_END,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, null]
                      total_entres: {jeunes: 11}
                    """))));

    p.add(
        pos(
            "planned total is not jeunes + adultes",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 120, adultes: 5, total: 120}
                    """)),
            y(Code.T1_TOTAL, "prevus:", "120", "125")));
    n.add(
        neg(
            "planned ranges checked as bounds: 17 à 20 + 2 may be 22",
            BEN,
            Code.T1_TOTAL,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 17 à 20, adultes: 2, total: 22}
                    """))));

    p.add(
        pos(
            "sexe sums to 103 for 104 young entered",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [64, 40]
                      jeunes:
                        sexe:
                          filles: {entre: 41}
                          garcons: {entre: 62}
                    """)),
            y(Code.T1_CHARACTERISTICS, "    sexe:", "sexe", "103", "jeunes entrés", "104", "1")));
    p.add(
        pos(
            "adults counted in an Autres row without inclut_adultes",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [20], adultes: [3]}
                      jeunes:
                        age:
                          "16_18": {entre: 8}
                          "18_25": {entre: 12}
                        autres:
                          - {rubrique: age, libelle: Parents accompagnants, entre: 3}
                      adultes:
                        qualite: {parents: 3}
                    """)),
            y(Code.T1_CHARACTERISTICS, "    age:", "âge", "23", "jeunes entrés", "20", "3")));
    n.add(
        neg(
            "adults counted in an Autres row, holder says inclut_adultes: true",
            BEN,
            Code.T1_CHARACTERISTICS,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [20], adultes: [3]}
                      jeunes:
                        inclut_adultes: true
                        age:
                          "16_18": {entre: 8}
                          "18_25": {entre: 12}
                        autres:
                          - {rubrique: age, libelle: Parents accompagnants, entre: 3}
                      adultes:
                        qualite: {parents: 3}
                    """))));

    n.add(
        neg(
            "inclut_adultes: the rubric without the adults' row sums to the young alone",
            BEN,
            Code.T1_CHARACTERISTICS,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [20], adultes: [3]}
                      jeunes:
                        inclut_adultes: true
                        age:
                          "16_18": {entre: 8}
                          "18_25": {entre: 12}
                        situation:
                          demandeurs_emploi: {entre: 20}
                        autres:
                          - {rubrique: age, libelle: "Autres publics : Adultes", entre: 3}
                    """))));
    p.add(
        pos(
            "inclut_adultes: a rubric that sums to neither the young nor young and adults",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [20], adultes: [3]}
                      jeunes:
                        inclut_adultes: true
                        age:
                          "16_18": {entre: 8}
                          "18_25": {entre: 12}
                        situation:
                          demandeurs_emploi: {entre: 21}
                        autres:
                          - {rubrique: age, libelle: "Autres publics : Adultes", entre: 3}
                    """)),
            y(
                Code.T1_CHARACTERISTICS,
                "    situation:",
                "situation",
                "21",
                "jeunes et adultes entrés",
                "23",
                "2")));

    p.add(
        pos(
            "planned sexe sums to 110 for 120 young planned",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 120}
                      jeunes:
                        sexe:
                          filles: {prevu: 50}
                          garcons: {prevu: 60}
                    """)),
            y(Code.T1_CHARACTERISTICS_PLANNED, "    sexe:", "sexe", "110", "jeunes prévus (120)")));
    p.add(
        pos(
            "planned sexe range 11 à 13 outside 17 à 20",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 17 à 20}
                      jeunes:
                        sexe:
                          filles: {prevu: 5}
                          garcons: {prevu: 6 à 8}
                    """)),
            y(
                Code.T1_CHARACTERISTICS_PLANNED,
                "    sexe:",
                "sexe",
                "11 à 13",
                "jeunes prévus (17 à 20)")));
    p.add(
        pos(
            "planned sexe 40 + 5 + 5 with adults counted, for 17 à 20 young and 5 adults planned",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 17 à 20, adultes: 5}
                      jeunes:
                        inclut_adultes: true
                        sexe:
                          filles: {prevu: 40}
                          garcons: {prevu: 5}
                        autres:
                          - {rubrique: sexe, libelle: "Autres publics : Adultes", prevu: 5}
                    """)),
            y(
                Code.T1_CHARACTERISTICS_PLANNED,
                "    sexe:",
                "sexe",
                "50",
                "jeunes prévus (17 à 20) ou jeunes et adultes prévus (22 à 25 : jeunes 17 à 20"
                    + " + adultes 5)")));
    n.add(
        neg(
            "planned ranges overlap: 8 + (10 à 12) within 17 à 20",
            BEN,
            Code.T1_CHARACTERISTICS_PLANNED,
            exp(
                yaml(
                    """
                    beneficiaires:
                      prevus: {jeunes: 17 à 20}
                      jeunes:
                        sexe:
                          filles: {prevu: 8}
                          garcons: {prevu: 10 à 12}
                    """))));

    p.add(
        pos(
            "qualité of adults sums to 2 for 3 adults",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [10], adultes: [3]}
                      adultes:
                        qualite:
                          parents: {entre: 2}
                    """)),
            y(Code.T1_ADULT_QUALITY, "    qualite:", "2", "3", "1")));
    n.add(
        neg(
            "qualité of adults sums to the adults entered",
            BEN,
            Code.T1_ADULT_QUALITY,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [10], adultes: [3]}
                      adultes:
                        qualite:
                          parents: {entre: 2}
                          enseignants: 1
                    """))));

    p.add(
        pos(
            "6 abandons for 5 entered in year 2",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [10, 5]
                        adultes: [1, 0]
                      abandons: [11, 6]
                    """)),
            y(Code.T1_ABANDONS, "abandons: [11, 6]", "Année 2", "6", "5")));
    n.add(
        neg(
            "abandons equal to jeunes + adultes entered",
            BEN,
            Code.T1_ABANDONS,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2]
                      entres:
                        jeunes: [10, 5]
                        adultes: [1, 0]
                      abandons: [11, 5]
                    """))));

    p.add(
        pos(
            "AP1_027: 104 reached for 120 planned",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2, Année 3]
                      prevus: {jeunes: 120, adultes: 0}
                      entres:
                        jeunes: [64, 40, null]
                        adultes: [0, 0, null]
                    """)),
            y(Code.T1_RATE, "prevus:", "104", "jeunes", "120", "87 %")));
    p.add(
        pos(
            "9 young and adults at the end of the phases for 17 à 20 young and 5 adults planned",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      prevus: {jeunes: 17 à 20, adultes: 5}
                      entres:
                        jeunes: [40, 11]
                        adultes: [5, 1]
                      abandons: [29, 3]
                      total_entres: {jeunes: 8, adultes: 1}
                    """)),
            y(
                Code.T1_RATE,
                "prevus:",
                "9",
                "bénéficiaires (jeunes et adultes)",
                "22 à 25 (jeunes 17 à 20 + adultes 5)",
                "entre 36 % et 41 %")));
    n.add(
        neg(
            "as many reached as planned",
            BEN,
            Code.T1_RATE,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1, Année 2, Année 3]
                      prevus: {jeunes: 120, adultes: 0}
                      entres:
                        jeunes: [64, 56, null]
                        adultes: [0, 0, null]
                    """))));

    p.add(
        pos(
            "22 reached for 17 à 20 planned",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      prevus: {jeunes: 17 à 20}
                      entres:
                        jeunes: [22]
                    """)),
            y(Code.T1_ABOVE_PLAN, "prevus:", "22", "jeunes", "17 à 20", "entre 110 % et 129 %")));
    n.add(
        neg(
            "18 reached for 17 à 20 planned: inside the range",
            BEN,
            Code.T1_ABOVE_PLAN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      prevus: {jeunes: 17 à 20}
                      entres:
                        jeunes: [18]
                    """))));

    p.add(
        pos(
            "stated abandons total 23 for 19 + 3 by phase",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, 3]
                      total_entres: {jeunes: 8, abandons: 23}
                    """)),
            y(Code.T1_ABANDONS_TOTAL, "total_entres:", "23", "22", "1")));
    n.add(
        neg(
            "stated abandons total 22 for 19 + 3 by phase",
            BEN,
            Code.T1_ABANDONS_TOTAL,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [19, 3]
                      total_entres: {jeunes: 8, abandons: 22}
                    """))));

    p.add(
        pos(
            "8 young followed by the Mission Locale for 6 young entered",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [6]}
                      suivi_mission_locale: {nombre_prevu: 20, nombre_realise: 8}
                    """)),
            y(
                Code.T1_MISSION_LOCALE_ABOVE,
                "suivi_mission_locale:",
                "réalisé",
                "8",
                "6 jeunes entrés")));
    n.add(
        neg(
            "real note: 20 planned, 8 followed, 40 young in phase 1 and 8 at the end",
            BEN,
            Code.T1_MISSION_LOCALE_ABOVE,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: {phases: [Phase 1, Phase 2]}
                      entres:
                        jeunes: [40, 11]
                      abandons: [29, 3]
                      total_entres: {jeunes: 8}
                      suivi_mission_locale:
                        {prevu: partie, realise: partie, nombre_prevu: 20, nombre_realise: 8}
                    """))));

    p.add(
        pos(
            "\"aucun\" ticked with 8 young followed by the Mission Locale",
            BEN,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [10]}
                      suivi_mission_locale: {realise: aucun, nombre_realise: 8}
                    """)),
            y(Code.T1_MISSION_LOCALE_TICK, "suivi_mission_locale:", "réalisé", "aucun", "8", "")));
    n.add(
        neg(
            "\"partie\" ticked with 8 of 10 young followed",
            BEN,
            Code.T1_MISSION_LOCALE_TICK,
            exp(
                yaml(
                    """
                    beneficiaires:
                      periodes: [Année 1]
                      entres: {jeunes: [10]}
                      suivi_mission_locale: {realise: partie, nombre_realise: 8}
                    """))));
  }

  // =====================================================================================
  // ActionsRule
  // =====================================================================================

  private static final Class<ActionsRule> ACT = ActionsRule.class;

  private static void actions(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "phase without its end date",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10}
                        actions: []
                    """)),
            y(Code.T2_PHASE_DATES_MISSING, "  lancement:", "Lancement de l'expérimentation")));
    n.add(
        neg(
            "phase with both dates",
            ACT,
            Code.T2_PHASE_DATES_MISSING,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        actions: []
                    """))));

    p.add(
        pos(
            "phase ending before it starts",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode:
                          debut: 2010-03
                          fin: 2010-01
                    """)),
            y(Code.T2_PHASE_REVERSED, "fin: 2010-01", "Lancement de l'expérimentation")));
    n.add(
        neg(
            "phase starting and ending in the same month",
            ACT,
            Code.T2_PHASE_REVERSED,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode:
                          debut: 2010-01-15
                          fin: 2010-01
                    """))));

    p.add(
        pos(
            "lancement starts before preparation",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      preparation:
                        periode: {debut: 2010-01, fin: 2010-03}
                      lancement:
                        periode: {debut: 2009-11, fin: 2010-06}
                    """)),
            y(
                Code.T2_PHASE_ORDER,
                "periode: {debut: 2009-11",
                "Lancement de l'expérimentation",
                "Préparation du projet")));
    n.add(
        neg(
            "overlapping phases, in order of start",
            ACT,
            Code.T2_PHASE_ORDER,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2010-02, fin: 2010-06}
                      preparation:
                        periode: {debut: 2010-01, fin: 2010-03}
                    """))));

    p.add(
        pos(
            "preparation before the call for projects",
            ACT,
            exp(
                yamlWithCalendar(
                    """
                    appel_a_projets: {code: AP1, lancement: 2009-04}
                    calendrier: {demarrage: 2009-10-20, duree_initiale_mois: 27}
                    """,
                    """
                    actions:
                      preparation:
                        periode: {debut: 2009-01, fin: 2009-09}
                    """)),
            y(
                Code.T2_PHASE_OUTSIDE,
                "debut: 2009-01",
                "Préparation du projet",
                "2009-01-01",
                "2009-04-01",
                "2012-01-31")));
    p.add(
        pos(
            "experimentation ending after 27 months",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      achevement_experimentation:
                        periode:
                          debut: 2011-01
                          fin: 2012-03
                    """)),
            y(
                Code.T2_PHASE_OUTSIDE,
                "fin: 2012-03",
                "Achèvement de l'expérimentation",
                "2012-03-01",
                "2009-10-20",
                "2012-01-31")));
    n.add(
        neg(
            "AP1_027 phases: preparation from the call, evaluation within its grace",
            ACT,
            Code.T2_PHASE_OUTSIDE,
            exp(
                yamlWithCalendar(
                    """
                    appel_a_projets: {code: AP1, lancement: 2009-04}
                    calendrier: {demarrage: 2009-10-20, duree_initiale_mois: 27}
                    """,
                    """
                    actions:
                      preparation:
                        periode: {debut: 2009-04, fin: 2009-09}
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                      achevement_experimentation:
                        periode: {debut: 2011-01, fin: 2012-01}
                      achevement_evaluation:
                        periode: {debut: 2011-06, fin: 2012-12}
                    """))));

    p.add(
        pos(
            "1 et ½ ETP for one person",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        actions:
                          - intitule: Suivi des jeunes
                            rh: {effectifs: 1, etp: 1 et ½}
                    """)),
            y(
                Code.T2_ETP_ABOVE_STAFF,
                "etp: 1 et ½",
                "Suivi des jeunes",
                "1 et ½",
                "1",
                "action")));
    n.add(
        neg(
            "ETP within the staff: 1 et ½ for 2, 1/2 for 1, 1 for 1",
            ACT,
            Code.T2_ETP_ABOVE_STAFF,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        actions:
                          - intitule: Suivi des jeunes
                            rh: {effectifs: 2, etp: 1 et ½}
                          - intitule: Accueil
                            rh: {effectifs: 1, etp: 1/2}
                          - intitule: Coordination
                            rh: {effectifs: 1, etp: 1}
                    """))));

    p.add(
        pos(
            "phase resources: 2 ETP for one person",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        ressources:
                          rh: {effectifs: 1, etp: 2, personnel: Conseillère}
                    """)),
            y(
                Code.T2_ETP_ABOVE_STAFF,
                "rh: {effectifs: 1, etp: 2",
                "Lancement de l'expérimentation",
                "2",
                "1",
                "ressources de la phase")));
    n.add(
        neg(
            "unnumbered rows, a total and phase resources, all within their staff",
            ACT,
            Code.T2_ETP_ABOVE_STAFF,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        ressources:
                          rh: {effectifs: 2, etp: 1}
                        actions:
                          - intitule: Accueil
                            rh: {effectifs: 1, etp: 1/2}
                          - intitule: "Résultats : 45 jeunes repérés"
                            numerotee: false
                          - intitule: Total phase
                            total: true
                            rh: {effectifs: 3, etp: 1 et ½}
                    """))));

    p.add(
        pos(
            "a phase total of 3 ETP against 1 + ½ given on its rows and resources",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        ressources:
                          rh: {effectifs: 2, etp: 1}
                        sous_periodes:
                          - libelle: Année 2009-2010
                            actions:
                              - intitule: Accueil
                                rh: {effectifs: 1, etp: 1/2}
                              - intitule: Bilan
                        actions:
                          - intitule: Total phase
                            total: true
                            rh: {etp: 3}
                    """)),
            y(
                Code.T2_TOTAL_ETP,
                "rh: {etp: 3}",
                "phase « Lancement de l'expérimentation »",
                "Total phase",
                "3",
                "1.5",
                "2")));
    n.add(
        neg(
            "a sub-period total equal to its rows, a phase total equal to everything",
            ACT,
            Code.T2_TOTAL_ETP,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        ressources:
                          rh: {etp: 1}
                        actions:
                          - intitule: Total phase
                            total: true
                            rh: {etp: "2,5"}
                        sous_periodes:
                          - libelle: Année 2009-2010
                            actions:
                              - intitule: Accueil
                                rh: {effectifs: 1, etp: 1/2}
                              - intitule: Suivi
                                rh: {effectifs: 1, etp: 1}
                              - intitule: Total de l'année
                                total: true
                                rh: {etp: 1 et ½}
                          - libelle: Année 2010-2011
                            actions:
                              - intitule: Total sans ETP
                                total: true
                    """))));

    p.add(
        pos(
            "a sub-period ending after its phase",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        sous_periodes:
                          - libelle: Année 2010-2011
                            periode: {debut: 2010-09, fin: 2011-06}
                    """)),
            y(
                Code.T2_SUBPERIOD_OUTSIDE,
                "periode: {debut: 2010-09, fin: 2011-06}",
                "Année 2010-2011",
                "Lancement de l'expérimentation",
                "2011-06-01",
                "2009-10-01",
                "2010-12-31")));
    n.add(
        neg(
            "sub-periods sharing their phase's first and last months",
            ACT,
            Code.T2_SUBPERIOD_OUTSIDE,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        sous_periodes:
                          - libelle: Année 2009-2010
                            periode: {debut: 2009-10-15, fin: 2010-06}
                          - libelle: Fin 2010
                            periode: {debut: 2010-07, fin: 2010-12-31}
                    """))));

    p.add(
        pos(
            "a sub-period ending before it starts",
            ACT,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        sous_periodes:
                          - libelle: Année 2009-2010
                            periode: {debut: 2010-06, fin: 2009-10}
                    """)),
            y(
                Code.T2_SUBPERIOD_REVERSED,
                "periode: {debut: 2010-06, fin: 2009-10}",
                "Année 2009-2010",
                "Lancement de l'expérimentation")));
    n.add(
        neg(
            "a sub-period of one month",
            ACT,
            Code.T2_SUBPERIOD_REVERSED,
            exp(
                yaml(
                    """
                    actions:
                      lancement:
                        periode: {debut: 2009-10, fin: 2010-12}
                        sous_periodes:
                          - libelle: Octobre 2009
                            periode: {debut: 2009-10-20, fin: 2009-10}
                    """))));

    p.add(
        pos(
            "an initial duration given as a range of months",
            ACT,
            exp(
                yamlWithCalendar(
                    """
                    calendrier:
                      demarrage: 2009-10-20
                      duree_initiale_mois: entre 24 et 27 mois
                    """,
                    "")),
            y(
                Code.DURATION_NO_MONTHS,
                "duree_initiale_mois: entre",
                "calendrier.duree_initiale_mois",
                "entre 24 et 27 mois")));
    n.add(
        neg(
            "durations with a qualifier after or before their figure",
            ACT,
            Code.DURATION_NO_MONTHS,
            exp(
                yamlWithCalendar(
                    """
                    calendrier:
                      demarrage: 2009-10-20
                      duree_initiale_mois: 18 mois (dont 12 mois de formation)
                      duree_effective_mois: environ 20 mois
                    """,
                    ""))));
  }

  // =====================================================================================
  // FinancingRule
  // =====================================================================================

  private static final Class<FinancingRule> FIN = FinancingRule.class;

  private static final String AP1_027_FUNDERS =
      """
      partenaires:
        financiers:
          - {nom: Fonds d'Expérimentation pour la Jeunesse, categorie: fej, montant: 107710}
          - {nom: Chambre de Métiers, categorie: autofinancement, montant: 56838.64}
          - {nom: Région Pays de la Loire, categorie: cofinancement, montant: 51700}
          - {nom: DIRECCTE, categorie: cofinancement, montant: 2600}
      """;

  private static void financing(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "funders without the FEJ",
            FIN,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: Région, categorie: cofinancement, montant: 1000}
                    """)),
            y(Code.FIN_NO_FEJ, "partenaires:")));
    n.add(
        neg(
            "funders with the FEJ",
            FIN,
            Code.FIN_NO_FEJ,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: FEJ, categorie: fej, montant: 3000}
                        - {nom: Région, categorie: cofinancement, montant: 1000}
                    """))));

    p.add(
        pos(
            "stated shares add up to 101",
            FIN,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: FEJ, categorie: fej, montant: 50000}
                        - {nom: Région, categorie: cofinancement, montant: 25000}
                        - {nom: Porteur, categorie: autofinancement, montant: 25000}
                      parts_declarees: {fej: 50, cofinancement: 25, autofinancement: 26}
                    """)),
            y(Code.FIN_SHARES_SUM, "parts_declarees", "101", "1")));
    n.add(
        neg(
            "stated shares with decimals add up to 100",
            FIN,
            Code.FIN_SHARES_SUM,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: FEJ, categorie: fej, montant: 49500}
                        - {nom: Région, categorie: cofinancement, montant: 25250}
                        - {nom: Porteur, categorie: autofinancement, montant: 25250}
                      parts_declarees: {fej: "49,5 %", cofinancement: 25.25, autofinancement: 25.25}
                    """))));

    p.add(
        pos(
            "AP1_027: autofinancement stated 27 %, amounts give 25.97 %",
            FIN,
            exp(
                yaml(
                    AP1_027_FUNDERS
                        + "  parts_declarees:"
                        + " {fej: 49, cofinancement: 24, autofinancement: 27}\n")),
            y(
                Code.FIN_SHARE_MISMATCH,
                "parts_declarees",
                "autofinancement",
                "27",
                "25.97",
                "56838.64",
                "218848.64")));
    n.add(
        neg(
            "AP1_027 amounts with the largest-remainder shares 49 / 25 / 26",
            FIN,
            Code.FIN_SHARE_MISMATCH,
            exp(
                yaml(
                    AP1_027_FUNDERS
                        + "  parts_declarees:"
                        + " {fej: 49, cofinancement: 25, autofinancement: 26}\n"))));
  }

  // =====================================================================================
  // BudgetRule
  // =====================================================================================

  private static final Class<BudgetRule> BUD = BudgetRule.class;

  private static void budget(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "account 64 planned 1000 but its lines add up to 900",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          prevu: 1000
                          realise: 1100
                          detail:
                            - {libelle: Salaires, prevu: 600, realise: 800}
                            - {libelle: Charges sociales, prevu: 300, realise: 300}
                      produits:
                        "74": {prevu: 1000, realise: 1100}
                    """)),
            y(
                Code.BUDGET_DETAIL_SUM_PLANNED,
                "      prevu: 1000",
                "64",
                "prévu",
                "1000",
                "900",
                "100")));
    p.add(
        pos(
            "account 64 realised 1100 with lines adding up to 1000",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          prevu: 1000
                          realise: 1100
                          detail:
                            - {libelle: Salaires, prevu: 700, realise: 800}
                            - {libelle: Charges sociales, prevu: 300, realise: 200}
                      produits:
                        "74": {prevu: 1000, realise: 1100}
                    """)),
            y(
                Code.BUDGET_DETAIL_SUM,
                "      realise: 1100",
                "64",
                "réalisé",
                "1100",
                "1000",
                "100")));
    n.add(
        neg(
            "account lines add up (amounts written the French way)",
            BUD,
            Code.BUDGET_DETAIL_SUM,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          prevu: "1 000,00 €"
                          realise: 1100
                          detail:
                            - {libelle: Salaires, prevu: 700, realise: 800}
                            - {libelle: Charges sociales, prevu: 300, realise: 300}
                      produits:
                        "74": {prevu: 1000, realise: 1100}
                    """))));
    n.add(
        neg(
            "account lines add up (planned side, amounts written the French way)",
            BUD,
            Code.BUDGET_DETAIL_SUM_PLANNED,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          prevu: "1 000,00 €"
                          realise: 1100
                          detail:
                            - {libelle: Salaires, prevu: 700, realise: 800}
                            - {libelle: Charges sociales, prevu: 300, realise: 300}
                      produits:
                        "74": {prevu: 1000, realise: 1100}
                    """))));

    p.add(
        pos(
            "stated actual charges total 990 for accounts adding up to 1000",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "60": {prevu: 400, realise: 380}
                        "64": {prevu: 600, realise: 620}
                        total: {prevu: 1000, realise: 990}
                      produits:
                        "74": {prevu: 1000, realise: 1000}
                    """)),
            y(Code.BUDGET_TOTAL, "total:", "charges", "réalisé", "990", "1000", "10")));
    p.add(
        pos(
            "stated planned charges total 990 for accounts adding up to 1000",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "60": {prevu: 400, realise: 380}
                        "64": {prevu: 600, realise: 620}
                        total: {prevu: 990, realise: 1000}
                      produits:
                        "74": {prevu: 1000, realise: 1000}
                    """)),
            y(Code.BUDGET_TOTAL_PLANNED, "total:", "charges", "prévu", "990", "1000", "10")));
    n.add(
        neg(
            "stated totals equal the sums of the accounts",
            BUD,
            Code.BUDGET_TOTAL,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "60": {prevu: 400, realise: 380}
                        "64": {prevu: 600, realise: 620}
                        total: {prevu: 1000, realise: 1000}
                      produits:
                        "70": {prevu: 200, realise: 150}
                        "74": {prevu: 800, realise: 850}
                        total: {prevu: 1000, realise: 1000}
                    """))));
    n.add(
        neg(
            "stated planned totals equal the sums of the accounts",
            BUD,
            Code.BUDGET_TOTAL_PLANNED,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "60": {prevu: 400, realise: 380}
                        "64": {prevu: 600, realise: 620}
                        total: {prevu: 1000, realise: 1000}
                      produits:
                        "70": {prevu: 200, realise: 150}
                        "74": {prevu: 800, realise: 850}
                        total: {prevu: 1000, realise: 1000}
                    """))));

    p.add(
        pos(
            "planned charges 1000, planned produits 1200",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64": {prevu: 1000, realise: 900}
                      produits:
                        "74": {prevu: 1200, realise: 900}
                    """)),
            y(Code.BUDGET_PLANNED_BALANCE, "budget:", "1000", "1200", "200")));
    n.add(
        neg(
            "planned budget balanced, planned figures summed from detail lines",
            BUD,
            Code.BUDGET_PLANNED_BALANCE,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          detail:
                            - {libelle: Salaires, prevu: 700, realise: 700}
                            - {libelle: Charges sociales, prevu: 300, realise: 300}
                      produits:
                        "74": {prevu: 1000, realise: 1000}
                    """))));

    p.add(
        pos(
            "actual charges 900, actual produits 950",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64": {prevu: 1000, realise: 900}
                      produits:
                        "74": {prevu: 1000, realise: 950}
                    """)),
            y(Code.BUDGET_ACTUAL_IMBALANCE, "budget:", "900", "950", "50")));
    p.add(
        pos(
            "actual charges 900, actual produits 950, explained in the comments of account 74",
            BUD,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64": {prevu: 1000, realise: 900}
                      produits:
                        "74":
                          prevu: 1000
                          realise: 950
                          commentaires: Subvention régionale versée en partie seulement.
                    """)),
            y(
                Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED,
                "budget:",
                "900",
                "950",
                "50",
                "budget.produits.74.commentaires")));
    n.add(
        neg(
            "actual imbalance without any comment: to explain (FEJ307), not explained",
            BUD,
            Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64": {prevu: 1000, realise: 900}
                      produits:
                        "74": {prevu: 1000, realise: 950}
                      commentaires: "  "
                    """)),
            y(Code.BUDGET_ACTUAL_IMBALANCE, "budget:", "900", "950", "50")));
    n.add(
        neg(
            "actual imbalance commented on a detail line: not asked for again",
            BUD,
            Code.BUDGET_ACTUAL_IMBALANCE,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "64":
                          detail:
                            - {libelle: Salaires, prevu: 1000, realise: 900, commentaires: Poste vacant deux mois.}
                      produits:
                        "74": {prevu: 1000, realise: 950}
                    """)),
            y(
                Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED,
                "budget:",
                "900",
                "950",
                "50",
                "budget.charges.64.detail[1].commentaires")));
    n.add(
        neg(
            "actual budget balanced across several accounts",
            BUD,
            Code.BUDGET_ACTUAL_IMBALANCE,
            exp(
                yaml(
                    """
                    budget:
                      charges:
                        "60": {prevu: 300, realise: 250.5}
                        "64": {prevu: 700, realise: 649.5}
                      produits:
                        "70": {prevu: 100, realise: 100}
                        "74": {prevu: 900, realise: 800}
                    """))));

    p.add(
        pos(
            "FEJ subsidy 85000 in the bilan, 90000 among the funders",
            BUD,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: FEJ, categorie: fej, montant: 90000}
                    budget:
                      charges:
                        "64": {prevu: 90000, realise: 85000}
                      produits:
                        "74":
                          prevu: 90000
                          realise: 85000
                          detail:
                            - {libelle: "État : FEJ", financeur: fej, prevu: 90000, realise: 85000}
                    """)),
            y(Code.BUDGET_FEJ_MISMATCH, "État : FEJ", "85000", "90000", "5000")));
    n.add(
        neg(
            "FEJ subsidy of the bilan equals the funders' (written differently)",
            BUD,
            Code.BUDGET_FEJ_MISMATCH,
            exp(
                yaml(
                    """
                    partenaires:
                      financiers:
                        - {nom: FEJ, categorie: fej, montant: "85 000,00 €"}
                    budget:
                      charges:
                        "64": {prevu: 90000, realise: 85000}
                      produits:
                        "74":
                          prevu: 90000
                          realise: 85000
                          detail:
                            - {libelle: "État : FEJ", financeur: fej, prevu: 90000, realise: 85000}
                    """))));
  }

  // =====================================================================================
  // DocumentsRule
  // =====================================================================================

  private static final Class<DocumentsRule> DOC = DocumentsRule.class;

  private static void documents(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "two restitutions finales",
            DOC,
            files(
                EXPERIMENT,
                yaml(TABLES),
                "restitution-a.md",
                finalReport(),
                "restitution-b.md",
                finalReport()),
            in(
                "restitution-b.md",
                Code.DOCUMENT_DUPLICATE,
                1,
                "restitution_finale",
                "prj/restitution-a.md")));
    p.add(
        pos(
            "two notes d'étape at the same date",
            DOC,
            files(EXPERIMENT, yaml(""), "note-1.md", note(), "note-2.md", note()),
            in("note-2.md", Code.DOCUMENT_DUPLICATE, 1, "note_etape", "prj/note-1.md")));
    n.add(
        neg(
            "two notes d'étape at different dates",
            DOC,
            Code.DOCUMENT_DUPLICATE,
            files(
                EXPERIMENT,
                yaml(""),
                "note-1.md",
                note().replace("au: 2010-12-31", "au: 2010-06-30"),
                "note-2.md",
                note())));

    p.add(
        pos(
            "note without the objectives section",
            DOC,
            files(EXPERIMENT, yaml(""), "note.md", document(NOTE_FRONT_MATTER, MODALITIES)),
            in(
                "note.md",
                Code.SECTION_MISSING,
                "# Modalités",
                "1. Rappel des objectifs de l'expérimentation et du public cible")));
    p.add(
        pos(
            "note without its last section: reported after the last one",
            DOC,
            files(EXPERIMENT, yaml(""), "note.md", document(NOTE_FRONT_MATTER, OBJECTIVES)),
            // lines: 1-5 front matter, 6 ---, 7 blank, 8 heading, 9 blank, 10 text, 11 = end
            in(
                "note.md",
                Code.SECTION_MISSING,
                11,
                "2. Modalités opérationnelles et état d'avancement")));
    n.add(
        neg(
            "sections found whatever their case, accents and numbering",
            DOC,
            Code.SECTION_MISSING,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    """
                    # 1. RAPPEL DES OBJECTIFS DE L'EXPERIMENTATION ET DU PUBLIC CIBLE

                    Texte.

                    # 2) Modalites operationnelles et etat d’avancement

                    Texte.
                    """))));

    p.add(
        pos(
            "section heading without text",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES + "\n# Modalités opérationnelles et état d'avancement\n\n\n")),
            in(
                "note.md",
                Code.SECTION_EMPTY,
                "# Modalités",
                "2. Modalités opérationnelles et état d'avancement")));
    p.add(
        pos(
            "section holding only an HTML comment (the hint fejdoc nouveau writes)",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES
                        + "\n# Modalités opérationnelles et état d'avancement\n\n"
                        + "<!-- À compléter : écrivez ici,\n     sur deux lignes. -->\n\n"
                        + "<!-- un autre -->\n")),
            in(
                "note.md",
                Code.SECTION_EMPTY,
                "# Modalités",
                "2. Modalités opérationnelles et état d'avancement")));
    n.add(
        neg(
            "section holding a comment and the holder's text",
            DOC,
            Code.SECTION_EMPTY,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES
                        + "\n# Modalités opérationnelles et état d'avancement\n\n"
                        + "<!-- À compléter -->\nLe texte du porteur.\n"))));
    n.add(
        neg(
            "section holding only the holder's sub-headings and a list",
            DOC,
            Code.SECTION_EMPTY,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES
                        + """

                        # Modalités opérationnelles et état d'avancement

                        ### Gouvernance

                        - comité de pilotage
                        """))));

    p.add(
        pos(
            "image that does not exist",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES + "\nLe logo : ![Logo](images/logo.png).\n\n" + MODALITIES)),
            in("note.md", Code.IMAGE_MISSING, "![Logo]", "images/logo.png")));
    p.add(
        pos(
            "certificate signature that does not exist",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER + "  signature: images/signature.png\n",
                    OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.IMAGE_MISSING, "signature:", "images/signature.png")));
    n.add(
        neg(
            "images inside the project folder, one with a title",
            DOC,
            Code.IMAGE_MISSING,
            files(
                EXPERIMENT,
                yaml(""),
                "images/logo.png",
                TINY_GIF,
                "images/signature.png",
                TINY_GIF,
                "note.md",
                document(
                    NOTE_FRONT_MATTER + "  signature: images/signature.png\n",
                    OBJECTIVES
                        + "\n![Logo](images/logo.png \"Le logo\") et ![](./images/logo.png)\n\n"
                        + MODALITIES))));

    p.add(
        pos(
            "image in the parent folder",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "../outside.png",
                "png",
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES + "\n![Ailleurs](../outside.png)\n\n" + MODALITIES)),
            in("note.md", Code.IMAGE_OUTSIDE, "![Ailleurs]", "../outside.png")));
    p.add(
        pos(
            "image on the web",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES + "\n![Web](https://example.org/logo.png)\n\n" + MODALITIES)),
            in("note.md", Code.IMAGE_OUTSIDE, "![Web]", "https://example.org/logo.png")));
    n.add(
        neg(
            "image path going up and back into the project",
            DOC,
            Code.IMAGE_OUTSIDE,
            files(
                EXPERIMENT,
                yaml(""),
                "images/logo.png",
                TINY_GIF,
                "note.md",
                document(
                    NOTE_FRONT_MATTER,
                    OBJECTIVES + "\n![Logo](images/../images/logo.png)\n\n" + MODALITIES))));

    p.add(
        pos(
            "note d'étape without a certificate",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document("document: note_etape\nau: 2010-12-31\n", OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.CERTIFICATE_NO_SIGNATORY, 1)));
    p.add(
        pos(
            "certificate without a signatory",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    "document: note_etape\nau: 2010-12-31\ncertificat:\n  qualite: directeur\n",
                    OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.CERTIFICATE_NO_SIGNATORY, "certificat:")));
    p.add(
        pos(
            "certificate written with nothing in it (as fejdoc nouveau writes it)",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    "document: note_etape\nau: 2010-12-31\ncertificat:\n  signataire:\n"
                        + "  qualite: ~\n  lieu:\n  date:\n  publication:\n  signature:\n",
                    OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.CERTIFICATE_TO_FILL, "certificat:")));
    n.add(
        neg(
            "certificate with a position but no signatory: an error, not a certificate to fill",
            DOC,
            Code.CERTIFICATE_TO_FILL,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    "document: note_etape\nau: 2010-12-31\ncertificat:\n  signataire:\n"
                        + "  qualite: directeur\n",
                    OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.CERTIFICATE_NO_SIGNATORY, "certificat:")));
    n.add(
        neg(
            "certificate written with nothing in it: to fill, not an error",
            DOC,
            Code.CERTIFICATE_NO_SIGNATORY,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    "document: note_etape\nau: 2010-12-31\ncertificat:\n  signataire:\n",
                    OBJECTIVES + "\n" + MODALITIES)),
            in("note.md", Code.CERTIFICATE_TO_FILL, "certificat:")));
    n.add(
        neg(
            "restitution finale without a certificate (not required)",
            DOC,
            Code.CERTIFICATE_NO_SIGNATORY,
            files(EXPERIMENT, yaml(TABLES), "restitution-finale.md", finalReport())));

    p.add(
        pos(
            "note d'étape dated on the start date",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                note().replace("au: 2010-12-31", "au: 2009-10-20")),
            in("note.md", Code.NOTE_BEFORE_START, "au: 2009-10-20", "2009-10-20", "2009-10-20")));
    n.add(
        neg(
            "note d'étape the day after the start",
            DOC,
            Code.NOTE_BEFORE_START,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                note().replace("au: 2010-12-31", "au: 2009-10-21"))));

    p.add(
        pos(
            "distribution of the cohort adding up to 86 for 207",
            DOC,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER
                        + """
                        effectifs:
                          libelle: Groupe Test par département
                          total: 207
                          repartition: {Aude: 30, Gard: 56}
                        """,
                    OBJECTIVES + "\n" + MODALITIES)),
            in(
                "note.md",
                Code.DISTRIBUTION_SUM,
                "total: 207",
                "Groupe Test par département",
                "86",
                "207",
                "121")));
    n.add(
        neg(
            "AP1_393: 30 + 56 + 53 + 49 + 19 = 207",
            DOC,
            Code.DISTRIBUTION_SUM,
            files(
                EXPERIMENT,
                yaml(""),
                "note.md",
                document(
                    NOTE_FRONT_MATTER
                        + """
                        effectifs:
                          libelle: Groupe Test par département
                          total: 207
                          repartition:
                            Aude: 30
                            Gard: 56
                            Pyrénées-Orientales: 53
                            Hérault: 49
                            Lozère: 19
                        """,
                    OBJECTIVES + "\n" + MODALITIES))));

    p.add(
        pos(
            "restitution finale without tables 1, 2, 3 in experiment.yaml",
            DOC,
            files(EXPERIMENT, yaml(""), "restitution-finale.md", finalReport()),
            in("restitution-finale.md", Code.DOCUMENT_NEEDS_DATA, 1, "Tableau 1", "beneficiaires"),
            in("restitution-finale.md", Code.DOCUMENT_NEEDS_DATA, 1, "Tableau 2", "actions"),
            in("restitution-finale.md", Code.DOCUMENT_NEEDS_DATA, 1, "Tableau 3", "outils")));
    n.add(
        neg(
            "restitution finale with tables 1, 2, 3",
            DOC,
            Code.DOCUMENT_NEEDS_DATA,
            files(EXPERIMENT, yaml(TABLES), "restitution-finale.md", finalReport())));

    p.add(
        pos(
            "fiche d'expérience with 2 key figures",
            DOC,
            files(EXPERIMENT, yaml(""), "fiche-experience.md", experienceSheet(2)),
            in("fiche-experience.md", Code.KEY_FIGURES_COUNT, 1, "2")));
    p.add(
        pos(
            "fiche d'expérience with 7 key figures",
            DOC,
            files(EXPERIMENT, yaml(""), "fiche-experience.md", experienceSheet(7)),
            in("fiche-experience.md", Code.KEY_FIGURES_COUNT, 1, "7")));
    n.add(
        neg(
            "fiche d'expérience with 3 key figures",
            DOC,
            Code.KEY_FIGURES_COUNT,
            files(EXPERIMENT, yaml(""), "fiche-experience.md", experienceSheet(3))));
    n.add(
        neg(
            "fiche d'expérience with 6 key figures",
            DOC,
            Code.KEY_FIGURES_COUNT,
            files(EXPERIMENT, yaml(""), "fiche-experience.md", experienceSheet(6))));
  }

  // =====================================================================================
  // LayoutRule
  // =====================================================================================

  /** A synthese block whose descriptif has {@code lines} long lines. */
  private static String synthese(int lines) {
    StringBuilder b = new StringBuilder("synthese:\n  descriptif: >\n");
    for (int i = 0; i < lines; i++) {
      b.append("    Une plateforme départementale réduit les ruptures des contrats d'apprentissage")
          .append(" grâce à un référent unique, étape ")
          .append(i + 1)
          .append(".\n");
    }
    return b.toString();
  }

  private static void layout(List<Case> p, List<Case> n) {
    p.add(
        pos(
            "fiche synthétique with a descriptif too long for one page",
            fr.fejdoc.write.LayoutRule.class,
            files(EXPERIMENT, yaml(TABLES + synthese(40)), "restitution-finale.md", finalReport()),
            y(
                Code.FICHE_OVERFLOW,
                "synthese:",
                "13.7",
                "54",
                "35",
                "« Descriptif synthétique du dispositif expérimenté » (65 lignes), « Partenaires"
                    + " techniques opérationnels » (2 lignes), « Valeur ajoutée du dispositif"
                    + " expérimenté » (2 lignes)")));
    n.add(
        neg(
            "fiche synthétique with a short descriptif",
            fr.fejdoc.write.LayoutRule.class,
            Code.FICHE_OVERFLOW,
            files(EXPERIMENT, yaml(TABLES + synthese(3)), "restitution-finale.md", finalReport())));
  }

  // =====================================================================================

  private static final List<Case> POSITIVE = new ArrayList<>();
  private static final List<Case> NEGATIVE = new ArrayList<>();

  static {
    identity(POSITIVE, NEGATIVE);
    beneficiaries(POSITIVE, NEGATIVE);
    actions(POSITIVE, NEGATIVE);
    financing(POSITIVE, NEGATIVE);
    budget(POSITIVE, NEGATIVE);
    documents(POSITIVE, NEGATIVE);
    layout(POSITIVE, NEGATIVE);
  }

  /** Projects that must give exactly their expected findings, all of their rule. */
  static List<Case> positive() {
    return List.copyOf(POSITIVE);
  }

  /**
   * Close, correct projects: exactly their expected findings (usually none), never {@code about}.
   */
  static List<Case> negative() {
    return List.copyOf(NEGATIVE);
  }
}

package fr.fejdoc.model.finding;

import static fr.fejdoc.model.finding.Severity.ERROR;
import static fr.fejdoc.model.finding.Severity.INFO;
import static fr.fejdoc.model.finding.Severity.WARNING;

/**
 * Every kind of finding, with its stable identifier (what CI filters and dashboards key on: never
 * rename one) and its severity. The message texts live in {@code messages_fr.properties} and {@code
 * messages_en.properties} under the constant's {@link #messageKey()}.
 */
public enum Code {
  // Reading files
  FILE_UNREADABLE("FEJ001", ERROR),
  ENCODING("FEJ002", ERROR),
  YAML_SYNTAX("FEJ003", ERROR),
  YAML_DUPLICATE_KEY("FEJ004", ERROR),
  YAML_TOO_DEEP("FEJ005", ERROR),
  YAML_ALIASES("FEJ006", ERROR),
  YAML_TOO_LARGE("FEJ007", ERROR),
  YAML_COMPLEX_KEY("FEJ008", ERROR),
  YAML_MULTIPLE_DOCUMENTS("FEJ009", ERROR),
  PROJECT_EMPTY("FEJ010", ERROR),
  SUMS_DEFERRED("FEJ011", INFO),
  // Shape of the input
  UNKNOWN_KEY("FEJ020", ERROR),
  UNKNOWN_KEY_NO_SUGGESTION("FEJ020", ERROR),
  WRONG_TYPE("FEJ021", ERROR),
  NEGATIVE("FEJ022", ERROR),
  MISSING_FIELD("FEJ023", ERROR),
  /**
   * A required key written but left empty (as {@code fejdoc nouveau} writes them): to fill in, a
   * warning; a required key absent altogether stays {@link #MISSING_FIELD}.
   */
  TO_FILL("FEJ095", WARNING),
  INVALID_DATE("FEJ024", ERROR),
  INVALID_CHOICE("FEJ025", ERROR),
  DOSSIER_FORMAT("FEJ026", ERROR),
  DOSSIER_ABSENT("FEJ027", WARNING),
  DOSSIER_FOLDER("FEJ028", WARNING),
  DATE_ORDER("FEJ029", ERROR),
  // Documents
  FRONT_MATTER_MISSING("FEJ040", ERROR),
  SECTION_UNKNOWN("FEJ041", ERROR),
  SECTION_MISSING("FEJ042", WARNING),
  SECTION_DUPLICATE("FEJ043", ERROR),
  IMAGE_MISSING("FEJ044", ERROR),
  IMAGE_OUTSIDE("FEJ045", ERROR),
  NOTE_BEFORE_START("FEJ046", ERROR),
  CERTIFICATE_NO_SIGNATORY("FEJ047", ERROR),
  /** A certificate block written with nothing in it (as {@code fejdoc nouveau} writes it). */
  CERTIFICATE_TO_FILL("FEJ096", WARNING),
  DOCUMENT_NEEDS_DATA("FEJ048", WARNING),
  DISTRIBUTION_SUM("FEJ049", ERROR),
  KEY_FIGURES_COUNT("FEJ050", WARNING),
  DOCUMENT_DUPLICATE("FEJ051", ERROR),
  TEXT_BEFORE_FIRST_HEADING("FEJ052", WARNING),
  SECTION_EMPTY("FEJ053", WARNING),
  /** A numbered heading at a part's level that names no part: kept where it is, closest named. */
  SECTION_NEAREST("FEJ030", WARNING),
  /** "{etp: 2,5}": the decimal comma split one number into a value and a key. */
  DECIMAL_COMMA("FEJ016", ERROR),
  // Tableau 1
  T1_PERIOD_COUNT("FEJ101", ERROR),
  T1_INTAKE_TOTAL("FEJ102", ERROR),
  T1_STAGE_EXCEEDS("FEJ103", ERROR),
  T1_COHORT_END("FEJ104", ERROR),
  /** Planned figures only (the application's forecast, not changeable): a warning. */
  T1_TOTAL("FEJ105", WARNING),
  T1_CHARACTERISTICS("FEJ106", ERROR),
  /** Planned figures only: a warning. */
  T1_CHARACTERISTICS_PLANNED("FEJ107", WARNING),
  T1_ADULT_QUALITY("FEJ108", ERROR),
  T1_ABANDONS("FEJ109", ERROR),
  T1_RATE("FEJ110", INFO),
  T1_ABOVE_PLAN("FEJ111", INFO),
  /** A stated abandons total (the form's total column) that differs from the periods' sum. */
  T1_ABANDONS_TOTAL("FEJ112", ERROR),
  /** More young followed by the Mission Locale than young entered (or planned). */
  T1_MISSION_LOCALE_ABOVE("FEJ113", WARNING),
  /** The Mission Locale tick and count disagree (both are printed as given). */
  T1_MISSION_LOCALE_TICK("FEJ114", WARNING),
  /** A value fejdoc importer could not read with certainty: to check against the original. */
  IMPORTED_TO_CHECK("FEJ120", WARNING),
  // Tableau 2
  T2_PHASE_DATES_MISSING("FEJ201", WARNING),
  T2_PHASE_REVERSED("FEJ202", ERROR),
  T2_PHASE_ORDER("FEJ203", ERROR),
  T2_PHASE_OUTSIDE("FEJ204", WARNING),
  T2_ETP_ABOVE_STAFF("FEJ205", ERROR),
  T2_TOTAL_ETP("FEJ206", WARNING),
  T2_SUBPERIOD_OUTSIDE("FEJ207", WARNING),
  DURATION_NO_MONTHS("FEJ208", WARNING),
  T2_SUBPERIOD_REVERSED("FEJ209", ERROR),
  // Money
  FIN_SHARE_MISMATCH("FEJ301", WARNING),
  /**
   * The stated shares are the holder's own percentages (often rounded, from an old note): the
   * amounts are the facts, so shares that do not add up are warned, like FEJ301.
   */
  FIN_SHARES_SUM("FEJ302", WARNING),
  FIN_NO_FEJ("FEJ303", WARNING),
  /** Realised amounts; planned ones are {@link #BUDGET_DETAIL_SUM_PLANNED} (same id). */
  BUDGET_DETAIL_SUM("FEJ304", ERROR),
  /** Planned amounts only: a warning. */
  BUDGET_DETAIL_SUM_PLANNED("FEJ304", WARNING),
  /** Realised amounts; planned ones are {@link #BUDGET_TOTAL_PLANNED} (same id). */
  BUDGET_TOTAL("FEJ305", ERROR),
  /** Planned amounts only: a warning. */
  BUDGET_TOTAL_PLANNED("FEJ305", WARNING),
  /** Planned amounts only: a warning. */
  BUDGET_PLANNED_BALANCE("FEJ306", WARNING),
  BUDGET_ACTUAL_IMBALANCE("FEJ307", WARNING),
  /** An actual imbalance the holder comments (budget, account or line comments): information. */
  BUDGET_ACTUAL_IMBALANCE_EXPLAINED("FEJ309", INFO),
  BUDGET_FEJ_MISMATCH("FEJ308", ERROR),
  // Layout (as the PDF writer lays the documents out)
  FICHE_OVERFLOW("FEJ054", WARNING),
  // Hostile or broken input: limits, boundaries and failures (load, assembly, writing)

  CONTROL_CHARACTER("FEJ012", ERROR),

  LINK_OUTSIDE("FEJ013", ERROR),

  MARKDOWN_TOO_DEEP("FEJ055", ERROR),

  FOOTNOTE_CYCLE("FEJ056", ERROR),

  IMAGE_TOO_LARGE("FEJ057", ERROR),

  IMAGE_REDUCED("FEJ058", INFO),

  TEMPLATE_FAILURE("FEJ060", ERROR),

  TEMPLATE_BUDGET("FEJ061", ERROR),

  TIME_BUDGET("FEJ062", ERROR),

  RESOURCES_EXHAUSTED("FEJ063", ERROR),

  WRITE_FAILED("FEJ064", ERROR),

  PROJECT_TOO_LARGE("FEJ075", ERROR),
  RESERVED_NAME("FEJ080", ERROR),
  MARKDOWN_UNREADABLE("FEJ014", ERROR),

  YAML_TOO_MANY_NODES("FEJ015", ERROR),

  /** An acknowledgement of experiment.yaml (constats_acceptes) that matches no finding. */
  ACKNOWLEDGEMENT_UNUSED("FEJ090", WARNING),
  /** An acknowledgement of a limit that protects the build: not accepted. */
  ACKNOWLEDGEMENT_REFUSED("FEJ091", WARNING),

  INTERNAL_ERROR("FEJ065", ERROR);

  /** Ids of the limits and boundaries (hostile input protections): never acknowledged. */
  private static final java.util.Set<String> NOT_ACKNOWLEDGEABLE =
      java.util.Set.of(
          "FEJ012", "FEJ013", "FEJ014", "FEJ015", "FEJ055", "FEJ056", "FEJ057", "FEJ058", "FEJ059",
          "FEJ060", "FEJ061", "FEJ062", "FEJ063", "FEJ064", "FEJ065", "FEJ075", "FEJ080", "FEJ090",
          "FEJ091");

  private final String id;
  private final Severity severity;

  Code(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable identifier printed in every report, e.g. {@code FEJ106}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * Whether a holder may acknowledge findings of this code in experiment.yaml: every code but the
   * limits that protect the build (and the acknowledgement findings themselves).
   */
  public boolean acknowledgeable() {
    return acknowledgeable(id);
  }

  /** Whether findings with this id may be acknowledged (see {@link #acknowledgeable()}). */
  public static boolean acknowledgeable(String id) {
    return !NOT_ACKNOWLEDGEABLE.contains(id);
  }

  /** Key of the message text in the bundles: the constant's name in lower case. */
  public String messageKey() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

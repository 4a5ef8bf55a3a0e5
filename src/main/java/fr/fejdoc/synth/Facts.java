package fr.fejdoc.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a synthetic experiment is: the facts its experiment.yaml states and its documents narrate.
 * Built once per project by {@link ExperimentFactory}; read by the writers.
 */
final class Facts {
  /**
   * An organisation: {@code the} is how prose names it ("la Mission Locale", "le cabinet X"),
   * {@code named} its full name with an article ("la Mission Locale de Laval").
   */
  record Org(String name, String acronym, String type, String the, String domain, String named) {}

  /** A signatory or contact. */
  record Person(String civility, String firstName, String lastName, String quality) {
    /** "M. Michel JULITA". */
    String formal() {
      return civility + " " + firstName + " " + lastName.toUpperCase(java.util.Locale.ROOT);
    }

    /** "Michel Julita". */
    String plain() {
      return firstName + " " + lastName;
    }
  }

  /** An operational partner. */
  record Partner(String name, String the, String type, List<String> roles) {}

  /**
   * A financial partner; {@code subsidy} is its line key in account 74 (null: not a subsidy),
   * {@code named} its name with an article.
   */
  record Funder(String name, String category, long cents, String subsidy, String named) {}

  /** A phase of Tableau 2 and its months. */
  record PhasePeriod(String key, YearMonth start, YearMonth end) {}

  int index;
  long seed;
  String code;
  String number;
  String folder;
  String dossierWritten;

  YearMonth launch;
  LocalDate start;
  boolean startByDay;
  int initialMonths;
  Integer effectiveMonths;
  boolean statesEnd;

  Places.Region region;
  Places.Department department;
  Places.Town town;
  List<Places.Department> departments = new ArrayList<>();

  Theme theme;
  String thematique;
  String programme;
  String title;
  String shortName;
  String publicDescription;
  List<String> objectives = new ArrayList<>();

  Org holder;
  Org evaluator;
  Person signatory;
  Person coordinator;

  // Tableau 1
  boolean stages;
  List<String> periodLabels = new ArrayList<>();
  Integer plannedYoung;
  String plannedYoungText;
  int youngTotal;
  int adultTotal;
  int girls;
  int boys;
  int abandonsTotal;
  List<Integer> youngPerPeriod = new ArrayList<>();

  // Tableau 2 and 3
  List<PhasePeriod> phases = new ArrayList<>();
  List<String> actionTitles = new ArrayList<>();
  List<String> tools = new ArrayList<>();

  // Partners and money
  List<Partner> partners = new ArrayList<>();
  List<Funder> funders = new ArrayList<>();
  boolean hasBudget;
  long budgetPlannedCents;
  long budgetActualCents;
  long budgetImbalanceCents;

  // Documents
  List<LocalDate> notes = new ArrayList<>();
  YearMonth reportMonth;
  boolean hasSheet;

  /** The last month of the experiment (start + the longest duration). */
  YearMonth end() {
    int months = Math.max(initialMonths, effectiveMonths == null ? 0 : effectiveMonths);
    return YearMonth.from(start).plusMonths(months);
  }

  long fejCents() {
    long sum = 0;
    for (Funder f : funders) if (f.category().equals("fej")) sum += f.cents();
    return sum;
  }

  long fundingCents() {
    long sum = 0;
    for (Funder f : funders) sum += f.cents();
    return sum;
  }
}

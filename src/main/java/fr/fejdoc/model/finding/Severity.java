package fr.fejdoc.model.finding;

/** How much a finding matters. Errors fail {@code check}; warnings do so only with --strict. */
public enum Severity {
  ERROR,
  WARNING,
  /** Information worth showing (e.g. the rate of beneficiaries reached); never fails. */
  INFO
}

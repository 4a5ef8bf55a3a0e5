package fr.fejdoc.model;

/** The four fixed phases of Tableau 2, in the form's order. */
public enum Phase {
  PREPARATION("preparation", "Préparation du projet"),
  LANCEMENT("lancement", "Lancement de l'expérimentation"),
  ACHEVEMENT_EXPERIMENTATION("achevement_experimentation", "Achèvement de l'expérimentation"),
  ACHEVEMENT_EVALUATION("achevement_evaluation", "Achèvement de l'évaluation");

  private final String key;
  private final String label;

  Phase(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The YAML key. */
  public String key() {
    return key;
  }

  /** The form's French label. */
  public String label() {
    return label;
  }
}

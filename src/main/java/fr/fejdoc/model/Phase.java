package fr.fejdoc.model;

import fr.fejdoc.model.form.FormRegistry;

/**
 * The four fixed phases of Tableau 2, in the form's order (keys of {@link FormRegistry#PHASES}).
 */
public enum Phase {
  PREPARATION("preparation"),
  LANCEMENT("lancement"),
  ACHEVEMENT_EXPERIMENTATION("achevement_experimentation"),
  ACHEVEMENT_EVALUATION("achevement_evaluation");

  private final String key;

  Phase(String key) {
    this.key = key;
  }

  /** The YAML key. */
  public String key() {
    return key;
  }

  /** The form's French label, from the form registry. */
  public String label() {
    return FormRegistry.PHASES.label(key);
  }
}

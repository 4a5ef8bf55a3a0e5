package fr.fejdoc.check;

import fr.fejdoc.model.finding.Localized;

/** French and English names of the forms' parts, for messages. */
final class Labels {
  private Labels() {}

  static Localized rubric(String key) {
    return switch (key) {
      case "age" -> new Localized("âge", "age");
      case "situation" -> new Localized("situation", "situation");
      case "niveau" -> new Localized("niveau de formation", "level of education");
      case "sexe" -> new Localized("sexe", "sex");
      case "qualite" -> new Localized("qualité des adultes", "adults' role");
      default -> new Localized(key, key);
    };
  }

  static Localized row(boolean young) {
    return young ? new Localized("jeunes", "young people") : new Localized("adultes", "adults");
  }

  static Localized category(String key) {
    return switch (key) {
      case "fej" -> new Localized("Fonds d'Expérimentation pour la Jeunesse", "FEJ");
      case "cofinancement" -> new Localized("cofinancements extérieurs", "external co-funding");
      case "autofinancement" -> new Localized("autofinancement", "self-funding");
      default -> new Localized(key, key);
    };
  }

  static Localized side(boolean planned) {
    return planned ? new Localized("prévu", "planned") : new Localized("réalisé", "actual");
  }
}

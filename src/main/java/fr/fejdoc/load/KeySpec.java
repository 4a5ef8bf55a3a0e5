package fr.fejdoc.load;

import java.util.List;

/**
 * One key of the input contract as the holder reads it: its name, what it holds, the values it
 * allows, an example, the form cell it fills and whether it is required. The trees of {@link
 * Keys#experimentSpec()} and {@link Keys#documentSpec(String)} are built from the lists of {@link
 * Keys} themselves, so the generated reference (docs/reference-cles.md) and JSON Schemas (schemas/)
 * cannot name a key the reader does not accept, nor miss one.
 *
 * @param name the YAML key
 * @param kind what the value is
 * @param required true when the reader reports its absence
 * @param values the allowed values of a choice, or the keys of a free mapping's example
 * @param description what the key holds, in French (Markdown allowed)
 * @param example an example value as written in YAML (empty for a block)
 * @param cell the form cell or part it fills, in French (empty when none)
 * @param children the keys of a block, or of each item of a list of blocks
 */
public record KeySpec(
    String name,
    Kind kind,
    boolean required,
    List<String> values,
    String description,
    String example,
    String cell,
    List<KeySpec> children) {

  public KeySpec {
    values = List.copyOf(values);
    children = List.copyOf(children);
  }

  /** What a value holds, with its French name as the reference prints it. */
  public enum Kind {
    TEXT("texte"),
    MARKDOWN("texte Markdown"),
    COUNT("nombre entier ≥ 0"),
    PLANNED("nombre entier ≥ 0, fourchette « 17 à 20 » ou plafond « 30 max »"),
    AMOUNT("montant en euros (2200.64 ou « 2 200,64 € »)"),
    MONEY_CELL("montant, ou texte de renvoi (« Cf. Bilan financier »)"),
    PERCENT("pourcentage (49, « 49 % »)"),
    ETP("nombre d'ETP (0.5, « 1/2 », « 1 et ½ »)"),
    DURATION(
        "durée telle qu'écrite (« 8 semaines », « 6 mois », « 18 mois (dont 12 mois de formation) »)"),
    DATE("date AAAA-MM-JJ, ou AAAA-MM pour un mois"),
    BOOLEAN("oui/non (true/false)"),
    CHOICE("une valeur parmi une liste"),
    CHOICES("liste de valeurs parmi une liste"),
    TEXTS("liste de textes"),
    COUNTS_PER_PERIOD("liste de nombres entiers, un par période (null : sans objet)"),
    BLOCK("bloc de clés"),
    BLOCK_LIST("liste de blocs"),
    FREE_COUNTS("bloc libre : un nombre entier par clé nommée par le porteur"),
    COUNT_ROW("bloc {prevu, entre}, ou un nombre entier (les entrés)"),
    PERIODS("liste de libellés, ou bloc {phases: [...]} ou {annees: [...]}");

    private final String french;

    Kind(String french) {
      this.french = french;
    }

    /** The French name of the kind, as the reference prints it. */
    public String french() {
      return french;
    }
  }
}

package fr.fejdoc.model.form;

import fr.fejdoc.model.finding.Localized;
import java.util.Objects;

/**
 * One value of a closed list of the forms: the key the holder writes in YAML and the form's wording
 * for it.
 *
 * @param key the YAML key or value ({@code moins_6}, {@code partie}, {@code "60"})
 * @param label the form's French wording, as the documents print it
 * @param shortLabel a shorter French wording (reference, catalogue, short columns); the label when
 *     the form has no shorter one
 * @param name the French and English names that messages use for it; the label in both languages
 *     when messages never name it
 */
public record Entry(String key, String label, String shortLabel, Localized name) {

  public Entry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (shortLabel == null) shortLabel = label;
    if (name == null) name = new Localized(label, label);
  }

  /** An entry whose short label and names are its label. */
  public static Entry of(String key, String label) {
    return new Entry(key, label, null, null);
  }

  /** This entry with a shorter French wording. */
  public Entry shortened(String shorter) {
    return new Entry(key, label, shorter, name);
  }

  /** This entry with the names messages use for it. */
  public Entry named(String french, String english) {
    return new Entry(key, label, shortLabel, new Localized(french, english));
  }
}

package fr.fejdoc.model.form;

import fr.fejdoc.model.finding.Localized;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A closed list of the forms, in the form's order: the values a key allows (or the keys a block
 * allows) with the form's wording of each.
 *
 * @param name what the list holds, for messages of this registry's own tests
 * @param entries the values, in the form's order
 */
public record ClosedList(String name, List<Entry> entries) {

  public ClosedList {
    entries = List.copyOf(entries);
    Set<String> keys = new HashSet<>();
    for (Entry e : entries) {
      if (!keys.add(e.key())) throw new IllegalStateException(name + ": key " + e.key() + " twice");
    }
  }

  /** The keys, in the form's order. */
  public List<String> keys() {
    return entries.stream().map(Entry::key).toList();
  }

  /** The entry of {@code key}, or null when the list has none. */
  public Entry entry(String key) {
    for (Entry e : entries) if (e.key().equals(key)) return e;
    return null;
  }

  /** The form's wording of {@code key}, or null when the list has none. */
  public String label(String key) {
    Entry e = entry(key);
    return e == null ? null : e.label();
  }

  /** The short wording of {@code key}, or null when the list has none. */
  public String shortLabel(String key) {
    Entry e = entry(key);
    return e == null ? null : e.shortLabel();
  }

  /** The names messages use for {@code key}; the key itself when the list has none. */
  public Localized name(String key) {
    Entry e = entry(key);
    return e == null ? new Localized(key, key) : e.name();
  }
}

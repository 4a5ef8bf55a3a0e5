package fr.fejdoc.importer;

/**
 * Reads one block of a FEJ form (the identity, Tableau 1, the bilan…) from a {@link Source} into a
 * {@link Draft}. Each reader finds its block by the form's own fixed texts (from the form
 * registry), marks the blocks it used and puts every value with where it came from.
 */
@FunctionalInterface
public interface FormReader {
  void read(Source source, Draft draft);
}

package fr.fejdoc.model;

/** A text as written (Markdown where the field allows it), with where it was written. */
public record Text(String value, Loc loc) {
  @Override
  public String toString() {
    return value;
  }
}

package fr.fejdoc.document.read;

/** A template produced markup that breaks the fejdoc markup's rules (a template bug). */
public final class MarkupException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;

  public MarkupException(int line, String message) {
    super("ligne " + line + " du balisage produit : " + message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}

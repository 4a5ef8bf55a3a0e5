package fr.fejdoc.model.finding;

/**
 * Stops the work on one project (or one of its documents) with a located finding: thrown where a
 * limit is hit deep in a reader, the template engine or a writer, and turned back into its finding
 * by the check package's Boundary. It carries no stack trace: it is a message to the holder, not a
 * bug.
 */
public final class FindingException extends RuntimeException {
  private final transient Finding finding;

  public FindingException(Finding finding) {
    super(finding.code().id() + " " + finding.loc(), null, false, false);
    this.finding = finding;
  }

  public Finding finding() {
    return finding;
  }
}

package fr.fejdoc.importer;

/** Why a file cannot be imported: a message key ("import.…") and its arguments. */
public final class NotImportable extends Exception {
  private final String key;
  private final transient Object[] args;

  public NotImportable(String key, Object... args) {
    super(key, null, false, false);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}

package fr.fejdoc.model;

/** The documents a holder writes, by their front matter {@code document} key. */
public enum DocumentKind {
  NOTE_ETAPE("note_etape"),
  RESTITUTION_FINALE("restitution_finale"),
  FICHE_EXPERIENCE("fiche_experience");

  private final String key;

  DocumentKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static DocumentKind ofKey(String key) {
    for (DocumentKind k : values()) if (k.key.equals(key)) return k;
    return null;
  }
}

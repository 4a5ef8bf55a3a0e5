package fr.fejdoc.model;

/**
 * A dossier number: an appel à projets code ({@code AP1}, {@code APDOM1}...) and a number, whatever
 * spelling the holder used ("AP1_n° 393", "AP1-027"). Each form prints its own spelling.
 */
public record Dossier(String call, String number, String written, Loc loc) {

  /** {@code AP1_027}: annex tables, folder names. */
  public String underscore() {
    return call + "_" + number;
  }

  /** {@code AP1-027}: the fiche synthétique. */
  public String dash() {
    return call + "-" + number;
  }

  /** {@code AP1_n° 393}: the note d'étape header and certificate. */
  public String progressNote() {
    return call + "_n°\u00A0" + number;
  }

  /** {@code AP1 – N°027}: the restitution cover. */
  public String cover() {
    return call + " – N°" + number;
  }

  @Override
  public String toString() {
    return underscore();
  }
}

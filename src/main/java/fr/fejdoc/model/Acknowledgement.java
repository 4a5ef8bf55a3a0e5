package fr.fejdoc.model;

/**
 * A finding the holder accepts (experiment.yaml, {@code constats_acceptes}): its code (e.g.
 * FEJ107), optionally where it points ({@code file} relative to the project, null for anywhere;
 * {@code line} 0 for any line) and why. Acknowledged findings are still reported, with the reason,
 * but do not fail {@code check} (except under --strict) nor stop {@code build}.
 */
public record Acknowledgement(
    Text code, String file, int line, Text reason, boolean inNote, Loc loc) {

  public Acknowledgement(Text code, String file, int line, Text reason, Loc loc) {
    this(code, file, line, reason, false, loc);
  }

  /**
   * Where the note prints the reason when {@link #inNote} (the remarks of the table the finding is
   * about): "tableau1" for FEJ1xx, "tableau2" for FEJ2xx, "bilan" for FEJ30x; null otherwise (the
   * form has no remarks for it).
   */
  public String remarksOf() {
    if (code == null) return null;
    String id = code.value().strip().toUpperCase(java.util.Locale.ROOT);
    if (id.startsWith("FEJ1")) return "tableau1";
    if (id.startsWith("FEJ2")) return "tableau2";
    if (id.startsWith("FEJ3")) return "bilan";
    return null;
  }

  /**
   * Whether a finding of id {@code id} in {@code findingFile} (relative to the project) at {@code
   * findingLine} matches. The file may also be written with the project's folder before it, as the
   * reports print it (projects/AP1_027/experiment.yaml).
   */
  public boolean matches(String id, String findingFile, int findingLine) {
    if (code == null || !code.value().strip().equalsIgnoreCase(id)) return false;
    if (file == null) return true;
    if (!file.equals(findingFile) && !file.endsWith("/" + findingFile)) return false;
    return line <= 0 || line == findingLine;
  }

  /** The place as written, e.g. {@code experiment.yaml:135}, or null. */
  public String place() {
    if (file == null) return null;
    return line > 0 ? file + ":" + line : file;
  }
}

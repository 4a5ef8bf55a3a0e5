package fr.fejdoc.model;

/**
 * A finding the holder accepts (experiment.yaml, {@code constats_acceptes}): its code (e.g.
 * FEJ107), optionally where it points ({@code file} relative to the project, null for anywhere;
 * {@code line} 0 for any line) and why. Acknowledged findings are still reported, with the reason,
 * but do not fail {@code check} (except under --strict) nor stop {@code build}.
 */
public record Acknowledgement(Text code, String file, int line, Text reason, Loc loc) {

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

package fr.fejdoc.load;

import fr.fejdoc.model.Dossier;
import fr.fejdoc.model.Loc;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads every spelling of a dossier number: AP1_027, AP1-027, "AP1_n° 393", "AP1 – N°331". */
public final class DossierParser {
  private static final Pattern DOSSIER =
      Pattern.compile(
          "(AP[A-Z]*\\d+)\\s*[-_–— ]?\\s*(?:N\\s*[°º]|NO\\.?|N\\.)?\\s*(\\d{1,5})",
          Pattern.CASE_INSENSITIVE);

  private DossierParser() {}

  /** The dossier, or null when {@code written} is no dossier number. */
  public static Dossier parse(String written, Loc loc) {
    Matcher m = DOSSIER.matcher(written.strip());
    if (!m.matches()) return null;
    String number = m.group(2);
    if (number.length() < 3) number = "0".repeat(3 - number.length()) + number;
    return new Dossier(m.group(1).toUpperCase(Locale.ROOT), number, written.strip(), loc);
  }
}

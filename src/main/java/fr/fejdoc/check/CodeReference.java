package fr.fejdoc.check;

import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes docs/constats.md, the French list of every finding code with its severity and message,
 * from {@link Code} and the message bundle. The file is generated: CodeReferenceTest fails when the
 * committed copy differs (rewrite it with {@code -Dfejdoc.updateGolden=true}).
 */
public final class CodeReference {
  private CodeReference() {}

  /** The reference, as Markdown. */
  public static String markdown() {
    Messages fr = Messages.of(Messages.Lang.FR);
    StringBuilder out = new StringBuilder();
    out.append("# Les constats de fejdoc\n\n");
    out.append(
        "<!-- Fichier généré à partir de src/main/java/fr/fejdoc/model/finding/Code.java et"
            + " des messages : ne pas le modifier à la main. CodeReferenceTest le régénère avec"
            + " -Dfejdoc.updateGolden=true. -->\n\n");
    out.append(
        "Chaque constat de `fejdoc check` et `fejdoc build` porte l'un de ces codes, stables"
            + " d'une version à l'autre. Une **erreur** fait échouer la commande (code de sortie"
            + " 1) et les documents sont alors écrits comme brouillons ; un **avertissement** et"
            + " une **information** non (sauf avec `--strict` pour les avertissements). Un code"
            + " peut avoir deux gravités : un chiffre prévu incohérent est un avertissement, le"
            + " même défaut sur un chiffre réalisé est une erreur. « Acceptable » : le constat"
            + " peut être accepté dans `constats_acceptes` (voir [conventions.md](conventions.md))"
            + " ; les protections contre les dossiers hostiles ne le sont jamais. « … » marque la"
            + " place des chiffres et des noms que le message cite. Chaque code a son ancre"
            + " (`constats.md#fej101`) : les rapports SARIF de `check --format sarif` y"
            + " renvoient.\n\n");
    out.append("| Code | Gravité | Acceptable | Message |\n");
    out.append("|---|---|---|---|\n");
    Map<String, List<Code>> byId = new LinkedHashMap<>();
    List<Code> codes = new ArrayList<>(List.of(Code.values()));
    codes.sort(java.util.Comparator.comparing(Code::id));
    for (Code c : codes) byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
    for (Map.Entry<String, List<Code>> e : byId.entrySet()) {
      boolean first = true;
      for (Code c : e.getValue()) {
        out.append("| ")
            .append(c.id())
            .append(" | ")
            .append(severity(c.severity()))
            .append(" | ")
            .append(c.acknowledgeable() ? "oui" : "non")
            .append(" | ")
            // the anchor SARIF reports link to (docs/constats.md#fej101), once per code
            .append(first ? "<a id=\"" + c.id().toLowerCase(java.util.Locale.ROOT) + "\"></a>" : "")
            .append(cell(fr.template(c)))
            .append(" |\n");
        first = false;
      }
    }
    return out.toString();
  }

  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "erreur";
      case WARNING -> "avertissement";
      case INFO -> "information";
    };
  }

  /** A table cell: no line break, pipes escaped. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}

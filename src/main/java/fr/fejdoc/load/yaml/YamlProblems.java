package fr.fejdoc.load.yaml;

import java.util.Locale;

/** Explains SnakeYAML's English problem descriptions in French, with the usual fix. */
final class YamlProblems {
  private YamlProblems() {}

  static String french(String problem) {
    if (problem == null) return "erreur de syntaxe YAML";
    String p = problem.toLowerCase(Locale.ROOT);
    if (p.contains("'\\t'") || p.contains("tab"))
      return "tabulation interdite pour indenter : utilisez des espaces";
    if (p.contains("simple key is required only if it is the first token"))
      return "clé inattendue au milieu d'une ligne : une clé commence sa propre ligne ; mettez la"
          + " valeur entre guillemets si elle contient « : »";
    if (p.contains("mapping values are not allowed"))
      return "deux-points inattendu : mettez la valeur entre guillemets si elle contient « : »,"
          + " ou vérifiez l'indentation";
    if (p.contains("could not find expected ':'"))
      return "« : » attendu après la clé : vérifiez l'indentation ou fermez les guillemets";
    if (p.contains("expected <block end>") || p.contains("did not find expected key"))
      return "indentation incohérente : alignez cette ligne sur les clés du même niveau";
    if (p.contains("found unexpected end of stream") || p.contains("unexpected end of stream"))
      return "fin de fichier inattendue : une chaîne entre guillemets ou une liste [ ] n'est pas"
          + " fermée";
    if (p.contains("found undefined alias")) return "alias sans ancre définie";
    if (p.contains("cannot start any token"))
      return "caractère qui ne peut pas commencer une valeur : mettez la valeur entre guillemets";
    if (p.contains("did not find expected ',' or ']'"))
      return "liste [ ] non fermée : « ] » ou « , » attendu";
    if (p.contains("did not find expected ',' or '}'"))
      return "bloc { } non fermé : « } » ou « , » attendu";
    if (p.contains("block sequence entries are not allowed"))
      return "élément de liste « - » mal placé : vérifiez l'indentation";
    if (p.contains("found unknown escape character"))
      return "séquence d'échappement inconnue entre guillemets doubles : utilisez des guillemets"
          + " simples ou doublez la barre oblique inverse";
    if (p.contains("special characters are not allowed"))
      return "caractère de contrôle interdit dans le fichier";
    return "erreur de syntaxe YAML (" + problem.strip() + ")";
  }
}

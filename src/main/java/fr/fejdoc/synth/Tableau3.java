package fr.fejdoc.synth;

import fr.fejdoc.load.Keys;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tableau 3: the tools the experiment produced. */
final class Tableau3 {
  private static final List<String> FORMATS = Keys.TOOL_FORMATS;
  private static final List<String> PRECISIONS =
      List.of(
          "en l'adaptant au contexte local",
          "sous réserve d'une formation des utilisateurs",
          "à condition de disposer d'un référent identifié",
          "moyennant quelques ajustements");

  private Tableau3() {}

  static List<Object> generate(Dice d, Facts f) {
    List<Object> out = new ArrayList<>();
    for (WordBank.ToolSpec t : d.distinct(WordBank.TOOLS, d.between(1, 5))) {
      f.tools.add(t.name());
      Map<String, Object> m = YamlWriter.map();
      m.put("nom", t.name());
      m.put(
          "fonction",
          t.function().length() > 60 ? new YamlWriter.Folded(t.function()) : t.function());
      m.put("utilisateurs", t.users());
      m.put("format", FORMATS.get(d.weighted(0.35, 0.35, 0.25, 0.05)));
      boolean transferable = d.chance(0.85);
      m.put("transferable", transferable);
      if (transferable && d.chance(0.3)) m.put("precision", d.pick(PRECISIONS));
      out.add(m);
    }
    return out;
  }
}

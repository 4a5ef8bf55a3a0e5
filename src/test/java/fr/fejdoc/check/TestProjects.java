package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small projects written to a temporary folder, checked, and their findings reduced to plain values
 * (code, file, line, French arguments) that tests compare.
 */
public final class TestProjects {
  private TestProjects() {}

  /** How the project folder is shown in findings ({@code prj/experiment.yaml}). */
  public static final String DISPLAY = "prj";

  /** The project folder's name: the dossier of {@link #HEAD}, so no DOSSIER_FOLDER finding. */
  public static final String FOLDER = "AP1_027";

  public static final String EXPERIMENT = "experiment.yaml";

  /** The required identity of a minimal, clean experiment.yaml. */
  public static final String HEAD =
      """
      dossier: AP1_027
      titre: Expérimentation de test
      porteur: {nom: Porteur de test}
      """;

  /** Default calendar: the experiment runs from 2009-10-20 to the end of January 2012. */
  public static final String CALENDAR =
      """
      calendrier: {demarrage: 2009-10-20, duree_initiale_mois: 27}
      """;

  /** A minimal, clean experiment.yaml followed by {@code body}. */
  public static String yaml(String body) {
    return HEAD + CALENDAR + body;
  }

  /** A minimal experiment.yaml with its own {@code calendar} block, then {@code body}. */
  public static String yamlWithCalendar(String calendar, String body) {
    return HEAD + calendar + body;
  }

  // ---- documents ----

  public static final String NOTE_FRONT_MATTER =
      """
      document: note_etape
      au: 2010-12-31
      certificat:
        signataire: M. Jean Test
      """;

  public static final String OBJECTIVES =
      """
      # Rappel des objectifs de l'expérimentation et du public cible

      Texte des objectifs.
      """;

  public static final String MODALITIES =
      """
      # Modalités opérationnelles et état d'avancement

      Texte des modalités.
      """;

  /** A document: front matter between {@code ---} lines, a blank line, then {@code body}. */
  public static String document(String frontMatter, String body) {
    return "---\n" + frontMatter + "---\n\n" + body;
  }

  /** A complete, clean note d'étape. */
  public static String note() {
    return document(NOTE_FRONT_MATTER, OBJECTIVES + "\n" + MODALITIES);
  }

  /** Every section the restitution finale requires, each with an explicit id. */
  public static String finalReportBody() {
    String[][] sections = {
      {"introduction", "Introduction"},
      {"objectifs", "Objectifs de l'expérimentation"},
      {"public-vise", "Public visé"},
      {"analyse-qualitative", "Analyse qualitative"},
      {"beneficiaires-indirects", "Bénéficiaires indirects"},
      {"actions", "Actions mises en œuvre"},
      {"pilotage", "Pilotage de l'expérimentation"},
      {"analyse-dispositif", "Analyse du dispositif expérimenté"},
      {"transfert-public", "Public visé"},
      {"transfert-actions", "Actions menées dans le cadre du dispositif testé"},
      {"transfert-partenariats", "Partenariats, coordination d'acteurs et gouvernance"},
      {"impacts-structure", "Impacts sur la structure"},
      {"conclusion", "Conclusion"}
    };
    StringBuilder b = new StringBuilder();
    for (String[] s : sections) {
      b.append("# ").append(s[1]).append(" {#").append(s[0]).append("}\n\nTexte.\n\n");
    }
    return b.toString();
  }

  /** A complete restitution finale. */
  public static String finalReport() {
    return document("document: restitution_finale\n", finalReportBody());
  }

  /** A fiche d'expérience with {@code keyFigures} chiffres clés and every required section. */
  public static String experienceSheet(int keyFigures) {
    StringBuilder fm = new StringBuilder("document: fiche_experience\n");
    if (keyFigures > 0) fm.append("chiffres_cles:\n");
    for (int i = 1; i <= keyFigures; i++) {
      fm.append("  - {valeur: \"").append(i * 10).append("\", libelle: jeunes}\n");
    }
    return document(
        fm.toString(),
        """
        # La genèse de l'action

        Texte.

        # La mise en œuvre

        Texte.

        # Les résultats

        Texte.

        # Difficultés et pistes de progrès

        Texte.
        """);
  }

  // ---- a minimal experiment.yaml that the restitution finale accepts (tables 1 to 3 given) ----

  public static final String TABLES =
      """
      beneficiaires:
        periodes: [Année 1]
        entres: {jeunes: [10]}
      actions:
        lancement:
          periode: {debut: 2009-10, fin: 2010-12}
          actions:
            - {intitule: Accueil}
      outils:
        - {nom: Logiciel, format: electronique}
      """;

  // ---- files ----

  /** Files of a project, by name relative to the project folder, in the order given. */
  public static Map<String, String> files(String... nameThenContent) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      m.put(nameThenContent[i], nameThenContent[i + 1]);
    }
    return m;
  }

  /** Writes {@code files} into {@code root/folder} and returns the project folder. */
  public static Path write(Path root, String folder, Map<String, String> files) {
    try {
      Path dir = root.resolve(folder);
      Files.createDirectories(dir);
      for (var e : files.entrySet()) {
        Path p = dir.resolve(e.getKey()).normalize();
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Checker.Checked check(Path dir) {
    return fr.fejdoc.write.LayoutRule.checker().check(dir, DISPLAY);
  }

  public static Checker.Checked check(Path dir, List<Rule> rules) {
    return new Checker(rules).check(dir, DISPLAY);
  }

  /** Every rule of {@link Checker#RULES} but the one of class {@code rule}. */
  public static List<Rule> listWithout(Class<? extends Rule> rule) {
    List<Rule> out = new ArrayList<>();
    List<Rule> all = fr.fejdoc.write.LayoutRule.checker().rules();
    for (Rule r : all) if (r.getClass() != rule) out.add(r);
    assertThat(out)
        .as("rule %s is run by every command", rule.getSimpleName())
        .hasSize(all.size() - 1);
    return out;
  }

  /** The rule of class {@code rule}, as registered in {@link Checker#RULES}. */
  public static Rule only(Class<? extends Rule> rule) {
    return Checker.RULES.stream().filter(r -> r.getClass() == rule).findFirst().orElseThrow();
  }

  // ---- findings as plain values ----

  /** A finding reduced to what a test compares: code, file (in the project), line, arguments. */
  public record Seen(Code code, String file, int line, List<String> args) {
    @Override
    public String toString() {
      return code + "(" + code.id() + ") " + file + ":" + line + " " + args;
    }
  }

  public static Seen seen(Finding f) {
    String file = f.loc().file();
    if (file.startsWith(DISPLAY + "/")) file = file.substring(DISPLAY.length() + 1);
    return new Seen(
        f.code(), file, f.loc().line(), f.args().stream().map(TestProjects::arg).toList());
  }

  public static List<Seen> seen(Checker.Checked c) {
    return c.findings().stream().map(TestProjects::seen).toList();
  }

  /** An argument as a test writes it: French wording, numbers without trailing zeros. */
  public static String arg(Object o) {
    if (o instanceof Localized l) return l.fr();
    if (o instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
    if (o instanceof Integer || o instanceof Long) return String.valueOf(((Number) o).longValue());
    return String.valueOf(o);
  }

  /** The 1-based number of the only line of {@code text} that contains {@code anchor}. */
  public static int lineOf(String text, String anchor) {
    List<String> lines = text.lines().toList();
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(anchor)) {
        assertThat(found).as("anchor «%s» must be on one line only", anchor).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertThat(found).as("anchor «%s» not found in%n%s", anchor, text).isPositive();
    return found;
  }
}

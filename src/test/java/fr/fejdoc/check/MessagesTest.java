package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.NOTE_FRONT_MATTER;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The message bundles: complete, consistent, and filled by the findings the checks produce. */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/fr/fejdoc/messages_" + lang + ".properties")) {
      assertThat(in).as("bundle %s", lang).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) out.add(Integer.parseInt(m.group(1)));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCodeHasANonEmptyMessageInBothBundles(Code code) throws IOException {
    for (String lang : List.of("fr", "en")) {
      assertThat(bundle(lang).getProperty(code.messageKey()))
          .as("%s in messages_%s", code.messageKey(), lang)
          .isNotBlank();
    }
    Finding f = Finding.of(code, new Loc("f", 1, 1));
    assertThat(Messages.of(Messages.Lang.FR).format(f)).isNotBlank();
    assertThat(Messages.of(Messages.Lang.EN).format(f)).isNotBlank();
  }

  @Test
  void bothBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties fr = bundle("fr");
    Properties en = bundle("en");
    assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
    for (String key : fr.stringPropertyNames()) {
      assertThat(placeholders(en.getProperty(key)))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(fr.getProperty(key)));
    }
  }

  @Test
  void placeholdersOfAMessageAreContiguousFromZero() throws IOException {
    Properties fr = bundle("fr");
    for (Code c : Code.values()) {
      Set<Integer> used = placeholders(fr.getProperty(c.messageKey()));
      for (int i = 0; i < used.size(); i++) {
        assertThat(used).as("placeholders of %s", c.messageKey()).contains(i);
      }
    }
  }

  @Test
  void stableIdentifiersLookLikeFejNumbers() {
    for (Code c : Code.values()) assertThat(c.id()).matches("FEJ\\d{3}");
  }

  @Test
  void numbersAreWrittenTheWayEachLanguageWritesThem() {
    Finding f =
        Finding.of(
            Code.BUDGET_FEJ_MISMATCH,
            new Loc("f", 1, 1),
            new BigDecimal("2200.64"),
            new BigDecimal("107710"),
            new BigDecimal("105509.36"));
    assertThat(Messages.of(Messages.Lang.FR).format(f).replace('\u202F', ' '))
        .isEqualTo(
            "bilan : subvention FEJ réalisée de 2 200,64 €, mais 107 710 € parmi les partenaires"
                + " financiers — écart : 105 509,36 €.");
    assertThat(Messages.of(Messages.Lang.EN).format(f))
        .isEqualTo(
            "budget: actual FEJ subsidy 2,200.64 €, but 107,710 € among the funders — gap:"
                + " 105,509.36 €.");
  }

  @Test
  void languageIsParsedLeniently() {
    assertThat(Messages.Lang.parse("en")).isEqualTo(Messages.Lang.EN);
    assertThat(Messages.Lang.parse("EN")).isEqualTo(Messages.Lang.EN);
    assertThat(Messages.Lang.parse("anglais")).isEqualTo(Messages.Lang.EN);
    assertThat(Messages.Lang.parse("fr")).isEqualTo(Messages.Lang.FR);
    assertThat(Messages.Lang.parse("de")).isEqualTo(Messages.Lang.FR);
    assertThat(Messages.of(Messages.Lang.EN).lang()).isEqualTo(Messages.Lang.EN);
  }

  /** Projects the loader rejects, to see its findings' arguments too (best effort). */
  private static List<Map<String, String>> brokenInputs() {
    return List.of(
        files(EXPERIMENT, yaml("benefciaires: {}\n")),
        files(EXPERIMENT, yaml("zzzz: 1\n")),
        files(
            EXPERIMENT,
            yaml(
                """
                beneficiaires:
                  periodes: [Année 1]
                  entres: {jeunes: [douze], adultes: [-1]}
                  suivi_mission_locale: {prevu: toujours}
                """)),
        files(EXPERIMENT, "dossier: AP1_027\ntitre: x\n"),
        files(EXPERIMENT, yaml("").replace("dossier: AP1_027", "dossier: n° 27")),
        files(EXPERIMENT, yaml("").replace("dossier: AP1_027", "dossier: null")),
        files(EXPERIMENT, yamlWithBadDate()),
        files(EXPERIMENT, yaml("titre: deux fois\n")),
        files(EXPERIMENT, yaml("outils: [\n")),
        files(
            EXPERIMENT,
            yaml(""),
            "a.md",
            "pas d'en-tête\n",
            "b.md",
            document(
                NOTE_FRONT_MATTER,
                "Texte perdu.\n\n"
                    + OBJECTIVES
                    + "\n# Titre inconnu\n\nx\n\n# Intrus {#nulle-part}\n\nx\n\n"
                    + MODALITIES
                    + "\n"
                    + MODALITIES)),
        files("notes.txt", "rien"));
  }

  private static String yamlWithBadDate() {
    return TestProjects.yamlWithCalendar("calendrier: {demarrage: 2010-02-30}\n", "");
  }

  @Test
  void everyPlaceholderIsFilledByTheFindingsTheChecksProduce(@TempDir Path root) {
    Map<Code, List<Finding>> byCode = new EnumMap<>(Code.class);
    List<RuleCases.Case> projects = new ArrayList<>(RuleCases.positive());
    projects.addAll(RuleCases.negative());
    for (Map<String, String> files : brokenInputs()) {
      projects.add(new RuleCases.Case("broken", null, null, FOLDER, files, List.of()));
    }
    int n = 0;
    for (RuleCases.Case c : projects) {
      Path dir = TestProjects.write(root.resolve("p" + n++), c.folder(), c.files());
      for (Finding f : TestProjects.check(dir).findings()) {
        byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
      }
    }
    for (String p : List.of("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun")) {
      for (Finding f :
          fr.fejdoc.write.LayoutRule.checker().check(Path.of("projects", p), p).findings()) {
        byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
      }
    }

    // every code a rule produces was seen, and most of the loader's
    assertThat(byCode.keySet()).containsAll(RuleCases.ruleCodes());
    Set<Code> loaderSeen = EnumSet.noneOf(Code.class);
    for (Code c : byCode.keySet()) if (RuleCases.LOADER_CODES.contains(c)) loaderSeen.add(c);
    assertThat(loaderSeen)
        .contains(
            Code.UNKNOWN_KEY,
            Code.WRONG_TYPE,
            Code.NEGATIVE,
            Code.MISSING_FIELD,
            Code.INVALID_DATE,
            Code.INVALID_CHOICE,
            Code.DOSSIER_FORMAT,
            Code.DOSSIER_ABSENT,
            Code.YAML_SYNTAX,
            Code.YAML_DUPLICATE_KEY,
            Code.FRONT_MATTER_MISSING,
            Code.SECTION_UNKNOWN,
            Code.SECTION_DUPLICATE,
            Code.TEXT_BEFORE_FIRST_HEADING);

    for (var e : byCode.entrySet()) {
      for (Finding f : e.getValue()) {
        for (Messages.Lang lang : Messages.Lang.values()) {
          String text = Messages.of(lang).format(f);
          assertThat(text)
              .as("%s message of %s with args %s", lang, f.code(), f.args())
              .doesNotContainPattern(PLACEHOLDER);
        }
      }
    }
  }
}

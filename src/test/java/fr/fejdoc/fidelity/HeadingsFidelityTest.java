package fr.fejdoc.fidelity;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.TABLES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a heading written as the report writes it names its part of the form (numbering,
 * capitals, accents, a final colon, a parenthesised addition do not matter); a numbered heading at
 * a part's level that names no part is kept where the holder put it, with a warning naming the
 * closest part. The headings are those of the seed notes (restitution finale AP1_027, notes d'étape
 * AP1_140 and AP1_393, fiche d'expérience Passeport Accueil Commun).
 */
class HeadingsFidelityTest {
  @TempDir Path tmp;

  private static final Messages FR = Messages.of(Messages.Lang.FR);

  /** The restitution's headings as the AP1_027 note writes them, with the part each names. */
  private static final String[][] RESTITUTION = {
    {"# Introduction :", "introduction"},
    {"# I. Rappel des objectifs et du public visé par l'expérimentation", "rappel"},
    {"## A. Objectifs de l'expérimentation", "objectifs"},
    {
      "## B. Public visé et bénéficiaires de l'expérimentation (analyse quantitative et"
          + " qualitative)",
      "public-beneficiaires"
    },
    {"### Public visé :", "public-vise"},
    {"### 2. Bénéficiaires directs :", "beneficiaires-directs"},
    {"#### 2.1. Statistiques descriptives", "statistiques"},
    {"#### 2.2 Analyse qualitative", "analyse-qualitative"},
    {"### 3. Bénéficiaires indirects", "beneficiaires-indirects"},
    {"# - II. Déroulement de l'expérimentation", "deroulement"},
    {"## A. Actions mises en œuvre", "actions"},
    {"## B. Partenariats", "partenariats"},
    {"### 1. Partenaires opérationnels", "partenaires-operationnels"},
    {"### 2. Partenaires financiers", "partenaires-financiers"},
    {"## C. Pilotage de l'expérimentation", "pilotage"},
    {"# III. Enseignements généraux de l'expérimentation", "enseignements"},
    {"## A. Analyse du dispositif expérimenté", "analyse-dispositif"},
    {"## B. Enseignements et conditions de transférabilité du dispositif", "transferabilite"},
    {"### 1. Public visé", "transfert-public"},
    {"### 2. Actions menées dans le cadre du dispositif testé", "transfert-actions"},
    {"### 3. Partenariats, coordination d'acteurs et gouvernance", "transfert-partenariats"},
    {"### 4. Impacts sur la structure", "impacts-structure"},
    {"# Conclusion", "conclusion"},
  };

  private static String body(String[][] headings) {
    StringBuilder b = new StringBuilder();
    for (String[] h : headings) b.append(h[0]).append("\n\nTexte de ").append(h[1]).append(".\n\n");
    return b.toString();
  }

  private Checker.Checked check(String file, String text) {
    return EditionText.check(tmp, files(EXPERIMENT, yaml(TABLES), file, text));
  }

  private static Map<String, String> sections(Checker.Checked c) {
    Document d = c.project().documents().get(0);
    Map<String, String> out = new LinkedHashMap<>();
    for (Section s : d.source().sections()) out.put(s.id(), s.markdown());
    return out;
  }

  private static List<Finding> headingFindings(Checker.Checked c) {
    return c.findings().stream()
        .filter(
            f ->
                f.code() == Code.SECTION_UNKNOWN
                    || f.code() == Code.SECTION_NEAREST
                    || f.code() == Code.SECTION_DUPLICATE
                    || f.code() == Code.TEXT_BEFORE_FIRST_HEADING)
        .toList();
  }

  @Test
  void theSeedRestitutionsHeadingsNameTheirParts() {
    Checker.Checked c =
        check(
            "restitution-finale.md", document("document: restitution_finale\n", body(RESTITUTION)));
    assertThat(headingFindings(c)).isEmpty();
    Map<String, String> sections = sections(c);
    for (String[] h : RESTITUTION) {
      assertThat(sections.get(h[1])).as(h[0]).isEqualTo("Texte de " + h[1] + ".");
    }
  }

  @Test
  void aHeadingWithTheFormsPartInParenthesesNamesThatPart() {
    String[][] headings = RESTITUTION.clone();
    headings[5] =
        new String[] {
          "### 2. Bénéficiaires de l'expérimentation (Bénéficiaires directs)",
          "beneficiaires-directs"
        };
    Checker.Checked c =
        check("restitution-finale.md", document("document: restitution_finale\n", body(headings)));
    assertThat(headingFindings(c)).isEmpty();
    Map<String, String> sections = sections(c);
    // not nested in « Public visé » any more
    assertThat(sections.get("public-vise")).isEqualTo("Texte de public-vise.");
    assertThat(sections.get("beneficiaires-directs")).isEqualTo("Texte de beneficiaires-directs.");
  }

  @Test
  void aNumberedHeadingThatNamesNoPartIsKeptWhereItIsAndNamesTheClosest() {
    String[][] headings = RESTITUTION.clone();
    headings[5] = new String[] {"### 2. Bénéficiaires de l'expérimentation", "beneficiaires-x"};
    String text = document("document: restitution_finale\n", body(headings));
    Checker.Checked c = check("restitution-finale.md", text);
    List<Finding> found = headingFindings(c);
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.code()).isEqualTo(Code.SECTION_NEAREST);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.loc().file()).endsWith("restitution-finale.md");
    assertThat(f.loc().line())
        .isEqualTo(fr.fejdoc.check.TestProjects.lineOf(text, "### 2. Bénéficiaires de l'"));
    assertThat(f.loc().column()).isEqualTo(1);
    String message = EditionText.normalise(FR.format(f));
    assertThat(message)
        .contains(
            "le titre « 2. Bénéficiaires de l'expérimentation » ne correspond à aucune partie du"
                + " formulaire ; la plus proche est « B.2. Bénéficiaires directs »")
        .contains("dans « B.1. Public visé »")
        .contains("{#beneficiaires-directs}");
    // the text is not lost: it stays in the part it was written in, under its own heading
    assertThat(sections(c).get("public-vise"))
        .contains("Texte de public-vise.")
        .contains("### 2. Bénéficiaires de l'expérimentation")
        .contains("Texte de beneficiaires-x.");
    assertThat(c.findings()).noneMatch(x -> x.severity() == Severity.ERROR);
  }

  @Test
  void theHoldersOwnDeeperSubHeadingsStayQuiet() {
    String body =
        body(RESTITUTION)
            .replace(
                "Texte de public-vise.",
                "Texte de public-vise.\n\n#### 1. Le recrutement\n\nDétail.\n\n"
                    + "#### 2. Public visé (suite)\n\nSuite.");
    Checker.Checked c =
        check("restitution-finale.md", document("document: restitution_finale\n", body));
    assertThat(headingFindings(c)).isEmpty();
    assertThat(sections(c).get("public-vise"))
        .contains("#### 1. Le recrutement")
        .contains("#### 2. Public visé (suite)");
    assertThat(sections(c).get("transfert-public")).isEqualTo("Texte de transfert-public.");
  }

  @Test
  void theSeedNotesDEtapeHeadingsNameTheirParts() {
    // AP1_140 and AP1_393: "## 1. Rappel ...", "## 2. Modalités ...", bold sub-headings
    String text =
        document(
            "document: note_etape\nau: 2010-12-31\ncertificat: {signataire: M. Test}\n",
            """
            ## 1. Rappel des objectifs de l'expérimentation et du public cible

            ### Plateforme partenariale d'acteurs pour l'alternance

            Objectifs.

            ## 2. Modalités opérationnelles et état d'avancement

            ### **La mobilisation des acteurs constitue une dimension importante du projet.**

            Modalités.

            ### **Éléments de modélisation**

            Suite.
            """);
    Checker.Checked c = check("note-etape-2010-12-31.md", text);
    assertThat(headingFindings(c)).isEmpty();
    Map<String, String> sections = sections(c);
    assertThat(sections.get("objectifs"))
        .contains("Plateforme partenariale")
        .contains("Objectifs.");
    assertThat(sections.get("modalites")).contains("Éléments de modélisation").endsWith("Suite.");
  }

  @Test
  void theSeedFicheHeadingsInCapitalsNameTheirParts() {
    String text =
        document(
            "document: fiche_experience\n",
            """
            # LA GENÈSE DE L'ACTION

            ## UN BESOIN QUI NE DATE PAS D'HIER...

            Genèse.

            # LA MISE EN OEUVRE

            ## UNE EXPÉRIMENTATION RÉGIONALE EN LIEN AVEC LA GÉOGRAPHIE PRIORITAIRE DE LA POLITIQUE DE LA VILLE

            Mise en œuvre.

            # PRÉSENTATION DES ACTEURS CLÉS DU PROJET

            Acteurs.

            # LES RÉSULTATS

            Résultats.

            # DIFFICULTÉS ET PISTES DE PROGRÈS

            Difficultés.
            """);
    Checker.Checked c = check("fiche-experience.md", text);
    assertThat(headingFindings(c)).isEmpty();
    assertThat(sections(c).keySet())
        .containsExactly("genese", "mise-en-oeuvre", "acteurs", "resultats", "difficultes");
    assertThat(sections(c).get("mise-en-oeuvre")).contains("GÉOGRAPHIE PRIORITAIRE");
  }

  @Test
  void theWarningReadsInEnglishToo() {
    String[][] headings = RESTITUTION.clone();
    headings[5] = new String[] {"### 2. Bénéficiaires de l'expérimentation", "x"};
    Checker.Checked c =
        check("restitution-finale.md", document("document: restitution_finale\n", body(headings)));
    Finding f = headingFindings(c).get(0);
    assertThat(Messages.of(Messages.Lang.EN).format(f))
        .contains("matches no part of the form; the closest is \"B.2. Bénéficiaires directs\"")
        .contains("in \"B.1. Public visé\"");
  }

  @Test
  void theOutputShowsTheMatchedHeadingsTextInItsPart() {
    String[][] headings = RESTITUTION.clone();
    headings[5] =
        new String[] {
          "### 2. Bénéficiaires de l'expérimentation (Bénéficiaires directs)",
          "beneficiaires-directs"
        };
    EditionText.Texts t =
        EditionText.build(
            tmp.resolve("out"),
            files(
                EXPERIMENT,
                yaml(TABLES),
                "restitution-finale.md",
                document("document: restitution_finale\n", body(headings))),
            "restitution-finale");
    // HTML and DOCX in reading order; the PDF draws headings apart from the text, so its text
    // is only checked for the heading and the text, the order being the section model's
    for (String format : List.of("html", "docx")) {
      assertThat(t.all().get(format))
          .as(format)
          .containsPattern(
              "1\\. Public visé Texte de public-vise\\. 2\\. Bénéficiaires directs"
                  + " Texte de beneficiaires-directs\\.");
    }
    assertThat(t.pdf())
        .contains("2. Bénéficiaires directs")
        .contains("Texte de public-vise. Texte de beneficiaires-directs.");
    t.all()
        .forEach(
            (format, text) ->
                assertThat(text)
                    .as(format)
                    .doesNotContain("Bénéficiaires de l'expérimentation (Bénéficiaires"));
  }
}

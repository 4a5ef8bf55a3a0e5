package fr.fejdoc.fidelity;

import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.TABLES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.finalReportBody;
import static fr.fejdoc.check.TestProjects.note;
import static fr.fejdoc.check.TestProjects.yaml;
import static fr.fejdoc.check.TestProjects.yamlWithCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.TestProjects;
import fr.fejdoc.model.finding.Code;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, identity block and forms of the year: the author is printed, the call's launch keeps
 * the holder's precision, and the ministry block and the FEJ's web addresses follow the forms of
 * the note's year — in HTML, PDF and DOCX.
 */
class IdentityFidelityTest {
  @TempDir Path tmp;

  private static final String FINAL = "restitution-finale.md";

  private static String finalReport(String frontMatter) {
    return document("document: restitution_finale\n" + frontMatter, finalReportBody());
  }

  private EditionText.Texts restitution(String experiment, String frontMatter) {
    return EditionText.build(
        tmp, files(EXPERIMENT, experiment, FINAL, finalReport(frontMatter)), "restitution-finale");
  }

  private static void inEvery(EditionText.Texts t, String... expected) {
    t.all()
        .forEach(
            (format, text) -> {
              for (String e : expected) assertThat(text).as(format).contains(e);
            });
  }

  private static void inNone(EditionText.Texts t, String... absent) {
    t.all()
        .forEach(
            (format, text) -> {
              for (String a : absent) assertThat(text).as(format).doesNotContain(a);
            });
  }

  // ---- 1. the author ----

  @Test
  void theAuthorOfARestitutionFinaleIsPrintedOnItsCoverAsWritten() {
    EditionText.Texts t =
        restitution(yaml(TABLES), "redigee_par: Cnam Pays de la Loire & partenaires\n");
    inEvery(t, "Rédigée par : Cnam Pays de la Loire & partenaires");
    // and named the author of the files (HTML meta)
    assertThat(t.rawHtml()).contains("content=\"Cnam Pays de la Loire &amp; partenaires\"");
  }

  @Test
  void withoutAnAuthorNothingIsInvented() {
    EditionText.Texts t = restitution(yaml(TABLES), "");
    inNone(t, "Rédigée par", "REDIGEE PAR");
  }

  @Test
  void theAuthorOfANoteDEtapeIsPrintedUnderItsTitle() {
    String note =
        document(
            TestProjects.NOTE_FRONT_MATTER + "redigee_par: Cnam Pays de la Loire\n",
            TestProjects.OBJECTIVES + "\n" + TestProjects.MODALITIES);
    EditionText.Texts t =
        EditionText.build(tmp, files(EXPERIMENT, yaml(""), "note-etape.md", note), "note-etape");
    inEvery(t, "REDIGEE PAR CNAM PAYS DE LA LOIRE");
  }

  // ---- 2. the call's launch, at the holder's precision ----

  @Test
  void aLaunchYearIsAcceptedAndPrintedAsAYear() {
    EditionText.Texts t =
        restitution(yaml("appel_a_projets: {code: AP1, lancement: 2009}\n" + TABLES), "");
    assertThat(t.findings()).noneMatch(f -> f.code() == Code.WRONG_TYPE);
    inEvery(t, "appel à projets n° 027 lancé en 2009 par le Ministère chargé de la jeunesse");
    inNone(t, "lancé en …", "JANVIER 2009", "janvier 2009", "1er janvier", "(date non renseignée)");
  }

  @Test
  void aLaunchMonthIsPrintedAsTheFormDoesWhateverItsSpelling() {
    boolean first = true;
    for (String month : new String[] {"2009-04", "avril 2009", "Avril 2009", "04/2009"}) {
      Path root = tmp.resolve("m" + month.hashCode());
      Map<String, String> project =
          files(
              EXPERIMENT,
              yaml("appel_a_projets: {code: AP1, lancement: \"" + month + "\"}\n" + TABLES),
              FINAL,
              finalReport(""));
      // every format once, the other spellings in HTML
      EditionText.Texts t =
          first
              ? EditionText.build(root, project, "restitution-finale")
              : EditionText.html(root, project, "restitution-finale");
      first = false;
      inEvery(t, "n° 027 lancé en AVRIL 2009 par");
      inNone(t, "lancé en …", "1ER AVRIL", "1er avril");
    }
  }

  @Test
  void aLaunchDayIsPrintedAsItsMonthNeverAnotherDay() {
    EditionText.Texts t =
        restitution(yaml("appel_a_projets: {code: AP1, lancement: 2009-04-15}\n" + TABLES), "");
    inEvery(t, "lancé en AVRIL 2009 par");
  }

  @Test
  void withoutALaunchTheIntroductionSaysSoInsteadOfAnEllipsis() {
    EditionText.Texts t = restitution(yaml(TABLES), "");
    inEvery(t, "lancé en (date non renseignée) par");
    inNone(t, "lancé en …");
  }

  @Test
  void everyDateKeyTakesAYearOrAMonthAndPrintsNoFinerThanGiven() {
    // the start of the experiment given as a year only, the certificate's date the French way
    String experiment =
        yamlWithCalendar("calendrier: {demarrage: 2010, duree_initiale_mois: 24}\n", "");
    String note =
        document(
            "document: note_etape\nau: 2010-12-31\n"
                + "certificat: {signataire: M. Jean Test, date: 28 janvier 2011}\n",
            TestProjects.OBJECTIVES + "\n" + TestProjects.MODALITIES);
    EditionText.Texts t =
        EditionText.build(tmp, files(EXPERIMENT, experiment, "note-etape.md", note), "note-etape");
    inEvery(t, "Date de démarrage effectif de l'expérimentation", "Le 28 janvier 2011");
    assertThat(t.html()).contains("Date de démarrage effectif de l'expérimentation : 2010 ");
    inNone(t, "1er janvier 2010", "Janvier 2010", "janvier 2010");
  }

  // ---- 3. the ministry block and the FEJ's web addresses follow the forms of the year ----

  @Test
  void theFormsOf2011PrintTheFejSiteOnCoverAndIntroduction() {
    EditionText.Texts t = restitution(yaml(TABLES), "date_remise: 2011-09\n");
    inEvery(
        t,
        "Ministère de l'Éducation nationale, de la Jeunesse et de la Vie associative",
        "www.experimentation.jeunes.gouv.fr le rapport d'évaluation",
        "Date de remise du rapport : 09 / 2011");
    inNone(t, "experimentationsociale", "www.jeunes.gouv.fr/experimentation-jeunesse");
  }

  @Test
  void theFormsOf2010PrintTheirOwnAddresses() {
    EditionText.Texts t = restitution(yaml(TABLES), "date_remise: 2010-06\n");
    inEvery(
        t,
        "www.jeunes.gouv.fr/experimentation-jeunesse",
        "www.experimentationsociale.fr le rapport d'évaluation");
    inNone(t, "www.experimentation.jeunes.gouv.fr");
  }

  @Test
  void theFormsOf2013NameTheirMinistry() {
    EditionText.Texts t = restitution(yaml(TABLES), "date_remise: 2013-02\n");
    inEvery(
        t,
        "Ministère des Sports, de la Jeunesse, de l'Éducation Populaire et de la Vie Associative",
        "www.experimentation.jeunes.gouv.fr");
    inNone(t, "experimentationsociale", "Ministère de l'Éducation nationale");
  }

  @Test
  void anUndatedRestitutionFollowsTheFormsOfTheExperimentsEnd() {
    // 2009-10-20 + 27 months: written in January 2012, with the 2011 forms
    EditionText.Texts t = restitution(yaml(TABLES), "");
    inEvery(t, "www.experimentation.jeunes.gouv.fr le rapport d'évaluation");
    inNone(t, "experimentationsociale");
  }

  @Test
  void theHolderMayNameTheFormsTheNoteReproduces() {
    EditionText.Texts t = restitution(yaml(TABLES), "date_remise: 2012-03\nformulaire: 2010\n");
    inEvery(t, "www.experimentationsociale.fr le rapport d'évaluation", "03 / 2012");
    inNone(t, "www.experimentation.jeunes.gouv.fr");
  }

  @Test
  void aDateRemiseGivenAsAYearIsPrintedAsAYear() {
    EditionText.Texts t = restitution(yaml(TABLES), "date_remise: 2011\n");
    inEvery(t, "Date de remise du rapport : 2011", "www.experimentation.jeunes.gouv.fr");
    inNone(t, "01 / 2011", "12 / 2011");
  }

  @Test
  void theExampleRestitutionKeepsItsSeedsAddresses() throws Exception {
    String html =
        EditionText.htmlText(
            java.nio.file.Files.readString(
                Path.of("src/test/resources/golden/AP1_027/restitution-finale.html")));
    assertThat(html)
        .contains("www.jeunes.gouv.fr/experimentation-jeunesse")
        .contains("www.experimentationsociale.fr")
        .contains("Rédigée par : Chambre de Métiers et de l'Artisanat de la Mayenne")
        .doesNotContain("www.experimentation.jeunes.gouv.fr");
  }
}

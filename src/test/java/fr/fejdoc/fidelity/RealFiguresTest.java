package fr.fejdoc.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real note's figures, written as the docs say, print as the holder gave them in every format
 * (issue 12, item 5): a cohort counted by phase, planned figures as ranges ("17 à 20"), adults
 * counted in an "Autres publics" row, Mission Locale counts instead of ticks, a bilan that does not
 * balance and is commented, form labels the holder wrote himself.
 */
class RealFiguresTest {

  /** Tableau 1, Tableau 2, Tableau 3 and a bilan with the traits of a real Cnam note. */
  static final String REAL =
      TestProjects.yaml(
          """
          synthese:
            public_cible: "Public(s) cible(s) : Les jeunes décrocheurs du Cnam."
          partenaires:
            financiers:
              - {nom: Fonds d'Expérimentation pour la Jeunesse, categorie: fej, montant: 60000}
              - {nom: "Autofinancement : Cnam", categorie: autofinancement, montant: 15000}
          beneficiaires:
            periodes: {phases: [Phase 1, Phase 2]}
            prevus: {jeunes: 17 à 20, adultes: 5}
            entres:
              jeunes: [40, 11]
              adultes: [5, 1]
            abandons: [29, 3]
            total_entres: {jeunes: 8, adultes: 1}
            jeunes:
              inclut_adultes: true
              age:
                "16_18": {prevu: 5 à 8, entre: 10}
                "18_25": {prevu: 12, entre: 30}
              sexe:
                filles: {prevu: 40, entre: 20}
                garcons: {prevu: 5, entre: 20}
              autres:
                - {rubrique: age, libelle: "Autres publics : Adultes", prevu: 5, entre: 5}
                - {rubrique: sexe, libelle: "Autres : Adultes", prevu: 5, entre: 5}
            suivi_mission_locale: {prevu: partie, nombre_prevu: 20, nombre_realise: 8}
          actions:
            lancement:
              periode: {debut: 2009-10, fin: 2010-12}
              actions:
                - {intitule: Accueil}
          outils:
            - {nom: Livret, format: papier, transferable: true, precision: "OUI en l'adaptant"}
          budget:
            charges:
              "64":
                prevu: 75000
                realise: 70000
                detail:
                  - {libelle: Formateurs, prevu: 75000, realise: 70000, commentaires: Un formateur de moins en phase 2.}
            produits:
              "74":
                prevu: 75000
                realise: 68000
                detail:
                  - {libelle: "État : FEJ", financeur: fej, prevu: 60000, realise: 60000}
                  - {libelle: "Etat: FEJ (solde)", financeur: fej, prevu: 0, realise: 0}
                  - {libelle: "Région", financeur: region, prevu: 15000, realise: 8000}
                commentaires: La Région n'a versé qu'une partie de sa subvention.
            commentaires: Le bilan réalisé n'est pas équilibré.
          """);

  @TempDir static Path root;

  /** The real note, built once for every test of the class (building is slow on a busy host). */
  static FigureEditions.Built b;

  @BeforeAll
  static void build() {
    b = FigureEditions.build(root.resolve("real"), REAL);
  }

  @Test
  void formLabelsTheHolderWroteAreNotDoubled() {
    for (String doc : List.of("annexes", "restitution-finale")) {
      for (String format : List.of("html", "pdf", "docx")) {
        String t = b.text(doc, format);
        assertThat(t)
            .as("%s %s", doc, format)
            .contains("Autres publics : Adultes")
            .contains("Autres : Adultes")
            .doesNotContain("Autres : Autres")
            .contains("État : FEJ")
            .contains("Etat: FEJ (solde)")
            .doesNotContain("État : FEJ — État : FEJ")
            .doesNotContain("État : FEJ — Etat")
            .doesNotContain("Région(s) — Région");
      }
    }
    assertThat(b.text("annexes", "xlsx"))
        .contains("Autres publics : Adultes")
        .doesNotContain("Autres : Autres")
        .doesNotContain("État : FEJ — État : FEJ");
    // Tableau 3: the qualifier that already says "oui" is not preceded by another "Oui"
    assertThat(b.text("annexes", "html")).contains("OUI en l'adaptant").doesNotContain("Oui, OUI");
    // a fiche synthétique field the holder began with the form's own label
    for (String format : List.of("html", "pdf", "docx")) {
      assertThat(b.text("restitution-finale", format))
          .as(format)
          .contains("Les jeunes décrocheurs du Cnam.")
          .doesNotContain("Public(s) cible(s) : Les jeunes");
    }
    // the financing row of a funder named after its category
    assertThat(b.text("restitution-finale", "html"))
        .contains("Autofinancement : Cnam")
        .doesNotContain("Autofinancement (Autofinancement");
  }

  @Test
  void missionLocaleCountsArePrintedAsGivenAndNoTickIsInvented() {
    for (String format : List.of("html", "pdf", "docx")) {
      String t = b.text("annexes", format);
      assertThat(t)
          .as(format)
          .contains("Nombre de jeunes inscrits et suivis par la ML (indiqué par le porteur) 20 8");
    }
    String html = b.text("annexes", "html");
    // the planned tick is the holder's ("partie"); no realised tick is made up from the count
    assertThat(html)
        .contains("Oui, une partie des bénéficiaires directs est inscrite et suivie par la ML X")
        .doesNotContain(
            "Oui, une partie des bénéficiaires directs est inscrite et suivie par la ML X X")
        .doesNotContain("Oui, tous les bénéficiaires directs sont inscrits et suivis par la ML X");
    assertThat(b.text("annexes", "xlsx")).contains("20").contains("8");
  }

  @Test
  void rateAgainstARangeIsARangeLabelledAsComputed() {
    for (String format : List.of("html", "pdf", "docx")) {
      String t = b.text("annexes", format);
      assertThat(t)
          .as(format)
          .contains("calculé par fejdoc")
          .contains("entre 36 % et 41 %")
          .contains("9 bénéficiaires (jeunes et adultes) entrés pour 22 à 25 prévus")
          .doesNotContain("Taux de réalisation : 41 %")
          .doesNotContain("41 % des bénéficiaires prévus");
    }
  }

  @Test
  void totalsTheHolderDidNotGiveAreLeftOut() {
    for (String format : List.of("html", "pdf", "docx")) {
      String t = b.text("annexes", format);
      // abandons by phase as given, no total summed by fejdoc (29 + 3)
      assertThat(t).as(format).contains("Nombre d'abandons ou exclusions 29 3");
      assertThat(t).as(format).doesNotContain("29 3 32");
      // the cohort as it ends, as stated: 8 young, 1 adult, 9 in all
      assertThat(t).as(format).contains("40 11 8").contains("5 1 1").contains("45 12 9");
    }
    assertThat(b.text("annexes", "xlsx")).doesNotContain("32");
  }

  @Test
  void plannedRangesAndAdultsInAnOtherRowLoadPrintAndWarn() {
    for (String format : List.of("html", "pdf", "docx")) {
      String t = b.text("annexes", format);
      assertThat(t).as(format).contains("17 à 20").contains("5 à 8").contains("22 à 25");
    }
    // planned sexe 40 + 5 + 5 = 50 against 17 à 20 young + 5 adults: a warning naming both
    Finding f =
        b.findings().stream()
            .filter(x -> x.code() == Code.T1_CHARACTERISTICS_PLANNED)
            .filter(x -> Messages.of(Messages.Lang.FR).format(x).contains("sexe"))
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(Messages.of(Messages.Lang.FR).format(f))
        .contains("la somme des prévus par sexe (50)")
        .contains("jeunes et adultes prévus (22 à 25 : jeunes 17 à 20 + adultes 5)");
    assertThat(Messages.of(Messages.Lang.EN).format(f))
        .contains("planned young people and adults (22 à 25: young people 17 à 20 + adults 5)");
  }

  @Test
  void rateFindingNamesExactlyTheFiguresItCompares() {
    Finding f =
        b.findings().stream().filter(x -> x.code() == Code.T1_RATE).findFirst().orElseThrow();
    assertThat(Messages.of(Messages.Lang.FR).format(f))
        .contains(
            "9 bénéficiaires (jeunes et adultes) entrés pour 22 à 25 (jeunes 17 à 20 + adultes 5)"
                + " prévus ; taux de réalisation : entre 36 % et 41 %")
        .doesNotContain("pour 17 à 20 prévus")
        .doesNotContain("pour 22 prévus");
    assertThat(Messages.of(Messages.Lang.EN).format(f))
        .contains("between 36 % and 41 %")
        .contains("22 à 25 (young people 17 à 20 + adults 5)");
  }

  @Test
  void bilanCommentsAtEveryPlaceArePrintedAndNotAskedForAgain() {
    assertThat(b.findings()).extracting(Finding::code).doesNotContain(Code.BUDGET_ACTUAL_IMBALANCE);
    Finding f =
        b.findings().stream()
            .filter(x -> x.code() == Code.BUDGET_ACTUAL_IMBALANCE_EXPLAINED)
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(FigureEditions.fold(Messages.of(Messages.Lang.FR).format(f)))
        .contains("charges 70 000 €, produits 68 000 € — écart : 2 000 €")
        .contains("budget.commentaires")
        .contains("budget.charges.64.detail[1].commentaires")
        .contains("budget.produits.74.commentaires")
        .doesNotContain("Expliquez");
    for (String doc : List.of("annexes", "restitution-finale")) {
      for (String format : List.of("html", "pdf", "docx")) {
        String t = b.text(doc, format);
        assertThat(t)
            .as("%s %s", doc, format)
            .contains("Commentaires et explications sur les écarts entre le prévu et le réalisé")
            .contains("Le bilan réalisé n'est pas équilibré.")
            .contains("Un formateur de moins en phase 2.")
            .contains("La Région n'a versé qu'une partie de sa subvention.");
      }
    }
  }

  @Test
  void sharesNotStatedAreMarkedAsComputedAndStatedOnesPrintedAsStated() {
    for (String format : List.of("html", "pdf", "docx")) {
      assertThat(b.text("restitution-finale", format))
          .as(format)
          .contains("80 % *")
          .contains("Part calculée par fejdoc à partir des montants");
    }
    FigureEditions.Built stated =
        FigureEditions.build(
            root.resolve("stated"),
            REAL.replace(
                "beneficiaires:\n",
                "  parts_declarees: {fej: 79, autofinancement: 21}\nbeneficiaires:\n"));
    for (String format : List.of("html", "pdf", "docx")) {
      assertThat(stated.text("restitution-finale", format))
          .as(format)
          .contains("79 %")
          .contains("21 %")
          .doesNotContain("80 %")
          .doesNotContain("Part calculée par fejdoc");
    }
  }

  @Test
  void catalogueSaysTheRateAgainstARangeAsARangeAndPublishesNoSingleRate() {
    var entry =
        fr.fejdoc.catalogue.CatalogueEntry.of(
            b.checked(), List.of(), Messages.of(Messages.Lang.FR));
    var figures = entry.figures();
    assertThat(figures.rate()).as("no single rate against 22 à 25").isNull();
    assertThat(FigureEditions.fold(figures.rateText())).isEqualTo("entre 36 % et 41 %");
    assertThat(figures.reached()).isEqualTo(9);
    assertThat(figures.plannedText()).isEqualTo("22 à 25");
    // the abandons total the holder did not give is not published either
    assertThat(figures.tableau1().abandons()).isNull();
    assertThat(figures.tableau1().young()).isEqualTo(8);
  }
}

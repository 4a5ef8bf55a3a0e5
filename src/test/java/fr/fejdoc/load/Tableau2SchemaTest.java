package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;

/** The schema an editor reads knows Tableau 2's new keys and their allowed values. */
class Tableau2SchemaTest {
  static final String HEAD =
      """
      dossier: AP1_027
      titre: Essai
      porteur: {nom: Porteur}
      calendrier:
        demarrage: 2009-06
        duree_initiale_mois: 18 mois (dont 12 mois de formation)
        duree_effective_mois: 27
      """;

  static final String TABLEAU_2 =
      """
      actions:
        lancement:
          periode: {debut: 2009-09, fin: 2011-02}
          ressources:
            rh: {effectifs: 3, etp: 2, personnel: Conseillères}
            materiel: {achats: "1 500 €"}
          actions:
            - {intitule: Total phase, total: true, rh: {etp: "4,5"}}
          sous_periodes:
            - libelle: Année 2009-2010
              periode: {debut: 2009-09, fin: 2010-06}
              numerotation: suite
              ressources: {rh: {etp: 1}}
              actions:
                - intitule: Repérage
                  description: Croisement des fichiers
                  duree: environ 6 mois
                - {intitule: "Résultats : 45 jeunes", numerotee: false}
      """;

  private static final JsonSchema SCHEMA = KeySchemaTest.validator(KeySchema.EXPERIMENT_FILE);

  @Test
  void phaseResourcesSubPeriodsAndUnnumberedRowsValidate() {
    assertThat(SCHEMA.validate(KeySchemaTest.json(HEAD + TABLEAU_2))).isEmpty();
  }

  @Test
  void aMisspeltSubPeriodKeyOrAnUnknownNumberingIsRejected() {
    assertThat(
            SCHEMA.validate(
                KeySchemaTest.json(HEAD + TABLEAU_2.replace("sous_periodes:", "sous_periode:"))))
        .isNotEmpty();
    assertThat(
            SCHEMA.validate(
                KeySchemaTest.json(
                    HEAD + TABLEAU_2.replace("numerotation: suite", "numerotation: continue"))))
        .isNotEmpty();
  }
}

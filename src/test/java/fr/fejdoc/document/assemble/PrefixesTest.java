package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form label before the holder's text is printed once, whatever way the holder wrote it. */
class PrefixesTest {

  @Test
  void holderTextAlreadyStartingWithTheLabelIsPrintedAlone() {
    assertThat(Prefixes.once("Autres", " : ", "Autres publics : Adultes"))
        .isEqualTo("Autres publics : Adultes");
    assertThat(Prefixes.once("Autres", " : ", "autres: adultes")).isEqualTo("autres: adultes");
    assertThat(Prefixes.once("État : FEJ", " — ", "État : FEJ")).isEqualTo("État : FEJ");
    assertThat(Prefixes.once("État : FEJ", " — ", "ETAT:FEJ")).isEqualTo("ETAT:FEJ");
    assertThat(Prefixes.once("État : FEJ", " — ", "Etat – FEJ (solde)"))
        .isEqualTo("Etat – FEJ (solde)");
    assertThat(Prefixes.once("État : FEJ", " — ", "État\u00A0: FEJ")).isEqualTo("État\u00A0: FEJ");
    assertThat(Prefixes.once("Région(s)", " — ", "Région")).isEqualTo("Région");
    assertThat(Prefixes.once("Région(s)", " — ", "Régions Bretagne")).isEqualTo("Régions Bretagne");
    assertThat(Prefixes.once("Oui", ", ", "OUI en l'adaptant")).isEqualTo("OUI en l'adaptant");
  }

  @Test
  void holderTextTheLabelEndsWithGivesTheLabel() {
    assertThat(Prefixes.once("État : FEJ", " — ", "FEJ")).isEqualTo("État : FEJ");
  }

  @Test
  void otherTextsKeepTheLabelBeforeThem() {
    assertThat(Prefixes.once("Autres", " : ", "Adultes")).isEqualTo("Autres : Adultes");
    // a word that merely starts like the label is not the label
    assertThat(Prefixes.once("Autres", " : ", "Autresse")).isEqualTo("Autres : Autresse");
    assertThat(Prefixes.once("État : FEJ", " — ", "Subvention 2010"))
        .isEqualTo("État : FEJ — Subvention 2010");
    assertThat(Prefixes.once("Autres", " : ", null)).isEqualTo("Autres");
    assertThat(Prefixes.once("Oui", ", ", "en l'adaptant")).isEqualTo("Oui, en l'adaptant");
  }

  @Test
  void fieldLabelFollowedByAColonIsStrippedFromTheValue() {
    assertThat(Prefixes.strip("Public(s) cible(s)", "Public(s) cible(s) : Les jeunes suivis."))
        .isEqualTo("Les jeunes suivis.");
    assertThat(Prefixes.strip("Public(s) cible(s)", "Publics cibles: Les jeunes."))
        .isEqualTo("Les jeunes.");
    assertThat(Prefixes.strip("Objectifs initiaux", "OBJECTIFS INITIAUX : Sécuriser"))
        .isEqualTo("Sécuriser");
    assertThat(
            Prefixes.strip(
                "Territoire(s) d'expérimentation", "Territoires d’expérimentation : la Mayenne"))
        .isEqualTo("la Mayenne");
  }

  @Test
  void fieldValueWithoutTheColonIsTheHoldersSentence() {
    assertThat(Prefixes.strip("Public(s) cible(s)", "Public cible large et varié."))
        .isEqualTo("Public cible large et varié.");
    assertThat(Prefixes.strip("Objectifs initiaux", "Objectifs initiaux :"))
        .isEqualTo("Objectifs initiaux :");
    assertThat(Prefixes.strip("Objectifs initiaux", null)).isNull();
  }
}

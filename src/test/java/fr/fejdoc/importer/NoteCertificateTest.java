package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The certificate of a note d'étape: « À Lyon, le … » in any case gives its place and date. */
class NoteCertificateTest {
  private static String note(String signed, String dated) {
    return """
        **NOTE D'ETAPE SUR L'EXPERIMENTATION AU 31 DECEMBRE 2010**

        **DOSSIER : AP1\\\\_n° 140**

        ## 1. RAPPEL DES OBJECTIFS DE L'EXPÉRIMENTATION ET DU PUBLIC CIBLE

        Texte.

        **CERTIFICAT :**

        %s

        %s

        **Signature :**
        """
        .formatted(signed, dated);
  }

  private static final String SIGNED =
      "Je soussigné, Jean Exemple, directeur, responsable de la structure porteuse du projet"
          + " AP1_n° 140, certifie exact l'ensemble des informations figurant sur le présent"
          + " document.";

  @Test
  void aCapitalAGivesThePlaceAndTheDate() throws Exception {
    Draft note =
        Importer.read(TextSource.read("x.txt", note(SIGNED, "À Toulouse, le 8 février 2011")));
    String md = ProjectDraft.document(note);
    assertThat(md).contains("lieu: Toulouse").contains("date: 2011-02-08");
    assertThat(note.leftovers()).noneMatch(l -> l.text().contains("Toulouse"));
  }

  @Test
  void aBlankDateKeepsThePlace() throws Exception {
    Draft note = Importer.read(TextSource.read("x.txt", note(SIGNED, "À Cannes, le …")));
    String md = ProjectDraft.document(note);
    assertThat(md).contains("lieu: Cannes").doesNotContain("date: ");
  }

  @Test
  void aSignatureInCapitals() throws Exception {
    Draft note =
        Importer.read(
            TextSource.read(
                "x.txt",
                note(SIGNED.replace("Je soussigné", "JE SOUSSIGNÉ"), "Le 28 janvier 2011")));
    assertThat(ProjectDraft.document(note)).contains("signataire: Jean Exemple");
  }
}

package fr.fejdoc.check;

import static fr.fejdoc.check.TestProjects.CALENDAR;
import static fr.fejdoc.check.TestProjects.EXPERIMENT;
import static fr.fejdoc.check.TestProjects.FOLDER;
import static fr.fejdoc.check.TestProjects.MODALITIES;
import static fr.fejdoc.check.TestProjects.OBJECTIVES;
import static fr.fejdoc.check.TestProjects.document;
import static fr.fejdoc.check.TestProjects.files;
import static fr.fejdoc.check.TestProjects.finalReport;
import static fr.fejdoc.check.TestProjects.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.TestProjects.Seen;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an unfilled value reads (the representation {@code fejdoc nouveau} writes): a required key
 * written empty is to fill in (FEJ095, a warning at its line), a required key absent stays an error
 * (FEJ023); a list item left empty is ignored, a partly filled one still names what it lacks; an
 * optional block left empty is not given.
 */
class ToFillTest {
  @TempDir Path root;

  private List<Seen> check(Map<String, String> files) {
    return TestProjects.seen(TestProjects.check(TestProjects.write(root, FOLDER, files)));
  }

  private static List<Seen> of(List<Seen> seen, Code code) {
    return seen.stream().filter(s -> s.code() == code).toList();
  }

  @Test
  void aRequiredKeyWrittenEmptyIsToFillAnAbsentOneIsMissing() {
    String head = "dossier: AP1_027\nporteur:\n  nom:\n  sigle: CMA\n" + CALENDAR;
    List<Seen> empty = check(files(EXPERIMENT, head + "titre:\n"));
    assertThat(of(empty, Code.TO_FILL))
        .containsExactlyInAnyOrder(
            new Seen(Code.TO_FILL, EXPERIMENT, 6, List.of("titre")),
            new Seen(Code.TO_FILL, EXPERIMENT, 3, List.of("porteur.nom")));
    assertThat(empty).noneMatch(s -> s.code().severity() == Severity.ERROR);

    List<Seen> quoted = check(files(EXPERIMENT, head.replace("  nom:\n", "  nom: \"  \"\n")));
    assertThat(of(quoted, Code.TO_FILL)).extracting(Seen::args).contains(List.of("porteur.nom"));
    assertThat(of(quoted, Code.MISSING_FIELD))
        .extracting(Seen::args)
        .containsExactly(List.of("titre"));

    List<Seen> absent = check(files(EXPERIMENT, "dossier: AP1_027\nporteur:\n  sigle: CMA\n"));
    assertThat(of(absent, Code.MISSING_FIELD))
        .extracting(Seen::args)
        .containsExactlyInAnyOrder(List.of("titre"), List.of("porteur.nom"), List.of("calendrier"));
    assertThat(of(absent, Code.TO_FILL)).isEmpty();
  }

  @Test
  void aListItemLeftEmptyIsIgnoredAPartlyFilledOneNamesWhatItLacks() {
    List<Seen> blank =
        check(
            files(
                EXPERIMENT,
                yaml(
                    "outils:\n  - nom:\n    fonction:\n    format:\n"
                        + "partenaires:\n  financiers:\n    - {nom: , categorie: , montant: }\n")));
    assertThat(blank).noneMatch(s -> s.code() == Code.TO_FILL || s.code() == Code.MISSING_FIELD);
    assertThat(blank).noneMatch(s -> s.code().severity() == Severity.ERROR);

    List<Seen> partly =
        check(files(EXPERIMENT, yaml("outils:\n  - nom:\n    fonction: Suivre les jeunes\n")));
    assertThat(of(partly, Code.TO_FILL))
        .containsExactly(new Seen(Code.TO_FILL, EXPERIMENT, 6, List.of("outils[1].nom")));

    // a misspelt key is reported even in an item left empty
    List<Seen> typo = check(files(EXPERIMENT, yaml("outils:\n  - nmo:\n")));
    assertThat(typo).extracting(Seen::code).contains(Code.UNKNOWN_KEY);
  }

  @Test
  void anOptionalBlockLeftEmptyIsNotGiven() {
    String empty =
        yaml(
            "beneficiaires:\n  periodes:\n    phases:\n    annees:\n"
                + "  prevus: {jeunes: , adultes: , total: }\n  jeunes:\n    age:\n"
                + "      moins_6: {prevu: , entre: }\n"
                + "actions:\n  preparation:\n    periode: {debut: , fin: }\n"
                + "    actions:\n      - {intitule: , quand: }\n"
                + "budget:\n  charges:\n    \"60\": {prevu: , realise: }\n  commentaires:\n");
    List<Seen> seen = check(files(EXPERIMENT, empty, "restitution-finale.md", finalReport()));
    assertThat(of(seen, Code.DOCUMENT_NEEDS_DATA))
        .extracting(s -> s.args().get(1))
        .containsExactlyInAnyOrder("beneficiaires", "actions", "outils");
    assertThat(seen).noneMatch(s -> s.code().severity() == Severity.ERROR);
    assertThat(seen).noneMatch(s -> s.code() == Code.T2_PHASE_DATES_MISSING);
  }

  @Test
  void aNotesEmptyEffectifsBlockIsNotGivenButItsEmptyDateIsToFill() {
    String note =
        document(
            "document: note_etape\nau:\neffectifs:\n  libelle:\n  total:\n  repartition:\n"
                + "certificat: {signataire: M. Jean Test}\n",
            OBJECTIVES + "\n" + MODALITIES);
    List<Seen> seen = check(files(EXPERIMENT, yaml(""), "note.md", note));
    assertThat(of(seen, Code.TO_FILL))
        .containsExactly(new Seen(Code.TO_FILL, "note.md", 3, List.of("au")));
    assertThat(seen).noneMatch(s -> s.code().severity() == Severity.ERROR);
  }

  @Test
  void anAcknowledgementWithAnEmptyReasonIsStillAnError() {
    List<Seen> seen =
        check(files(EXPERIMENT, yaml("constats_acceptes:\n  - code: FEJ107\n    raison:\n")));
    assertThat(of(seen, Code.MISSING_FIELD))
        .extracting(Seen::args)
        .containsExactly(List.of("constats_acceptes[1].raison"));
    assertThat(of(seen, Code.TO_FILL)).isEmpty();
  }
}

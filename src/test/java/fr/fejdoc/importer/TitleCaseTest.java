package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.text.YamlWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fiche's title printed in capitals gets the holder's casing back, or is to review. */
class TitleCaseTest {
  private static Draft draft(String fileTitle, String... paragraphs) {
    List<Source.Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      blocks.add(new Source.Para(new Source.Where(0, i + 1), paragraphs[i]));
    }
    Source s =
        new Source("fiche.docx", Source.Format.DOCX, blocks, List.of(), List.of(), fileTitle);
    Draft d = new Draft(s, DocumentKind.FICHE_EXPERIENCE);
    d.putFront("titre", "UN PASSEPORT POUR L'INSERTION DES JEUNES", new Source.Where(0, 1));
    return d;
  }

  private static Object title(Draft d) {
    return ((YamlWriter.Commented) d.front().get("titre")).value();
  }

  @Test
  void theFilesTitlePropertyGivesTheCasing() {
    Draft d = draft("Fiche d'expérience — Un passeport pour l’insertion des jeunes");
    TitleCase.recase(d.source(), d);
    assertThat(title(d)).isEqualTo("Un passeport pour l’insertion des jeunes");
    assertThat(((YamlWriter.Commented) d.front().get("titre")).comment())
        .contains("propriétés du fichier");
    assertThat(d.review()).isEmpty();
  }

  @Test
  void aParagraphGivesTheCasing() {
    Draft d =
        draft(
            null,
            "UN PASSEPORT POUR L'INSERTION DES JEUNES",
            "Un passeport pour l'insertion des jeunes");
    TitleCase.recase(d.source(), d);
    assertThat(title(d)).isEqualTo("Un passeport pour l'insertion des jeunes");
  }

  @Test
  void noOtherPlaceKeepsTheCapitalsToReview() {
    Draft d = draft("UN PASSEPORT POUR L'INSERTION DES JEUNES", "Autre chose");
    TitleCase.recase(d.source(), d);
    assertThat(title(d)).isEqualTo("UN PASSEPORT POUR L'INSERTION DES JEUNES");
    assertThat(d.review()).extracting(Draft.Review::path).containsExactly("titre");
  }
}

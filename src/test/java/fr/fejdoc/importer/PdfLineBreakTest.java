package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.importer.PdfInk.Glyph;
import fr.fejdoc.importer.PdfLayout.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaks the PDF writer made, told from its wrapping; the sheet's whole-text styles. */
class PdfLineBreakTest {
  /** A line of 10 pt glyphs 5 pt wide from {@code x}, words parted by a space glyph. */
  private static Line line(float x, float y, String text) {
    List<Glyph> g = new ArrayList<>();
    float at = x;
    for (char c : text.toCharArray()) {
      g.add(new Glyph(at, y, 5f, 10f, String.valueOf(c), false, false, 0));
      at += 5f;
    }
    return new Line(g, y, 10f, x, at);
  }

  @Test
  void aShortLineWhoseNextWordWouldHaveFittedWasBroken() {
    Line name = line(50, 100, "Mission Locale"); // ends at 120
    Line phone = line(50, 113, "t. 05 34 40 36 20"); // first word « t. »: 10 pt
    assertThat(PdfLayout.broken(name, phone, 300f)).isTrue();
    assertThat(PdfLayout.cellText(List.of(name, phone), 45f, 305f))
        .isEqualTo("Mission Locale\nt. 05 34 40 36 20");
  }

  @Test
  void aLineWrappedBecauseTheNextWordDidNotFitIsOneParagraph() {
    Line first = line(50, 100, "un texte qui va presque au bout"); // ends at 205
    Line next = line(50, 113, "accompagnement suite"); // « accompagnement »: 70 pt
    assertThat(PdfLayout.broken(first, next, 260f)).isFalse();
    assertThat(PdfLayout.broken(first, next, Float.NaN)).isFalse(); // edge unknown
    assertThat(PdfLayout.cellText(List.of(first, next), 45f, 265f))
        .isEqualTo("un texte qui va presque au bout accompagnement suite");
  }

  @Test
  void theLeadAndQuotesLoseTheStyleThatWrapsThemWhole() {
    assertThat(ExperienceSheetReader.unwrap("**Lancé ensemble par l'ARML.**"))
        .isEqualTo("Lancé ensemble par l'ARML.");
    assertThat(ExperienceSheetReader.unwrap("*« Soyons clair. »*")).isEqualTo("« Soyons clair. »");
    // two bold runs: the holder's marks, kept
    assertThat(ExperienceSheetReader.unwrap("**a** et **b**")).isEqualTo("**a** et **b**");
    assertThat(ExperienceSheetReader.unwrap("texte")).isEqualTo("texte");
  }
}

package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search terms, folded as the text is read (see {@code SearchIndex.addTerms}), are exactly
 * those of the whole text folded first (the reference below: NFD of the whole text, combining
 * accents dropped, lower case, œ and æ spelt out, then runs of [a-z0-9] stemmed), whatever the
 * characters: every character of the Basic Multilingual Plane, combining marks in any order, pairs
 * of surrogates and lone ones.
 */
class SearchTermsFoldTest {
  /** The terms as the catalogue first computed them: the whole text folded, then cut. */
  static List<String> reference(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
    String d = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder f = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= '\u0300' && c <= '\u036f') continue;
      if (c == '\u0153' || c == '\u0152') f.append("oe");
      else if (c == '\u00e6' || c == '\u00c6') f.append("ae");
      else f.append(Character.toLowerCase(c));
    }
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= f.length(); i++) {
      char c = i < f.length() ? f.charAt(i) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        out.add(SearchIndex.stem(f.substring(start, i)));
        start = -1;
      }
    }
    return out;
  }

  @Test
  void everyCharacterBetweenLettersFoldsAsInTheWholeText() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      for (String text : List.of("Jeun" + ch + "es", "é" + ch + "\u0301x", ch + "Œuvre" + ch)) {
        assertThat(SearchIndex.terms(text)).as("U+%04X in %s", c, text).isEqualTo(reference(text));
      }
    }
  }

  @Test
  void tangledMarksAndSurrogatesFoldAsInTheWholeText() {
    String[] pool = {
      "a",
      "E",
      "z",
      "9",
      " ",
      "-",
      "'",
      "é",
      "È",
      "œ",
      "Æ",
      "ß",
      "İ",
      "ı",
      "\u212a",
      "\u212b",
      "\u0301",
      "\u0323",
      "\u0483",
      "\u05b0",
      "\u0591",
      "\u1dc0",
      "\u20d0",
      "\ufe20",
      "가",
      "ᄀ",
      "\u1161",
      "\ud834\udd5e",
      "\ud834",
      "\udd5e",
      "\ud835\udc00",
      "ﬁ",
      "Ǆ",
      "ǅ",
      "\u0130",
      "\u1e9e",
      "\u00a0",
      "\u2028",
      "Ω",
      "ά",
      "\u0344",
      "\u0f73",
      "aux",
      "x",
      "e"
    };
    Random random = new Random(14);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) text.append(pool[random.nextInt(pool.length)]);
      String t = text.toString();
      assertThat(SearchIndex.terms(t)).as(t).isEqualTo(reference(t));
    }
  }

  @Test
  void aFrenchNarrativeGivesItsStemmedWords() {
    String text = "Les Jeunes « décrocheurs » des quartiers régionaux : œuvre, ÉVALUATIONS.";
    assertThat(SearchIndex.terms(text))
        .isEqualTo(reference(text))
        .containsExactly(
            "les", "jeun", "decrocheur", "des", "quartier", "regional", "oeuvr", "evaluation");
  }
}

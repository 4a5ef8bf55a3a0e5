package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A document's lines are cut as the regular expression {@code \r?\n} cut them. */
class DocumentLinesTest {
  private static void same(String text) {
    assertThat(DocumentLoader.lines(text))
        .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
        .containsExactlyElementsOf(Arrays.asList(text.split("\r?\n", -1)));
  }

  @Test
  void linesAreCutAtLfAndCrlfOnly() {
    for (String s :
        new String[] {
          "",
          "a",
          "\n",
          "\r",
          "\r\n",
          "a\n",
          "a\r\n",
          "\na",
          "a\r\rb",
          "a\r\r\nb",
          "\n\n",
          "a\nb\r\nc\r"
        }) {
      same(s);
    }
    Random r = new Random(7);
    String alphabet = "ab\r\n\n ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(20);
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      same(b.toString());
    }
  }
}

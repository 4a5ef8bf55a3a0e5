package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Node;
import fr.fejdoc.document.read.MarkdownReader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A text parsed again on the same thread (a section checked, then read into its document) gets the
 * tree of its first parse; what the reader makes of it is the same as from a fresh parse.
 */
class MarkdownMemoTest {
  private static final String TEXT =
      """
      Un *paragraphe* avec une note[^a] et un [lien](https://a.fr).

      - un
      - deux

      | a | b |
      |---|---|
      | 1 | 2 |

      [^a]: La note.
      """;

  @Test
  void theSameTextParsedAgainOnTheSameThreadGivesTheSameTree() {
    Node first = Markdown.parse(TEXT);
    // an equal text, another string object (as the template's copy of a section is)
    Node again = Markdown.parse(new String(TEXT.toCharArray()));
    assertThat(again).isSameAs(first);
    assertThat(Markdown.parse(TEXT + " ")).isNotSameAs(first);
  }

  @Test
  void anotherThreadParsesItsOwn() throws Exception {
    Node mine = Markdown.parse(TEXT);
    AtomicReference<Node> theirs = new AtomicReference<>();
    Thread t = new Thread(() -> theirs.set(Markdown.parse(TEXT)));
    t.start();
    t.join();
    assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
  }

  @Test
  void theReaderGivesTheSameBlocksFromAKeptTree() throws Exception {
    // read on a fresh thread (nothing kept), then twice here: the second read uses the kept tree
    AtomicReference<Object> fresh = new AtomicReference<>();
    Thread t = new Thread(() -> fresh.set(MarkdownReader.blocks(TEXT)));
    t.start();
    t.join();
    Object first = MarkdownReader.blocks(TEXT);
    Object second = MarkdownReader.blocks(TEXT);
    assertThat(second).isEqualTo(first).isEqualTo(fresh.get());
  }

  @Test
  void longTextsAreNotKept() {
    String longText = "mot ".repeat(Markdown.MEMO_TEXT_CHARS / 4 + 1);
    assertThat(Markdown.parse(longText)).isNotSameAs(Markdown.parse(longText));
  }

  @Test
  void theMemoIsBoundedLeastRecentlyUsedFirst() {
    Node first = Markdown.parse("premier texte");
    // enough other texts to push it out, by count
    for (int i = 0; i <= Markdown.MEMO_ENTRIES; i++) Markdown.parse("texte " + i);
    assertThat(Markdown.parse("premier texte")).isNotSameAs(first);
    // and by characters: a few long texts fill the budget
    Node kept = Markdown.parse("gardé");
    int each = Markdown.MEMO_TEXT_CHARS;
    for (int i = 0; i <= Markdown.MEMO_CHARS / each; i++) {
      Markdown.parse(String.valueOf((char) ('a' + i)).repeat(each));
    }
    assertThat(Markdown.parse("gardé")).isNotSameAs(kept);
  }
}

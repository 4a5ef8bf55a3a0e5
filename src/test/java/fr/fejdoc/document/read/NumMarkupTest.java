package fr.fejdoc.document.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.text.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <num>}: a typed figure read into the tree with its kind, exact value and one text. */
class NumMarkupTest {

  private static List<Inline> para(String inner) {
    Block.Para p =
        (Block.Para)
            MarkupReader.read("<doc version=\"1\"><p>" + inner + "</p></doc>").blocks().get(0);
    return p.content();
  }

  @Test
  void aFigureKeepsItsValueAndPrintsFejdocsOneFormatting() {
    List<Inline> in = para("<num kind=\"amount\" value=\"56838.64\"/>");
    assertThat(in).hasSize(1);
    Inline.Num n = (Inline.Num) in.get(0);
    assertThat(n.kind()).isEqualTo(FigureKind.AMOUNT);
    assertThat(n.value()).isEqualByComparingTo(new BigDecimal("56838.64"));
    assertThat(n.text()).isEqualTo("56\u202F838,64\u202F€");
    assertThat(((Inline.Num) para("<num kind=\"percent\" value=\"87.5\"/>").get(0)).text())
        .isEqualTo("87,5\u202F%");
    assertThat(((Inline.Num) para("<num kind=\"count\" value=\"1200\"/>").get(0)).text())
        .isEqualTo("1200");
    assertThat(((Inline.Num) para("<num kind=\"etp\" value=\"0.50\"/>").get(0)).text())
        .isEqualTo("0,5");
  }

  @Test
  void theHoldersOwnWritingIsPrintedAndTextAroundStaysText() {
    List<Inline> in = para("<num kind=\"count\" value=\"1200\">1 200</num> *");
    assertThat(((Inline.Num) in.get(0)).text()).isEqualTo("1 200");
    assertThat(((Inline.Num) in.get(0)).value()).isEqualByComparingTo("1200");
    assertThat(PlainText.of(in)).isEqualTo("1 200 *");
  }

  @Test
  void aBadKindOrValueIsRefusedWithItsLine() {
    assertThatThrownBy(() -> para("<num kind=\"euros\" value=\"1\"/>"))
        .isInstanceOf(MarkupException.class)
        .hasMessageContaining("kind");
    for (String v : List.of("1e999999999", "12,5", "", "1 200", "1234567890123456", "0.1234567"))
      assertThatThrownBy(() -> para("<num kind=\"decimal\" value=\"" + v + "\"/>"))
          .as(v)
          .isInstanceOf(MarkupException.class)
          .hasMessageContaining("value");
    assertThatThrownBy(() -> para("<num kind=\"count\" value=\"1\"><b>1</b></num>"))
        .isInstanceOf(MarkupException.class);
  }
}

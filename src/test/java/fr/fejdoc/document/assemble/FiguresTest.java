package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.document.read.MarkupReader;
import fr.fejdoc.text.FigureKind;
import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed figures templates print: markup the reader turns back into the same figure. */
class FiguresTest {

  private static String markup(Object figure) throws Exception {
    return figure instanceof TemplateXMLOutputModel m
        ? XMLOutputFormat.INSTANCE.getMarkupString(m)
        : XMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(figure));
  }

  private static List<Inline> read(Object figure) throws Exception {
    Block.Para p =
        (Block.Para)
            MarkupReader.read("<doc version=\"1\"><p>" + markup(figure) + "</p></doc>")
                .blocks()
                .get(0);
    return p.content();
  }

  @Test
  void figuresPrintAsNumMarkupAndReadBackTyped() throws Exception {
    assertThat(markup(Figures.amount(new BigDecimal("2200.645"))))
        .isEqualTo("<num kind=\"amount\" value=\"2200.65\"/>");
    Inline.Num n = (Inline.Num) read(Figures.amount(new BigDecimal("107710"))).get(0);
    assertThat(n.value()).isEqualByComparingTo("107710");
    assertThat(n.text()).isEqualTo("107\u202F710\u202F€");
    // a computed share keeps its asterisk as text after the figure
    List<Inline> share = read(Figures.then(Figures.percent(BigDecimal.valueOf(45)), " *"));
    assertThat(share.get(0)).isInstanceOf(Inline.Num.class);
    assertThat(PlainText.of(share)).isEqualTo("45\u202F% *");
    // the holder's own writing, escaped by the one escaper
    Object own = Figures.written(FigureKind.COUNT, BigDecimal.valueOf(1200), "1 200 <&>");
    assertThat(markup(own))
        .isEqualTo("<num kind=\"count\" value=\"1200\">1 200 &lt;&amp;&gt;</num>");
    assertThat(((Inline.Num) read(own).get(0)).text()).isEqualTo("1 200 <&>");
    // beyond what the markup carries: the text alone, as before
    assertThat(Figures.count(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(Figures.count((Integer) null)).isEqualTo("");
  }
}

package fr.fejdoc.document.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\u0000script:alert(1)",
        "vbscript:msgbox",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "//evil.example/x",
        "http:evil",
        "#\"><script>"
      })
  void unsafeLinkTargetsAreDropped(String url) {
    assertThat(SafeLinks.clean(url)).isNull();
  }

  @Test
  void safeLinkTargetsAreKept() {
    assertThat(SafeLinks.clean("https://www.mlmidipy.org")).isEqualTo("https://www.mlmidipy.org");
    assertThat(SafeLinks.clean("mailto:a@b.fr")).isEqualTo("mailto:a@b.fr");
    assertThat(SafeLinks.clean("www.ac-toulouse.fr")).isEqualTo("https://www.ac-toulouse.fr");
    assertThat(SafeLinks.clean("#tableau-1")).isEqualTo("#tableau-1");
  }

  @Test
  void markdownLinksWithEntitiesCannotSmuggleJavascript() {
    List<Block> blocks =
        MarkdownReader.blocks("[clic](java&#115;cript:alert(1)) et [ok](https://a.fr)");
    Block.Para p = (Block.Para) blocks.get(0);
    assertThat(p.content()).filteredOn(i -> i instanceof Inline.Link).hasSize(1);
    assertThat(
            ((Inline.Link)
                    p.content().stream()
                        .filter(i -> i instanceof Inline.Link)
                        .findFirst()
                        .orElseThrow())
                .url())
        .isEqualTo("https://a.fr");
  }

  @Test
  void rawHtmlStaysVisibleText() {
    List<Block> blocks =
        MarkdownReader.blocks(
            "<script>alert(1)</script>\n\nTexte <img src=x onerror=alert(1)> fin");
    assertThat(blocks.get(0))
        .isEqualTo(new Block.Para(List.of(new Inline.Text("<script>alert(1)</script>"))));
    Block.Para p = (Block.Para) blocks.get(1);
    assertThat(p.content()).contains(new Inline.Text("<img src=x onerror=alert(1)>"));
  }

  @Test
  void footnotesBecomeNotesWithTheirText() {
    List<Block> blocks = MarkdownReader.blocks("Un fait[^1].\n\n[^1]: Sa source.");
    Block.Para p = (Block.Para) blocks.get(0);
    Inline.Note note =
        (Inline.Note)
            p.content().stream().filter(i -> i instanceof Inline.Note).findFirst().orElseThrow();
    assertThat(note.content())
        .containsExactly(
            new Block.Para(List.of(new Inline.Text("Sa source.")), Block.ParaStyle.NORMAL));
  }

  @Test
  void frenchTypographyIsApplied() {
    assertThat(Typography.french("Pourquoi ? « oui » : non ; l'action !"))
        .isEqualTo("Pourquoi\u202F? «\u202Foui\u202F»\u00A0: non\u202F; l’action\u202F!");
    assertThat(Typography.french("voir https://a.fr/x?y=1")).isEqualTo("voir https://a.fr/x?y=1");
  }

  @Test
  void ordinalLettersAreRaised() {
    assertThat(Typography.inlines("le 1er octobre, la 2e phase, au XXIe siècle, 3ème et 1res"))
        .containsExactly(
            new Inline.Text("le 1"),
            sup("er"),
            new Inline.Text(" octobre, la 2"),
            sup("e"),
            new Inline.Text(" phase, au XXI"),
            sup("e"),
            new Inline.Text(" siècle, 3"),
            sup("ème"),
            new Inline.Text(" et 1"),
            sup("res"));
    // words, codes, numbers and addresses stay as they are
    for (String plain :
        List.of("Ce De Le", "AP1_027", "3e10", "B2e", "https://a.fr/1er", "le 12 mai", "3 e"))
      assertThat(Typography.inlines(plain)).as(plain).containsExactly(new Inline.Text(plain));
    // the same in every reader: Markdown and the templates' markup
    Block.Para p = (Block.Para) MarkdownReader.blocks("Le 1er mai.").get(0);
    assertThat(p.content()).contains(sup("er"));
    Doc d = MarkupReader.read("<doc version=\"1\"><p>Le 1er mai.</p></doc>");
    assertThat(((Block.Para) d.blocks().get(0)).content()).contains(sup("er"));
  }

  private static Inline sup(String s) {
    return new Inline.Superscript(List.of(new Inline.Text(s)));
  }

  @Test
  void markupSectionsNestByLevel() {
    Doc d =
        MarkupReader.read(
            "<doc version=\"1\"><section id=\"a\" level=\"1\" title=\"A\"/><p>x</p>"
                + "<section id=\"b\" level=\"2\" title=\"B\"/><p>y</p><section id=\"c\" level=\"1\" title=\"C\"/></doc>");
    assertThat(d.blocks()).hasSize(2);
    Block.Section a = (Block.Section) d.blocks().get(0);
    assertThat(a.content()).hasSize(2);
    assertThat(((Block.Section) a.content().get(1)).id()).isEqualTo("b");
  }

  @Test
  void markupRefusesUnknownVersionsElementsAndEntities() {
    assertThatThrownBy(() -> MarkupReader.read("<doc version=\"2\"/>"))
        .hasMessageContaining("version");
    assertThatThrownBy(() -> MarkupReader.read("<doc version=\"1\"><blink/></doc>"))
        .hasMessageContaining("blink");
    assertThatThrownBy(
            () ->
                MarkupReader.read(
                    "<!DOCTYPE doc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doc version=\"1\"><p>&x;</p></doc>"))
        .isInstanceOf(MarkupException.class);
  }
}

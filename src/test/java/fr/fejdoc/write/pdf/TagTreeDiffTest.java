package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag-tree comparison sees what it compares: MCIDs per element, and a changed tree. */
class TagTreeDiffTest {

  @Test
  void countsMarkedContentPerElementAndSeesADifferentTree() {
    Examples.Example e = Examples.get("AP1_027", "restitution");
    byte[] pdf = new PdfWriter().write(e.doc().doc(), e.resources());
    List<String> summary = TagTreeDiff.summary(pdf);
    assertThat(summary.get(0)).startsWith("Document ");
    assertThat(summary).anyMatch(l -> l.strip().matches("P mcids=[1-9]\\d* annots=0 .*"));
    assertThat(summary).anyMatch(l -> l.strip().matches("Link mcids=[1-9]\\d* annots=[1-9].*"));
    assertThat(summary).anyMatch(l -> l.matches("page 0 mcids=[1-9]\\d* annots=\\d+"));
    assertThat(TagTreeDiff.firstDifference(summary, TagTreeDiff.summary(pdf))).isNull();

    Examples.Example other = Examples.get("AP1_027", "annexes");
    byte[] annexes = new PdfWriter().write(other.doc().doc(), other.resources());
    assertThat(TagTreeDiff.firstDifference(summary, TagTreeDiff.summary(annexes))).isNotNull();
  }
}

package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft part of the tree: the mark's wording and what "Constats à corriger" lists. */
class DraftsTest {
  private static final Loc YAML = new Loc("prj/experiment.yaml", 135, 7);
  private static final Loc NOTE = new Loc("prj/note-etape-2010-12-31.md", 10, 1);

  private static Finding error(Loc at, String key) {
    return Finding.of(Code.UNKNOWN_KEY, at, key, "titre", "(racine)");
  }

  private static Finding warning(Loc at) {
    return Finding.of(Code.SECTION_MISSING, at, "Introduction");
  }

  @Test
  void theMarkSaysTheErrorCountInGoodFrench() {
    assertThat(new Doc.Draft(1).mark()).isEqualTo("BROUILLON — non conforme — 1 erreur");
    assertThat(new Doc.Draft(2).mark()).isEqualTo("BROUILLON — non conforme — 2 erreurs");
    assertThat(new Doc.Draft(1234).mark()).endsWith("— 1234 erreurs");
  }

  @Test
  void errorsThenWarningsAreListedAsCheckPrintsThemAcceptedOnesAndInformationLeftOut() {
    List<Finding> findings =
        List.of(
            warning(NOTE),
            error(YAML, "tittre"),
            error(new Loc("prj/experiment.yaml", 2, 1), "accepté").acknowledge("raison"),
            Finding.of(Code.T1_RATE, YAML, 104, 120, 87),
            error(Loc.of("prj"), "<b>gras</b>"));
    List<Drafts.Line> lines = Drafts.lines(findings, null);
    assertThat(lines)
        .extracting(Drafts.Line::where)
        .containsExactly("prj/experiment.yaml:135:7", "prj", "prj/note-etape-2010-12-31.md:10:1");
    assertThat(lines)
        .extracting(Drafts.Line::severityText)
        .containsExactly("erreur", "erreur", "avertissement");
    assertThat(lines.get(0).code()).isEqualTo("FEJ020");
    assertThat(lines.get(0).message()).startsWith("clé inconnue « tittre » dans (racine)");
    assertThat(lines.get(1).message()).contains("« <b>gras</b> »"); // text: writers escape it
  }

  @Test
  void aFindingOfAWithheldDocumentIsNamedButNotQuoted() {
    List<Drafts.Line> lines =
        Drafts.lines(
            List.of(error(NOTE, "secret du porteur"), error(YAML, "tittre")),
            (f, message) -> f.loc().file().equals(NOTE.file()) ? "Note d'étape non publiée" : null);
    assertThat(lines.get(0).where()).isEqualTo("Note d'étape non publiée");
    assertThat(lines.get(0).message()).doesNotContain("secret").contains("fejdoc check");
    assertThat(lines.get(1).message()).contains("tittre");
  }

  @Test
  void theDraftEndsWithItsFindingsAndAHostileCountIsBounded() {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= Drafts.MAX_LISTED + 5; i++)
      many.add(error(new Loc("prj/experiment.yaml", i, 1), "k" + i));
    many.add(warning(NOTE));
    Doc doc =
        new Doc(
            new Doc.Meta("T", "", "", List.of(), "fr"),
            null,
            List.of(new Block.Para(List.of(new Inline.Text("Récit")))));
    Assembler.Assembled a = new Assembler.Assembled("note", "note-etape.ftlx", doc);
    Assembler.Assembled d = Drafts.draft(a, 305, Drafts.lines(many, null));

    assertThat(a.doc().isDraft()).isFalse(); // the original is left alone
    assertThat(d.doc().draft().mark()).endsWith("305 erreurs");
    List<Block> blocks = d.doc().blocks();
    assertThat(blocks.get(0)).isEqualTo(doc.blocks().get(0));
    assertThat(blocks.get(1)).isInstanceOf(Block.PageBreak.class);
    Block.Section part = (Block.Section) blocks.get(blocks.size() - 1);
    assertThat(PlainText.of(part.title())).isEqualTo("Constats à corriger");
    assertThat(part.level()).isEqualTo(1);
    String intro = PlainText.of(((Block.Para) part.content().get(0)).content());
    assertThat(intro)
        .contains("BROUILLON — non conforme — 305 erreurs")
        .contains("305 erreurs et 1 avertissement")
        .contains("constats_acceptes");
    Block.Table table = (Block.Table) part.content().get(1);
    assertThat(table.rows()).hasSize(1 + Drafts.MAX_LISTED); // the header, then the first ones
    assertThat(PlainText.of(((Block.Para) part.content().get(2)).content()))
        .isEqualTo("… et 6 autres constats : « fejdoc check » les liste tous.");
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Block.Align;
import fr.fejdoc.document.Block.RowKind;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import java.util.List;

/** A small document with every kind of block and inline of the tree. */
final class SampleDoc {
  private SampleDoc() {}

  static Inline.Text text(String s) {
    return new Inline.Text(s);
  }

  static Block.Para para(String s) {
    return new Block.Para(List.of(text(s)));
  }

  static Block.Cell cell(String s, int colspan, int rowspan) {
    return new Block.Cell(List.of(para(s)), colspan, rowspan, null, false);
  }

  static Block.Row row(RowKind kind, Block.Cell... cells) {
    return new Block.Row(List.of(cells), kind);
  }

  static Block.Table table(boolean landscape) {
    return new Block.Table(
        "budget",
        List.of(text("Tableau — essai")),
        List.of(
            new Block.Column(4, Align.LEFT),
            new Block.Column(2, Align.RIGHT),
            new Block.Column(2, Align.RIGHT, "row-sum:2-2")),
        List.of(
            row(RowKind.HEADER, cell("Poste", 1, 2), cell("Montants", 2, 1)),
            row(RowKind.HEADER, cell("Prévu", 1, 1), cell("Réalisé", 1, 1)),
            row(RowKind.GROUP, cell("Groupe", 3, 1)),
            row(RowKind.BODY, cell("64", 1, 1), cell("10 €", 1, 1), cell("10 €", 1, 1)),
            row(RowKind.DETAIL, cell("Personnel", 1, 1), cell("10 €", 1, 1), cell("10 €", 1, 1)),
            row(RowKind.TOTAL, cell("TOTAL", 1, 1), cell("10 €", 1, 1), cell("10 €", 1, 1))),
        landscape);
  }

  static Doc build() {
    Block.Section target =
        new Block.Section(
            "cible",
            "I.",
            List.of(text("Partie visée")),
            1,
            List.of(
                new Block.Heading(2, List.of(text("Sous-titre"))),
                new Block.Para(List.of(), Block.ParaStyle.MISSING),
                new Block.Para(
                    List.of(
                        text("Texte "),
                        new Inline.Strong(List.of(text("gras"))),
                        new Inline.Emph(List.of(text(" italique"))),
                        new Inline.Underline(List.of(text(" souligné"))),
                        new Inline.Superscript(List.of(text("er"))),
                        new Inline.Code(" code "),
                        new Inline.LineBreak(),
                        new Inline.Link("#cible", List.of(text("lien interne"))),
                        text(" "),
                        new Inline.Link("https://example.org/a?b=1&c=2", List.of()),
                        new Inline.Note(
                            List.of(
                                new Block.Para(
                                    List.of(
                                        text("Une note"),
                                        new Inline.Note(List.of(para("imbriquée")))))))),
                    Block.ParaStyle.LEAD),
                new Block.BulletList(
                    List.of(
                        List.of(para("un")),
                        List.of(
                            para("deux"),
                            new Block.OrderedList(3, List.of(List.of(para("trois"))))))),
                table(false)));
    return new Doc(
        new Doc.Meta("Essai", "Porteur", "Sujet", List.of("a", "b"), "fr"),
        new Doc.Page(false, "En-tête", "pied — {page} / {pages}", true),
        List.of(
            new Block.Para(List.of(text("COUVERTURE")), Block.ParaStyle.COVER_TITLE),
            new Block.PageBreak(),
            target,
            new Block.Form(
                List.of(
                    new Block.FormRow(List.of(text("Groupe")), List.of(), true),
                    new Block.FormRow(List.of(text("Libellé")), List.of(para("Valeur")), false))),
            new Block.Box(Block.BoxKind.BAND, List.of(text("Bandeau")), List.of(para("x"))),
            new Block.Box(Block.BoxKind.ACTOR, List.of(text("Acteur")), List.of(para("x"))),
            new Block.Box(Block.BoxKind.NOTICE, List.of(), List.of(para("x"))),
            new Block.Box(
                Block.BoxKind.IDENTITY,
                List.of(text("Identité")),
                List.of(
                    new Block.Form(
                        List.of(
                            new Block.FormRow(
                                List.of(text("Nom")), List.of(para("Valeur")), false))))),
            new Block.Columns(
                2,
                List.of(
                    new Block.KeyFigures(
                        List.of(
                            new Block.KeyFigure("245", List.of(text("jeunes"))),
                            new Block.KeyFigure("3", List.of(text("conseillers"))))),
                    new Block.Quote(
                        List.of(para("« Citation »")), List.of(text("Quelqu'un")), true),
                    new Block.Quote(List.of(para("Citation simple")), List.of(), false))),
            new Block.Figure("logo.png", "Logo", List.of(text("Légende")), List.of(text("©")), 40),
            new Block.Figure("absente.png", "Image absente", List.of(), List.of(), 0),
            table(true),
            para("Fin.")));
  }
}

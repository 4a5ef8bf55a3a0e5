package fr.fejdoc.write.html;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Block.Align;
import fr.fejdoc.document.Block.Cell;
import fr.fejdoc.document.Block.Column;
import fr.fejdoc.document.Block.Row;
import fr.fejdoc.document.Block.RowKind;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import java.util.ArrayList;
import java.util.List;

/** A large document: 200 sections × 10 paragraphs and 10 tables of 50 rows. */
final class BigDoc {

  private BigDoc() {}

  static Doc build() {
    List<Block> blocks = new ArrayList<>();
    String sentence =
        "Le projet vise à améliorer l'insertion des jeunes de plus de 16\u00A0ans ayant quitté"
            + " le système de formation sans qualification & sans suivi. ";
    for (int s = 0; s < 200; s++) {
      List<Block> content = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        content.add(
            new Block.Para(
                List.of(
                    new Inline.Text(sentence + sentence),
                    new Inline.Strong(List.of(new Inline.Text("Passeport Accueil Commun"))),
                    new Inline.Text(" " + sentence),
                    i == 0
                        ? new Inline.Note(
                            List.of(new Block.Para(List.of(new Inline.Text("Source : CESER.")))))
                        : new Inline.Text("."))));
      }
      if (s % 20 == 0) content.add(table(s / 20));
      blocks.add(
          new Block.Section(
              "s" + s,
              (s + 1) + ".",
              List.of(new Inline.Text("Partie " + (s + 1))),
              1 + s % 3,
              content));
    }
    return new Doc(
        new Doc.Meta("Grand document", "Porteur", "Test", List.of("FEJ"), "fr"),
        new Doc.Page(
            false, "Fonds d'Expérimentation pour la Jeunesse", "AP1_027 – {page} / {pages}", true),
        blocks);
  }

  private static Block.Table table(int n) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            List.of(
                cell("Description synthétique de chaque action"),
                cell("Durée"),
                cell("ETP"),
                cell("Achats")),
            RowKind.HEADER));
    for (int r = 0; r < 50; r++) {
      RowKind kind = r % 10 == 0 ? RowKind.GROUP : RowKind.BODY;
      rows.add(
          new Row(
              List.of(
                  cell("Action n°" + r + " : accueil commun CIO / Mission Locale"),
                  cell("6 mois"),
                  cell("1/2"),
                  cell("2\u202F200,64\u00A0€")),
              kind));
    }
    return new Block.Table(
        "tableau-" + n,
        List.of(new Inline.Text("Tableau 2 – actions")),
        List.of(
            new Column(4, Align.LEFT),
            new Column(1, Align.CENTER),
            new Column(1, Align.CENTER),
            new Column(2, Align.RIGHT)),
        rows,
        n % 2 == 0);
  }

  private static Cell cell(String s) {
    return new Cell(List.of(new Block.Para(List.of(new Inline.Text(s)))), 1, 1, Align.LEFT, false);
  }
}

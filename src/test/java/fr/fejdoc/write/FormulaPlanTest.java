package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.text.FigureKind;
import fr.fejdoc.text.FrenchFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula plan the XLSX and ODS editions share: which cells, over which, and the values. */
class FormulaPlanTest {

  private static Inline.Num num(FigureKind kind, String value) {
    BigDecimal v = new BigDecimal(value);
    return new Inline.Num(kind, v, FrenchFormat.figure(kind, v));
  }

  private static Block.Row row(Block.RowKind kind, Object... contents) {
    List<Block.Cell> cells = new ArrayList<>();
    for (Object o : contents) {
      Inline in = o instanceof Inline i ? i : new Inline.Text((String) o);
      cells.add(new Block.Cell(List.of(new Block.Para(List.of(in))), 1, 1, null, false));
    }
    return new Block.Row(cells, kind);
  }

  private static FormulaPlan plan(List<Block.Column> columns, Block.Row... rows) {
    Block.Table t = new Block.Table("t", List.of(), columns, List.of(rows), false);
    return new FormulaPlan(t, blocks -> PlainText.of(plain(blocks)));
  }

  private static List<Inline> plain(List<Block> blocks) {
    List<Inline> out = new ArrayList<>();
    for (Block b : blocks) if (b instanceof Block.Para p) out.addAll(p.content());
    return out;
  }

  @Test
  void totalsSharesAndDetailsWithTheirExactValues() {
    FigureKind money = FigureKind.AMOUNT;
    FormulaPlan p =
        plan(
            List.of(
                new Block.Column(3, Block.Align.LEFT),
                new Block.Column(1, Block.Align.RIGHT),
                new Block.Column(1, Block.Align.RIGHT, "share:2")),
            row(Block.RowKind.HEADER, "Poste", "Montant", "Part"),
            row(Block.RowKind.BODY, "a", num(money, "30"), ""),
            row(Block.RowKind.DETAIL, "a1", num(money, "10"), ""),
            row(Block.RowKind.DETAIL, "a2", num(money, "20"), ""),
            row(Block.RowKind.BODY, "b", num(money, "40"), num(FigureKind.PERCENT, "57")),
            row(Block.RowKind.BODY, "c", "", ""),
            row(Block.RowKind.BODY, "texte", "=1+1", "@SUM(A1)"),
            row(Block.RowKind.TOTAL, "Total", num(money, "70"), ""));
    // the detail sum of a
    FormulaPlan.Sum details = (FormulaPlan.Sum) p.formula(1, 1);
    assertThat(details.cells()).extracting(a -> a[0]).containsExactly(2, 3);
    assertThat(details.blankIfEmpty()).isFalse();
    assertThat(p.computed(1, 1)).isEqualByComparingTo("30");
    // the total sums the body rows only, text rows included but never turned into formulas
    FormulaPlan.Sum total = (FormulaPlan.Sum) p.formula(7, 1);
    assertThat(total.cells()).extracting(a -> a[0]).containsExactly(1, 4, 5, 6);
    assertThat(p.computed(7, 1)).isEqualByComparingTo("70");
    assertThat(p.formula(6, 1)).isNull();
    assertThat(p.formula(6, 2)).isNull();
    // shares: 40 / 70 = 57 % as the tree shows it
    assertThat(p.formula(4, 2)).isInstanceOf(FormulaPlan.Share.class);
    assertThat(p.computed(4, 2)).isEqualByComparingTo(new BigDecimal("0.5714285714285714"));
    assertThat(p.percentStyle(4, 2)).isFalse();
    // a share the tree leaves blank stays a live percentage while its part is blank...
    assertThat(p.formula(5, 2)).isInstanceOf(FormulaPlan.Share.class);
    assertThat(p.computed(5, 2)).isNull();
    assertThat(p.percentStyle(5, 2)).isTrue();
    // ...and is left blank where the formula would show a number the document does not
    assertThat(p.formula(1, 2)).isNull();
    assertThat(p.formula(7, 2)).isNull();
    assertThat(p.count()).isEqualTo(4);
  }

  @Test
  void aFormulaThatDisagreesWithTheTreeIsDropped() {
    FormulaPlan p =
        plan(
            List.of(new Block.Column(3, Block.Align.LEFT), new Block.Column(1, Block.Align.RIGHT)),
            row(Block.RowKind.HEADER, "Poste", "Montant"),
            row(Block.RowKind.BODY, "a", num(FigureKind.AMOUNT, "10")),
            row(Block.RowKind.TOTAL, "Total faux", num(FigureKind.AMOUNT, "35")),
            row(Block.RowKind.BODY, "b", ""),
            row(Block.RowKind.TOTAL, "Total vide", ""));
    assertThat(p.formula(2, 1)).isNull();
    // a total the tree leaves blank over blank cells stays a formula, computed blank
    FormulaPlan.Sum blank = (FormulaPlan.Sum) p.formula(4, 1);
    assertThat(blank.blankIfEmpty()).isTrue();
    assertThat(p.computed(4, 1)).isNull();
    assertThat(p.blankStyle(4, 1).kind()).isEqualTo(FigureKind.AMOUNT);
  }

  @Test
  void rowSumsThatReadEachOtherAreDroppedNotLooped() {
    // column 2 sums column 3 and column 3 sums column 2: a cycle a hostile table may declare
    FormulaPlan p =
        plan(
            List.of(
                new Block.Column(1, Block.Align.LEFT),
                new Block.Column(1, Block.Align.RIGHT, "row-sum:3-3"),
                new Block.Column(1, Block.Align.RIGHT, "row-sum:2-2")),
            row(Block.RowKind.HEADER, "x", "y", "z"),
            row(Block.RowKind.BODY, "a", num(FigureKind.COUNT, "1"), num(FigureKind.COUNT, "1")));
    // the first one found in the cycle is dropped; the other is kept only if it gives the figure
    assertThat(p.formula(1, 1)).isNull();
    if (p.formula(1, 2) != null) assertThat(p.computed(1, 2)).isEqualByComparingTo("1");
    assertThat(p.count()).isLessThanOrEqualTo(1);
  }

  @Test
  void rangesGroupConsecutiveCellsDownAColumnOrAlongARow() {
    List<int[]> down = List.of(new int[] {1, 1}, new int[] {2, 1}, new int[] {4, 1});
    assertThat(FormulaPlan.ranges(down))
        .containsExactly(new int[] {1, 1, 2, 1}, new int[] {4, 1, 4, 1});
    List<int[]> along = List.of(new int[] {3, 2}, new int[] {3, 3}, new int[] {3, 4});
    assertThat(FormulaPlan.ranges(along)).containsExactly(new int[] {3, 2, 3, 4});
    assertThat(FormulaPlan.column(0)).isEqualTo("A");
    assertThat(FormulaPlan.column(25)).isEqualTo("Z");
    assertThat(FormulaPlan.column(26)).isEqualTo("AA");
    assertThat(FormulaPlan.column(16383)).isEqualTo("XFD");
  }
}

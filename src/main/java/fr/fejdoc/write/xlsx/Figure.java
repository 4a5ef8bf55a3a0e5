package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.CellFigure;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.FormulaPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The typed figure of a cell as the tree gives it ({@link Inline.Num}): a count, an amount in
 * euros, a percentage or another decimal, with its exact value. A cell of text (ranges, durations,
 * « n.c. », words) has none and stays text: the writer never reads a number back from text.
 */
record Figure(BigDecimal value, Kind kind, int decimals) {

  enum Kind {
    COUNT,
    DECIMAL,
    MONEY,
    PERCENT
  }

  /**
   * The spreadsheet number format (codes in Excel's own notation; a French Excel or LibreOffice
   * shows "2 200,64 €", "49 %"). The {@code [$-40C]} tag asks for French separators whatever the
   * reader's locale.
   */
  String format() {
    return switch (kind) {
      case COUNT -> "[$-40C]#,##0";
      case DECIMAL -> "[$-40C]#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
      case MONEY -> "[$-40C]#,##0.00\\ \"€\"";
      case PERCENT -> "[$-40C]0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "\\ %";
    };
  }

  /** The value a spreadsheet holds: a percentage as a fraction (49 % → 0.49). */
  double number() {
    return kind == Kind.PERCENT ? value.movePointLeft(2).doubleValue() : value.doubleValue();
  }

  /** Half a unit of the last digit the tree shows: how far a computed value may be from it. */
  double tolerance() {
    double unit = Math.pow(10, -decimals) / 2;
    return kind == Kind.PERCENT ? unit / 100 : unit;
  }

  /**
   * The figure of a cell: the typed figure ({@link Inline.Num}) that is the cell's whole content,
   * marks (bold, italics) allowed around it; none for any other content (text, a figure with words,
   * several figures). The text is never read.
   */
  static Optional<Figure> of(List<Block> content) {
    return CellFigure.of(content).map(Figure::of);
  }

  static Figure of(Inline.Num n) {
    int decimals = FormulaPlan.decimals(n);
    return switch (n.kind()) {
      case COUNT -> new Figure(n.value(), Kind.COUNT, decimals);
      case AMOUNT -> new Figure(n.value(), Kind.MONEY, decimals);
      case PERCENT -> new Figure(n.value(), Kind.PERCENT, decimals);
      case ETP, DECIMAL -> new Figure(n.value(), Kind.DECIMAL, decimals);
    };
  }
}

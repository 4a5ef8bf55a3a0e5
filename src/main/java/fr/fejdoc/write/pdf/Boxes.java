package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The magazine pieces: framed boxes (a coloured title band, an identity box, an actor's box with
 * its title, a small notice), key figures in a band, and quotations (pull quotes set large). Each
 * is a one-cell table kept on one page when it fits.
 */
final class Boxes {
  private final Blocks blocks;

  Boxes(Blocks blocks) {
    this.blocks = blocks;
  }

  PdfPTable box(Block.Box b, Ctx ctx) {
    Structure.Node tag = blocks.open("Div");
    try {
      return boxInTag(b, ctx);
    } finally {
      blocks.close(tag);
    }
  }

  private PdfPTable boxInTag(Block.Box b, Ctx ctx) {
    Block.BoxKind kind = b.kind() == null ? Block.BoxKind.NOTICE : b.kind();
    PdfPCell c = new PdfPCell();
    c.setUseAscender(true);
    c.setUseDescender(true);
    Ctx inner = ctx.cell(ctx.width() - 20f).bold(false).italic(false);
    float titleSize;
    Color titleColor;
    switch (kind) {
      case BAND -> {
        c.setBorder(Rectangle.NO_BORDER);
        c.setBackgroundColor(Styles.FEJ_BLUE);
        c.setPadding(9f);
        c.setPaddingLeft(11f);
        c.setPaddingRight(11f);
        inner = inner.color(Styles.WHITE);
        titleSize = 15f;
        titleColor = Styles.WHITE;
      }
      case IDENTITY -> {
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(Styles.FEJ_BLUE);
        c.setBorderWidth(1f);
        c.setBackgroundColor(Styles.BOX_BG);
        c.setPadding(8f);
        titleSize = 10.5f;
        titleColor = Styles.FEJ_BLUE;
      }
      case ACTOR -> {
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(Styles.RULE);
        c.setBorderWidth(Styles.BORDER);
        c.setBorderWidthLeft(3f);
        c.setBorderColorLeft(Styles.FEJ_BLUE);
        c.setPadding(7f);
        c.setPaddingLeft(9f);
        titleSize = 10.5f;
        titleColor = Styles.FEJ_BLUE;
      }
      case NOTICE -> {
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(Styles.RULE);
        c.setBorderWidth(Styles.BORDER);
        c.setBackgroundColor(Styles.NOTICE_BG);
        c.setPadding(6f);
        inner = inner.size(Styles.SMALL, Styles.SMALL_LEADING);
        titleSize = Styles.SMALL + 0.5f;
        titleColor = Styles.INK;
      }
      default -> throw new IllegalStateException();
    }
    if (!Blocks.nn(b.title()).isEmpty()) {
      Ctx tc =
          inner
              .size(titleSize, titleSize * 1.25f)
              .bold(true)
              .color(titleColor)
              .align(Element.ALIGN_LEFT);
      Structure.Node title = blocks.open("P");
      Paragraph t = blocks.inlines.paragraph(b.title(), tc);
      blocks.close(title);
      t.setSpacingAfter(kind == Block.BoxKind.BAND ? 3f : 4f);
      c.addElement(t);
    }
    for (Element e : blocks.cell(b.content(), inner)) c.addElement(e);
    return wrap(c, ctx, 100f);
  }

  PdfPTable quote(Block.Quote q, Ctx ctx) {
    Structure.Node tag = blocks.open("BlockQuote");
    try {
      return quoteInTag(q, ctx);
    } finally {
      blocks.close(tag);
    }
  }

  private PdfPTable quoteInTag(Block.Quote q, Ctx ctx) {
    PdfPCell c = new PdfPCell();
    c.setUseAscender(true);
    c.setUseDescender(true);
    Ctx inner;
    float width;
    if (q.pull()) {
      c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
      c.setBorderColor(Styles.FEJ_BLUE);
      c.setBorderWidth(1.5f);
      c.setPaddingTop(7f);
      c.setPaddingBottom(8f);
      c.setPaddingLeft(4f);
      c.setPaddingRight(4f);
      width = ctx.inCell() ? 100f : 88f;
      inner =
          ctx.cell(ctx.width() * width / 100f - 8f)
              .size(Styles.PULL, Styles.PULL * 1.3f)
              .italic(true)
              .color(Styles.FEJ_BLUE)
              .align(Element.ALIGN_CENTER);
    } else {
      c.setBorder(Rectangle.LEFT);
      c.setBorderColor(new Color(0xB0, 0xB0, 0xB0));
      c.setBorderWidth(2.5f);
      c.setPadding(2f);
      c.setPaddingLeft(9f);
      width = 100f;
      inner = ctx.cell(ctx.width() - 12f).italic(true);
    }
    for (Element e : blocks.cell(q.content(), inner)) c.addElement(e);
    if (!Blocks.nn(q.attribution()).isEmpty()) {
      Ctx ac =
          inner
              .size(Styles.SMALL + 0.5f, Styles.SMALL_LEADING + 0.5f)
              .italic(false)
              .color(Styles.MUTED);
      Structure.Node who = blocks.open("P");
      Paragraph by = Inlines.empty(ac);
      by.add(blocks.inlines.text("—\u00A0", ac));
      blocks.inlines.add(by, q.attribution(), ac);
      blocks.close(who);
      by.setAlignment(q.pull() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
      by.setSpacingBefore(3f);
      c.addElement(by);
    }
    PdfPTable t = wrap(c, ctx, width);
    t.setHorizontalAlignment(Element.ALIGN_CENTER);
    if (q.pull()) {
      t.setSpacingBefore(ctx.inCell() ? 4f : 10f);
      t.setSpacingAfter(ctx.inCell() ? 4f : 12f);
    }
    return t;
  }

  PdfPTable keyFigures(Block.KeyFigures k, Ctx ctx) {
    Structure.Node tag = blocks.open("Div");
    try {
      return keyFiguresInTag(k, ctx);
    } finally {
      blocks.close(tag);
    }
  }

  private PdfPTable keyFiguresInTag(Block.KeyFigures k, Ctx ctx) {
    List<Block.KeyFigure> figures = Blocks.nn(k.figures()).stream().filter(f -> f != null).toList();
    int n = Math.max(1, figures.size());
    int perRow = Math.max(1, Math.min(n, (int) (ctx.width() / 105f)));
    if (perRow < n && n % perRow != 0 && n <= perRow * 2) perRow = (n + 1) / 2;
    PdfPTable t = new PdfPTable(perRow);
    t.setWidthPercentage(100);
    t.setSplitLate(true);
    t.setSpacingBefore(ctx.inCell() ? 2f : 6f);
    t.setSpacingAfter(ctx.inCell() ? 2f : 10f);
    float cellWidth = ctx.width() / perRow - 2 * GUTTER - 10f;
    Ctx vc =
        ctx.cell(cellWidth)
            .size(Styles.KEY_VALUE, Styles.KEY_VALUE * 1.1f)
            .bold(true)
            .italic(false)
            .color(Styles.FEJ_BLUE)
            .align(Element.ALIGN_LEFT);
    Ctx cc =
        ctx.cell(cellWidth)
            .size(Styles.SMALL + 0.5f, Styles.SMALL_LEADING + 0.6f)
            .bold(false)
            .italic(false)
            .color(Styles.INK)
            .align(Element.ALIGN_LEFT);
    for (Block.KeyFigure f : figures) {
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.NO_BORDER);
      c.setCellEvent(KEY_FIGURE);
      c.setPadding(GUTTER + 5f);
      c.setPaddingTop(9f);
      c.setPaddingBottom(GUTTER * 2 + 5f);
      c.setUseAscender(true);
      c.setUseDescender(true);
      String value = f.value() == null ? "" : f.value().strip();
      Ctx fc = vc.fitWords(value);
      Structure.Node fig = blocks.open("P");
      c.addElement(Inlines.of(fc, blocks.inlines.text(value, fc)));
      blocks.close(fig);
      Structure.Node cap = blocks.open("P");
      Paragraph caption = blocks.inlines.paragraph(f.caption(), cc);
      blocks.close(cap);
      caption.setSpacingBefore(2f);
      c.addElement(caption);
      t.addCell(c);
    }
    int rest = figures.size() % perRow;
    if (rest != 0 || figures.isEmpty()) {
      for (int i = figures.isEmpty() ? 0 : rest; i < perRow; i++) {
        PdfPCell e = new PdfPCell();
        e.setBorder(Rectangle.NO_BORDER);
        t.addCell(e);
      }
    }
    return t;
  }

  /** Space between two key figures, half on each side. */
  private static final float GUTTER = 2.5f;

  /** A key figure's tile: shaded, under a blue bar, inset to leave a gutter around it. */
  private static final PdfPCellEvent KEY_FIGURE =
      (cell, r, canvases) -> {
        PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
        float x = r.getLeft() + GUTTER;
        float w = r.getWidth() - 2 * GUTTER;
        float bottom = r.getBottom() + 2 * GUTTER;
        cb.saveState();
        cb.setColorFill(Styles.KEY_BG);
        cb.rectangle(x, bottom, w, r.getTop() - bottom);
        cb.fill();
        cb.setColorFill(Styles.FEJ_BLUE);
        cb.rectangle(x, r.getTop() - 3f, w, 3f);
        cb.fill();
        cb.restoreState();
      };

  private static PdfPTable wrap(PdfPCell c, Ctx ctx, float widthPercent) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(widthPercent);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setSplitLate(true);
    t.setSplitRows(true);
    t.setKeepTogether(true);
    t.setSpacingBefore(ctx.inCell() ? 2f : 6f);
    t.setSpacingAfter(ctx.inCell() ? 2f : 10f);
    t.addCell(c);
    return t;
  }
}

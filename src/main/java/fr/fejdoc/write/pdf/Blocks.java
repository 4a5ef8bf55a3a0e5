package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Lays out blocks as OpenPDF elements, one walk of the tree, sending them to a {@link Sink}. Knows
 * formats, not FEJ documents: every decision comes from the block kinds and their styles. Holds the
 * per-document state (footnotes, section destinations, images), so one instance serves one
 * document.
 */
final class Blocks {
  static final String MISSING_TEXT = "Partie non renseignée";
  static final String IMAGE_MISSING_TEXT = "Image non disponible";

  /** The alternate description of a figure whose markup gives none. */
  static final String IMAGE_TEXT = "Image";

  final Inlines inlines;
  final Images images;
  private final Map<Block.Section, String> destinations;
  private final Outlines outlines;
  private final Tables tables = new Tables(this);
  private final Boxes boxes = new Boxes(this);

  /** Nesting of sections (0 outside any) and level of the innermost one. */
  private int sectionDepth;

  private int sectionLevel;

  /**
   * Whether the last thing set was a section heading (a sub-heading right below it sits closer).
   */
  private boolean afterHeading;

  private int listDepth;

  /** Footnotes already placed. */
  private int notesPlaced;

  Blocks(
      Inlines inlines, Images images, Map<Block.Section, String> destinations, Outlines outlines) {
    this.inlines = inlines;
    this.images = images;
    this.destinations = destinations;
    this.outlines = outlines;
  }

  /**
   * Gives a destination name to every section with a heading, in document order, and returns them
   * with the map from section id (first occurrence) to name for {@code #id} links.
   */
  static Map<Block.Section, String> destinations(List<Block> blocks, Map<String, String> byId) {
    Map<Block.Section, String> out = new IdentityHashMap<>();
    collect(blocks, out, byId);
    return out;
  }

  private static void collect(
      List<Block> blocks, Map<Block.Section, String> out, Map<String, String> byId) {
    for (Block b : nn(blocks)) {
      switch (b) {
        case Block.Section s -> {
          if (hasHeading(s)) {
            String name = "sec-" + (out.size() + 1);
            out.put(s, name);
            if (s.id() != null && !s.id().isBlank()) byId.putIfAbsent(s.id(), name);
          }
          collect(s.content(), out, byId);
        }
        case Block.Quote q -> {} // its headings are not outline entries
        default -> collect(Block.children(b), out, byId);
      }
    }
  }

  static boolean hasHeading(Block.Section s) {
    return !isBlank(s.number()) || !plain(s.title()).isBlank();
  }

  // ---------------------------------------------------------------- walk

  void blocks(List<Block> list, Sink sink, Ctx ctx) {
    for (Block b : nn(list)) block(b, sink, ctx);
  }

  void block(Block block, Sink sink, Ctx ctx) {
    fr.fejdoc.model.Deadline.check();
    if (!(block instanceof Block.Section)) afterHeading = false;
    switch (block) {
      case null -> {}
      case Block.Section s -> section(s, sink, ctx);
      case Block.Para p -> {
        Structure.Node tag = open("P");
        sink.add(para(p, ctx));
        close(tag);
      }
      case Block.Heading h -> {
        int level = sectionLevel + Math.max(1, h.level());
        Structure.Node tag = heading(level);
        sink.heading(heading(level, h, ctx));
        close(tag);
      }
      case Block.BulletList l -> sink.add(list(l.items(), false, 1, ctx));
      case Block.OrderedList l -> sink.add(list(l.items(), true, l.start(), ctx));
      case Block.Table t -> {
        boolean turn = t.landscape();
        if (turn) sink.landscape(true);
        sink.add(tables.table(t, turn ? ctx.width(sink.landscapeWidth(ctx.width())) : ctx));
        if (turn) sink.landscape(false);
      }
      case Block.Form f -> sink.add(tables.form(f, ctx).table());
      case Block.Figure f -> sink.add(figure(f, ctx));
      case Block.Quote q -> sink.add(boxes.quote(q, ctx));
      case Block.KeyFigures k -> sink.add(boxes.keyFigures(k, ctx));
      case Block.Box b -> sink.add(boxes.box(b, ctx));
      case Block.Columns c -> columns(c, sink, ctx);
      case Block.Beside s -> {
        Structure.Node tag = open("Div");
        sink.add(beside(s, ctx));
        close(tag);
      }
      case Block.PageBreak pb -> sink.pageBreak();
    }
  }

  /** Opens a structure element (nothing when the layout is not tagged). */
  Structure.Node open(String type) {
    return inlines.open(type);
  }

  void close(Structure.Node n) {
    inlines.close(n);
  }

  /** Opens a heading element of {@code level} (levels never skip one going down). */
  Structure.Node heading(int level) {
    return inlines.structure == null ? null : inlines.structure.heading(level);
  }

  /** The content of a cell, a box or a list item: elements without trailing space. */
  List<Element> cell(List<Block> content, Ctx ctx) {
    Sink.Collect c = new Sink.Collect(false);
    blocks(content, c, ctx);
    if (!c.elements.isEmpty()) {
      Element last = c.elements.get(c.elements.size() - 1);
      if (last instanceof Paragraph p) p.setSpacingAfter(0);
      else if (last instanceof PdfPTable t) t.setSpacingAfter(0);
    }
    return c.elements;
  }

  // ---------------------------------------------------------------- sections and headings

  private void section(Block.Section s, Sink sink, Ctx ctx) {
    int level = Math.max(1, Math.min(6, s.level()));
    // a section that starts a page and holds a landscape table is set on landscape pages whole
    boolean turn = sink.atPageStart() && holdsLandscapeTable(s);
    if (turn) {
      sink.landscape(true);
      ctx = ctx.width(sink.landscapeWidth(ctx.width()));
    }
    Structure.Node sect = open("Sect");
    if (hasHeading(s)) {
      String dest = destinations.get(s);
      if (dest != null) inlines.destinationOnNext(dest);
      Structure.Node tag = heading(level);
      Element h = sectionHeading(s, level, ctx);
      close(tag);
      if (dest != null && outlines != null) outlines.add(level, outlineTitle(s), dest);
      sink.heading(h);
      afterHeading = true;
    }
    // page breaks ending the section (markup nests a break written after a section into it)
    // come after its footnotes
    List<Block> content = nn(s.content());
    int end = content.size();
    while (end > 0 && content.get(end - 1) instanceof Block.PageBreak) end--;
    int savedLevel = sectionLevel;
    sectionLevel = level;
    sectionDepth++;
    blocks(content.subList(0, end), sink, ctx);
    sectionDepth--;
    sectionLevel = savedLevel;
    if (sectionDepth == 0) notes(sink, ctx);
    close(sect);
    if (turn) sink.landscape(false);
    blocks(content.subList(end, content.size()), sink, ctx);
  }

  private static boolean holdsLandscapeTable(Block.Section s) {
    for (Block b : nn(s.content())) if (b instanceof Block.Table t && t.landscape()) return true;
    return false;
  }

  private Element sectionHeading(Block.Section s, int level, Ctx ctx) {
    float size = Styles.headingSize(level);
    Ctx hc =
        ctx.size(size, size * 1.25f)
            .bold(true)
            .italic(level >= 5)
            .color(level <= 2 ? Styles.FEJ_BLUE : ctx.color())
            .align(Element.ALIGN_LEFT);
    Paragraph p = Inlines.empty(hc);
    if (!isBlank(s.number())) {
      p.add(inlines.text(s.number().strip() + "\u00A0", hc.color(Styles.FEJ_BLUE)));
    }
    inlines.add(p, s.title(), hc);
    p.setSpacingBefore(level == 1 ? 14f : afterHeading ? 0f : 5f);
    p.setSpacingAfter(level == 1 ? 9f : 4f);
    if (level > 1 || ctx.inCell()) {
      p.setKeepTogether(true);
      return p;
    }
    // a part of the form: its title over a rule across the column
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(14f);
    t.setSpacingAfter(5f);
    PdfPCell c = new PdfPCell();
    plain(c);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(Styles.FEJ_BLUE);
    c.setBorderWidth(1.2f);
    c.setPaddingBottom(3.5f);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    c.addElement(p);
    t.addCell(c);
    return t;
  }

  private Paragraph heading(int level, Block.Heading h, Ctx ctx) {
    float size = Styles.headingSize(Math.min(6, level));
    Ctx hc = ctx.size(size, size * 1.25f).bold(true).italic(level >= 5).align(Element.ALIGN_LEFT);
    Paragraph p = Inlines.empty(hc);
    inlines.add(p, h.content(), hc);
    p.setSpacingBefore(8f);
    p.setSpacingAfter(3f);
    p.setKeepTogether(true);
    return p;
  }

  private static String outlineTitle(Block.Section s) {
    String title = plain(s.title()).strip();
    String number = isBlank(s.number()) ? "" : s.number().strip();
    return number.isEmpty() ? title : title.isEmpty() ? number : number + " " + title;
  }

  // ---------------------------------------------------------------- paragraphs

  Element para(Block.Para p, Ctx ctx) {
    Block.ParaStyle style = p.style() == null ? Block.ParaStyle.NORMAL : p.style();
    if (style == Block.ParaStyle.MISSING) return missing(p.content(), ctx);
    Ctx pc =
        switch (style) {
          case LEAD -> ctx.size(Styles.LEAD, Styles.LEAD * 1.3f).bold(true);
          case COVER_TITLE ->
              ctx.size(Styles.COVER_TITLE, Styles.COVER_TITLE * 1.25f)
                  .bold(true)
                  .color(ctx.color().equals(Styles.INK) ? Styles.FEJ_BLUE : ctx.color())
                  .align(Element.ALIGN_CENTER);
          case COVER -> ctx.size(Styles.COVER, Styles.COVER * 1.35f).align(Element.ALIGN_CENTER);
          case SMALL ->
              ctx.size(Styles.SMALL, Styles.SMALL_LEADING)
                  .color(ctx.color().equals(Styles.INK) ? Styles.MUTED : ctx.color())
                  .align(ctx.inCell() ? ctx.align() : Element.ALIGN_LEFT);
          case INSTRUCTION ->
              ctx.italic(true).color(ctx.color().equals(Styles.INK) ? Styles.MUTED : ctx.color());
          case SIGNATURE -> ctx.align(Element.ALIGN_LEFT);
          default -> ctx;
        };
    Paragraph para = Inlines.empty(pc);
    inlines.add(para, p.content(), pc);
    para.setAlignment(pc.align());
    float after = ctx.inCell() ? 2f : Styles.PARA_AFTER;
    switch (style) {
      case COVER_TITLE -> {
        para.setSpacingBefore(ctx.inCell() ? 2f : 26f);
        para.setSpacingAfter(ctx.inCell() ? 4f : 10f);
      }
      case COVER -> {
        para.setSpacingBefore(ctx.inCell() ? 2f : 10f);
        para.setSpacingAfter(after);
      }
      case LEAD -> para.setSpacingAfter(ctx.inCell() ? 3f : 9f);
      case SIGNATURE -> {
        para.setSpacingBefore(ctx.inCell() ? 0f : 6f);
        para.setSpacingAfter(after);
      }
      default -> para.setSpacingAfter(after);
    }
    return para;
  }

  /** The visible « Partie non renseignée » marker: a framed, shaded line. */
  Element missing(List<Inline> content, Ctx ctx) {
    Ctx mc = ctx.italic(true).bold(true).color(Styles.MISSING_INK).align(Element.ALIGN_LEFT);
    Paragraph p = Inlines.empty(mc);
    if (content == null || content.isEmpty()) p.add(inlines.text(MISSING_TEXT, mc));
    else inlines.add(p, content, mc);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Styles.MISSING_INK);
    c.setBorderWidth(0.75f);
    c.setBorderWidthLeft(3f);
    c.setBackgroundColor(Styles.MISSING_BG);
    c.setPadding(4f);
    c.setPaddingLeft(7f);
    c.setUseAscender(true);
    c.setUseDescender(true);
    c.addElement(p);
    t.addCell(c);
    t.setSpacingBefore(ctx.inCell() ? 0f : 3f);
    t.setSpacingAfter(ctx.inCell() ? 2f : 8f);
    t.setKeepTogether(true);
    return t;
  }

  // ---------------------------------------------------------------- lists

  private Element list(List<List<Block>> items, boolean ordered, int start, Ctx ctx) {
    Ctx lc = ctx.cell(ctx.width());
    float indent = ordered ? lc.size() * 2.2f : lc.size() * 1.4f;
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    try {
      t.setWidths(new float[] {indent, Math.max(ctx.width() - indent, indent)});
    } catch (org.openpdf.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    t.setSplitLate(false); // a long item may continue on the next page, line by line
    t.setSplitRows(true);
    t.setSpacingAfter(ctx.inCell() ? 2f : Styles.PARA_AFTER);
    listDepth++;
    int n = start;
    Structure.Node l = open("L");
    if (l != null) l.attributes.put("O", "List");
    if (l != null) l.attributes.put("ListNumbering", ordered ? "Decimal" : "Disc");
    for (List<Block> item : nn(items)) {
      String marker = ordered ? (n++) + "." : (listDepth > 1 ? "–" : "•");
      Structure.Node li = open("LI");
      Structure.Node lbl = open("Lbl");
      PdfPCell m = new PdfPCell();
      plain(m);
      m.setUseAscender(false); // first lines at the paragraph leading, as in running text
      m.setPaddingRight(4f);
      Paragraph mp = Inlines.of(lc, inlines.text(marker, lc.bold(false)));
      mp.setAlignment(ordered ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      m.addElement(mp);
      t.addCell(m);
      close(lbl);
      Structure.Node body = open("LBody");
      PdfPCell c = new PdfPCell();
      plain(c);
      c.setUseAscender(false);
      c.setPaddingBottom(1.5f);
      for (Element e : cell(item, lc.width(ctx.width() - indent))) c.addElement(e);
      t.addCell(c);
      close(body);
      close(li);
    }
    close(l);
    listDepth--;
    return t;
  }

  /** A borderless cell without padding, its first line placed by its ascender. */
  static void plain(PdfPCell c) {
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setUseAscender(true);
  }

  // ---------------------------------------------------------------- figures

  private Element figure(Block.Figure f, Ctx ctx) {
    PdfPTable t = new PdfPTable(1);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setKeepTogether(true);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(ctx.inCell() ? 2f : 8f);
    var image = images.get(f.source());
    int pct = f.widthPercent() > 0 && f.widthPercent() <= 100 ? f.widthPercent() : 0;
    if (image.isPresent()) {
      Structure.Node fig = open("Figure");
      if (fig != null) {
        String caption = plain(f.caption()).strip();
        fig.alt = !isBlank(f.alt()) ? f.alt().strip() : caption.isEmpty() ? IMAGE_TEXT : caption;
        inlines.structure.figureImage(fig);
      }
      close(fig);
      org.openpdf.text.Image img = image.get();
      float w = Math.max(1f, img.getWidth());
      float h = Math.max(1f, img.getHeight());
      float width = pct > 0 ? ctx.width() * pct / 100f : Math.min(ctx.width(), w);
      float maxHeight = ctx.inCell() ? 280f : 520f;
      if (width * h / w > maxHeight) width = maxHeight * w / h;
      t.setWidthPercentage(Math.max(5f, Math.min(100f, width * 100f / ctx.width())));
      img.setAlt(isBlank(f.alt()) ? "" : f.alt().strip());
      PdfPCell c = new PdfPCell(img, true);
      c.setBorder(Rectangle.NO_BORDER);
      c.setPadding(0);
      t.addCell(c);
    } else {
      t.setWidthPercentage(pct > 0 ? Math.max(pct, 30) : 100);
      Ctx mc = ctx.cell(ctx.width()).italic(true).color(Styles.MUTED).align(Element.ALIGN_CENTER);
      String text = isBlank(f.alt()) ? IMAGE_MISSING_TEXT : f.alt().strip();
      PdfPCell c = new PdfPCell();
      c.setBorderColor(Styles.RULE);
      c.setBorderWidth(Styles.BORDER);
      c.setBackgroundColor(Styles.NOTICE_BG);
      c.setPadding(10f);
      c.setUseAscender(true);
      Structure.Node tag = open("P");
      Paragraph p = Inlines.of(mc, inlines.text(text, mc));
      close(tag);
      p.setAlignment(Element.ALIGN_CENTER);
      c.addElement(p);
      t.addCell(c);
    }
    boolean caption = !nn(f.caption()).isEmpty();
    boolean credit = !nn(f.credit()).isEmpty();
    if (caption || credit) {
      PdfPCell c = new PdfPCell();
      plain(c);
      c.setPaddingTop(3f);
      Ctx cc =
          ctx.cell(ctx.width())
              .size(Styles.SMALL, Styles.SMALL_LEADING)
              .color(ctx.color().equals(Styles.INK) ? Styles.MUTED : ctx.color());
      if (caption) {
        Structure.Node tag = open("P");
        c.addElement(inlines.paragraph(f.caption(), cc));
        close(tag);
      }
      if (credit) {
        Ctx kc = cc.size(Styles.SMALL - 1f, Styles.SMALL_LEADING - 1f).italic(true);
        Structure.Node tag = open("P");
        c.addElement(inlines.paragraph(f.credit(), kc));
        close(tag);
      }
      t.addCell(c);
    }
    return t;
  }

  // ---------------------------------------------------------------- side by side

  /** One borderless row, one cell per block, a column gap between them. */
  private Element beside(Block.Beside s, Ctx ctx) {
    List<Block> parts = nn(s.content()).stream().filter(java.util.Objects::nonNull).toList();
    if (parts.isEmpty()) return Inlines.empty(ctx.size(1f, 1f));
    int n = parts.size();
    float gap = Styles.COLUMN_GAP;
    float each = (ctx.width() - gap * (n - 1)) / n;
    float[] widths = new float[n];
    for (int i = 0; i < n; i++) widths[i] = each + (i < n - 1 ? gap : 0);
    PdfPTable row = new PdfPTable(widths);
    row.setTotalWidth(ctx.width());
    row.setLockedWidth(true);
    row.setSpacingAfter(ctx.inCell() ? 2f : 8f);
    for (int i = 0; i < parts.size(); i++) {
      PdfPCell c = new PdfPCell();
      plain(c);
      c.setUseAscender(false);
      if (i < n - 1) c.setPaddingRight(gap);
      for (Element e : cell(List.of(parts.get(i)), ctx.cell(each))) c.addElement(e);
      row.addCell(c);
    }
    return row;
  }

  // ---------------------------------------------------------------- columns

  private void columns(Block.Columns c, Sink sink, Ctx ctx) {
    int n = Math.max(1, Math.min(c.count(), 4));
    if (n < 2 || !sink.canSetColumns()) {
      blocks(c.content(), sink, ctx);
      return;
    }
    float width = (ctx.width() - Styles.COLUMN_GAP * (n - 1)) / n;
    Sink.Collect col = new Sink.Collect(true);
    Ctx cc = ctx.width(width).align(Element.ALIGN_LEFT);
    blocks(c.content(), col, cc);
    notes(col, cc);
    sink.columns(n, col.elements);
  }

  // ---------------------------------------------------------------- footnotes

  /** Places the footnotes called since the last call: a short rule, then one line each. */
  void notes(Sink sink, Ctx ctx) {
    List<Inline.Note> all = inlines.notes();
    if (notesPlaced >= all.size()) return;
    Ctx nc =
        ctx.size(Styles.SMALL, Styles.SMALL_LEADING)
            .color(Styles.INK)
            .bold(false)
            .italic(false)
            .align(Element.ALIGN_LEFT);
    Paragraph rule = Inlines.empty(nc.size(1f, 6f));
    rule.add(rule(new LineSeparator(0.5f, 30f, Styles.RULE, Element.ALIGN_LEFT, 0f), nc));
    rule.setSpacingBefore(6f);
    rule.setSpacingAfter(2f);
    sink.add(rule);
    // a note may call notes: they are appended to the list and placed in the same run
    while (notesPlaced < all.size()) {
      int n = ++notesPlaced;
      Inline.Note note = all.get(n - 1);
      List<Block> content = nn(note.content());
      Structure.Node noteTag = open("Note");
      if (noteTag != null) noteTag.id = "fn-" + n;
      Structure.Node firstTag = open("P");
      Structure.Node back = open("Link");
      if (back != null) back.contents = "Retour à l'appel de note " + n;
      Chunk number = inlines.text(n + ".\u00A0", nc.bold(true));
      close(back);
      number.setLocalDestination("fn-" + n);
      Inlines.goTo(number, "fnref-" + n);
      Paragraph first = Inlines.empty(nc);
      first.add(number);
      int from = 0;
      if (!content.isEmpty()
          && content.get(0) instanceof Block.Para p
          && (p.style() == null || p.style() == Block.ParaStyle.NORMAL)) {
        inlines.add(first, p.content(), nc);
        from = 1;
      }
      first.setSpacingAfter(1.5f);
      close(firstTag);
      sink.add(first);
      Ctx rest = nc.width(ctx.width() - 12f);
      for (Element e : cell(content.subList(from, content.size()), rest)) {
        if (e instanceof Paragraph p) p.setIndentationLeft(12f);
        sink.add(e);
      }
      close(noteTag);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A rule drawn across the line; its chunk takes an embedded font (OpenPDF's default is not). */
  private static Chunk rule(LineSeparator line, Ctx ctx) {
    Chunk c = new Chunk(line, true); // "vertical": drawn across the whole line
    c.setFont(Styles.font(ctx.size(), ctx.color(), false, false));
    return c;
  }

  static String plain(List<Inline> list) {
    return fr.fejdoc.document.PlainText.of(list);
  }

  /** The text of paragraphs and lists among {@code blocks} (to measure words). */
  static String plainBlocks(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    for (Block x : nn(blocks)) {
      switch (x) {
        case Block.Para p -> b.append(plain(p.content())).append('\n');
        case Block.BulletList l -> l.items().forEach(i -> b.append(plainBlocks(i)));
        case Block.OrderedList l -> l.items().forEach(i -> b.append(plainBlocks(i)));
        case null, default -> {}
      }
    }
    return b.toString();
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static <T> List<T> nn(List<T> list) {
    return list == null ? List.of() : list;
  }
}

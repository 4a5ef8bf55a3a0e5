package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import java.util.List;

/**
 * The walk of the blocks: sections as Heading 1–6 paragraphs with a bookmark, paragraphs in their
 * styles, lists on real numbering, quotes, columns, page breaks; tables, forms, boxes and key
 * figures go to {@link DocxTables}, figures to {@link DocxPictures}.
 */
final class DocxBlocks {
  static final String MISSING_TEXT = "Partie non renseignée";

  /** Paragraphs at most before a landscape table for its section to turn landscape with it. */
  private static final int LANDSCAPE_LEAD = 3;

  private final DocxRenderer r;

  /** Level of the enclosing section, 0 outside any section. */
  private int sectionLevel;

  /** Depth of the enclosing lists, 0 outside any list. */
  private int listLevel;

  /** The landscape table whose section turned the page already, and the layout to return to. */
  private Block.Table turnedFor;

  private DocxPage.State turnedFrom;

  DocxBlocks(DocxRenderer r) {
    this.r = r;
  }

  /** The {@code w:jc} value of an alignment; null for left (the default). */
  static String jc(Block.Align a) {
    if (a == null) return null;
    return switch (a) {
      case LEFT -> null;
      case CENTER -> "center";
      case RIGHT -> "right";
    };
  }

  void blocks(DocxFlow flow, List<Block> list) {
    if (list == null) return;
    for (Block b : list) block(flow, b);
  }

  void block(DocxFlow flow, Block block) {
    fr.fejdoc.model.Deadline.check();
    switch (block) {
      case null -> {}
      case Block.Section s -> section(flow, s);
      case Block.Para p -> para(flow, p);
      case Block.Heading h -> heading(flow, h);
      case Block.BulletList l -> list(flow, l.items(), -1);
      case Block.OrderedList l -> list(flow, l.items(), l.start());
      case Block.Table t -> table(flow, t);
      case Block.Form f -> r.tables.form(flow, f);
      case Block.Figure f -> r.pictures.figure(flow, f);
      case Block.Quote q -> quote(flow, q);
      case Block.KeyFigures k -> r.tables.keyFigures(flow, k);
      case Block.Box b -> r.tables.box(flow, b);
      case Block.Columns c -> columns(flow, c);
      case Block.Beside s -> r.tables.beside(flow, s);
      case Block.PageBreak pb -> {
        if (flow.main) r.page.pageBreak();
      }
    }
  }

  // ---------------------------------------------------------------- sections and headings

  private void section(DocxFlow flow, Block.Section s) {
    Block.Table lead = flow.main && !r.page.landscape() ? landscapeLead(s) : null;
    if (lead != null) {
      turnedFrom = r.page.state();
      turnedFor = lead;
      r.page.change(flow, turnedFrom.withLandscape(true), true);
    }
    int level = Math.max(1, s.level());
    boolean hasNumber = s.number() != null && !s.number().isBlank();
    List<Inline> title = s.title() == null ? List.of() : s.title();
    if (hasNumber || !title.isEmpty()) {
      DocxPara p = flow.paragraph();
      p.style = DocxStyles.heading(level);
      long mark = r.bookmarks.start(p, s.id());
      if (hasNumber) DocxRuns.text(p.c, s.number().strip() + " ", Marks.NONE);
      r.runs.inlines(p, flow, title, Marks.NONE);
      r.bookmarks.end(p, mark);
    }
    int saved = sectionLevel;
    sectionLevel = level;
    blocks(flow, s.content());
    sectionLevel = saved;
  }

  /**
   * The landscape table of a section that opens with it (a heading and at most a few paragraphs
   * before it): the section turns landscape at its heading, so that they stay together.
   */
  private static Block.Table landscapeLead(Block.Section s) {
    if (s.content() == null) return null;
    int before = 0;
    for (Block b : s.content()) {
      if (b instanceof Block.Table t && t.landscape()) return before <= LANDSCAPE_LEAD ? t : null;
      if (!(b instanceof Block.Para) && !(b instanceof Block.Heading)) return null;
      before++;
    }
    return null;
  }

  private void heading(DocxFlow flow, Block.Heading h) {
    DocxPara p = flow.paragraph();
    p.style = DocxStyles.heading(sectionLevel + Math.max(1, h.level()));
    r.runs.inlines(p, flow, h.content(), Marks.NONE);
  }

  // ---------------------------------------------------------------- paragraphs

  private void para(DocxFlow flow, Block.Para para) {
    DocxPara p = paragraph(flow, para.style());
    if (para.style() == Block.ParaStyle.MISSING
        && (para.content() == null || para.content().isEmpty())) {
      DocxRuns.text(p.c, MISSING_TEXT, flow.defaults.marks());
    } else {
      r.runs.inlines(p, flow, para.content(), flow.defaults.marks());
    }
  }

  /** A new paragraph in the flow's defaults, or in {@code style} when it is not NORMAL. */
  DocxPara paragraph(DocxFlow flow, Block.ParaStyle style) {
    boolean afterTable = !flow.isEmpty() && flow.lastParagraph() == null;
    DocxPara p = flow.paragraph();
    String id = DocxStyles.of(style);
    if (id == null) id = flow.defaults.style();
    if (id != null) p.style = id;
    if (flow.defaults.keep()) p.keepNext = true;
    if (afterTable) p.spacingBefore = 160;
    if (flow.defaults.indent() > 0) p.indLeft = flow.defaults.indent();
    p.jc(jc(flow.defaults.align()));
    return p;
  }

  // ---------------------------------------------------------------- lists

  /** A list; {@code start} < 0 for bullets. */
  private void list(DocxFlow flow, List<List<Block>> items, int start) {
    if (items == null || items.isEmpty()) return;
    int level = Math.min(listLevel, 8);
    int num = start < 0 ? r.numbering.bullets() : r.numbering.ordered(start, level);
    int indent = 357 * (level + 1);
    listLevel++;
    try {
      for (List<Block> item : items) item(flow, item, num, level, indent);
    } finally {
      listLevel--;
    }
  }

  private void item(DocxFlow flow, List<Block> item, int num, int level, int indent) {
    List<Block> rest = item == null ? List.of() : item;
    Block.ParaStyle style = null;
    List<Inline> text = List.of();
    if (!rest.isEmpty() && rest.get(0) instanceof Block.Para p) {
      style = p.style();
      text = p.content();
      rest = rest.subList(1, rest.size());
    }
    DocxPara p = paragraph(flow, style);
    p.ilvl = level;
    p.numId = num;
    if (flow.defaults.indent() > 0) {
      p.indLeft = flow.defaults.indent() + indent;
      p.indHanging = 357;
    }
    r.runs.inlines(p, flow, text, flow.defaults.marks());
    if (!rest.isEmpty()) blocks(flow.indented(indent), rest);
  }

  // ---------------------------------------------------------------- other blocks

  private void table(DocxFlow flow, Block.Table t) {
    boolean turn = flow.main && t.landscape() && !r.page.landscape();
    DocxPage.State before = r.page.state();
    if (turn) r.page.change(flow, before.withLandscape(true), true);
    r.tables.table(flow, t);
    if (turn) {
      r.page.change(flow, before, true);
    } else if (turnedFor == t && flow.main) {
      r.page.change(flow, turnedFrom, true);
      turnedFor = null;
    }
  }

  private void quote(DocxFlow flow, Block.Quote q) {
    DocxFlow inner = flow.withStyle(q.pull() ? DocxStyles.PULL_QUOTE : DocxStyles.QUOTE);
    blocks(inner, q.content());
    if (q.attribution() != null && !q.attribution().isEmpty()) {
      DocxPara p = paragraph(inner, null);
      p.jc = "right";
      DocxRuns.text(p.c, "— ", Marks.NONE);
      r.runs.inlines(p, inner, q.attribution(), Marks.NONE);
    }
  }

  private void columns(DocxFlow flow, Block.Columns c) {
    int n = Math.min(c.count(), 6);
    if (!flow.main || n < 2 || r.page.landscape()) {
      blocks(flow, c.content());
      return;
    }
    DocxPage.State before = r.page.state();
    r.page.change(flow, before.withColumns(n), false);
    blocks(flow, c.content());
    r.page.change(flow, before, false);
  }
}

package fr.fejdoc.write.html;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.write.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One rendering of one document: a single walk of the tree appending to a {@link StringBuilder}.
 * Holds the per-document state (footnotes in order of appearance, ids already given, the enclosing
 * section level), so a new instance is made for every write.
 */
final class HtmlRenderer {

  static final String MISSING_TEXT = "Partie non renseignée";
  static final String IMAGE_MISSING_TEXT = "Image non disponible";

  /** Strict policy: nothing may be fetched or run; inline styles and data: images only. */
  static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
          + " form-action 'none'";

  private final Resources resources;
  private final StringBuilder out;
  private final List<Inline.Note> notes = new ArrayList<>();
  private int notesWritten;
  // Looked up only, never iterated: the output does not depend on hash order.
  private final Set<String> usedIds = new HashSet<>();
  private final Map<String, String> imageCache = new HashMap<>();

  /** Level of the enclosing section, 0 outside any section. */
  private int sectionLevel;

  /** Depth of {@code <a>} elements being written (links cannot nest). */
  private int linkDepth;

  HtmlRenderer(Resources resources, int capacityHint) {
    this.resources = resources == null ? Resources.NONE : resources;
    this.out = new StringBuilder(capacityHint);
  }

  String render(Doc doc, String css) {
    Doc.Meta meta = doc.meta();
    Doc.Page page = doc.page();
    List<Block> blocks = nn(doc.blocks());

    String lang = Html.sanitizeId(meta == null ? null : meta.lang());
    if (lang.isEmpty()) lang = "fr";
    String title = meta == null || Html.blank(meta.title()) ? "Document" : meta.title().strip();

    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n");
    out.append("<meta charset=\"utf-8\">\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\">\n");
    out.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>");
    Html.escape(out, title);
    out.append("</title>\n");
    if (meta != null) {
      metaTag("author", meta.author());
      metaTag("description", meta.subject());
      metaTag("keywords", keywords(meta.keywords()));
    }
    out.append("<style>\n").append(css).append("</style>\n</head>\n");

    boolean landscape = page != null && page.landscape();
    String classes = (landscape ? "landscape-doc " : "") + (doc.isDraft() ? "draft" : "");
    out.append(classes.isBlank() ? "<body>\n" : "<body class=\"" + classes.strip() + "\">\n");
    if (doc.isDraft()) draftMark(doc.draft().mark());

    String header = page == null ? null : runningText(page.header());
    String footer = page == null ? null : runningText(page.footer());
    // On a document with a cover page the running header starts after the cover, i.e. after
    // the first top-level page break; without one it stays at the top.
    boolean headerAfterCover =
        header != null
            && page.coverPage()
            && blocks.stream().anyMatch(b -> b instanceof Block.PageBreak);
    if (header != null && !headerAfterCover) runningHeader(header);

    out.append("<main>\n");
    for (Block b : blocks) {
      block(b);
      if (headerAfterCover && b instanceof Block.PageBreak) {
        runningHeader(header);
        headerAfterCover = false;
      }
    }
    footnotes();
    out.append("</main>\n");

    if (footer != null) {
      out.append("<footer class=\"running-footer\">");
      Html.escape(out, footer);
      out.append("</footer>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  // ---------------------------------------------------------------- head

  private void metaTag(String name, String content) {
    if (Html.blank(content)) return;
    out.append("<meta name=\"").append(name).append("\" content=\"");
    Html.escape(out, content.strip());
    out.append("\">\n");
  }

  private static String keywords(List<String> words) {
    if (words == null) return null;
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (Html.blank(w)) continue;
      if (b.length() > 0) b.append(", ");
      b.append(w.strip());
    }
    return b.toString();
  }

  /**
   * The mark of a draft: a band fixed at the top of the window and of every printed page (a browser
   * repeats a fixed element on each page), announced to screen readers, and a pale "BROUILLON"
   * across the page behind the text.
   */
  private void draftMark(String mark) {
    out.append("<div class=\"draft-mark\" role=\"note\" aria-label=\"");
    Html.escape(out, mark);
    out.append("\">");
    Html.escape(out, mark);
    out.append("</div>\n<div class=\"draft-watermark\" aria-hidden=\"true\">");
    Html.escape(out, Doc.Draft.WORD);
    out.append("</div>\n");
  }

  private void runningHeader(String text) {
    out.append("<header class=\"running-header\">");
    Html.escape(out, text);
    out.append("</header>\n");
  }

  /**
   * A running header or footer without its page numbers, which a browser cannot print outside
   * paged-media margin boxes: the parts (between "–", "—", "|", "·", "•" or " - ") that hold {@code
   * {page}} or {@code {pages}} are dropped. Null when nothing is left.
   */
  static String runningText(String text) {
    if (Html.blank(text)) return null;
    if (!text.contains("{page")) return text.strip();
    StringBuilder result = new StringBuilder();
    char sepBefore = ' ';
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean sep = i < n && isSeparator(text, i);
      if (i < n && !sep) continue;
      String part = text.substring(start, i).strip();
      if (!part.isEmpty() && !part.contains("{page")) {
        if (result.length() > 0) result.append(' ').append(sepBefore).append(' ');
        result.append(part);
      }
      if (sep) {
        sepBefore = text.charAt(i);
        start = i + 1;
      }
    }
    return result.length() == 0 ? null : result.toString();
  }

  private static boolean isSeparator(String text, int i) {
    char c = text.charAt(i);
    if (c == '–' || c == '—' || c == '|' || c == '·' || c == '•') return true;
    return c == '-'
        && i > 0
        && i + 1 < text.length()
        && text.charAt(i - 1) == ' '
        && text.charAt(i + 1) == ' ';
  }

  // ---------------------------------------------------------------- blocks

  private void blocks(List<Block> list) {
    for (Block b : nn(list)) block(b);
  }

  private void block(Block block) {
    fr.fejdoc.model.Deadline.check();
    switch (block) {
      case null -> {}
      case Block.Section s -> section(s);
      case Block.Para p -> para(p);
      case Block.Heading h -> heading(h);
      case Block.BulletList l -> {
        out.append("<ul>\n");
        items(l.items());
        out.append("</ul>\n");
      }
      case Block.OrderedList l -> {
        out.append("<ol");
        if (l.start() != 1) out.append(" start=\"").append(l.start()).append('"');
        out.append(">\n");
        items(l.items());
        out.append("</ol>\n");
      }
      case Block.Table t -> table(t);
      case Block.Form f -> form(f);
      case Block.Figure f -> figure(f);
      case Block.Quote q -> quote(q);
      case Block.KeyFigures k -> keyFigures(k);
      case Block.Box b -> box(b);
      case Block.Columns c -> columns(c);
      case Block.Beside s -> beside(s);
      case Block.PageBreak pb -> out.append("<div class=\"page-break\"></div>\n");
    }
  }

  private void section(Block.Section s) {
    int level = Math.max(1, s.level());
    int h = Math.min(6, level);
    out.append("<section");
    String id = uniqueId(s.id());
    if (id != null) out.append(" id=\"").append(id).append('"');
    out.append(">\n");
    boolean hasNumber = !Html.blank(s.number());
    if (hasNumber || !nn(s.title()).isEmpty()) {
      out.append("<h").append(h).append('>');
      if (hasNumber) {
        out.append("<span class=\"num\">");
        Html.escape(out, s.number().strip());
        out.append("</span> ");
      }
      inlines(s.title());
      out.append("</h").append(h).append(">\n");
    }
    int saved = sectionLevel;
    sectionLevel = level;
    blocks(s.content());
    sectionLevel = saved;
    if (saved == 0) footnotes();
    out.append("</section>\n");
  }

  private void heading(Block.Heading hd) {
    int h = Math.min(6, Math.max(1, sectionLevel + Math.max(1, hd.level())));
    out.append("<h").append(h).append('>');
    inlines(hd.content());
    out.append("</h").append(h).append(">\n");
  }

  private void para(Block.Para p) {
    Block.ParaStyle style = p.style() == null ? Block.ParaStyle.NORMAL : p.style();
    switch (style) {
      case NORMAL -> out.append("<p>");
      case LEAD -> out.append("<p class=\"lead\">");
      case COVER_TITLE -> out.append("<p class=\"cover-title\">");
      case COVER -> out.append("<p class=\"cover\">");
      case SMALL -> out.append("<p class=\"small\">");
      case MISSING -> out.append("<p class=\"missing\" role=\"note\">");
      case INSTRUCTION -> out.append("<p class=\"instruction\">");
      case SIGNATURE -> out.append("<p class=\"signature\">");
    }
    if (style == Block.ParaStyle.MISSING && nn(p.content()).isEmpty()) out.append(MISSING_TEXT);
    else inlines(p.content());
    out.append("</p>\n");
  }

  private void items(List<List<Block>> items) {
    for (List<Block> item : nn(items)) {
      out.append("<li>");
      compact(item);
      out.append("</li>\n");
    }
  }

  /**
   * Blocks of a list item or a cell: a lone ordinary paragraph is written without its {@code <p>}.
   */
  private void compact(List<Block> content) {
    List<Block> list = nn(content);
    if (list.size() == 1
        && list.get(0) instanceof Block.Para p
        && (p.style() == null || p.style() == Block.ParaStyle.NORMAL)) {
      inlines(p.content());
    } else {
      blocks(list);
    }
  }

  // ---------------------------------------------------------------- tables

  private void table(Block.Table t) {
    List<Block.Column> cols = nn(t.columns());
    List<Block.Row> rows = nn(t.rows());
    List<Inline> caption = nn(t.caption());

    out.append("<div class=\"table-wrap");
    if (t.landscape()) out.append(" landscape");
    // A scrolling region must be reachable with the keyboard.
    out.append("\" role=\"region\" tabindex=\"0\" aria-label=\"");
    String label = plainText(caption).strip();
    Html.escape(out, label.isEmpty() ? "Tableau" : label);
    out.append("\">\n<table");
    String id = uniqueId(t.id());
    if (id != null) out.append(" id=\"").append(id).append('"');
    out.append(">\n");
    if (!caption.isEmpty()) {
      out.append("<caption>");
      inlines(caption);
      out.append("</caption>\n");
    }
    colgroup(cols);

    int headerRows = 0;
    while (headerRows < rows.size()
        && rows.get(headerRows) != null
        && rows.get(headerRows).kind() == Block.RowKind.HEADER) headerRows++;

    TableGrid grid = TableGrid.of(t);
    if (headerRows > 0) {
      out.append("<thead>\n");
      for (int r = 0; r < headerRows; r++) row(rows.get(r), grid.rows.get(r), cols, true);
      out.append("</thead>\n");
    }
    out.append("<tbody>\n");
    for (int r = headerRows; r < rows.size(); r++) row(rows.get(r), grid.rows.get(r), cols, false);
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private void colgroup(List<Block.Column> cols) {
    if (cols.isEmpty()) return;
    long total = 0;
    for (Block.Column c : cols) if (c != null && c.width() > 0) total += c.width();
    out.append("<colgroup>");
    for (Block.Column c : cols) {
      if (total > 0 && c != null && c.width() > 0) {
        long tenths = (c.width() * 1000L + total / 2) / total; // width in tenths of a percent
        out.append("<col style=\"width:")
            .append(tenths / 10)
            .append('.')
            .append(tenths % 10)
            .append("%\">");
      } else {
        out.append("<col>");
      }
    }
    out.append("</colgroup>\n");
  }

  /**
   * Writes one row from its slots on the table's grid ({@link TableGrid}: the one placement of
   * spans every writer shares), so that a cell without its own alignment takes its real column's;
   * the grid's continuations and fillers are not written (HTML spans cover them).
   */
  private void row(
      Block.Row row, List<TableGrid.Slot> slots, List<Block.Column> cols, boolean inHead) {
    if (row == null) return;
    Block.RowKind kind = row.kind() == null ? Block.RowKind.BODY : row.kind();
    switch (kind) {
      case HEADER -> out.append(inHead ? "<tr>" : "<tr class=\"header\">");
      case BODY -> out.append("<tr>");
      case DETAIL -> out.append("<tr class=\"detail\">");
      case GROUP -> out.append("<tr class=\"group\">");
      case TOTAL -> out.append("<tr class=\"total\">");
    }
    for (TableGrid.Slot slot : slots) {
      Block.Cell cell = slot.cell();
      if (cell == null) continue;
      int col = slot.column();
      int colspan = slot.span();
      int rowspan = slot.rowspan();

      Block.Align align = cell.align();
      if (kind == Block.RowKind.HEADER
          && colspan > 1
          && (align == null || align == Block.Align.LEFT)) {
        align = Block.Align.CENTER;
      }
      if ((align == null || align == Block.Align.LEFT)
          && col < cols.size()
          && cols.get(col) != null) align = cols.get(col).align();

      boolean th = kind == Block.RowKind.HEADER || cell.header();
      out.append(th ? "<th" : "<td");
      if (kind == Block.RowKind.HEADER) {
        out.append(colspan > 1 ? " scope=\"colgroup\"" : " scope=\"col\"");
      } else if (th) {
        out.append(" scope=\"row\"");
      }
      if (colspan > 1) out.append(" colspan=\"").append(colspan).append('"');
      if (rowspan > 1) out.append(" rowspan=\"").append(rowspan).append('"');
      if (align == Block.Align.CENTER) out.append(" class=\"al-c\"");
      else if (align == Block.Align.RIGHT) out.append(" class=\"al-r\"");
      out.append('>');
      compact(cell.content());
      out.append(th ? "</th>" : "</td>");
    }
    out.append("</tr>\n");
  }

  private void form(Block.Form f) {
    out.append("<table class=\"form\">\n<colgroup><col class=\"form-label\"><col></colgroup>\n");
    out.append("<tbody>\n");
    for (Block.FormRow r : nn(f.rows())) {
      if (r == null) continue;
      if (r.group()) {
        out.append("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"2\">");
        inlines(r.label());
        out.append("</th></tr>\n");
        if (!nn(r.value()).isEmpty()) {
          out.append("<tr><td colspan=\"2\">");
          compact(r.value());
          out.append("</td></tr>\n");
        }
      } else {
        out.append("<tr><th scope=\"row\">");
        inlines(r.label());
        out.append("</th><td>");
        compact(r.value());
        out.append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n");
  }

  // ---------------------------------------------------------------- other blocks

  private void figure(Block.Figure f) {
    out.append("<figure");
    int w = f.widthPercent();
    if (w > 0 && w < 100) out.append(" style=\"width:").append(w).append("%\"");
    out.append(">\n");
    String alt = f.alt() == null ? "" : f.alt().strip();
    String uri = imageUri(f.source());
    if (uri != null) {
      out.append("<img src=\"").append(uri).append("\" alt=\"");
      Html.escape(out, alt);
      out.append("\">\n");
    } else {
      out.append("<div class=\"img-missing\" role=\"img\" aria-label=\"");
      Html.escape(out, alt.isEmpty() ? IMAGE_MISSING_TEXT : alt);
      out.append("\">");
      Html.escape(out, alt.isEmpty() ? IMAGE_MISSING_TEXT : alt);
      out.append("</div>\n");
    }
    List<Inline> caption = nn(f.caption());
    List<Inline> credit = nn(f.credit());
    if (!caption.isEmpty() || !credit.isEmpty()) {
      out.append("<figcaption>");
      inlines(caption);
      if (!credit.isEmpty()) {
        if (!caption.isEmpty()) out.append(' ');
        out.append("<small class=\"credit\">");
        inlines(credit);
        out.append("</small>");
      }
      out.append("</figcaption>\n");
    }
    out.append("</figure>\n");
  }

  /** The data: URI of an accepted image, or null (missing, unreadable or refused format). */
  private String imageUri(String source) {
    if (Html.blank(source)) return null;
    if (imageCache.containsKey(source)) return imageCache.get(source);
    String uri = null;
    try {
      Optional<byte[]> bytes = resources.image(source);
      if (bytes != null && bytes.isPresent()) {
        StringBuilder b = new StringBuilder();
        if (ImageData.appendDataUri(b, bytes.get())) uri = b.toString();
      }
    } catch (RuntimeException e) {
      uri = null; // an unreadable image is shown as missing, as check reports it
    }
    imageCache.put(source, uri);
    return uri;
  }

  private void quote(Block.Quote q) {
    out.append(q.pull() ? "<blockquote class=\"pull\">\n" : "<blockquote>\n");
    blocks(q.content());
    if (!nn(q.attribution()).isEmpty()) {
      out.append("<footer><cite>");
      inlines(q.attribution());
      out.append("</cite></footer>\n");
    }
    out.append("</blockquote>\n");
  }

  private void keyFigures(Block.KeyFigures k) {
    out.append("<ul class=\"key-figures\">\n");
    for (Block.KeyFigure f : nn(k.figures())) {
      if (f == null) continue;
      out.append("<li><span class=\"kf-value\">");
      Html.escape(out, f.value());
      out.append("</span> <span class=\"kf-caption\">");
      inlines(f.caption());
      out.append("</span></li>\n");
    }
    out.append("</ul>\n");
  }

  private void box(Block.Box b) {
    out.append("<aside class=\"box");
    if (b.kind() != null) {
      switch (b.kind()) {
        case BAND -> out.append(" box-band");
        case ACTOR -> out.append(" box-actor");
        case NOTICE -> out.append(" box-notice");
        case IDENTITY -> out.append(" box-identity");
      }
    }
    out.append("\">\n");
    if (!nn(b.title()).isEmpty()) {
      out.append("<p class=\"box-title\">");
      inlines(b.title());
      out.append("</p>\n");
    }
    blocks(b.content());
    out.append("</aside>\n");
  }

  private void beside(Block.Beside s) {
    out.append("<div class=\"beside\">\n");
    for (Block b : nn(s.content())) {
      out.append("<div>\n");
      block(b);
      out.append("</div>\n");
    }
    out.append("</div>\n");
  }

  private void columns(Block.Columns c) {
    int n = Math.min(c.count(), 6);
    out.append("<div class=\"columns\"");
    if (n >= 2) out.append(" style=\"columns: ").append(n).append('"');
    out.append(">\n");
    blocks(c.content());
    out.append("</div>\n");
  }

  // ---------------------------------------------------------------- footnotes

  private void noteCall(Inline.Note note) {
    notes.add(note);
    int n = notes.size();
    if (linkDepth > 0) {
      // Inside a link an anchor cannot be nested: the call keeps its id for the back link.
      out.append("<sup class=\"fn\" id=\"fnref-")
          .append(n)
          .append("\">")
          .append(n)
          .append("</sup>");
    } else {
      out.append("<sup class=\"fn\"><a href=\"#fn-")
          .append(n)
          .append("\" id=\"fnref-")
          .append(n)
          .append("\">")
          .append(n)
          .append("</a></sup>");
    }
  }

  /**
   * The notes called since the last flush, in order of appearance (notes called from notes are
   * appended as they come). Flushed at the end of each top-level section, so notes stay near their
   * calls (and before a back cover), and at the end of the document.
   */
  private void footnotes() {
    if (notesWritten >= notes.size()) return;
    out.append("<section class=\"footnotes\" aria-label=\"Notes\">\n<ol");
    if (notesWritten > 0) out.append(" start=\"").append(notesWritten + 1).append('"');
    out.append(">\n");
    int saved = sectionLevel;
    sectionLevel = 1;
    for (int i = notesWritten; i < notes.size(); i++) {
      int n = i + 1;
      out.append("<li id=\"fn-").append(n).append("\">");
      List<Block> content = nn(notes.get(i).content());
      boolean simple =
          content.size() == 1
              && content.get(0) instanceof Block.Para p
              && (p.style() == null || p.style() == Block.ParaStyle.NORMAL);
      compact(content);
      if (!simple) out.append("<p class=\"fn-back-line\">");
      else out.append(' ');
      out.append("<a href=\"#fnref-")
          .append(n)
          .append("\" class=\"fn-back\" aria-label=\"Retour à l’appel de note ")
          .append(n)
          .append("\">↩\uFE0E</a>");
      if (!simple) out.append("</p>");
      out.append("</li>\n");
    }
    notesWritten = notes.size();
    sectionLevel = saved;
    out.append("</ol>\n</section>\n");
  }

  // ---------------------------------------------------------------- inlines

  private void inlines(List<Inline> list) {
    for (Inline i : nn(list)) inline(i);
  }

  private void inline(Inline inline) {
    switch (inline) {
      case null -> {}
      case Inline.Text t -> Html.escape(out, t.text());
      case Inline.Num n -> Html.escape(out, n.text());
      case Inline.Emph e -> wrap("em", e.content());
      case Inline.Strong s -> wrap("strong", s.content());
      case Inline.Underline u -> wrap("u", u.content());
      case Inline.Superscript s -> wrap("sup", s.content());
      case Inline.Subscript s -> wrap("sub", s.content());
      case Inline.Code c -> {
        out.append("<code>");
        Html.escape(out, c.text());
        out.append("</code>");
      }
      case Inline.Link l -> link(l);
      case Inline.Note n -> noteCall(n);
      case Inline.LineBreak b -> out.append("<br>");
    }
  }

  private void wrap(String tag, List<Inline> content) {
    out.append('<').append(tag).append('>');
    inlines(content);
    out.append("</").append(tag).append('>');
  }

  private void link(Inline.Link l) {
    String url = l.url();
    List<Inline> content = nn(l.content());
    if (linkDepth > 0 || !allowedUrl(url)) {
      if (content.isEmpty()) Html.escape(out, url);
      else inlines(content);
      return;
    }
    out.append("<a href=\"");
    Html.escape(out, url);
    out.append('"');
    if (url.charAt(0) != '#') out.append(" rel=\"noopener\"");
    out.append('>');
    linkDepth++;
    if (content.isEmpty()) Html.escape(out, url);
    else inlines(content);
    linkDepth--;
    out.append("</a>");
  }

  /**
   * Defence in depth: the reader already allow-lists links; a target that is not http(s), mailto or
   * a same-document anchor, or that holds spaces or control characters, is written as text.
   */
  static boolean allowedUrl(String url) {
    return fr.fejdoc.document.read.SafeLinks.isSafe(url);
  }

  /** The text of inlines without marks or notes (for attribute values such as aria-label). */
  private static String plainText(List<Inline> list) {
    return fr.fejdoc.document.PlainText.of(list);
  }

  // ---------------------------------------------------------------- ids

  /**
   * The id to print for {@code raw}: only {@code [A-Za-z0-9_-]} kept, null when nothing is left,
   * suffixed -2, -3... when already given or when it would take a footnote's id.
   */
  private String uniqueId(String raw) {
    String base = Html.sanitizeId(raw);
    if (base.isEmpty()) return null;
    String id = base;
    for (int k = 2; usedIds.contains(id) || isNoteId(id); k++) id = base + "-" + k;
    usedIds.add(id);
    return id;
  }

  /** Whether {@code id} has the form of a footnote id ({@code fn-N}, {@code fnref-N}). */
  private static boolean isNoteId(String id) {
    int digits;
    if (id.startsWith("fn-")) digits = 3;
    else if (id.startsWith("fnref-")) digits = 6;
    else return false;
    if (digits == id.length()) return false;
    for (int i = digits; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  private static <T> List<T> nn(List<T> list) {
    return list == null ? List.of() : list;
  }
}

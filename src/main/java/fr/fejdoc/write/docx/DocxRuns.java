package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import java.util.List;

/**
 * Inlines → runs: marks as run properties, links as real {@code w:hyperlink} elements (a
 * relationship for external targets, a bookmark anchor for {@code #id}), notes as footnote
 * references, line breaks as {@code w:br}. Runs are appended as XML to a paragraph's content.
 */
final class DocxRuns {
  private final DocxRenderer r;

  DocxRuns(DocxRenderer r) {
    this.r = r;
  }

  /** Appends the runs of {@code list} to paragraph {@code p} written in {@code flow}. */
  void inlines(DocxPara p, DocxFlow flow, List<Inline> list, Marks marks) {
    write(p.c, flow, list, marks, false);
  }

  private void write(StringBuilder out, DocxFlow flow, List<Inline> list, Marks m, boolean inLink) {
    if (list == null) return;
    for (Inline i : list) {
      switch (i) {
        case null -> {}
        case Inline.Text t -> text(out, t.text(), m);
        case Inline.Num n -> text(out, n.text(), m);
        case Inline.Emph e -> write(out, flow, e.content(), m.withItalic(), inLink);
        case Inline.Strong s -> write(out, flow, s.content(), m.withBold(), inLink);
        case Inline.Underline u -> write(out, flow, u.content(), m.withUnderline(), inLink);
        case Inline.Superscript s -> write(out, flow, s.content(), m.withSuperscript(), inLink);
        case Inline.Subscript s -> write(out, flow, s.content(), m.withSubscript(), inLink);
        case Inline.Code c -> text(out, c.text(), m.withStyle(DocxStyles.CODE));
        case Inline.Link l -> link(out, flow, l, m, inLink);
        case Inline.Note n -> note(out, flow, n, m);
        case Inline.LineBreak b -> out.append("<w:r><w:br/></w:r>");
      }
    }
  }

  private void link(StringBuilder out, DocxFlow flow, Inline.Link l, Marks m, boolean inLink) {
    String url = l.url();
    List<Inline> content = l.content() == null || l.content().isEmpty() ? null : l.content();
    if (inLink || !allowedUrl(url)) {
      if (content == null) text(out, url, m);
      else write(out, flow, content, m, inLink);
      return;
    }
    if (url.charAt(0) == '#') {
      out.append("<w:hyperlink w:anchor=\"");
      DocxXml.attr(out, r.bookmarks.name(url.substring(1)));
    } else {
      out.append("<w:hyperlink r:id=\"")
          .append(flow.rels.add(DocxPackage.REL + "hyperlink", url, true));
    }
    out.append("\" w:history=\"true\">");
    Marks lm = m.withStyle(DocxStyles.HYPERLINK);
    if (content == null) text(out, url, lm);
    else write(out, flow, content, lm, true);
    out.append("</w:hyperlink>");
  }

  private void note(StringBuilder out, DocxFlow flow, Inline.Note n, Marks m) {
    if (flow.footnote) {
      // Word has no note inside a note: its text follows in brackets.
      text(out, " [" + plainBlocks(n.content()).strip() + "]", m);
      return;
    }
    long id = r.notes.add(n.content());
    out.append("<w:r><w:rPr><w:rStyle w:val=\"")
        .append(DocxStyles.FOOTNOTE_REFERENCE)
        .append("\"/></w:rPr><w:footnoteReference w:id=\"")
        .append(id)
        .append("\"/></w:r>");
  }

  /** Opens a run with the properties of {@code m}. */
  static void run(StringBuilder out, Marks m) {
    out.append("<w:r>");
    if (m.plain()) return;
    out.append("<w:rPr>");
    if (m.charStyle() != null) DocxXml.val(out, "w:rStyle", m.charStyle());
    if (m.bold()) out.append("<w:b/><w:bCs/>");
    if (m.italic()) out.append("<w:i/><w:iCs/>");
    if (m.underline()) out.append("<w:u w:val=\"single\"/>");
    if (m.superscript()) out.append("<w:vertAlign w:val=\"superscript\"/>");
    else if (m.subscript()) out.append("<w:vertAlign w:val=\"subscript\"/>");
    out.append("</w:rPr>");
  }

  /**
   * Text in one run: tabs and line feeds become {@code w:tab} and {@code w:br}; characters XML
   * cannot hold are dropped.
   */
  static void text(StringBuilder out, String s, Marks m) {
    if (s == null || s.isEmpty()) return;
    run(out, m);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        flush(out, b);
        if (c == '\t') out.append("<w:tab/>");
        else if (c == '\n' || i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append("<w:br/>");
      } else if (xmlChar(s, i)) {
        b.append(c);
      }
    }
    flush(out, b);
    out.append("</w:r>");
  }

  private static void flush(StringBuilder out, StringBuilder b) {
    if (b.length() == 0) return;
    char first = b.charAt(0);
    char last = b.charAt(b.length() - 1);
    if (Character.isWhitespace(first)
        || Character.isWhitespace(last)
        || first == '\u00A0'
        || b.indexOf("  ") >= 0) out.append("<w:t xml:space=\"preserve\">");
    else out.append("<w:t>");
    DocxXml.esc(out, b.toString());
    out.append("</w:t>");
    b.setLength(0);
  }

  /** Whether the char at {@code i} may appear in XML 1.0 (surrogates only as pairs). */
  private static boolean xmlChar(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) return false;
    if (c == 0xFFFE || c == 0xFFFF) return false;
    if (Character.isHighSurrogate(c))
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    return true;
  }

  /** A complex field (PAGE, NUMPAGES...) showing {@code placeholder} until updated. */
  static void field(StringBuilder out, String instruction, String placeholder, Marks m) {
    run(out, m);
    out.append("<w:fldChar w:fldCharType=\"begin\"/></w:r>");
    run(out, m);
    out.append("<w:instrText xml:space=\"preserve\"> ");
    DocxXml.esc(out, instruction);
    out.append(" </w:instrText></w:r>");
    run(out, m);
    out.append("<w:fldChar w:fldCharType=\"separate\"/></w:r>");
    run(out, m);
    out.append("<w:t>");
    DocxXml.esc(out, placeholder);
    out.append("</w:t></w:r>");
    run(out, m);
    out.append("<w:fldChar w:fldCharType=\"end\"/></w:r>");
  }

  /**
   * Defence in depth, as the HTML writer: http(s), mailto and same-document anchors only, without
   * spaces or control characters.
   */
  static boolean allowedUrl(String url) {
    return fr.fejdoc.document.read.SafeLinks.isSafe(url);
  }

  /** The text of inlines without marks or notes. */
  static String plain(List<Inline> list) {
    return fr.fejdoc.document.PlainText.of(list);
  }

  /** The text of blocks' paragraphs, separated by spaces (notes inside notes). */
  static String plainBlocks(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    if (blocks == null) return "";
    for (Block x : blocks) {
      if (x instanceof Block.Para p) {
        if (b.length() > 0) b.append(' ');
        b.append(plain(p.content()));
      }
    }
    return b.toString();
  }
}

package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Inlines → runs: marks as run properties, links as real {@code w:hyperlink} elements (a
 * relationship for external targets, a bookmark anchor for {@code #id}), notes as footnote
 * references, line breaks as {@code w:br}.
 */
final class DocxRuns {
  private final DocxRenderer r;

  DocxRuns(DocxRenderer r) {
    this.r = r;
  }

  /** Appends the runs of {@code list} to paragraph {@code p} written in {@code flow}. */
  void inlines(CTP p, DocxFlow flow, List<Inline> list, Marks marks) {
    write(p::addNewR, p, flow, list, marks, false);
  }

  private void write(
      Supplier<CTR> out, CTP p, DocxFlow flow, List<Inline> list, Marks m, boolean inLink) {
    if (list == null) return;
    for (Inline i : list) {
      switch (i) {
        case null -> {}
        case Inline.Text t -> text(out, t.text(), m);
        case Inline.Num n -> text(out, n.text(), m);
        case Inline.Emph e -> write(out, p, flow, e.content(), m.withItalic(), inLink);
        case Inline.Strong s -> write(out, p, flow, s.content(), m.withBold(), inLink);
        case Inline.Underline u -> write(out, p, flow, u.content(), m.withUnderline(), inLink);
        case Inline.Superscript s -> write(out, p, flow, s.content(), m.withSuperscript(), inLink);
        case Inline.Subscript s -> write(out, p, flow, s.content(), m.withSubscript(), inLink);
        case Inline.Code c -> text(out, c.text(), m.withStyle(DocxStyles.CODE));
        case Inline.Link l -> link(out, p, flow, l, m, inLink);
        case Inline.Note n -> note(out, flow, n, m);
        case Inline.LineBreak b -> out.get().addNewBr();
      }
    }
  }

  private void link(
      Supplier<CTR> out, CTP p, DocxFlow flow, Inline.Link l, Marks m, boolean inLink) {
    String url = l.url();
    List<Inline> content = l.content() == null || l.content().isEmpty() ? null : l.content();
    if (inLink || !allowedUrl(url)) {
      if (content == null) text(out, url, m);
      else write(out, p, flow, content, m, inLink);
      return;
    }
    CTHyperlink h = p.addNewHyperlink();
    if (url.charAt(0) == '#') {
      h.setAnchor(r.bookmarks.name(url.substring(1)));
    } else {
      String id =
          flow.body
              .getPart()
              .getPackagePart()
              .addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation())
              .getId();
      h.setId(id);
    }
    h.setHistory(true);
    Marks lm = m.withStyle(DocxStyles.HYPERLINK);
    if (content == null) text(h::addNewR, url, lm);
    else write(h::addNewR, p, flow, content, lm, true);
  }

  private void note(Supplier<CTR> out, DocxFlow flow, Inline.Note n, Marks m) {
    if (flow.footnote) {
      // Word has no note inside a note: its text follows in brackets.
      text(out, " [" + plainBlocks(n.content()).strip() + "]", m);
      return;
    }
    java.math.BigInteger id = r.notes.add(n.content());
    CTR run = out.get();
    run.addNewRPr().addNewRStyle().setVal(DocxStyles.FOOTNOTE_REFERENCE);
    run.addNewFootnoteReference().setId(id);
  }

  /** A new run with the properties of {@code m}. */
  static CTR run(Supplier<CTR> out, Marks m) {
    CTR run = out.get();
    if (m.plain()) return run;
    CTRPr pr = run.addNewRPr();
    if (m.charStyle() != null) pr.addNewRStyle().setVal(m.charStyle());
    if (m.bold()) {
      pr.addNewB();
      pr.addNewBCs();
    }
    if (m.italic()) {
      pr.addNewI();
      pr.addNewICs();
    }
    if (m.underline()) pr.addNewU().setVal(STUnderline.SINGLE);
    if (m.superscript()) pr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    else if (m.subscript()) pr.addNewVertAlign().setVal(STVerticalAlignRun.SUBSCRIPT);
    return run;
  }

  /**
   * Text in one run: tabs and line feeds become {@code w:tab} and {@code w:br}; characters XML
   * cannot hold are dropped.
   */
  static void text(Supplier<CTR> out, String s, Marks m) {
    if (s == null || s.isEmpty()) return;
    CTR run = run(out, m);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        flush(run, b);
        if (c == '\t') run.addNewTab();
        else if (c == '\n' || i + 1 >= s.length() || s.charAt(i + 1) != '\n') run.addNewBr();
      } else if (xmlChar(s, i)) {
        b.append(c);
      }
    }
    flush(run, b);
  }

  private static void flush(CTR run, StringBuilder b) {
    if (b.length() == 0) return;
    CTText t = run.addNewT();
    String v = b.toString();
    t.setStringValue(v);
    if (Character.isWhitespace(v.charAt(0))
        || Character.isWhitespace(v.charAt(v.length() - 1))
        || v.charAt(0) == '\u00A0'
        || v.contains("  ")) t.setSpace(SpaceAttribute.Space.PRESERVE);
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
  static void field(Supplier<CTR> out, String instruction, String placeholder, Marks m) {
    run(out, m).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instr = run(out, m).addNewInstrText();
    instr.setStringValue(" " + instruction + " ");
    instr.setSpace(SpaceAttribute.Space.PRESERVE);
    run(out, m).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(out, m).addNewT().setStringValue(placeholder);
    run(out, m).addNewFldChar().setFldCharType(STFldCharType.END);
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

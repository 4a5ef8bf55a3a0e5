package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word file (DOCX) into a {@link Source}: the body's paragraphs and tables in order,
 * through content controls, inserted revisions and text boxes; heading levels from the paragraph's
 * style (English or French names, outline levels, inherited through {@code basedOn}); lists (bullet
 * or numbered, from the numbering definitions); tables with merged cells (a vertically merged
 * continuation is an empty cell) and nested tables as text; footnotes and endnotes as {@code [^n]}
 * calls numbered in order of their first call; pictures as {@code ![](images/image-N.png)}; bold,
 * italic, underline, superscript and subscript, http(s) and mailto links as Markdown. Headers and
 * footers repeat on every page and are not read, except the first page's. Everything is walked over
 * the XML itself, with bounded depth and counts.
 */
public final class DocxSource {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

  /** The most pictures kept from one note. */
  static final int MAX_PICTURES = 300;

  /** The largest picture kept. */
  static final int MAX_PICTURE_BYTES = 20 * 1024 * 1024;

  /** The deepest nesting of containers (content controls, tables in tables, text boxes) walked. */
  static final int MAX_DEPTH = 24;

  /** The deepest table inside a table cell whose text is kept. */
  static final int MAX_TABLE_DEPTH = 4;

  private static final Pattern HEADING_NAME =
      Pattern.compile("(?:heading|titre|titel|\\p{L}?berschrift)\\s*([1-9])");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PAGE_FIELD =
      Pattern.compile("\\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF)\\b.*", Pattern.DOTALL);

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private final PackagePart main;
  private final List<Source.Block> blocks = new ArrayList<>();
  private final List<Source.Note> notes = new ArrayList<>();
  private final List<Source.Picture> pictures = new ArrayList<>();
  private final Map<String, String> noteIds = new HashMap<>();
  private final Map<String, String> pictureNames = new HashMap<>();
  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, Source.ListKind> listKinds = new HashMap<>();
  private PackagePart part;
  private final Map<String, Element> styleElements = new HashMap<>();
  private final Map<String, Element> nums = new HashMap<>();
  private final Map<String, Element> abstractNums = new HashMap<>();
  private final Map<String, Element> footnotes = new HashMap<>();
  private final Map<String, Element> endnotes = new HashMap<>();
  private PackagePart footnotesPart;
  private final Map<String, PackagePart> related = new HashMap<>();
  private PackagePart endnotesPart;
  private int counter;
  private Source.Where here = new Source.Where(0, 0);
  private long pictureBytes;

  /** Open complex fields: their instruction, and whether their result is shown. */
  private final List<StringBuilder> fields = new ArrayList<>();

  private final List<Boolean> fieldShown = new ArrayList<>();

  private DocxSource(PackagePart main) {
    this.main = main;
    this.part = main;
  }

  /** Reads {@code in}; an {@link IOException} when it is not a readable DOCX. */
  public static Source read(String file, InputStream in) throws IOException {
    OPCPackage pkg = null;
    try {
      // the sizes were bounded by DocxZip (absolute limits, streamed once): POI's own ratio guard
      // would refuse a real note whose repetitive XML (an empty grid) compresses above 100:1
      ZipArchiveThresholdInputStream zip =
          new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(in));
      zip.setGuardState(false);
      pkg = OPCPackage.open(new ZipInputStreamZipEntrySource(zip));
      PackageRelationshipCollection rels =
          pkg.getRelationshipsByType(REL.replace("relationships/", "relationships/officeDocument"));
      if (rels.size() == 0) throw new IOException("no main document");
      PackagePart main = pkg.getPart(rels.getRelationship(0));
      if (main == null) throw new IOException("no main document");
      Source source = new DocxSource(main).source(file);
      // the file's title property: fejdoc and word processors keep the holder's casing there
      String title = null;
      try {
        title = pkg.getPackageProperties().getTitleProperty().orElse(null);
      } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        title = null; // no readable properties: no title
      }
      return title == null || title.length() > 1000 ? source : source.withTitle(title);
    } catch (Deadline.Exceeded e) {
      throw e;
    } catch (IOException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw new IOException("not a DOCX", e);
    } finally {
      if (pkg != null) pkg.revert();
    }
  }

  /**
   * Reads the bytes of a ZIP file that should be a DOCX: checked first ({@link DocxZip}: a Word
   * document, within bounds once inflated), then read.
   */
  public static Source read(String file, byte[] bytes) throws NotImportable {
    DocxZip.check(bytes);
    try {
      return read(file, new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new NotImportable("import.docx-unreadable");
    }
  }

  private Source source(String file) throws Exception {
    Element document = parse(main);
    Element body = child(document, W, "body");
    if (body == null) throw new IOException("no body");
    Element styles = parse(related(main, "styles"));
    for (Element e : children(styles, "style")) {
      String id = attr(e, W, "styleId");
      if (id != null) styleElements.putIfAbsent(id, e);
    }
    Element numbering = parse(related(main, "numbering"));
    for (Element e : children(numbering, "num")) nums.putIfAbsent(attr(e, W, "numId"), e);
    for (Element e : children(numbering, "abstractNum")) {
      abstractNums.putIfAbsent(attr(e, W, "abstractNumId"), e);
    }
    footnotesPart = related(main, "footnotes");
    for (Element e : children(parse(footnotesPart), "footnote")) {
      footnotes.putIfAbsent(attr(e, W, "id"), e);
    }
    endnotesPart = related(main, "endnotes");
    for (Element e : children(parse(endnotesPart), "endnote")) {
      endnotes.putIfAbsent(attr(e, W, "id"), e);
    }
    // headers and footers are not read: fejdoc's own editions and most notes repeat a running
    // title there (« Fiche d'expérience #12 — … ») that is no text of the note, and the form's
    // title and identity are in the body
    part = main;
    for (Element e : blockElements(body, 0)) topLevel(e, 0);
    return new Source(file, Source.Format.DOCX, blocks, notes, pictures);
  }

  /** The part {@code from} points to with a relationship of {@code type}, or null. */
  private static PackagePart related(PackagePart from, String type) throws Exception {
    PackageRelationshipCollection rels = from.getRelationshipsByType(REL + type);
    if (rels.size() == 0) return null;
    PackageRelationship rel = rels.getRelationship(0);
    if (rel.getTargetMode() == TargetMode.EXTERNAL) return null;
    return from.getRelatedPart(rel);
  }

  /** The internal part of relationship {@code id} of the current part, or null. */
  private PackagePart relatedById(PackagePart from, String id) {
    if (id == null) return null;
    String key = from.getPartName().getName() + "#" + id;
    if (related.containsKey(key)) return related.get(key);
    PackagePart p = findRelated(from, id);
    if (related.size() < 10_000) related.put(key, p);
    return p;
  }

  private static PackagePart findRelated(PackagePart from, String id) {
    try {
      PackageRelationship rel = from.getRelationship(id);
      if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) return null;
      return from.getRelatedPart(rel);
    } catch (Exception e) {
      return null;
    }
  }

  /** The root element of an XML part (no DTD, no external entity), or null for no part. */
  private static Element parse(PackagePart p) throws Exception {
    if (p == null) return null;
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    try {
      f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
    } catch (Exception e) {
      // another parser: its own default
    }
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    try (InputStream in = p.getInputStream()) {
      return b.parse(in).getDocumentElement();
    }
  }

  private static List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && local.equals(e.getLocalName())
          && W.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- body

  private void topLevel(Element e, int depth) {
    Deadline.check();
    switch (e.getLocalName()) {
      case "p" -> {
        here = new Source.Where(0, ++counter);
        Para p = para(e, depth);
        if (!p.text.isBlank()) {
          blocks.add(new Source.Para(here, p.text, p.heading, p.list, p.level, p.number));
        }
        Source.Where at = here;
        if (depth < 3) {
          for (Element box : p.boxes) {
            for (Element inner : blockElements(box, depth + 1)) topLevel(inner, depth + 1);
          }
        }
        here = at;
      }
      case "tbl" -> {
        List<Source.Row> rows = new ArrayList<>();
        Source.Where where = new Source.Where(0, counter + 1);
        for (Element tr : rowElements(e, 0)) {
          Deadline.check();
          here = new Source.Where(0, ++counter);
          rows.add(new Source.Row(here, cells(tr, depth, 0)));
        }
        if (!rows.isEmpty()) blocks.add(new Source.Table(where, rows));
        nested(e, depth);
      }
      case "altChunk" -> {
        here = new Source.Where(0, ++counter);
        blocks.add(new Source.Para(here, "[contenu inséré d'un autre fichier, non lu]"));
      }
      default -> {}
    }
  }

  /**
   * The tables inside the cells of a body table (one level: fejdoc prints the bilan's charges and
   * produits side by side, each a table inside a cell of a borderless layout table), each also as a
   * table block of its own after the outer one, so the form readers see their rows. Their text
   * stays in the outer cell too.
   */
  private void nested(Element tbl, int depth) {
    for (Element tr : rowElements(tbl, 0)) {
      for (Element tc : cellElements(tr, 0)) {
        for (Element inner : blockElements(tc, depth + 1)) {
          Deadline.check();
          if (!inner.getLocalName().equals("tbl")) continue;
          List<Source.Row> rows = new ArrayList<>();
          Source.Where where = new Source.Where(0, counter + 1);
          for (Element itr : rowElements(inner, 0)) {
            Deadline.check();
            here = new Source.Where(0, ++counter);
            rows.add(new Source.Row(here, cells(itr, depth + 1, 1)));
          }
          if (!rows.isEmpty()) blocks.add(new Source.Table(where, rows));
        }
      }
    }
  }

  private List<Source.Cell> cells(Element tr, int depth, int tableDepth) {
    List<Source.Cell> cells = new ArrayList<>();
    for (Element tc : cellElements(tr, 0)) {
      Deadline.check();
      int span = 1;
      boolean continued = false;
      Element pr = child(tc, W, "tcPr");
      if (pr != null) {
        Element gs = child(pr, W, "gridSpan");
        if (gs != null) span = Math.max(1, Math.min(64, intVal(gs, 1)));
        Element vm = child(pr, W, "vMerge");
        if (vm != null) continued = !"restart".equals(attr(vm, W, "val"));
      }
      cells.add(new Source.Cell(continued ? "" : cellText(tc, depth, tableDepth), span));
    }
    return cells;
  }

  private String cellText(Element tc, int depth, int tableDepth) {
    List<String> lines = new ArrayList<>();
    cellLines(tc, depth, tableDepth, lines);
    return String.join("\n", lines).strip();
  }

  private void cellLines(Node container, int depth, int tableDepth, List<String> lines) {
    for (Element e : blockElements(container, depth + 1)) {
      Deadline.check();
      if (e.getLocalName().equals("p")) {
        Para p = para(e, depth + 1);
        String t = p.text;
        if (p.list == Source.ListKind.BULLET) t = "- " + t;
        lines.add(t);
        if (depth < MAX_DEPTH)
          for (Element box : p.boxes) cellLines(box, depth + 1, tableDepth, lines);
      } else if (e.getLocalName().equals("tbl")) {
        tableLines(e, depth, tableDepth, lines);
      }
    }
  }

  /**
   * A table inside a cell or a note, as text: one line per row, cells separated by tabs (as the
   * text extractions of real notes have them).
   */
  private void tableLines(Element tbl, int depth, int tableDepth, List<String> lines) {
    if (tableDepth >= MAX_TABLE_DEPTH || depth > MAX_DEPTH) {
      lines.add("[…]");
      return;
    }
    for (Element tr : rowElements(tbl, 0)) {
      List<String> texts = new ArrayList<>();
      for (Source.Cell c : cells(tr, depth + 1, tableDepth + 1)) {
        texts.add(c.text().replace('\n', ' '));
      }
      lines.add(String.join("\t", texts));
    }
  }

  /** The paragraphs and tables inside {@code parent}, through content controls and revisions. */
  private List<Element> blockElements(Node parent, int depth) {
    List<Element> out = new ArrayList<>();
    flatten(parent, depth, out, "p", "tbl", "altChunk");
    return out;
  }

  private List<Element> rowElements(Node tbl, int depth) {
    List<Element> out = new ArrayList<>();
    flatten(tbl, depth, out, "tr");
    return out;
  }

  private List<Element> cellElements(Node tr, int depth) {
    List<Element> out = new ArrayList<>();
    flatten(tr, depth, out, "tc");
    return out;
  }

  private void flatten(Node parent, int depth, List<Element> out, String... wanted) {
    if (depth > MAX_DEPTH) return;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      Deadline.check();
      if (!(n instanceof Element e)) continue;
      String name = e.getLocalName();
      if (MC.equals(e.getNamespaceURI()) && name.equals("AlternateContent")) {
        Element choice = alternative(e);
        if (choice != null) flatten(choice, depth + 1, out, wanted);
        continue;
      }
      if (!W.equals(e.getNamespaceURI())) continue;
      boolean match = false;
      for (String w : wanted) match |= w.equals(name);
      if (match) out.add(e);
      else if (name.equals("sdt")) {
        Element content = child(e, W, "sdtContent");
        if (content != null) flatten(content, depth + 1, out, wanted);
      } else if (name.equals("customXml") || name.equals("ins") || name.equals("moveTo")) {
        flatten(e, depth + 1, out, wanted);
      }
    }
  }

  /** The branch of {@code mc:AlternateContent} read: the first choice, else the fallback. */
  private static Element alternative(Element alt) {
    Element choice = child(alt, MC, "Choice");
    return choice != null ? choice : child(alt, MC, "Fallback");
  }

  // ---------------------------------------------------------------- paragraphs

  private record Para(
      String text, int heading, Source.ListKind list, int level, List<Element> boxes, int number) {}

  /** The last number given at each numbering instance and level ("numId/ilvl"). */
  private final Map<String, Integer> listCounters = new HashMap<>();

  /** The number Word prints before a numbered paragraph: its instance's counter at its level. */
  private int listNumber(String numId, int ilvl) {
    String id = numId.strip();
    String key = id + "/" + ilvl;
    Integer last = listCounters.get(key);
    int n = last == null ? listStart(id, ilvl) : last + 1;
    if (listCounters.size() < 5000) listCounters.put(key, n);
    for (int deeper = ilvl + 1; deeper <= 8; deeper++) listCounters.remove(id + "/" + deeper);
    return n;
  }

  private int listStart(String numId, int ilvl) {
    Element num = nums.get(numId);
    if (num == null) return 1;
    for (Element o : children(num, "lvlOverride")) {
      if (String.valueOf(ilvl).equals(attr(o, W, "ilvl"))) {
        Element so = child(o, W, "startOverride");
        if (so != null) return Math.max(0, Math.min(100_000, intVal(so, 1)));
      }
    }
    Element abs = abstractNums.get(attr(child(num, W, "abstractNumId"), W, "val"));
    for (Element l : children(abs, "lvl")) {
      if (String.valueOf(ilvl).equals(attr(l, W, "ilvl"))) {
        Element st = child(l, W, "start");
        if (st != null) return Math.max(0, Math.min(100_000, intVal(st, 1)));
      }
    }
    return 1;
  }

  private Para para(Element p, int depth) {
    Element ppr = child(p, W, "pPr");
    String styleId = null;
    Element numPr = null;
    int outline = -1;
    if (ppr != null) {
      Element ps = child(ppr, W, "pStyle");
      if (ps != null) styleId = attr(ps, W, "val");
      numPr = child(ppr, W, "numPr");
      Element ol = child(ppr, W, "outlineLvl");
      if (ol != null) outline = intVal(ol, 9);
    }
    Style style = style(styleId);
    int heading;
    if (outline >= 0) heading = outline >= 9 ? 0 : Math.min(6, outline + 1);
    else heading = style.heading;
    String numId = style.numId;
    int ilvl = style.ilvl;
    if (numPr != null) {
      Element id = child(numPr, W, "numId");
      Element lvl = child(numPr, W, "ilvl");
      if (id != null) numId = attr(id, W, "val");
      if (lvl != null) ilvl = Math.max(0, Math.min(8, intVal(lvl, 0)));
    }
    Source.ListKind list = listKind(numId, ilvl);
    Inlines in = new Inlines();
    inlines(p, in, depth);
    String text = DocxInline.render(in.segs).strip();
    int number = list == Source.ListKind.NUMBERED ? listNumber(numId, ilvl) : 0;
    return new Para(text, heading, list, list == Source.ListKind.NONE ? 0 : ilvl, in.boxes, number);
  }

  /** What a paragraph's inline walk collects: its segments and the text boxes met. */
  private static final class Inlines {
    final List<DocxInline.Seg> segs = new ArrayList<>();
    final List<Element> boxes = new ArrayList<>();
  }

  private void inlines(Node parent, Inlines in, int depth) {
    if (depth > MAX_DEPTH) return;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      Deadline.check();
      if (!(n instanceof Element e)) continue;
      String ns = e.getNamespaceURI();
      String name = e.getLocalName();
      if (MC.equals(ns) && name.equals("AlternateContent")) {
        Element alt = alternative(e);
        if (alt != null) inlines(alt, in, depth + 1);
      } else if (M.equals(ns)) {
        if (name.equals("t")) in.segs.add(new DocxInline.Seg(text(e), 0));
        else inlines(e, in, depth + 1);
      } else if (W.equals(ns)) {
        switch (name) {
          case "r" -> run(e, in, depth);
          case "hyperlink" -> hyperlink(e, in, depth);
          case "fldSimple" -> {
            String instr = attr(e, W, "instr");
            if (instr == null || !PAGE_FIELD.matcher(instr).matches()) inlines(e, in, depth + 1);
          }
          case "sdt" -> {
            Element c = child(e, W, "sdtContent");
            if (c != null) inlines(c, in, depth + 1);
          }
          case "smartTag", "customXml", "ins", "moveTo", "dir", "bdo" -> inlines(e, in, depth + 1);
          default -> {}
        }
      }
    }
  }

  private void hyperlink(Element h, Inlines in, int depth) {
    Inlines inner = new Inlines();
    inlines(h, inner, depth + 1);
    in.boxes.addAll(inner.boxes);
    String id = attr(h, R, "id");
    String url = null;
    if (id != null) {
      try {
        PackageRelationship rel = part.getRelationship(id);
        if (rel != null && rel.getTargetURI() != null) url = rel.getTargetURI().toString();
      } catch (RuntimeException e) {
        url = null;
      }
    }
    // a link's underline is the link's own look, not the holder's
    List<DocxInline.Seg> segs = new ArrayList<>();
    for (DocxInline.Seg g : inner.segs) {
      segs.add(g.marks() > 0 ? new DocxInline.Seg(g.text(), g.marks() & ~DocxInline.UNDERLINE) : g);
    }
    String text = DocxInline.render(segs);
    if (url != null && safeUrl(url) && !text.isBlank()) {
      in.segs.add(DocxInline.Seg.raw("[" + text.strip() + "](" + url + ")"));
    } else {
      in.segs.addAll(inner.segs);
    }
  }

  static boolean safeUrl(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (!(u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:"))) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\u007f') return false;
    }
    return url.length() < 2000;
  }

  private void run(Element r, Inlines in, int depth) {
    int marks = 0;
    Element rpr = child(r, W, "rPr");
    if (rpr != null) {
      if (child(rpr, W, "vanish") != null && on(child(rpr, W, "vanish"))) return;
      Element rs = child(rpr, W, "rStyle");
      if (rs != null) marks = style(attr(rs, W, "val")).marks;
      marks = DocxInline.marks(rpr, marks);
    }
    boolean shown = fieldShown.isEmpty() || fieldShown.get(fieldShown.size() - 1);
    for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) continue;
      String name = e.getLocalName();
      if (MC.equals(e.getNamespaceURI()) && name.equals("AlternateContent")) {
        Element alt = alternative(e);
        if (alt != null) objects(alt, in, depth + 1);
        continue;
      }
      if (!W.equals(e.getNamespaceURI())) continue;
      switch (name) {
        case "fldChar" -> {
          String type = attr(e, W, "fldCharType");
          if ("begin".equals(type) && fields.size() < 32) {
            fields.add(new StringBuilder());
            fieldShown.add(shown);
          } else if ("separate".equals(type) && !fields.isEmpty()) {
            boolean page = PAGE_FIELD.matcher(fields.get(fields.size() - 1)).matches();
            boolean outer = fieldShown.size() < 2 || fieldShown.get(fieldShown.size() - 2);
            fieldShown.set(fieldShown.size() - 1, outer && !page);
          } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.remove(fields.size() - 1);
            fieldShown.remove(fieldShown.size() - 1);
          }
          shown = fieldShown.isEmpty() || fieldShown.get(fieldShown.size() - 1);
        }
        case "instrText" -> {
          if (!fields.isEmpty() && fields.get(fields.size() - 1).length() < 1000) {
            fields.get(fields.size() - 1).append(text(e));
          }
        }
        case "t" -> {
          if (shown) in.segs.add(new DocxInline.Seg(text(e), marks));
        }
        case "tab", "ptab" -> {
          if (shown) in.segs.add(new DocxInline.Seg("\t", 0));
        }
        case "br", "cr" -> {
          if (shown) in.segs.add(new DocxInline.Seg("\n", 0));
        }
        case "noBreakHyphen" -> {
          if (shown) in.segs.add(new DocxInline.Seg("-", marks));
        }
        case "footnoteReference" -> note(e, false, in);
        case "endnoteReference" -> note(e, true, in);
        case "drawing", "pict", "object" -> objects(e, in, depth + 1);
        default -> {}
      }
    }
  }

  /** Pictures and text boxes inside a drawing, a VML picture or an embedded object. */
  private void objects(Element e, Inlines in, int depth) {
    List<String[]> found = new ArrayList<>();
    scan(e, depth, found, in.boxes, new int[] {0});
    for (String[] f : found) picture(f[0], f[1], in);
  }

  private void scan(Element e, int depth, List<String[]> found, List<Element> boxes, int[] seen) {
    if (depth > MAX_DEPTH || ++seen[0] > 5000) return;
    String name = e.getLocalName();
    if (name.equals("txbxContent")) {
      boxes.add(e);
      return;
    }
    if (name.equals("blip")) {
      String id = attr(e, R, "embed");
      if (id != null) found.add(new String[] {id, descr(e)});
    } else if (name.equals("imagedata")) {
      String id = attr(e, R, "id");
      if (id != null) found.add(new String[] {id, descr(e)});
    }
    if (MC.equals(e.getNamespaceURI()) && name.equals("AlternateContent")) {
      Element alt = alternative(e);
      if (alt != null) scan(alt, depth + 1, found, boxes, seen);
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) scan(c, depth + 1, found, boxes, seen);
    }
  }

  /** The alternative text of the drawing holding {@code blip}: its {@code wp:docPr descr}. */
  private static String descr(Element blip) {
    Node n = blip;
    for (int i = 0; i < 12 && n != null; i++, n = n.getParentNode()) {
      if (n instanceof Element e
          && (e.getLocalName().equals("inline") || e.getLocalName().equals("anchor"))) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element d && d.getLocalName().equals("docPr")) {
            String t = d.getAttribute("descr");
            return t == null ? "" : t;
          }
        }
        return "";
      }
    }
    return "";
  }

  private void picture(String relId, String alt, Inlines in) {
    PackagePart data = relatedById(part, relId);
    if (data == null) return;
    String key = data.getPartName().getName();
    String name = pictureNames.get(key);
    if (name == null) {
      String type = String.valueOf(data.getContentType()).toLowerCase(Locale.ROOT);
      String ext =
          switch (type) {
            case "image/png" -> "png";
            case "image/jpeg", "image/jpg", "image/pjpeg" -> "jpg";
            case "image/gif" -> "gif";
            default -> null;
          };
      if (ext == null) {
        String shown = data.getPartName().getExtension();
        in.segs.add(
            DocxInline.Seg.raw(
                "[image non importée : format " + DocxInline.escape(String.valueOf(shown)) + "]"));
        return;
      }
      byte[] bytes;
      try (InputStream is = data.getInputStream()) {
        bytes = is.readNBytes(MAX_PICTURE_BYTES + 1);
      } catch (IOException | RuntimeException e) {
        bytes = null;
      }
      if (bytes == null
          || bytes.length > MAX_PICTURE_BYTES
          || pictures.size() >= MAX_PICTURES
          || pictureBytes + bytes.length > 4L * MAX_PICTURE_BYTES) {
        in.segs.add(DocxInline.Seg.raw("[image non importée : trop grande ou trop d'images]"));
        return;
      }
      pictureBytes += bytes.length;
      name = "image-" + (pictures.size() + 1) + "." + ext;
      pictureNames.put(key, name);
      pictures.add(new Source.Picture(here, name, bytes));
    }
    String text = alt == null ? "" : DocxInline.escape(SPACES.matcher(alt).replaceAll(" ").strip());
    in.segs.add(DocxInline.Seg.raw("![" + text + "](images/" + name + ")"));
  }

  // ---------------------------------------------------------------- notes

  private void note(Element ref, boolean endnote, Inlines in) {
    String xmlId = attr(ref, W, "id");
    if (xmlId == null) return;
    String key = (endnote ? "e" : "f") + xmlId;
    String number = noteIds.get(key);
    if (number == null) {
      if (noteIds.size() >= 2000) return;
      number = String.valueOf(noteIds.size() + 1);
      noteIds.put(key, number);
      notes.add(new Source.Note(here, number, noteText(xmlId, endnote)));
    }
    in.segs.add(DocxInline.Seg.raw("[^" + number + "]"));
  }

  private String noteText(String xmlId, boolean endnote) {
    Element n = (endnote ? endnotes : footnotes).get(xmlId);
    if (n == null) return "";
    PackagePart saved = part;
    part = endnote ? endnotesPart : footnotesPart;
    List<String> lines = new ArrayList<>();
    try {
      for (Element e : blockElements(n, 1)) {
        if (e.getLocalName().equals("p")) {
          lines.add(para(e, 2).text);
        } else if (e.getLocalName().equals("tbl")) {
          tableLines(e, 2, 1, lines);
        }
      }
    } finally {
      part = saved;
    }
    return String.join("\n", lines).strip();
  }

  // ---------------------------------------------------------------- styles and numbering

  /** What a paragraph or character style gives: heading level, list, emphasis. */
  private record Style(int heading, String numId, int ilvl, int marks) {}

  private static final Style NONE = new Style(0, null, 0, 0);

  private Style style(String id) {
    if (id == null) return NONE;
    Style s = styles.get(id);
    if (s != null) return s;
    int heading = -1;
    String numId = null;
    int ilvl = -1;
    int marks = -1;
    String cur = id;
    for (int i = 0; i < 12 && cur != null; i++) {
      Element st = styleElements.get(cur);
      if (st == null) break;
      if (heading < 0) heading = headingOf(st);
      Element ppr = child(st, W, "pPr");
      if (ppr != null) {
        if (heading < 0) {
          Element ol = child(ppr, W, "outlineLvl");
          if (ol != null) {
            int v = intVal(ol, 9);
            heading = v >= 9 ? 0 : Math.min(6, v + 1);
          }
        }
        Element np = child(ppr, W, "numPr");
        if (np != null) {
          if (numId == null && child(np, W, "numId") != null) {
            numId = attr(child(np, W, "numId"), W, "val");
          }
          if (ilvl < 0 && child(np, W, "ilvl") != null) ilvl = intVal(child(np, W, "ilvl"), 0);
        }
      }
      Element rpr = child(st, W, "rPr");
      if (marks < 0 && rpr != null) marks = DocxInline.marks(rpr, 0);
      cur = attr(child(st, W, "basedOn"), W, "val");
      if (id.equals(cur)) break;
    }
    s = new Style(Math.max(0, heading), numId, Math.max(0, Math.min(8, ilvl)), Math.max(0, marks));
    if (styles.size() < 5000) styles.put(id, s);
    return s;
  }

  /** The heading level a style's name or id gives ("heading 2", "Titre 2", "Titre2"), or -1. */
  private static int headingOf(Element st) {
    for (String n : new String[] {attr(child(st, W, "name"), W, "val"), attr(st, W, "styleId")}) {
      if (n == null || n.length() > 40) continue;
      Matcher m = HEADING_NAME.matcher(n.toLowerCase(Locale.ROOT).strip());
      if (m.matches()) return Math.min(6, m.group(1).charAt(0) - '0');
    }
    return -1;
  }

  private Source.ListKind listKind(String numId, int ilvl) {
    if (numId == null || numId.strip().equals("0")) return Source.ListKind.NONE;
    String key = numId + "/" + ilvl;
    Source.ListKind k = listKinds.get(key);
    if (k != null) return k;
    k = Source.ListKind.BULLET;
    Element num = nums.get(numId.strip());
    if (num != null) {
      String fmt = null;
      for (Element o : children(num, "lvlOverride")) {
        if (String.valueOf(ilvl).equals(attr(o, W, "ilvl"))) fmt = lvlFormat(child(o, W, "lvl"));
      }
      if (fmt == null) {
        Element abs = abstractNums.get(attr(child(num, W, "abstractNumId"), W, "val"));
        for (Element l : children(abs, "lvl")) {
          if (String.valueOf(ilvl).equals(attr(l, W, "ilvl"))) fmt = lvlFormat(l);
        }
      }
      if (fmt != null && !fmt.equals("bullet")) {
        k = fmt.equals("none") ? Source.ListKind.NONE : Source.ListKind.NUMBERED;
      }
    }
    if (listKinds.size() < 1000) listKinds.put(key, k);
    return k;
  }

  private static String lvlFormat(Element lvl) {
    if (lvl == null) return null;
    Element f = child(lvl, W, "numFmt");
    return f == null ? null : attr(f, W, "val");
  }

  // ---------------------------------------------------------------- XML helpers

  static Element child(Node parent, String ns, String local) {
    if (parent == null) return null;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && local.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  /** The text directly inside {@code e} (XmlBeans' DOM has no getTextContent). */
  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        b.append(n.getNodeValue());
      }
    }
    return b.toString();
  }

  static String attr(Element e, String ns, String local) {
    if (e == null) return null;
    String v = e.getAttributeNS(ns, local);
    return v == null || v.isEmpty() ? null : v;
  }

  /** Whether an on/off property is on (no value, or a value other than false/0/off). */
  static boolean on(Element e) {
    if (e == null) return false;
    String v = attr(e, W, "val");
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }

  private static int intVal(Element e, int fallback) {
    String v = attr(e, W, "val");
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException x) {
      return fallback;
    }
  }
}

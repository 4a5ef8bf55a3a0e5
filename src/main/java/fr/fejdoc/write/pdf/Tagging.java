package fr.fejdoc.write.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Makes a PDF written by OpenPDF a tagged PDF (PDF/UA-1, PDF/A-2a): every piece of page content is
 * marked either as the content of the structure element whose text was drawn there (from the places
 * {@link Structure} recorded) or as an artifact (running header and footer, page numbers, rules,
 * borders, shading, the draft band); the structure tree, its parent tree, the link annotations'
 * place in it, and the identification of both standards in the XMP metadata are added. The pages'
 * appearance is unchanged: marks only are inserted in their content.
 */
final class Tagging {
  static {
    // PDFBox logs through commons-logging, which picks log4j-api when it is there: silent, as in
    // the command line, whoever writes a PDF first
    fr.fejdoc.write.docx.Ooxml.quietLogging();
  }

  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
  private static final COSName PAGINATION = COSName.getPDFName("Pagination");
  private static final COSName TABS = COSName.getPDFName("Tabs");
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

  /** Tolerance around a chunk's box, in points: superscripts, subscripts, rounding. */
  private static final float SLACK = 1.5f;

  private final Structure structure;
  private final String lang;

  /** Marks of each slot: page and MCID. */
  private final Map<Integer, List<int[]>> slotMarks = new HashMap<>();

  /** Per page, the slot of each MCID (index = MCID). */
  private final List<List<Structure.Slot>> mcidOwners = new ArrayList<>();

  /** First page on which each repeated-content element was shown. */
  private final Map<Structure.Node, Integer> firstPage = new IdentityHashMap<>();

  /** Link annotations given to each Link element. */
  private final Map<Structure.Node, List<COSDictionary[]>> linkAnnotations =
      new IdentityHashMap<>();

  /** Bounding box of each figure's image (default user space) and its page. */
  private final Map<Structure.Node, float[]> figureBoxes = new IdentityHashMap<>();

  private int nextFigure;

  /** Streams compressed again (forms are shared by pages). */
  private final java.util.Set<COSStream> compressed =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Widths of the fonts read so far (pages share their fonts). */
  private final Map<COSDictionary, ContentScan.Font> fonts = new IdentityHashMap<>();

  private Tagging(Structure structure, String lang) {
    this.structure = structure;
    this.lang = lang;
  }

  /** {@code pdf} tagged after {@code structure}, in language {@code lang} (BCP 47). */
  static byte[] apply(byte[] pdf, Structure structure, String lang) {
    Tagging tagging = new Tagging(structure, lang);
    try {
      return tagging.run(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      tagging.deflater.end();
    }
  }

  private byte[] run(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<List<Structure.Place>> byPage = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) byPage.add(new ArrayList<>());
      for (Structure.Place p : structure.places) {
        if (p.page() >= 0 && p.page() < byPage.size()) byPage.get(p.page()).add(p);
      }
      List<AffineTransform> layoutToPage = new ArrayList<>();
      int index = 0;
      for (PDPage page : doc.getPages()) {
        fr.fejdoc.model.Deadline.check();
        layoutToPage.add(markPage(doc, page, index, byPage.get(index)));
        index++;
      }
      Map<Structure.Node, COSDictionary> elements = new IdentityHashMap<>();
      List<COSDictionary> pages = new ArrayList<>();
      for (PDPage page : doc.getPages()) pages.add(page.getCOSObject());
      // link annotations: each goes to the Link element whose text lies under it
      List<Object[]> annotations = new ArrayList<>();
      index = 0;
      Structure.Node orphanLinks = null;
      for (PDPage page : doc.getPages()) {
        List<PDAnnotation> annots = page.getAnnotations();
        if (!annots.isEmpty()) page.getCOSObject().setItem(TABS, COSName.S);
        for (PDAnnotation a : annots) {
          if (!(a instanceof PDAnnotationLink link)) continue;
          Structure.Node owner = linkAt(link, byPage.get(index), layoutToPage.get(index));
          if (owner == null) {
            if (orphanLinks == null) orphanLinks = new Structure.Node("Div", structure.root);
            owner = new Structure.Node("Link", orphanLinks);
            orphanLinks.items.add(owner);
          }
          if (a.getContents() == null || a.getContents().isBlank())
            a.setContents(contents(owner, link));
          linkAnnotations
              .computeIfAbsent(owner, k -> new ArrayList<>())
              .add(new COSDictionary[] {a.getCOSObject(), page.getCOSObject()});
          annotations.add(new Object[] {a, owner});
        }
        index++;
      }
      if (orphanLinks != null) structure.root.items.add(orphanLinks);

      COSDictionary treeRoot = new COSDictionary();
      treeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
      COSDictionary document = element(structure.root, treeRoot, elements, pages);
      COSArray kids = new COSArray();
      if (document != null) kids.add(document);
      treeRoot.setItem(COSName.K, kids);
      COSArray nums = new COSArray();
      for (int p = 0; p < mcidOwners.size(); p++) {
        COSArray parents = new COSArray();
        for (Structure.Slot s : mcidOwners.get(p)) parents.add(elements.get(s.owner));
        nums.add(COSInteger.get(p));
        nums.add(parents);
        pages.get(p).setInt(COSName.STRUCT_PARENTS, p);
      }
      int key = mcidOwners.size();
      for (Object[] a : annotations) {
        PDAnnotation annotation = (PDAnnotation) a[0];
        annotation.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(elements.get((Structure.Node) a[1]));
        key++;
      }
      COSDictionary parentTree = new COSDictionary();
      parentTree.setItem(COSName.NUMS, nums);
      treeRoot.setItem(COSName.PARENT_TREE, parentTree);
      treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, key);

      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      catalog.setItem(COSName.STRUCT_TREE_ROOT, treeRoot);
      COSDictionary markInfo = new COSDictionary();
      markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
      catalog.setItem(COSName.MARK_INFO, markInfo);
      catalog.setString(COSName.LANG, lang);
      if (catalog.getDictionaryObject(COSName.OUTPUT_INTENTS) instanceof COSArray intents) {
        for (COSBase intent : intents) {
          if (intent instanceof COSObject o) intent = o.getObject();
          if (intent instanceof COSDictionary d
              && d.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE) instanceof COSStream icc)
            compressAgain(icc);
        }
      }
      metadata(doc);
      withoutCidSets(doc);
      doc.setVersion(1.7f);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + pdf.length / 4);
      doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    }
  }

  // ---------------------------------------------------------------- page content

  /**
   * Marks the content of {@code page}; returns the transformation from layout coordinates (where
   * OpenPDF reported chunks) to the page's default user space (a turned page is drawn rotated). The
   * marks are inserted into the stream's bytes before the operators they enclose; nothing else of
   * the stream changes.
   */
  private AffineTransform markPage(
      PDDocument doc, PDPage page, int index, List<Structure.Place> places) throws IOException {
    byte[] content;
    try (InputStream in = page.getContents()) {
      content = in.readAllBytes();
    }
    COSDictionary resources = page.getResources().getCOSObject();
    ContentScan scan = ContentScan.scan(content, resources, fonts);
    double[] m = scan.base;
    AffineTransform toPage = new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
    AffineTransform toLayout;
    try {
      toLayout = toPage.createInverse();
    } catch (NoninvertibleTransformException e) {
      toLayout = new AffineTransform();
    }
    float top = page.getMediaBox().getHeight();
    float width = page.getMediaBox().getWidth();
    if (page.getRotation() % 180 != 0) {
      float t = top;
      top = width;
      width = t;
    }
    List<Structure.Slot> owners = new ArrayList<>();
    mcidOwners.add(owners);
    Places indexed = new Places(places);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + content.length / 3);
    int copied = 0;
    Object open = null; // the slot or artifact kind of the open marked-content sequence
    boolean inPath = false;
    for (ContentScan.Op info : scan.ops) {
      String name = info.name();
      Object label = null;
      boolean construction = isConstruction(name);
      boolean closeHere = false;
      if ("BT".equals(name) || "ET".equals(name)) {
        if (open != null) {
          closeHere = true;
          open = null;
        }
      } else if (construction && !inPath) {
        label = ARTIFACT;
        inPath = true;
      } else if (!construction && inPath) {
        inPath = !isPainting(name);
      } else if (info.kind() == ContentScan.TEXT) {
        Point2D at = toLayout.transform(new Point2D.Float(info.x(), info.y()), null);
        label = textLabel(index, (float) at.getX(), (float) at.getY(), indexed, top);
      } else if (info.kind() == ContentScan.IMAGE) {
        label = ARTIFACT;
        if (nextFigure < structure.figures.size()) {
          Structure.Node figure = structure.figures.get(nextFigure++);
          figureBoxes.put(figure, info.box());
          label = slotOf(figure);
        }
      } else if (info.kind() == ContentScan.PATH || info.kind() == ContentScan.FORM) {
        label = ARTIFACT;
      }
      boolean change = label != null && !label.equals(open);
      if (!closeHere && !change) continue;
      out.write(content, copied, info.start() - copied);
      copied = info.start();
      if (copied > 0 && !white(content[copied - 1])) out.write('\n');
      if (closeHere || open != null) out.write(EMC);
      if (!change) continue;
      if (label instanceof Structure.Slot s) {
        int mcid = owners.size();
        out.write('/');
        out.write(s.owner.type.getBytes(StandardCharsets.US_ASCII));
        out.write(("<</MCID " + mcid + ">>BDC\n").getBytes(StandardCharsets.US_ASCII));
        slotMarks.computeIfAbsent(s.id, k -> new ArrayList<>()).add(new int[] {index, mcid});
        owners.add(s);
      } else if (label == PAGINATION) {
        out.write(PAGINATION_BDC);
      } else {
        out.write(ARTIFACT_BMC);
      }
      open = label;
    }
    out.write(content, copied, content.length - copied);
    if (open != null) {
      if (content.length > 0 && !white(content[content.length - 1])) out.write('\n');
      out.write(EMC);
    }
    COSStream stream = doc.getDocument().createCOSStream();
    deflate(stream, out);
    page.getCOSObject().setItem(COSName.CONTENTS, stream);
    // the page's forms (running footer's page total) were stored uncompressed too
    COSBase xobjects = resources.getDictionaryObject(COSName.XOBJECT);
    if (xobjects instanceof COSDictionary forms) {
      for (COSName name : forms.keySet()) {
        if (forms.getDictionaryObject(name) instanceof COSStream form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) compressAgain(form);
      }
    }
    return toPage;
  }

  /**
   * Compresses {@code stream} again if it was stored uncompressed: OpenPDF writes the content of a
   * document to tag without compressing it (it is read back at once), so page content, forms and
   * the output intent's profile are compressed here, once.
   */
  private void compressAgain(COSStream stream) throws IOException {
    if (!compressed.add(stream)) return;
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (InputStream in = stream.createInputStream()) {
      in.transferTo(plain);
    }
    stream.removeItem(COSName.DECODE_PARMS);
    if (plain.size() < SMALL) {
      try (OutputStream os = stream.createOutputStream()) {
        plain.writeTo(os);
      }
    } else deflate(stream, plain);
  }

  /** Below this many bytes, a stream is kept uncompressed (a page total). */
  private static final int SMALL = 512;

  /** Writes {@code plain} into {@code stream}, Flate-compressed. */
  private void deflate(COSStream stream, ByteArrayOutputStream plain) throws IOException {
    deflater.reset();
    try (OutputStream raw = stream.createRawOutputStream();
        DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater, 8192)) {
      plain.writeTo(z);
      z.finish();
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
  }

  /** One compressor for the document's streams (made once: its state is large). */
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);

  private static final byte[] EMC = "EMC\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARTIFACT_BMC = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAGINATION_BDC =
      "/Artifact<</Type/Pagination>>BDC\n".getBytes(StandardCharsets.US_ASCII);

  private static boolean white(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean isConstruction(String op) {
    return switch (op) {
      case "m", "l", "c", "v", "y", "h", "re" -> true;
      default -> false;
    };
  }

  private static boolean isPainting(String op) {
    return switch (op) {
      case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n" -> true;
      default -> false;
    };
  }

  /**
   * The slot whose chunk was drawn at {@code (x, y)} on page {@code page}, or an artifact: text
   * outside every chunk (pagination artifact in the top and bottom margins), or a repeated header
   * row shown again on a later page.
   */
  private Object textLabel(int page, float x, float y, Places places, float top) {
    Structure.Place best = places.at(x, y);
    if (best == null) {
      boolean margin = y > top - Styles.MARGIN_TOP || y < Styles.MARGIN_BOTTOM;
      return margin ? PAGINATION : ARTIFACT;
    }
    Structure.Slot slot = structure.slots.get(best.slot());
    Structure.Node once = slot.owner;
    while (once != null && !once.once) once = once.parent;
    if (once != null) {
      Integer first = firstPage.putIfAbsent(once, page);
      if (first != null && first != page) return PAGINATION;
    }
    return slot;
  }

  /** A page's places sorted by their bottom, to find the chunk drawn at a point. */
  private static final class Places {
    private final Structure.Place[] sorted;
    private final int[] order;
    private final float[] bottoms;
    private float tallest;

    Places(List<Structure.Place> places) {
      Integer[] idx = new Integer[places.size()];
      for (int i = 0; i < idx.length; i++) idx[i] = i;
      java.util.Arrays.sort(idx, (a, b) -> Float.compare(places.get(a).lly(), places.get(b).lly()));
      sorted = new Structure.Place[idx.length];
      order = new int[idx.length];
      bottoms = new float[idx.length];
      for (int i = 0; i < idx.length; i++) {
        Structure.Place p = places.get(idx[i]);
        sorted[i] = p;
        order[i] = idx[i];
        bottoms[i] = p.lly();
        tallest = Math.max(tallest, p.ury() - p.lly());
      }
    }

    /**
     * The place whose chunk was drawn at {@code (x, y)}: the nearest bottom among the boxes around
     * the point (the first laid out of equals), or null.
     */
    Structure.Place at(float x, float y) {
      // boxes around y have y - 4 <= lly and y <= ury + SLACK <= lly + tallest + SLACK
      float from = y - tallest - SLACK - 1f;
      float to = y + 5f;
      int lo = 0;
      int hi = bottoms.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (bottoms[mid] < from) lo = mid + 1;
        else hi = mid;
      }
      Structure.Place best = null;
      int bestOrder = Integer.MAX_VALUE;
      float distance = Float.MAX_VALUE;
      for (int i = lo; i < sorted.length && bottoms[i] <= to; i++) {
        Structure.Place p = sorted[i];
        if (x < p.llx() - SLACK || x > p.urx() + SLACK) continue;
        if (y < p.lly() - 4f || y > p.ury() + SLACK) continue;
        // a run starts inside its own chunk's box, and exactly where the chunk before it ends
        boolean inside = x >= p.llx() - 0.3f && x < p.urx() - 0.3f;
        float d = Math.abs(y - p.lly()) + (inside ? 0f : 3f);
        if (d < distance || (d == distance && order[i] < bestOrder)) {
          distance = d;
          best = p;
          bestOrder = order[i];
        }
      }
      return best;
    }
  }

  /** The content slot of {@code node} (its first, or a new one). */
  private Structure.Slot slotOf(Structure.Node node) {
    for (Object o : node.items) if (o instanceof Structure.Slot s) return s;
    Structure.Slot s = new Structure.Slot(structure.slots.size(), node);
    structure.slots.add(s);
    node.items.add(0, s);
    return s;
  }

  /** The Link element whose text lies under {@code link}, if any. */
  private Structure.Node linkAt(
      PDAnnotationLink link, List<Structure.Place> places, AffineTransform toPage) {
    PDRectangle r = link.getRectangle();
    if (r == null) return null;
    Point2D centre;
    try {
      centre =
          toPage.inverseTransform(
              new Point2D.Float(
                  r.getLowerLeftX() + r.getWidth() / 2, r.getLowerLeftY() + r.getHeight() / 2),
              null);
    } catch (NoninvertibleTransformException e) {
      return null;
    }
    float x = (float) centre.getX();
    float y = (float) centre.getY();
    for (Structure.Place p : places) {
      if (x < p.llx() - SLACK || x > p.urx() + SLACK) continue;
      if (y < p.lly() - 4f || y > p.ury() + 4f) continue;
      Structure.Node n = structure.slots.get(p.slot()).owner;
      while (n != null && !"Link".equals(n.type)) n = n.parent;
      if (n != null) return n;
    }
    return null;
  }

  private static String contents(Structure.Node owner, PDAnnotationLink link) {
    if (owner.contents != null && !owner.contents.isBlank()) return owner.contents;
    try {
      PDAction action = link.getAction();
      if (action instanceof PDActionURI uri && uri.getURI() != null) return uri.getURI();
    } catch (RuntimeException e) {
      // no readable action: a generic description
    }
    return "Lien";
  }

  // ---------------------------------------------------------------- structure tree

  /** The element of {@code node} and its descendants; null for an element left empty. */
  private COSDictionary element(
      Structure.Node node,
      COSDictionary parent,
      Map<Structure.Node, COSDictionary> elements,
      List<COSDictionary> pages) {
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, STRUCT_ELEM);
    d.setItem(COSName.S, COSName.getPDFName(node.type));
    d.setItem(COSName.P, parent);
    elements.put(node, d);
    COSArray k = new COSArray();
    for (Object item : node.items) {
      if (item instanceof Structure.Node child) {
        COSDictionary c = element(child, d, elements, pages);
        if (c != null) k.add(c);
      } else if (item instanceof Structure.Slot slot) {
        for (int[] mark : slotMarks.getOrDefault(slot.id, List.of())) {
          COSDictionary mcr = new COSDictionary();
          mcr.setDirect(true);
          mcr.setItem(COSName.TYPE, MCR);
          mcr.setItem(COSName.PG, pages.get(mark[0]));
          mcr.setInt(COSName.MCID, mark[1]);
          k.add(mcr);
        }
      }
    }
    for (COSDictionary[] a : linkAnnotations.getOrDefault(node, List.of())) {
      COSDictionary objr = new COSDictionary();
      objr.setDirect(true);
      objr.setItem(COSName.TYPE, OBJR);
      objr.setItem(COSName.OBJ, a[0]);
      objr.setItem(COSName.PG, a[1]);
      k.add(objr);
    }
    boolean structural =
        switch (node.type) {
          case "Document", "TD", "TH", "TR", "Table", "Note" -> true;
          default -> false;
        };
    if (k.size() == 0 && !structural && !node.image) {
      elements.remove(node);
      return null;
    }
    d.setItem(COSName.K, k);
    if (node.alt != null) d.setString(COSName.ALT, node.alt);
    if (node.id != null) d.setString(COSName.ID, node.id);
    COSDictionary a = new COSDictionary();
    a.setDirect(true);
    for (Map.Entry<String, Object> e : node.attributes.entrySet()) {
      if ("O".equals(e.getKey())) a.setItem(COSName.O, COSName.getPDFName((String) e.getValue()));
      else if (e.getValue() instanceof Integer i) a.setInt(COSName.getPDFName(e.getKey()), i);
      else a.setItem(COSName.getPDFName(e.getKey()), COSName.getPDFName((String) e.getValue()));
    }
    float[] box = figureBoxes.get(node);
    if (box != null) {
      a.setItem(COSName.O, COSName.getPDFName("Layout"));
      COSArray b = new COSArray();
      for (float f : box) b.add(new COSFloat(Math.round(f * 100f) / 100f));
      a.setItem(COSName.BBOX, b);
    }
    if (a.size() > 0) d.setItem(COSName.A, a);
    return d;
  }

  // ---------------------------------------------------------------- metadata

  /**
   * Removes the CIDSet of the embedded fonts: OpenPDF lists the glyphs used, where PDF/A-2 and
   * PDF/UA-1 want every glyph of the subset program (composite glyphs' parts included); both make
   * it optional, PDF/A-1 only required it.
   */
  private static void withoutCidSets(PDDocument doc) throws IOException {
    for (var o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
      if (o.getObject() instanceof COSDictionary d) d.removeItem(COSName.CID_SET);
    }
  }

  private static final String UA_SCHEMA =
      "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
          + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
          + "<rdf:Description rdf:about=\"\""
          + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
          + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
          + "</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";

  /** The XMP packet names PDF/A-2a and PDF/UA-1 (the rest as OpenPDF wrote it). */
  private static void metadata(PDDocument doc) throws IOException {
    var metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) return;
    String xmp;
    try (InputStream in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    xmp =
        xmp.replace(
                "<pdfaid:conformance>B</pdfaid:conformance><pdfaid:part>1</pdfaid:part>",
                "<pdfaid:conformance>A</pdfaid:conformance><pdfaid:part>2</pdfaid:part>")
            .replace("</rdf:RDF>", UA_SCHEMA + "</rdf:RDF>");
    COSStream stream = metadata.getCOSObject();
    try (OutputStream os = stream.createOutputStream()) {
      os.write(xmp.getBytes(StandardCharsets.UTF_8));
    }
  }
}

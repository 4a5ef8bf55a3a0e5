package fr.fejdoc.write.pdf;

import fr.fejdoc.write.Compression;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PageContentWriter;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The writer of a tagged PDF (PDF/UA-1, PDF/A-2a), in one pass: as OpenPDF hands over each page's
 * content, every piece of it is marked either as the content of the structure element whose text
 * was drawn there (from the places {@link Structure} recorded while the page was laid out) or as an
 * artifact (running header and footer, page numbers, rules, borders, shading, the draft band), and
 * the page's link annotations get their place in the structure; after the last page, the structure
 * tree and its parent tree are added to the catalog. The pages' appearance is unchanged: marks only
 * are inserted in their content, which is then compressed once. Object streams and a
 * cross-reference stream (PDF 1.5, allowed by PDF/A-2) keep the many small structure objects small.
 */
final class Tagging extends PageContentWriter {
  private static final PdfName ARTIFACT = new PdfName("Artifact");
  private static final PdfName PAGINATION = new PdfName("Pagination");
  private static final PdfName MCR = new PdfName("MCR");
  private static final PdfName OBJR = new PdfName("OBJR");
  private static final PdfName STRUCT_ELEM = new PdfName("StructElem");
  private static final PdfName STRUCT_TREE_ROOT = new PdfName("StructTreeRoot");
  private static final PdfName STRUCT_PARENT = new PdfName("StructParent");
  private static final PdfName STRUCT_PARENTS = new PdfName("StructParents");
  private static final PdfName PARENT_TREE = new PdfName("ParentTree");
  private static final PdfName PARENT_TREE_NEXT_KEY = new PdfName("ParentTreeNextKey");
  private static final PdfName MCID = new PdfName("MCID");
  private static final PdfName PG = new PdfName("Pg");
  private static final PdfName OBJ = new PdfName("Obj");
  private static final PdfName NUMS = new PdfName("Nums");

  /** Tolerance around a chunk's box, in points: superscripts, subscripts, rounding. */
  private static final float SLACK = 1.5f;

  private final Structure structure;

  /** Marks of each slot: page and MCID. */
  private final Map<Integer, List<int[]>> slotMarks = new HashMap<>();

  /** First page on which each repeated-content element was shown. */
  private final Map<Structure.Node, Integer> firstPage = new IdentityHashMap<>();

  /** Link annotations given to each Link element, with their page (0-based). */
  private final Map<Structure.Node, List<Object[]>> linkAnnotations = new IdentityHashMap<>();

  /** Bounding box of each figure's image (default user space) and its page. */
  private final Map<Structure.Node, float[]> figureBoxes = new IdentityHashMap<>();

  /**
   * The parent tree's entries in the order of their keys: a page's owners of its MCIDs (a list of
   * slots) or a link annotation's element (a node).
   */
  private final List<Object> parents = new ArrayList<>();

  /** Link elements made for links over no tagged text. */
  private Structure.Node orphanLinks;

  private int nextFigure;

  /** Index in {@link Structure#places} of the first place not yet given to a page. */
  private int placesSeen;

  /** The fonts and images of the page being marked, by resource name. */
  private final Map<String, ContentScan.Font> fonts = new HashMap<>();

  private final ContentScan.Resources resources =
      new ContentScan.Resources() {
        @Override
        public ContentScan.Font font(String name) {
          ContentScan.Font f = fonts.get(name);
          if (f == null) {
            BaseFont base = Tagging.this.font(new PdfName(name));
            if (base == null) return null;
            boolean composite = composite(base);
            f =
                new ContentScan.Font(composite) {
                  @Override
                  float width(int code) {
                    return Tagging.width(base, code);
                  }
                };
            fonts.put(name, f);
          }
          return f;
        }

        @Override
        public boolean image(String name) {
          return Tagging.this.image(new PdfName(name));
        }
      };

  /**
   * A writer of {@code document} into {@code os}, tagged after {@code structure} (which must also
   * be one of its page events, so that it sees where chunks land), in language {@code lang}.
   */
  Tagging(Document document, OutputStream os, Structure structure, String lang)
      throws DocumentException {
    super(document, os);
    this.structure = structure;
    setPDFXConformance(PdfWriter.PDFA2A);
    setFullCompression();
    setCompressionLevel(Compression.LEVEL);
    getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
    setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter writer, Document d) {
            plainNextPage(); // the page's content is built next, read here at once
          }
        });
  }

  /**
   * The XMP packet: OpenPDF's (document information, PDF/A-2a identification) with the PDF/UA-1
   * identification and its extension schema. To be called once the document is open.
   */
  void xmp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      new XmpWriter(out, getInfo(), PdfWriter.PDFA2A).close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String xmp =
        out.toString(StandardCharsets.UTF_8).replace("</rdf:RDF>", UA_SCHEMA + "</rdf:RDF>");
    setXmpMetadata(xmp.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- page content

  @Override
  protected byte[] pageContent(
      PdfDictionary page, float[] box, int rotation, byte[] content, List<PdfAnnotation> links) {
    // no time check here: pages are made inside OpenPDF's calls (Blocks checks between blocks)
    int index = getCurrentPageNumber() - 1;
    List<Structure.Place> places = new ArrayList<>();
    List<Structure.Place> all = structure.places;
    for (int i = placesSeen; i < all.size(); i++) {
      Structure.Place p = all.get(i);
      if (p.page() == index) places.add(p);
    }
    placesSeen = all.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + content.length / 3);
    List<Structure.Slot> owners = new ArrayList<>();
    AffineTransform toPage = markPage(content, box, rotation, index, places, owners, out);
    page.put(STRUCT_PARENTS, new PdfNumber(parents.size()));
    parents.add(owners);
    if (!links.isEmpty()) page.put(PdfName.TABS, PdfName.S);
    // link annotations: each goes to the Link element whose text lies under it
    for (PdfAnnotation a : links) {
      Structure.Node owner = linkAt(a, places, toPage);
      if (owner == null) {
        if (orphanLinks == null) orphanLinks = new Structure.Node("Div", structure.root);
        owner = new Structure.Node("Link", orphanLinks);
        orphanLinks.items.add(owner);
      }
      if (!(a.get(PdfName.CONTENTS) instanceof PdfString s) || s.toUnicodeString().isBlank())
        a.put(PdfName.CONTENTS, new PdfString(contents(owner, a), PdfObject.TEXT_UNICODE));
      // PDF/A-2: an annotation is printed with the page
      if (!(a.get(PdfName.F) instanceof PdfNumber))
        a.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
      a.put(STRUCT_PARENT, new PdfNumber(parents.size()));
      parents.add(owner);
      linkAnnotations
          .computeIfAbsent(owner, k -> new ArrayList<>())
          .add(new Object[] {a.getIndirectReference(), index});
    }
    return out.toByteArray();
  }

  /**
   * Marks {@code content} into {@code out}; returns the transformation from layout coordinates
   * (where OpenPDF reported chunks) to the page's default user space (a turned page is drawn
   * rotated). The marks are inserted into the stream's bytes before the operators they enclose;
   * nothing else of the stream changes.
   */
  private AffineTransform markPage(
      byte[] content,
      float[] box,
      int rotation,
      int index,
      List<Structure.Place> places,
      List<Structure.Slot> owners,
      ByteArrayOutputStream out) {
    ContentScan scan = ContentScan.scan(content, resources);
    double[] m = scan.base;
    AffineTransform toPage = new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
    AffineTransform toLayout;
    try {
      toLayout = toPage.createInverse();
    } catch (NoninvertibleTransformException e) {
      toLayout = new AffineTransform();
    }
    float top = box[3] - box[1];
    float width = box[2] - box[0];
    if (rotation % 180 != 0) {
      float t = top;
      top = width;
      width = t;
    }
    Places indexed = new Places(places);
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
      if (closeHere || open != null) out.writeBytes(EMC);
      if (!change) continue;
      if (label instanceof Structure.Slot s) {
        int mcid = owners.size();
        out.write('/');
        out.writeBytes(s.owner.type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(("<</MCID " + mcid + ">>BDC\n").getBytes(StandardCharsets.US_ASCII));
        slotMarks.computeIfAbsent(s.id, k -> new ArrayList<>()).add(new int[] {index, mcid});
        owners.add(s);
      } else if (label == PAGINATION) {
        out.writeBytes(PAGINATION_BDC);
      } else {
        out.writeBytes(ARTIFACT_BMC);
      }
      open = label;
    }
    out.write(content, copied, content.length - copied);
    if (open != null) {
      if (content.length > 0 && !white(content[content.length - 1])) out.write('\n');
      out.writeBytes(EMC);
    }
    return toPage;
  }

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
      PdfAnnotation link, List<Structure.Place> places, AffineTransform toPage) {
    if (!(link.get(PdfName.RECT) instanceof PdfArray r) || r.size() != 4) return null;
    float[] c = new float[4];
    for (int i = 0; i < 4; i++) {
      if (!(r.getPdfObject(i) instanceof PdfNumber n)) return null;
      c[i] = n.floatValue();
    }
    float llx = Math.min(c[0], c[2]);
    float lly = Math.min(c[1], c[3]);
    Point2D centre;
    try {
      centre =
          toPage.inverseTransform(
              new Point2D.Float(llx + Math.abs(c[2] - c[0]) / 2, lly + Math.abs(c[3] - c[1]) / 2),
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

  private static String contents(Structure.Node owner, PdfAnnotation link) {
    if (owner.contents != null && !owner.contents.isBlank()) return owner.contents;
    if (link.get(PdfName.A) instanceof PdfDictionary action
        && PdfName.URI.equals(action.get(PdfName.S))
        && action.get(PdfName.URI) instanceof PdfString uri) return uri.toUnicodeString();
    return "Lien";
  }

  // ---------------------------------------------------------------- structure tree

  /**
   * The output intent's colour profile is the same in every document: stored here, it is deflated
   * once for all of them as it is added ({@link #deflateStored}).
   */
  @Override
  public void setOutputIntents(
      String outputConditionIdentifier,
      String outputCondition,
      String registryName,
      String info,
      java.awt.color.ICC_Profile colorProfile)
      throws IOException {
    setCompressionLevel(PdfStream.NO_COMPRESSION);
    try {
      super.setOutputIntents(
          outputConditionIdentifier, outputCondition, registryName, info, colorProfile);
    } finally {
      setCompressionLevel(Compression.LEVEL);
    }
  }

  @Override
  protected byte[] deflateStored(byte[] plain) {
    return SharedStreams.deflate(plain, Compression.LEVEL);
  }

  @Override
  protected void beforeClose() throws IOException {
    if (orphanLinks != null) structure.root.items.add(orphanLinks);
    Map<Structure.Node, PdfIndirectReference> elements = new IdentityHashMap<>();
    PdfIndirectReference treeRoot = getPdfIndirectReference();
    Ref rootRef = new Ref(treeRoot);
    PdfIndirectReference document = element(structure.root, rootRef, elements);
    PdfDictionary root = new PdfDictionary(STRUCT_TREE_ROOT);
    PdfArray kids = new PdfArray();
    if (document != null) kids.add(document);
    root.put(PdfName.K, kids);
    PdfArray nums = new PdfArray();
    for (int key = 0; key < parents.size(); key++) {
      Object entry = parents.get(key);
      nums.add(new PdfNumber(key));
      if (entry instanceof Structure.Node owner) nums.add(orNull(elements.get(owner)));
      else {
        PdfArray owners = new PdfArray();
        for (Object s : (List<?>) entry)
          owners.add(orNull(elements.get(((Structure.Slot) s).owner)));
        nums.add(owners);
      }
    }
    PdfDictionary parentTree = new PdfDictionary();
    parentTree.put(NUMS, nums);
    root.put(PARENT_TREE, parentTree);
    root.put(PARENT_TREE_NEXT_KEY, new PdfNumber(parents.size()));
    addToBody(root, treeRoot);
    getExtraCatalog().put(PdfName.STRUCTTREEROOT, treeRoot);
    PdfDictionary markInfo = new PdfDictionary();
    markInfo.put(PdfName.MARKED, PdfBoolean.PDFTRUE);
    getExtraCatalog().put(PdfName.MARKINFO, markInfo);
  }

  private static PdfObject orNull(PdfIndirectReference ref) {
    return ref == null ? org.openpdf.text.pdf.PdfNull.PDFNULL : ref;
  }

  /** Names of element types and attributes, made once per document (a few dozen). */
  private final Map<String, PdfName> names = new HashMap<>();

  private PdfName name(String name) {
    return names.computeIfAbsent(name, PdfName::new);
  }

  /** The reference of an element, made when a kept child first needs it. */
  private final class Ref {
    private PdfIndirectReference ref;

    Ref(PdfIndirectReference ref) {
      this.ref = ref;
    }

    Ref() {}

    PdfIndirectReference get() {
      if (ref == null) ref = getPdfIndirectReference();
      return ref;
    }
  }

  /** The element of {@code node} and its descendants; null for an element left empty. */
  private PdfIndirectReference element(
      Structure.Node node, Ref parent, Map<Structure.Node, PdfIndirectReference> elements)
      throws IOException {
    Ref self = new Ref();
    PdfArray k = new PdfArray();
    for (Object item : node.items) {
      if (item instanceof Structure.Node child) {
        PdfIndirectReference c = element(child, self, elements);
        if (c != null) k.add(c);
      } else if (item instanceof Structure.Slot slot) {
        for (int[] mark : slotMarks.getOrDefault(slot.id, List.of())) {
          PdfDictionary mcr = new PdfDictionary(MCR);
          mcr.put(PG, getPageReference(mark[0] + 1));
          mcr.put(MCID, new PdfNumber(mark[1]));
          k.add(mcr);
        }
      }
    }
    for (Object[] a : linkAnnotations.getOrDefault(node, List.of())) {
      PdfDictionary objr = new PdfDictionary(OBJR);
      objr.put(OBJ, (PdfIndirectReference) a[0]);
      objr.put(PG, getPageReference((Integer) a[1] + 1));
      k.add(objr);
    }
    boolean structural =
        switch (node.type) {
          case "Document", "TD", "TH", "TR", "Table", "Note" -> true;
          default -> false;
        };
    if (k.isEmpty() && !structural && !node.image) return null;
    PdfDictionary d = new PdfDictionary(STRUCT_ELEM);
    d.put(PdfName.S, name(node.type));
    d.put(PdfName.P, parent.get());
    d.put(PdfName.K, k);
    if (node.alt != null) d.put(PdfName.ALT, new PdfString(node.alt, PdfObject.TEXT_UNICODE));
    if (node.id != null) d.put(PdfName.ID, new PdfString(node.id, PdfObject.TEXT_UNICODE));
    PdfDictionary a = new PdfDictionary();
    for (Map.Entry<String, Object> e : node.attributes.entrySet()) {
      if ("O".equals(e.getKey())) a.put(PdfName.O, name((String) e.getValue()));
      else if (e.getValue() instanceof Integer i) a.put(name(e.getKey()), new PdfNumber(i));
      else a.put(name(e.getKey()), name((String) e.getValue()));
    }
    float[] box = figureBoxes.get(node);
    if (box != null) {
      a.put(PdfName.O, new PdfName("Layout"));
      PdfArray b = new PdfArray();
      for (float f : box) b.add(new PdfNumber(Math.round(f * 100f) / 100f));
      a.put(PdfName.BBOX, b);
    }
    if (a.size() > 0) d.put(PdfName.A, a);
    PdfIndirectReference ref = self.get();
    addToBody(d, ref);
    elements.put(node, ref);
    return ref;
  }

  // ---------------------------------------------------------------- metadata

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
}

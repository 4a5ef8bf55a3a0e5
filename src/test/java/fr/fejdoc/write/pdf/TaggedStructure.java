package fr.fejdoc.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The structure tree of a tagged PDF read back with PDFBox: every element in reading order with its
 * depth, attributes and the text of the marked content it holds (its own and its descendants').
 */
final class TaggedStructure {
  /** A structure element as read back. */
  record Element(
      String type,
      int depth,
      String text,
      String alt,
      String id,
      Map<String, String> attributes,
      List<PDAnnotation> annotations) {}

  final List<Element> elements = new ArrayList<>();

  /** The text outside every element: artifacts (running header and footer, page numbers). */
  final StringBuilder artifacts = new StringBuilder();

  private final Map<COSDictionary, Map<Integer, String>> marked = new IdentityHashMap<>();

  TaggedStructure(PDDocument doc) {
    try {
      for (PDPage p : doc.getPages()) {
        PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
        x.processPage(p);
        Map<Integer, String> m = new HashMap<>();
        for (PDMarkedContent mc : x.getMarkedContents()) collect(mc, m);
        marked.put(p.getCOSObject(), m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var root = doc.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) walk(root.getKids(), 0);
  }

  List<Element> ofType(String type) {
    return elements.stream().filter(e -> e.type().equals(type)).toList();
  }

  private void collect(PDMarkedContent mc, Map<Integer, String> m) {
    StringBuilder b = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) b.append(t.getUnicode());
      else if (o instanceof PDMarkedContent inner) collect(inner, m);
    }
    if (mc.getMCID() >= 0) m.put(mc.getMCID(), b.toString());
    else if ("Artifact".equals(mc.getTag())) artifacts.append(b).append('\n');
  }

  /** Walks {@code kids}; returns their text. */
  private String walk(List<Object> kids, int depth) {
    StringBuilder text = new StringBuilder();
    for (Object k : kids) {
      if (k instanceof PDStructureElement e) {
        int at = elements.size();
        elements.add(null);
        List<PDAnnotation> annotations = new ArrayList<>();
        for (Object o : e.getKids()) {
          if (o instanceof PDObjectReference r && r.getReferencedObject() instanceof PDAnnotation a)
            annotations.add(a);
        }
        String inner = walk(e.getKids(), depth + 1);
        Map<String, String> attributes = new HashMap<>();
        COSBase a = e.getCOSObject().getDictionaryObject(COSName.A);
        if (a instanceof COSDictionary d) {
          for (COSName key : d.keySet())
            attributes.put(key.getName(), value(d.getDictionaryObject(key)));
        }
        elements.set(
            at,
            new Element(
                e.getStructureType(),
                depth,
                Pdfs.normalise(inner).strip(),
                e.getAlternateDescription(),
                e.getElementIdentifier(),
                attributes,
                annotations));
        text.append(inner);
      } else if (k instanceof PDMarkedContentReference r) {
        Map<Integer, String> page =
            r.getPage() == null ? null : marked.get(r.getPage().getCOSObject());
        String t = page == null ? null : page.get(r.getMCID());
        if (t != null) text.append(t);
      } else if (k instanceof Integer mcid) {
        text.append(""); // an MCID without its page: not written by fejdoc
      }
    }
    return text.toString();
  }

  private static String value(COSBase b) {
    if (b instanceof COSName n) return n.getName();
    if (b instanceof org.apache.pdfbox.cos.COSInteger i) return String.valueOf(i.intValue());
    return String.valueOf(b);
  }
}

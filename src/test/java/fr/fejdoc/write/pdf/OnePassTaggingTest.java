package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/**
 * The tagged PDF as Tagging writes it in one pass with OpenPDF: PDF 1.7 with object streams and a
 * cross-reference stream, every page and link annotation keyed in the parent tree, links printable
 * and described, no CIDSet (PDF/A-2), the XMP naming PDF/A-2a and PDF/UA-1; the untagged PDF/A-1b
 * layout keeps its CIDSets.
 */
class OnePassTaggingTest {

  @Test
  void writesTheTaggedFileInOnePass() throws IOException {
    Examples.Example e = Examples.get("AP1_027", "restitution");
    byte[] pdf = new PdfWriter().write(e.doc().doc(), e.resources());
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF-1.7");
    assertThat(raw).containsPattern("/Type ?/XRef").containsPattern("/Type ?/ObjStm");
    try (PDDocument doc = Pdfs.load(pdf)) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      COSDictionary root = (COSDictionary) catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT);
      COSArray nums =
          (COSArray)
              ((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE))
                  .getDictionaryObject(COSName.NUMS);
      Set<Integer> keys = new HashSet<>();
      int previous = -1;
      for (int i = 0; i < nums.size(); i += 2) {
        int key = ((COSNumber) nums.getObject(i)).intValue();
        assertThat(key).isGreaterThan(previous); // keys in ascending order
        previous = key;
        keys.add(key);
      }
      assertThat(root.getInt(COSName.PARENT_TREE_NEXT_KEY)).isEqualTo(previous + 1);
      int links = 0;
      Set<Integer> used = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS);
        assertThat(keys).contains(key);
        assertThat(used.add(key)).isTrue();
        for (PDAnnotation a : page.getAnnotations()) {
          if (!(a instanceof PDAnnotationLink)) continue;
          links++;
          assertThat(keys).contains(a.getStructParent());
          assertThat(used.add(a.getStructParent())).isTrue();
          assertThat(a.isPrinted()).isTrue();
          assertThat(a.getContents()).isNotBlank();
        }
        if (!page.getAnnotations().isEmpty())
          assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")))
              .isEqualTo(COSName.S);
      }
      assertThat(links).isPositive();
      assertThat(used).isEqualTo(keys);
      assertThat(cidSets(doc)).isZero();
      String xmp;
      try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(xmp)
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>A</pdfaid:conformance>")
          .contains("<pdfuaid:part>1</pdfuaid:part>");
      assertThat(catalog.getString(COSName.LANG)).isEqualTo("fr-FR");
    }
  }

  @Test
  void theUntaggedLayoutKeepsItsCidSets() {
    Examples.Example e = Examples.get("AP1_027", "restitution");
    byte[] pdf = new PdfRenderer(e.doc().doc(), e.resources(), true, null, false).render().bytes();
    try (PDDocument doc = Pdfs.load(pdf)) {
      assertThat(cidSets(doc)).isPositive(); // PDF/A-1b requires them
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }

  private static int cidSets(PDDocument doc) {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      COSDictionary fonts =
          (COSDictionary) page.getResources().getCOSObject().getDictionaryObject(COSName.FONT);
      if (fonts == null) continue;
      for (COSName name : fonts.keySet()) {
        COSDictionary font = (COSDictionary) deref(fonts.getDictionaryObject(name));
        COSArray kids = (COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS);
        COSDictionary cid = (COSDictionary) deref(kids.getObject(0));
        COSDictionary descriptor = (COSDictionary) cid.getDictionaryObject(COSName.FONT_DESC);
        if (descriptor.containsKey(COSName.CID_SET)) n++;
      }
    }
    return n;
  }

  private static COSBase deref(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }
}

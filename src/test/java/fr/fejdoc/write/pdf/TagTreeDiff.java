package fr.fejdoc.write.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Compares the tagging of two writes of the same documents: for every element of the structure tree
 * in reading order, its type, depth, alternate text, identifier, attributes, number of marked
 * contents (MCIDs) and of annotations, and the text those marked contents hold; per page, the
 * number of MCIDs its parent-tree entry lists and of text runs marked as artifacts. Used to check
 * that tagging while OpenPDF writes gives the tree the PDFBox post-pass gave:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) fr.fejdoc.write.pdf.TagTreeDiff OLD NEW
 * </pre>
 *
 * compares every PDF under directory OLD with the one at the same path under NEW; exit code 1 on a
 * difference.
 */
final class TagTreeDiff {
  private TagTreeDiff() {}

  /** One line per element and per page: what must stay the same. */
  static List<String> summary(byte[] pdf) {
    try (PDDocument doc = Pdfs.load(pdf)) {
      List<String> out = new ArrayList<>();
      TaggedStructure tree = new TaggedStructure(doc);
      List<int[]> counts = new ArrayList<>();
      var root = doc.getDocumentCatalog().getStructureTreeRoot();
      if (root != null) count(root.getCOSObject().getDictionaryObject(COSName.K), counts, 0);
      int i = 0;
      for (TaggedStructure.Element e : tree.elements) {
        int[] c = i < counts.size() ? counts.get(i) : new int[2];
        i++;
        out.add(
            "  ".repeat(e.depth())
                + e.type()
                + " mcids="
                + c[0]
                + " annots="
                + c[1]
                + (e.alt() == null ? "" : " alt=" + e.alt())
                + (e.id() == null ? "" : " id=" + e.id())
                + (e.attributes().isEmpty() ? "" : " " + new TreeMap<>(e.attributes()))
                + " «"
                + e.text()
                + "»");
      }
      if (counts.size() != tree.elements.size())
        out.add("elements " + tree.elements.size() + " counted " + counts.size());
      int p = 0;
      for (PDPage page : doc.getPages()) {
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS);
        int mcids = -1;
        if (root != null && root.getParentTree() != null) {
          COSBase v = parentTreeValue(root.getCOSObject(), key);
          if (v instanceof COSArray a) mcids = a.size();
        }
        out.add("page " + p++ + " mcids=" + mcids + " annots=" + page.getAnnotations().size());
      }
      out.add("artifacts «" + Pdfs.normalise(tree.artifacts.toString()) + "»");
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Per element in document order (as TaggedStructure walks): MCIDs and OBJRs among its kids. */
  private static void count(COSBase k, List<int[]> counts, int depth) {
    if (depth > 200) return;
    k = deref(k);
    List<COSBase> kids = new ArrayList<>();
    if (k instanceof COSArray a) for (COSBase b : a) kids.add(deref(b));
    else if (k != null) kids.add(k);
    for (COSBase kid : kids) {
      if (!(kid instanceof COSDictionary d)) continue;
      COSName type = d.getCOSName(COSName.TYPE);
      if (COSName.getPDFName("MCR").equals(type) || COSName.getPDFName("OBJR").equals(type))
        continue;
      if (d.getDictionaryObject(COSName.S) == null) continue;
      int[] c = new int[2];
      counts.add(c);
      COSBase sub = deref(d.getDictionaryObject(COSName.K));
      List<COSBase> subs = new ArrayList<>();
      if (sub instanceof COSArray a) for (COSBase b : a) subs.add(deref(b));
      else if (sub != null) subs.add(sub);
      for (COSBase s : subs) {
        if (s instanceof COSNumber) c[0]++;
        else if (s instanceof COSDictionary sd) {
          COSName t = sd.getCOSName(COSName.TYPE);
          if (COSName.getPDFName("MCR").equals(t)) c[0]++;
          else if (COSName.getPDFName("OBJR").equals(t)) c[1]++;
        }
      }
      count(sub, counts, depth + 1);
    }
  }

  /** The value of {@code key} in the parent tree (a flat /Nums or one level of /Kids). */
  private static COSBase parentTreeValue(COSDictionary root, int key) {
    COSBase tree = deref(root.getDictionaryObject(COSName.PARENT_TREE));
    List<COSDictionary> nodes = new ArrayList<>();
    if (tree instanceof COSDictionary t) nodes.add(t);
    for (int n = 0; n < nodes.size() && n < 10_000; n++) {
      COSDictionary node = nodes.get(n);
      if (deref(node.getDictionaryObject(COSName.NUMS)) instanceof COSArray nums) {
        for (int i = 0; i + 1 < nums.size(); i += 2) {
          if (deref(nums.get(i)) instanceof COSNumber k && k.intValue() == key)
            return deref(nums.get(i + 1));
        }
      }
      if (deref(node.getDictionaryObject(COSName.KIDS)) instanceof COSArray kids)
        for (COSBase kid : kids) if (deref(kid) instanceof COSDictionary d) nodes.add(d);
    }
    return null;
  }

  private static COSBase deref(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }

  /** The first line where {@code a} and {@code b} differ, or null. */
  static String firstDifference(List<String> a, List<String> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "(none)";
      String y = i < b.size() ? b.get(i) : "(none)";
      if (!x.equals(y)) return "line " + i + ":\n  old " + x + "\n  new " + y;
    }
    return null;
  }

  public static void main(String[] args) throws IOException {
    Path old = Path.of(args[0]);
    Path now = Path.of(args[1]);
    int files = 0;
    int elements = 0;
    int differ = 0;
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(old)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    for (Path p : pdfs) {
      Path other = now.resolve(old.relativize(p).toString());
      List<String> a = summary(Files.readAllBytes(p));
      List<String> b = Files.exists(other) ? summary(Files.readAllBytes(other)) : List.of();
      files++;
      elements += a.size();
      String d = firstDifference(a, b);
      if (d != null) {
        differ++;
        System.out.println("DIFFERENT " + old.relativize(p) + " " + d);
      }
    }
    System.out.println(files + " PDFs, " + elements + " lines compared, " + differ + " different");
    if (differ > 0) System.exit(1);
  }
}

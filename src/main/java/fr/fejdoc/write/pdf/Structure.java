package fr.fejdoc.write.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The logical structure of a document being laid out (PDF/UA): a tree of structure elements
 * (Document, Sect, H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure, Note, Link, BlockQuote…) built
 * in the order the document tree is walked, which is the reading order. Every chunk of text laid
 * out carries, as its generic tag, the content slot of the element open when it was made; while the
 * pages are drawn, OpenPDF reports where each such chunk lands ({@link #onGenericTag}), and {@link
 * Tagging} then marks the page content at those places as that element's content. Text drawn
 * without a slot (running header and footer, page numbers, draft band) becomes an artifact.
 */
final class Structure extends PdfPageEventHelper {
  /** Prefix of the generic tags this class gives, so that no other tag is taken for one. */
  static final String TAG = "fejdoc-s:";

  /** A structure element. */
  static final class Node {
    final String type;
    final Node parent;

    /** Child elements and content slots, in reading order. */
    final List<Object> items = new ArrayList<>();

    /** Attributes of the Table, List or Layout owner (Scope, ColSpan, RowSpan…). */
    final Map<String, Object> attributes = new LinkedHashMap<>();

    /** Alternate description (Figure), annotation text (Link), element identifier (Note). */
    String alt;

    String contents;
    String id;

    /** Content shown again on later pages (repeated header rows): only the first is content. */
    boolean once;

    /** A figure whose image is drawn: it takes the next image painted on the pages. */
    boolean image;

    Node(String type, Node parent) {
      this.type = type;
      this.parent = parent;
    }
  }

  /** A run of an element's own content between two of its children. */
  static final class Slot {
    final int id;
    final Node owner;

    Slot(int id, Node owner) {
      this.id = id;
      this.owner = owner;
    }
  }

  /** Where a tagged chunk was drawn: page (0-based) and its box in layout coordinates. */
  record Place(int page, float llx, float lly, float urx, float ury, int slot) {}

  final Node root = new Node("Document", null);
  final List<Slot> slots = new ArrayList<>();
  final List<Place> places = new ArrayList<>();
  final List<Node> figures = new ArrayList<>();
  private final Deque<Node> stack = new ArrayDeque<>();
  private int lastHeading;

  Structure() {
    stack.push(root);
  }

  Node current() {
    return stack.peek();
  }

  /** Opens an element of {@code type} as the last child of the current one. */
  Node open(String type) {
    Node n = new Node(type, current());
    current().items.add(n);
    stack.push(n);
    return n;
  }

  /**
   * Opens a heading of {@code level} (1–6): levels never skip one going down (PDF/UA), so a heading
   * is at most one level below the previous heading.
   */
  Node heading(int level) {
    int l = Math.max(1, Math.min(6, Math.min(level, lastHeading + 1)));
    lastHeading = l;
    return open("H" + l);
  }

  /** Closes {@code n} (and anything left open inside it). */
  void close(Node n) {
    if (n == null || !stack.contains(n)) return;
    while (stack.peek() != n) stack.pop();
    stack.pop();
  }

  /** The tag of the current element's content at this point: a new slot after a child. */
  String leaf() {
    Node n = current();
    Object last = n.items.isEmpty() ? null : n.items.get(n.items.size() - 1);
    Slot s;
    if (last instanceof Slot slot) s = slot;
    else {
      s = new Slot(slots.size(), n);
      slots.add(s);
      n.items.add(s);
    }
    return TAG + s.id;
  }

  /** Gives {@code c} the current element's content tag. */
  void tag(Chunk c) {
    c.setGenericTag(leaf());
  }

  /** A figure drawn from an image: the image painted next on the pages is its content. */
  void figureImage(Node figure) {
    figure.image = true;
    figures.add(figure);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (text == null || !text.startsWith(TAG)) return;
    int slot;
    try {
      slot = Integer.parseInt(text.substring(TAG.length()));
    } catch (NumberFormatException e) {
      return;
    }
    if (slot < 0 || slot >= slots.size()) return;
    places.add(
        new Place(
            writer.getPageNumber() - 1,
            rect.getLeft(),
            rect.getBottom(),
            rect.getRight(),
            rect.getTop(),
            slot));
  }
}

package fr.fejdoc.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading written PDFs back with PDFBox. */
final class Pdfs {
  private Pdfs() {}

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page, spaces normalised (no-break spaces become spaces, runs collapse). */
  static List<String> pages(PDDocument doc) {
    try {
      List<String> out = new ArrayList<>();
      PDFTextStripper s = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        s.setStartPage(i);
        s.setEndPage(i);
        out.add(normalise(s.getText(doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(PDDocument doc) {
    return String.join("\n", pages(doc));
  }

  static String normalise(String s) {
    return s.replace('\u202F', ' ')
        .replace('\u00A0', ' ')
        .replace('\u2019', '\'')
        .replaceAll("[ \\t]+", " ")
        .replaceAll(" *\\r?\\n *", "\n");
  }

  /** Every bookmark's title, depth first, with its depth (1 = top). */
  static List<String> outline(PDDocument doc) {
    List<String> out = new ArrayList<>();
    if (doc.getDocumentCatalog().getDocumentOutline() != null)
      walk(doc.getDocumentCatalog().getDocumentOutline(), 1, out);
    return out;
  }

  private static void walk(PDOutlineNode node, int depth, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add("  ".repeat(depth - 1) + item.getTitle());
      walk(item, depth + 1, out);
    }
  }
}

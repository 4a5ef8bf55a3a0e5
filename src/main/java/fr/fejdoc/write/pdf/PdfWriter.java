package fr.fejdoc.write.pdf;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.util.Objects;

/**
 * Writes a document as a print-ready, tagged PDF/UA-1 and PDF/A-2a file with OpenPDF (structure
 * tree in the document tree's order, artifacts for the running header and footer): A4 (landscape
 * pages for wide tables), embedded Liberation fonts, running header and footer with page numbers,
 * bookmarks from the sections, clickable links, footnotes at the end of each top-level section.
 * Same tree and resources → same bytes (dates from {@code SOURCE_DATE_EPOCH} or the {@code
 * fejdoc.sourceDateEpoch} property, else 2000-01-01).
 */
public final class PdfWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new PdfRenderer(doc, resources, true).render().bytes();
  }
}

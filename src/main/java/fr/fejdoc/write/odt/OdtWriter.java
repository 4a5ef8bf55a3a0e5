package fr.fejdoc.write.odt;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.util.Objects;

/**
 * Writes a document as an OpenDocument text (ODT, ODF 1.3), for LibreOffice and the
 * administrations' office suites: headings with outline levels (navigator, table of contents), the
 * tree's paragraph styles under French names, lists, tables with covered cells and repeated header
 * rows, footnotes, images with their alternative text, landscape pages for landscape tables,
 * running header and footer with page fields, the draft mark. The XML is written directly (no DOM),
 * so the same tree and resources give the same bytes (dates from SOURCE_DATE_EPOCH).
 */
public final class OdtWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "odt";
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new OdtRenderer(resources).render(doc);
  }
}

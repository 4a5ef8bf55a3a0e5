package fr.fejdoc.write.docx;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.util.Objects;

/**
 * Writes a document as an editable Word file (Office Open XML, its WordprocessingML parts written
 * directly, as the ODT writer writes its XML; POI is used only to read DOCX): real styles (Heading
 * 1–6 for sections, French-named styles for the tree's paragraph styles), lists on real numbering,
 * tables with repeated header rows and merged cells, footnotes, images, running header and footer
 * with page fields, landscape and two-column sections. Walks the tree and nothing else. Same tree
 * and resources → same bytes (fixed dates and zip entry times).
 */
public final class DocxWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new DocxRenderer(resources).render(doc);
  }
}

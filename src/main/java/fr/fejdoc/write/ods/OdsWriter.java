package fr.fejdoc.write.ods;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Writes the tables of a document as an OpenDocument spreadsheet (ODS), its XML written directly
 * (no DOM): one sheet per table as the XLSX edition, typed cells (float, currency in euros,
 * percentage) from the tree's typed figures, totals and shares as live formulas with their computed
 * value cached, merged cells as covered cells placed by {@link fr.fejdoc.document.TableGrid},
 * column widths, shaded and repeated header rows. Text is always a string cell, never a formula («
 * =HYPERLINK(…) » stays text). Same tree → same bytes.
 */
public final class OdsWriter implements DocumentWriter {
  private final Predicate<String> documents;

  /** A writer for every document. */
  public OdsWriter() {
    this(name -> true);
  }

  /** A writer for the documents whose name (file stem) {@code documents} accepts. */
  public OdsWriter(Predicate<String> documents) {
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  @Override
  public String extension() {
    return "ods";
  }

  @Override
  public boolean accepts(String documentName) {
    return documents.test(documentName);
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new OdsBook().write(doc);
  }
}

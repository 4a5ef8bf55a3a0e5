package fr.fejdoc.write.xlsx;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.Resources;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Writes the tables of a document as a live spreadsheet (XLSX, SpreadsheetML written directly): one
 * sheet per table, typed figures (counts, amounts in euros, percentages), totals and shares as
 * formulas that evaluate to the figures the documents show, merged cells as in the tree, frozen and
 * repeated header rows, A4 print setup. Which documents get a workbook is given at construction
 * (the registry asks for the annexes only); the writer itself knows no document. Same tree → same
 * bytes.
 */
public final class XlsxWriter implements DocumentWriter {

  private final Predicate<String> documents;

  /** A writer for every document. */
  public XlsxWriter() {
    this(name -> true);
  }

  /** A writer for the documents whose name (file stem) {@code documents} accepts. */
  public XlsxWriter(Predicate<String> documents) {
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public boolean accepts(String documentName) {
    return documents.test(documentName);
  }

  @Override
  public byte[] write(Doc doc, Resources resources) {
    Objects.requireNonNull(doc, "doc");
    return new XlsxBook().write(doc);
  }
}

package fr.fejdoc.write;

import fr.fejdoc.document.Doc;

/**
 * Renders a document tree in one format. A writer knows formats, never FEJ documents: it walks the
 * tree and nothing else (adding a format = one new writer).
 */
public interface DocumentWriter {

  /** File extension without the dot: html, pdf, docx. */
  String extension();

  /** The document's bytes. Same tree and resources → same bytes. */
  byte[] write(Doc doc, Resources resources);

  /**
   * Whether this format is written for the document named {@code documentName} (its file stem:
   * "annexes", "restitution-finale"...). Every document by default; a format meant for some
   * documents only (the XLSX workbook of the annexes) is given their names where it is registered.
   */
  default boolean accepts(String documentName) {
    return true;
  }
}

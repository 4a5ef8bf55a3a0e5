package fr.fejdoc.importer;

/** Reads a PDF into a {@link Source} (PDFBox: text with positions, tables from ruling lines). */
public final class PdfSource {
  private PdfSource() {}

  public static Source read(String file, byte[] bytes) throws NotImportable {
    throw new NotImportable("import.format-not-yet", "PDF");
  }
}

package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks into a ZIP file before POI opens it: what it holds (a Word document, a spreadsheet, an
 * OpenDocument text, another archive) and whether it stays within bounds once inflated (a zip bomb
 * or a huge XML part is refused before anything is parsed). Streams every entry once, so time and
 * memory stay bounded whatever the file claims in its headers.
 */
final class DocxZip {
  private DocxZip() {}

  /** The largest inflated XML part (a long note's document.xml is a few megabytes). */
  static final long MAX_XML = 24L * 1024 * 1024;

  /** The largest inflated entry of any kind (a picture). */
  static final long MAX_ENTRY = 64L * 1024 * 1024;

  /** The largest inflated total. */
  static final long MAX_TOTAL = 256L * 1024 * 1024;

  /** The most entries. */
  static final int MAX_ENTRIES = 5000;

  /** Checks {@code bytes} (a ZIP) is a readable, bounded Word document; else why not. */
  static void check(byte[] bytes) throws NotImportable {
    // a file cut short has lost its central directory, at the end
    if (!hasEnd(bytes)) throw new NotImportable("import.docx-unreadable");
    boolean word = false;
    String other = null;
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        Deadline.check();
        if (++entries > MAX_ENTRIES) {
          throw new NotImportable("import.docx-too-large", MAX_TOTAL / (1024 * 1024));
        }
        String name = e.getName();
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        long limit = xml ? MAX_XML : MAX_ENTRY;
        long size = 0;
        StringBuilder head = name.equals("mimetype") ? new StringBuilder() : null;
        int n;
        while ((n = zip.read(buf)) > 0) {
          Deadline.check();
          size += n;
          total += n;
          if (size > limit || total > MAX_TOTAL) {
            throw new NotImportable("import.docx-too-large", MAX_TOTAL / (1024 * 1024));
          }
          if (head != null && head.length() < 200) {
            head.append(new String(buf, 0, Math.min(n, 200), StandardCharsets.US_ASCII));
          }
        }
        if (name.equals("word/document.xml")) word = true;
        else if (name.equals("xl/workbook.xml")) other = "Excel (.xlsx)";
        else if (name.equals("ppt/presentation.xml")) other = "PowerPoint (.pptx)";
        else if (head != null && head.toString().startsWith("application/vnd.oasis.opendocument")) {
          other = "OpenDocument (.odt, .ods)";
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Deadline.Exceeded d) throw d;
      throw new NotImportable("import.docx-unreadable");
    }
    if (entries == 0) throw new NotImportable("import.docx-unreadable");
    if (!word) throw new NotImportable("import.docx-not-word", other == null ? "zip" : other);
  }

  /** Whether the end of central directory record is in the last 64 KB of the file. */
  private static boolean hasEnd(byte[] b) {
    for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_557; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) return true;
    }
    return false;
  }
}

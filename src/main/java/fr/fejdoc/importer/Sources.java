package fr.fejdoc.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a file to import as a {@link Source}: its format from its first bytes (not its name), with
 * bounded sizes. Every refusal is a {@link NotImportable} with a message key.
 */
public final class Sources {
  private Sources() {}

  /** The largest plain text read (a note is a few dozen kilobytes). */
  public static final long MAX_TEXT = 4L * 1024 * 1024;

  /** The largest DOCX or PDF read (a long note with its pictures is a few megabytes). */
  public static final long MAX_BINARY = 64L * 1024 * 1024;

  /** Reads {@code path}, shown as {@code shown} in messages and provenance comments. */
  public static Source read(Path path, String shown) throws NotImportable {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new NotImportable("import.not-a-file");
      }
      long size = Files.size(path);
      if (size > MAX_BINARY) throw new NotImportable("import.too-large", size, MAX_BINARY);
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new NotImportable("import.cannot-read", e);
    }
    return read(bytes, shown);
  }

  /** Reads the bytes of a file. */
  public static Source read(byte[] bytes, String shown) throws NotImportable {
    if (startsWith(bytes, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) {
      return PdfSource.read(shown, bytes);
    }
    if (startsWith(bytes, "PK\u0003\u0004")
        || startsWith(bytes, "PK\u0005\u0006")
        || startsWith(bytes, "PK\u0007\u0008")) {
      return DocxSource.read(shown, bytes);
    }
    if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
      throw ole(bytes); // .doc, .xls or an encrypted DOCX
    }
    if (bytes.length > MAX_TEXT)
      throw new NotImportable("import.too-large", bytes.length, MAX_TEXT);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1); // old Windows extractions
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.indexOf('\0') >= 0) throw new NotImportable("import.binary");
    return TextSource.read(shown, text);
  }

  /**
   * Why an OLE file (the container of old Office files) is not read: an encrypted DOCX (its
   * EncryptionInfo stream), an old Word .doc (its WordDocument stream), another Office file, or a
   * damaged one.
   */
  private static NotImportable ole(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo")
          || root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return new NotImportable("import.docx-encrypted");
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) return new NotImportable("import.doc-old");
      String what = "OLE";
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        what = "Excel (.xls)";
      } else if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        what = "PowerPoint (.ppt)";
      }
      return new NotImportable("import.docx-not-word", what);
    } catch (IOException | RuntimeException e) {
      if (e instanceof fr.fejdoc.model.Deadline.Exceeded d) throw d;
      return new NotImportable("import.docx-unreadable");
    }
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if ((b[i] & 0xff) != prefix.charAt(i)) return false;
    return true;
  }

  private static int indexOf(byte[] b, String s, int within) {
    outer:
    for (int i = 0; i + s.length() <= Math.min(b.length, within); i++) {
      for (int j = 0; j < s.length(); j++) if ((b[i + j] & 0xff) != s.charAt(j)) continue outer;
      return i;
    }
    return -1;
  }
}

package fr.fejdoc.write.odf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The reproducible zip of every package fejdoc writes (ODT, ODS, DOCX, XLSX): entries in the order
 * they are added, each with the time of {@code SOURCE_DATE_EPOCH} ({@link OdfPackage#timestamp()},
 * never before 1980), no extra field, deflated at level 6, or stored when asked (ODF's mimetype).
 * The same entries give the same bytes.
 */
public final class PackageZip {

  /** The earliest time a zip entry can hold (MS-DOS dates start in 1980). */
  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private final ByteArrayOutputStream out;
  private final ZipOutputStream zip;
  private final LocalDateTime time;

  /** An empty zip; {@code sizeHint}: the bytes expected, to size the buffer. */
  public PackageZip(int sizeHint) {
    out = new ByteArrayOutputStream(Math.max(1024, sizeHint));
    zip = new ZipOutputStream(out);
    zip.setLevel(6);
    time = entryTime();
  }

  /** The time written in every entry. */
  public static LocalDateTime entryTime() {
    LocalDateTime t = LocalDateTime.ofInstant(OdfPackage.timestamp(), ZoneOffset.UTC);
    return t.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : t;
  }

  /** Adds a deflated entry. */
  public PackageZip add(String name, byte[] data) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    write(e, data);
    return this;
  }

  /** Adds an entry stored without compression (its size and checksum in the local header). */
  public PackageZip stored(String name, byte[] data) {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    e.setTimeLocal(time);
    write(e, data);
    return this;
  }

  private void write(ZipEntry e, byte[] data) {
    try {
      zip.putNextEntry(e);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  /** Ends the zip and returns its bytes; nothing may be added after. */
  public byte[] bytes() {
    try {
      zip.close();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return out.toByteArray();
  }
}

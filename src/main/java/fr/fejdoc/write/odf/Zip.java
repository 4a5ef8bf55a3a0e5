package fr.fejdoc.write.odf;

import fr.fejdoc.write.Compression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of an office package (ODF: ODT, ODS; Office Open XML: XLSX), the same bytes for the same
 * entries: entries in the order given, no extra field, every entry stamped with the time of {@code
 * SOURCE_DATE_EPOCH} ({@link OdfPackage#timestamp()}; no earlier than 1980, where zip dates start),
 * deflated at {@link Compression#LEVEL} unless stored.
 */
public final class Zip {

  /** The earliest time a zip entry can hold (MS-DOS dates start in 1980). */
  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** An entry: its path in the zip, its bytes, and whether it is stored uncompressed. */
  public record Entry(String path, byte[] data, boolean stored) {
    /** A deflated entry. */
    public Entry(String path, byte[] data) {
      this(path, data, false);
    }
  }

  private Zip() {}

  /** The zip of {@code entries}, in their order. */
  public static byte[] of(List<Entry> entries) {
    LocalDateTime time = LocalDateTime.ofInstant(OdfPackage.timestamp(), ZoneOffset.UTC);
    if (time.isBefore(ZIP_EPOCH)) time = ZIP_EPOCH;
    int size = 4096;
    for (Entry e : entries) size += e.data().length / 3;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(Compression.LEVEL);
      for (Entry e : entries) {
        ZipEntry entry = new ZipEntry(e.path());
        entry.setTimeLocal(time);
        if (e.stored()) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.data().length);
          entry.setCompressedSize(e.data().length);
          CRC32 crc = new CRC32();
          crc.update(e.data());
          entry.setCrc(crc.getValue());
        }
        z.putNextEntry(entry);
        z.write(e.data());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

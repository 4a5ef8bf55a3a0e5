package fr.fejdoc.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: into a temporary file beside it ({@code .<name>.<digits>.tmp},
 * see {@link #isTemporary}), then a move over the target (atomic on one file system: a reader sees
 * the old file or the new one, never a part). A process killed in between leaves the temporary
 * file; {@link OutputFolder} removes those of the files fejdoc writes on its next run.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");

  /**
   * The temporary files of what fejdoc writes in an output folder: a document or a site file (by
   * its extension) or a build stamp, then the random number {@link #write} adds.
   */
  private static final Pattern TEMPORARY =
      Pattern.compile(
          "\\.(?:[^/\\\\]+\\.(?:html|pdf|docx|xlsx|odt|ods|csv|json|js|css|xml)|\\"
              + ProjectWriter.STAMP
              + "|\\"
              + ProjectWriter.DRAFTS
              + "|\\"
              + ProjectWriter.MEMO
              + "|\\.fejdoc-ligne-(?:fr|en)"
              + ")\\.[0-9]{1,20}\\.tmp");

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} as {@code target}, whole or not at all: the folder looked at, then an
   * open, the writes, the mode and a rename, where {@link Files#createTempFile} then {@link
   * Files#write} took twice as many calls to the system and two exceptions (a first build writes
   * some 12,000 files).
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (!Files.isDirectory(dir)) Files.createDirectories(dir);
    String prefix = "." + abs.getFileName() + ".";
    Path tmp;
    SeekableByteChannel out;
    for (int attempt = 0; ; attempt++) {
      // a new name each time (never an existing file followed, a link included: CREATE_NEW)
      tmp =
          dir.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        out = Files.newByteChannel(tmp, CREATE_NEW);
        break;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) throw e;
      }
    }
    boolean moved = false;
    try {
      try (SeekableByteChannel channel = out) {
        // in slices: the JDK copies what a channel writes into a native buffer of that size, kept
        // by the thread (a whole catalogue volume at once would keep megabytes per thread)
        for (int from = 0; from < bytes.length; from += SLICE) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes, from, Math.min(SLICE, bytes.length - from));
          while (buffer.hasRemaining()) channel.write(buffer);
        }
      }
      try {
        Files.setPosixFilePermissions(tmp, PERMISSIONS);
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default permissions
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) Files.deleteIfExists(tmp);
    }
  }

  /** The most written to a channel at once. */
  private static final int SLICE = 64 * 1024;

  private static final Set<StandardOpenOption> CREATE_NEW =
      EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /**
   * Whether {@code fileName} is the name {@link #write} gives the temporary file of a document, a
   * site file or a stamp (e.g. {@code .annexes.xlsx.8123456789.tmp}): the only names {@link
   * OutputFolder} cleans up.
   */
  public static boolean isTemporary(String fileName) {
    return TEMPORARY.matcher(fileName).matches();
  }
}

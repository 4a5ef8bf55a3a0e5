package fr.fejdoc.write;

import fr.fejdoc.load.ProjectFiles;
import fr.fejdoc.model.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a project folder as fejdoc reads it, for the build stamp. Bounded whatever the
 * folder holds:
 *
 * <ul>
 *   <li>the walk never follows a symbolic link (a link is hashed as its target's path text: what it
 *       points to inside the folder is hashed where it lies; outside, it is never read);
 *   <li>the entries of {@link ProjectFiles#entries}: at most {@link ProjectFiles#MAX_ENTRIES} and
 *       {@link ProjectFiles#MAX_DEPTH} levels, version-control folders left out (the loader refuses
 *       a larger folder, {@code PROJECT_TOO_LARGE}; here it is an I/O error);
 *   <li>a file is streamed through the digest with a small buffer, never read whole; a file over
 *       {@link ProjectFiles#MAX_FILE_BYTES} is hashed by its size only: fejdoc refuses to read it
 *       wherever it is referred to, so its content cannot reach a document (a 3 GB video left in
 *       the folder costs nothing).
 * </ul>
 */
final class Fingerprint {
  private static final int BUFFER = 64 * 1024;

  private Fingerprint() {}

  /** The fingerprint of {@code projectDir} for a program identified by {@code program}. */
  static String of(Path projectDir, String program) throws IOException {
    MessageDigest sha = sha256();
    sha.update(program.getBytes(StandardCharsets.UTF_8));
    Path root = ProjectFiles.root(projectDir);
    List<ProjectFiles.Entry> entries;
    try {
      entries = new ArrayList<>(ProjectFiles.entries(root));
    } catch (ProjectFiles.Oversized e) {
      throw new IOException("dossier de projet démesuré : " + e.reason().fr());
    }
    entries.sort(Comparator.comparing(ProjectFiles.Entry::name));
    byte[] buffer = new byte[BUFFER];
    for (ProjectFiles.Entry e : entries) {
      Deadline.check();
      BasicFileAttributes a = e.attributes();
      sha.update(e.name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      if (a.isSymbolicLink()) {
        sha.update((byte) 'l');
        sha.update(Files.readSymbolicLink(e.path()).toString().getBytes(StandardCharsets.UTF_8));
      } else if (a.isDirectory()) {
        sha.update((byte) 'd');
      } else if (a.isRegularFile()) {
        sha.update((byte) 'f');
        sha.update(Long.toString(a.size()).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        if (a.size() <= ProjectFiles.MAX_FILE_BYTES) stream(e.path(), sha, buffer);
      } else {
        sha.update((byte) 'o'); // a pipe, a device: never opened
      }
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Feeds the file through the digest, at most {@link ProjectFiles#MAX_FILE_BYTES} of it. */
  private static void stream(Path p, MessageDigest sha, byte[] buffer) throws IOException {
    long left = ProjectFiles.MAX_FILE_BYTES;
    try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        sha.update(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

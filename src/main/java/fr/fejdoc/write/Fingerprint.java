package fr.fejdoc.write;

import fr.fejdoc.load.ProjectFiles;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
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
    return hash(entries(projectDir), program);
  }

  /**
   * A fingerprint and the listing it was taken from: the SHA-256 of the program and of every
   * entry's name, kind, size and modification time, without reading any file. {@code listing} is
   * null when a file was modified within {@link #RACY_MILLIS} of the listing (or in the future): a
   * file saved again within the same tick of a coarse clock, to the same size, would keep its
   * listing, so such a listing is never remembered (git's « racily clean » rule).
   */
  record Taken(String fingerprint, String listing, boolean recalled) {}

  /** How recent a modification makes a listing untrustworthy (coarse file-system clocks: 2 s). */
  static final long RACY_MILLIS = 2_000;

  /**
   * The fingerprint of {@code projectDir}, recalled from {@code memo} (see {@link #remember}) when
   * the folder's listing is the one remembered there, without reading the files; computed
   * otherwise. As make, Hugo or Cargo do: a file whose size and time are unchanged is taken as
   * unchanged; {@code build --force} rebuilds whatever the listing says.
   */
  static Taken take(Path projectDir, String program, Path memo) throws IOException {
    List<ProjectFiles.Entry> entries = entries(projectDir);
    long now = System.currentTimeMillis();
    MessageDigest sha = Sha256.digest();
    sha.update(program.getBytes(StandardCharsets.UTF_8));
    boolean racy = false;
    for (ProjectFiles.Entry e : entries) {
      BasicFileAttributes a = e.attributes();
      long modified = a.lastModifiedTime().toMillis();
      if (a.isRegularFile() && modified > now - RACY_MILLIS) racy = true;
      String kind =
          a.isSymbolicLink() ? "l" : a.isDirectory() ? "d" : a.isRegularFile() ? "f" : "o";
      sha.update(
          (e.name()
                  + '\0'
                  + kind
                  + a.size()
                  + ' '
                  + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                  + '\0')
              .getBytes(StandardCharsets.UTF_8));
    }
    String listing = HexFormat.of().formatHex(sha.digest());
    if (!racy && memo != null) {
      String known = recall(memo, listing);
      if (known != null) return new Taken(known, listing, true);
    }
    return new Taken(hash(entries, program), racy ? null : listing, false);
  }

  /**
   * Keeps {@code t}'s listing and fingerprint in {@code memo} (written aside and moved in place)
   * when it was computed from a trustworthy listing and {@code memo}'s folder exists; a cache only:
   * a memo lost, stale or edited by hand costs one reading of the folder.
   */
  static void remember(Path memo, Taken t) {
    if (memo == null || t == null || t.listing() == null || t.recalled()) return;
    if (!Files.isDirectory(memo.getParent(), LinkOption.NOFOLLOW_LINKS)) return;
    try {
      AtomicFiles.write(
          memo, (t.listing() + " " + t.fingerprint() + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException | RuntimeException e) {
      // only a cache: the next run reads the folder again
    }
  }

  private static final java.util.regex.Pattern MEMO =
      java.util.regex.Pattern.compile("([0-9a-f]{64}) ([0-9a-f]{64})\n?");

  private static String recall(Path memo, String listing) {
    try {
      if (!Files.isRegularFile(memo, LinkOption.NOFOLLOW_LINKS) || Files.size(memo) > 200)
        return null;
      java.util.regex.Matcher m =
          MEMO.matcher(new String(Files.readAllBytes(memo), StandardCharsets.US_ASCII));
      return m.matches() && m.group(1).equals(listing) ? m.group(2) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<ProjectFiles.Entry> entries(Path projectDir) throws IOException {
    Path root = ProjectFiles.root(projectDir);
    List<ProjectFiles.Entry> entries;
    try {
      entries = new ArrayList<>(ProjectFiles.entries(root));
    } catch (ProjectFiles.Oversized e) {
      throw new IOException("dossier de projet démesuré : " + e.reason().fr());
    }
    entries.sort(Comparator.comparing(ProjectFiles.Entry::name));
    return entries;
  }

  private static String hash(List<ProjectFiles.Entry> entries, String program) throws IOException {
    MessageDigest sha = Sha256.digest();
    sha.update(program.getBytes(StandardCharsets.UTF_8));
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
}

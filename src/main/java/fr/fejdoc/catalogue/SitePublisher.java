package fr.fejdoc.catalogue;

import fr.fejdoc.write.AtomicFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a site folder by a new, complete one, so that at every moment (a {@code kill -9}
 * included) each address of the site serves a whole file and every link between its pages leads
 * somewhere.
 *
 * <p>How: every file is first written into a temporary sibling folder ({@code .<site>.new-<n>}); a
 * failure there (disk full, refused folder) leaves the served site untouched. Then:
 *
 * <ul>
 *   <li>no site yet: the temporary folder is renamed to the site (one atomic rename);
 *   <li>a site already there: it stays in place and each new file is renamed over the old one
 *       (atomic: a reader gets the old file or the new one, whole), the pages linked by others
 *       before the pages that link them and {@code index.html} last; files of the old site that the
 *       new one no longer has are removed at the very end, once nothing new links them.
 * </ul>
 *
 * <p>A process killed during the renames leaves a site whose every file is whole (the old version
 * or the new one) and whose every link resolves; the next run replaces it in full and removes the
 * temporary folder ({@link fr.fejdoc.write.OutputFolder} cleans {@code .<site>.new-<n>} and the
 * {@code .<site>.old-<n>} folders of earlier versions, under the output folder's lock).
 *
 * <p>Why not swap whole folders: on Linux a folder cannot be renamed over a non-empty one, and
 * java.nio has no atomic exchange (renameat2), so the former "move the old site aside, move the new
 * one in" left an instant with no site at all (and, after a kill there, no site until the next
 * run). Why not a symbolic link {@code catalogue -> .catalogue.v<n>} flipped by an atomic rename:
 * it is the only whole-site atomic swap, but the README has people copy {@code output/catalogue/}
 * to a web server, and {@code cp -r}, {@code tar}, {@code rsync -a} (without {@code -L}) and many
 * hosting services copy the link itself, which points nowhere on the server; a link would also turn
 * an existing site folder into a link through an instant without a site. A real folder, updated
 * file by file in a safe order, is copied by every tool as it is.
 */
public final class SitePublisher {
  /**
   * Milliseconds to wait before each rename into an existing site: 0, except in the test that kills
   * the program during a publication (system property {@code fejdoc.publishPauseMillis}).
   */
  private static final long PAUSE = Long.getLong("fejdoc.publishPauseMillis", 0L);

  private SitePublisher() {}

  /**
   * The site's stamp: the key of what it was made from (see {@link CatalogueSite#key()}), then its
   * files, one per line.
   */
  public static final String STAMP = ".fejdoc-site";

  /**
   * Whether {@code target} is the site {@code key} describes, whole: its stamp records that key and
   * every file it lists is there. A stamp edited by hand only costs a new publication.
   */
  public static boolean current(Path target, String key) {
    Path stamp = target.resolve(STAMP);
    try {
      if (!Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS) || Files.size(stamp) > 10_000_000)
        return false;
      List<String> lines = Files.readAllLines(stamp, java.nio.charset.StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(key)) return false;
      Path root = target.toAbsolutePath().normalize();
      for (String f : lines.subList(1, lines.size())) {
        if (f.isBlank()) continue;
        Path file = root.resolve(f).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Publishes {@code files} as the whole content of {@code target} (see {@link #publish(Path,
   * Map)}), stamped with {@code key}: the old stamp goes first and the new one comes last, so that
   * a site a killed run left half-replaced is never taken for current.
   */
  public static void publish(Path target, Map<String, byte[]> files, String key)
      throws IOException {
    Files.deleteIfExists(target.resolve(STAMP));
    publish(target, files);
    AtomicFiles.write(
        target.resolve(STAMP),
        (key + "\n" + String.join("\n", files.keySet()) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Writes {@code files} (relative path → bytes) as the whole content of {@code target}. */
  public static void publish(Path target, Map<String, byte[]> files) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    String name = abs.getFileName().toString();
    Path tmp = Files.createTempDirectory(parent, "." + name + ".new-");
    try {
      readable(tmp);
      for (var f : files.entrySet()) {
        Path file = tmp.resolve(f.getKey()).normalize();
        if (!file.startsWith(tmp) || file.equals(tmp))
          throw new IOException("chemin refusé dans le site : " + f.getKey());
        if (!Files.isDirectory(file.getParent())) {
          Files.createDirectories(file.getParent());
          readable(file.getParent());
        }
        Files.write(file, f.getValue());
      }
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        move(tmp, abs); // no site yet: the whole folder appears at once
      } else if (!Files.isDirectory(abs)) {
        throw new NotDirectoryException(abs.toString());
      } else {
        replaceInPlace(tmp, abs, files.keySet());
      }
    } finally {
      if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) deleteTree(tmp);
    }
  }

  /**
   * The order of the renames into a served site: the deepest files first (the experiment pages,
   * which the top pages link), then at each depth the data and style files before the pages that
   * use them, and {@code index.html}, the entry point, last.
   */
  static final Comparator<String> ORDER =
      Comparator.comparingInt((String p) -> -depth(p))
          .thenComparingInt(p -> p.equals("index.html") ? 2 : p.endsWith(".html") ? 1 : 0)
          .thenComparing(Comparator.naturalOrder());

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }

  private static void replaceInPlace(Path tmp, Path site, Set<String> paths) throws IOException {
    List<String> order = new ArrayList<>(paths);
    order.sort(ORDER);
    for (String rel : order) {
      pause();
      Path from = tmp.resolve(rel), to = site.resolve(rel);
      Path dir = to.getParent();
      if (!Files.isDirectory(dir)) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) Files.delete(dir); // a file was there
        Files.createDirectories(dir);
        readable(dir);
      }
      if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) deleteTree(to); // a folder was there
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // the site is a link to another file system: a temporary file beside, then a rename
        AtomicFiles.write(to, Files.readAllBytes(from));
      }
    }
    removeAllBut(site, paths);
  }

  /** Removes from {@code site} every file and folder that {@code paths} do not name or hold. */
  private static void removeAllBut(Path served, Set<String> paths) throws IOException {
    Path site = served.toRealPath(); // the site may be a link to its folder: walk the folder
    Set<String> folders = new HashSet<>();
    for (String p : paths) {
      for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1))
        folders.add(p.substring(0, i));
    }
    Files.walkFileTree(
        site,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!paths.contains(relative(site, file))) Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) throw e;
            if (!d.equals(site) && !folders.contains(relative(site, d))) Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static void pause() throws IOException {
    if (PAUSE <= 0) return;
    try {
      Thread.sleep(PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("publication interrompue");
    }
  }

  /** A temporary folder is private (rwx------); a site is read by others. */
  private static void readable(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and what it holds; links inside are removed, never followed. */
  static void deleteTree(Path dir) throws IOException {
    fr.fejdoc.write.OutputFolder.deleteTree(dir);
  }
}

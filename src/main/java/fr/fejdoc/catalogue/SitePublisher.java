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
   * every file it lists is still as published. A stamp edited by hand only costs a new publication.
   */
  public static boolean current(Path target, String key) {
    List<String> lines = stampLines(target);
    if (lines == null || lines.isEmpty() || !lines.get(0).equals(key)) return false;
    Map<String, String> tokens = new java.util.HashMap<>();
    parts(lines, tokens);
    for (var t : tokens.entrySet())
      if (!t.getValue().equals(token(target, t.getKey()))) return false;
    return true;
  }

  /**
   * What the publication in {@code target} left for the next one (see {@link CatalogueSite.Kept}):
   * its parts' keys and files as its stamp lists them, each file intact when it is still a plain
   * file inside the site with the size and time it was published with. Nothing without a readable
   * stamp.
   */
  public static CatalogueSite.Kept kept(Path target) {
    List<String> lines = stampLines(target);
    if (lines == null || lines.isEmpty()) return CatalogueSite.Kept.NONE;
    Map<String, String> tokens = new java.util.HashMap<>();
    Map<String, List<String>> parts = parts(lines, tokens);
    return new CatalogueSite.Kept(
        parts, name -> tokens.containsKey(name) && tokens.get(name).equals(token(target, name)));
  }

  private static List<String> stampLines(Path target) {
    Path stamp = target.resolve(STAMP);
    try {
      if (!Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS) || Files.size(stamp) > 10_000_000)
        return null;
      return Files.readAllLines(stamp, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The parts of a stamp: a line per part, its key then each file's name and token (size and time
   * as published), separated by tabs; the tokens go to {@code tokens}.
   */
  private static Map<String, List<String>> parts(List<String> lines, Map<String, String> tokens) {
    Map<String, List<String>> parts = new java.util.HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      if (cells.length < 3 || cells.length % 2 == 0) continue;
      List<String> names = new ArrayList<>();
      for (int i = 1; i < cells.length; i += 2) {
        names.add(cells[i]);
        tokens.put(cells[i], cells[i + 1]);
      }
      parts.put(cells[0], names);
    }
    return parts;
  }

  /**
   * A file of the site as published: its size and modification time, or null when it is not a plain
   * file inside the site (reached through no link).
   */
  private static String token(Path target, String name) {
    try {
      Path root = target.toAbsolutePath().normalize();
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root) || file.equals(root)) return null;
      for (Path p = file; !p.equals(root); p = p.getParent())
        if (Files.isSymbolicLink(p)) return null;
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(
              file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) return null;
      return a.size() + ":" + a.lastModifiedTime().toMillis();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Publishes a site: {@code site.made()} written, {@code site.kept()} left in place as they are,
   * anything else removed (see {@link #publish(Path, Map)} for the order and the guarantees), and
   * stamped with {@code key} and its parts: the old stamp goes first and the new one comes last, so
   * that a site a killed run left half-replaced is never taken for current, nor any part kept.
   */
  public static void publish(Path target, CatalogueSite.Files site, String key) throws IOException {
    Files.deleteIfExists(target.resolve(STAMP));
    publish(target, site.made(), site.kept());
    stamp(target, site.parts(), key);
  }

  /** Writes the stamp of the site just published: {@code key}, then each part and its files. */
  private static void stamp(Path target, Map<String, List<String>> parts, String key)
      throws IOException {
    StringBuilder stamp = new StringBuilder(key).append('\n');
    for (var part : new java.util.TreeMap<>(parts).entrySet()) {
      StringBuilder line = new StringBuilder(part.getKey());
      boolean ok = true;
      for (String name : part.getValue()) {
        String token = name.matches(".*[\\t\\n\\r].*") ? null : token(target, name);
        if (token == null) ok = false; // made again next time
        line.append('\t').append(name).append('\t').append(token);
      }
      if (ok) stamp.append(line).append('\n');
    }
    AtomicFiles.write(
        target.resolve(STAMP), stamp.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Writes {@code files} (relative path → bytes) as the whole content of {@code target}. */
  public static void publish(Path target, Map<String, byte[]> files) throws IOException {
    publish(target, files, Set.of());
  }

  /**
   * The same, leaving the files {@code kept} of the site as they are (neither written nor removed):
   * the parts of an earlier publication that show nothing new.
   */
  static void publish(Path target, Map<String, byte[]> files, Set<String> kept) throws IOException {
    try (Staging staging = new Staging(target)) {
      for (var f : files.entrySet()) staging.write(f.getKey(), f.getValue());
      staging.commit(files.keySet(), kept);
    }
  }

  /**
   * Publishes {@code site} into {@code target} with the files of each part written into the staging
   * folder as the part makes them, so that no file of the site waits in memory for the others: the
   * parts whose key {@code kept} has, with their files intact, stay in place as they are; the rest
   * is made, then moved into place as {@link #publish(Path, Map)} does, and the site stamped with
   * {@code key} (see {@link #publish(Path, CatalogueSite.Files, String)}). A part that fails leaves
   * the served site, and its stamp, as they were.
   */
  public static CatalogueSite.Written publish(
      Path target, CatalogueSite site, CatalogueSite.Kept kept, String key) throws IOException {
    CatalogueSite.Written written;
    try (Staging staging = new Staging(target)) {
      written = site.write(kept, staging::open);
      Files.deleteIfExists(target.resolve(STAMP));
      staging.commit(written.made(), written.kept());
    }
    stamp(target, written.parts(), key);
    return written;
  }

  /**
   * The staging folder of a publication: a temporary sibling of the site ({@code .<site>.new-<n>},
   * private until filled) into which each file is written whole as soon as it is made (by any
   * thread), then {@link #commit}ted; closing it removes whatever is left of it.
   */
  static final class Staging implements AutoCloseable {
    private final Path abs;
    private final Path tmp;

    Staging(Path target) throws IOException {
      abs = target.toAbsolutePath().normalize();
      Path parent = abs.getParent();
      Files.createDirectories(parent);
      String name = abs.getFileName().toString();
      tmp = Files.createTempDirectory(parent, "." + name + ".new-");
      try {
        readable(tmp);
      } catch (IOException | RuntimeException e) {
        deleteTree(tmp);
        throw e;
      }
    }

    /** The staging folder (tests). */
    Path folder() {
      return tmp;
    }

    /** Writes the file {@code rel} of the site, whole. */
    void write(String rel, byte[] bytes) throws IOException {
      try (java.io.OutputStream out = open(rel)) {
        out.write(bytes);
      }
    }

    /** A new file {@code rel} of the site, to be written then closed by the caller. */
    java.io.OutputStream open(String rel) throws IOException {
      Path file = tmp.resolve(rel).normalize();
      if (!file.startsWith(tmp) || file.equals(tmp))
        throw new IOException("chemin refusé dans le site : " + rel);
      synchronized (this) {
        if (!Files.isDirectory(file.getParent())) {
          Files.createDirectories(file.getParent());
          readable(file.getParent());
        }
      }
      return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /**
     * Moves the files {@code made} (all written and closed) into the site, leaving those {@code
     * kept} as they are and removing the rest (see the class comment for the order).
     */
    void commit(Set<String> made, Set<String> kept) throws IOException {
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        move(tmp, abs); // no site yet: the whole folder appears at once
      } else if (!Files.isDirectory(abs)) {
        throw new NotDirectoryException(abs.toString());
      } else {
        Set<String> all = new HashSet<>(made);
        all.addAll(kept);
        replaceInPlace(tmp, abs, made, all);
      }
    }

    @Override
    public void close() throws IOException {
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

  private static void replaceInPlace(Path tmp, Path site, Set<String> paths, Set<String> all)
      throws IOException {
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
    removeAllBut(site, all);
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

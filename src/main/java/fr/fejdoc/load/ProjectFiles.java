package fr.fejdoc.load;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.text.FrenchFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project folder as a boundary: every file fejdoc reads from a project is looked up here. A
 * file is read only when its real path (every symbolic link followed) is inside the project
 * folder's real path; a link leading out is named (as the holder wrote it, never its target, which
 * may itself be secret) and not followed. The folder itself is bounded (number of entries, depth,
 * bytes of the files fejdoc may read), so that walking it for the build fingerprint is bounded too.
 */
public final class ProjectFiles {
  /** Files and folders a project folder may hold (a real one holds a few dozen). */
  public static final int MAX_ENTRIES = 10_000;

  /** Levels of folders below the project folder. */
  public static final int MAX_DEPTH = 16;

  /**
   * The largest file fejdoc reads from a project (an image; text files are capped lower): bigger
   * files are refused wherever they are referred to, so their content never matters.
   */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** Total bytes of the files of at most {@link #MAX_FILE_BYTES} (those fejdoc may read). */
  public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  private ProjectFiles() {}

  /** Where a path written in a project leads. */
  public sealed interface Lookup {}

  /** Inside the project: {@code real} is the path to read (links resolved). */
  public record Inside(Path real) implements Lookup {}

  /** Nothing there (or a link to nothing). */
  public record Missing() implements Lookup {}

  /** Written as leaving the folder ({@code ..}, an absolute path): refused without looking. */
  public record Outside() implements Lookup {}

  /**
   * A symbolic link of the project leads out of it: {@code link} is the link's path relative to the
   * project folder ('/' separated), as the holder sees it in the folder.
   */
  public record Link(String link) implements Lookup {}

  /** The real path of a project folder (the folder given, links resolved). */
  public static Path root(Path dir) throws IOException {
    return dir.toRealPath();
  }

  /**
   * Looks up {@code relative} (a path written in the project, relative to its folder) in the
   * project whose real folder is {@code root}.
   */
  public static Lookup lookup(Path root, String relative) {
    if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) return new Missing();
    Path rel;
    try {
      rel = Path.of(relative);
    } catch (InvalidPathException e) {
      return new Missing();
    }
    if (rel.isAbsolute() || rel.getRoot() != null) return new Outside();
    Path p = root.resolve(rel).normalize();
    if (!p.startsWith(root)) return new Outside();
    if (p.equals(root)) return new Missing();
    for (Path part : root.relativize(p))
      if (IGNORED.contains(part.toString())) return new Missing();
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException | SecurityException e) {
      return new Missing();
    }
    if (real.startsWith(root)) return new Inside(real);
    // name the first link of the path that leads out of the folder
    Path inside = root.relativize(p);
    for (int i = 1; i <= inside.getNameCount(); i++) {
      Path prefix = root.resolve(inside.subpath(0, i));
      if (!Files.isSymbolicLink(prefix)) continue;
      try {
        if (!prefix.toRealPath().startsWith(root)) return new Link(slashes(inside.subpath(0, i)));
      } catch (IOException e) {
        return new Link(slashes(inside.subpath(0, i)));
      }
    }
    return new Link(slashes(inside));
  }

  /**
   * Whether {@code dir}, a project folder found in a folder of projects, is a symbolic link leading
   * out of that folder (its parent): such a project is not read at all.
   */
  public static boolean linksOutOfParent(Path dir) {
    if (!Files.isSymbolicLink(dir)) return false;
    Path parent = dir.toAbsolutePath().normalize().getParent();
    if (parent == null) return false;
    try {
      return !dir.toRealPath().startsWith(parent.toRealPath());
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Folders of version control: not part of the project (never counted, hashed nor read), so that a
   * project kept in its own repository is not refused for the size of its history.
   */
  public static final Set<String> IGNORED = Set.of(".git", ".hg", ".svn");

  /** One entry of a project folder: its path relative to the folder ('/' separated). */
  public record Entry(String name, Path path, BasicFileAttributes attributes) {}

  /** A project folder beyond the limits: why, in French and English. */
  public static final class Oversized extends IOException {
    private final transient Localized reason;

    Oversized(Localized reason) {
      super(reason.fr());
      this.reason = reason;
    }

    public Localized reason() {
      return reason;
    }
  }

  /**
   * Why a project folder is refused as a whole (too many entries, too deep, too heavy), or null.
   */
  public static Localized oversized(Path root) throws IOException {
    try {
      entries(root);
      return null;
    } catch (Oversized e) {
      return e.reason();
    }
  }

  /**
   * Every entry of the project folder {@code root} (a real path), in walk order, symbolic links not
   * followed, version-control folders left out; {@link Oversized} as soon as a limit is passed (so
   * an absurd folder costs at most {@link #MAX_ENTRIES} entries and {@link #MAX_DEPTH} levels).
   */
  public static List<Entry> entries(Path root) throws IOException {
    List<Entry> out = new ArrayList<>();
    long[] bytes = {0};
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        MAX_DEPTH + 1,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
              throws IOException {
            if (dir.equals(root)) return FileVisitResult.CONTINUE;
            if (IGNORED.contains(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
            add(dir, a);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
            if (!file.equals(root)) add(file, a);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            throw e;
          }

          private void add(Path p, BasicFileAttributes a) throws Oversized {
            Deadline.check();
            Path rel = root.relativize(p);
            if (out.size() >= MAX_ENTRIES) {
              throw new Oversized(
                  new Localized(
                      "il contient plus de "
                          + FrenchFormat.number(MAX_ENTRIES)
                          + " fichiers et dossiers",
                      "it holds more than " + english(MAX_ENTRIES) + " files and folders"));
            }
            if (rel.getNameCount() > MAX_DEPTH) {
              throw new Oversized(
                  new Localized(
                      "ses dossiers s'imbriquent sur plus de " + MAX_DEPTH + " niveaux",
                      "its folders nest more than " + MAX_DEPTH + " levels deep"));
            }
            if (a.isRegularFile() && a.size() <= MAX_FILE_BYTES) {
              bytes[0] += a.size();
              if (bytes[0] > MAX_TOTAL_BYTES) {
                throw new Oversized(
                    new Localized(
                        "ses fichiers totalisent plus de "
                            + FrenchFormat.number(MAX_TOTAL_BYTES >> 20)
                            + " Mo (hors fichiers de plus de "
                            + FrenchFormat.number(MAX_FILE_BYTES >> 20)
                            + " Mo, jamais lus)",
                        "its files total more than "
                            + english(MAX_TOTAL_BYTES >> 20)
                            + " MB (not counting files over "
                            + english(MAX_FILE_BYTES >> 20)
                            + " MB, never read)"));
              }
            }
            out.add(new Entry(rel.toString().replace('\\', '/'), p, a));
          }
        });
    return out;
  }

  /**
   * The bytes of {@code real} (a regular file found by {@link #lookup}), read whole only when it
   * holds at most {@code max} bytes; null when it is bigger (also when it grew while being read).
   */
  public static byte[] readAtMost(Path real, long max) throws IOException {
    if (Files.size(real) > max) return null;
    // the last link of the path was resolved by lookup: one appearing since is not followed
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return b.length > max ? null : b;
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static String english(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }
}

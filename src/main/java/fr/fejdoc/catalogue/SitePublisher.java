package fr.fejdoc.catalogue;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Replaces a site folder only when the new one is complete: every file is written into a temporary
 * sibling folder, then the old folder is moved aside, the new one moved in, and the old one
 * deleted. A failure before the swap leaves the previous site untouched.
 */
public final class SitePublisher {
  private SitePublisher() {}

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
      swap(tmp, abs, parent, name);
    } finally {
      if (Files.exists(tmp)) deleteTree(tmp);
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

  private static void swap(Path tmp, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(tmp, target);
      return;
    }
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(tmp, target);
    } catch (IOException e) {
      move(old, target); // put the previous site back
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) throw e;
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

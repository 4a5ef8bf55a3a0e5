package fr.fejdoc.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where writers get the images a document refers to: paths inside the project folder only (check
 * already reported any other); a missing or outside path yields nothing.
 */
public interface Resources {

  /** The bytes of an image referred to as {@code source}, if it is inside the project. */
  Optional<byte[]> image(String source);

  /** No images at all (tests, catalogue pages that must not carry signatures). */
  Resources NONE = source -> Optional.empty();

  /** Images read from a project folder; paths leaving the folder are refused. */
  static Resources folder(Path projectDir) {
    Path root = projectDir.toAbsolutePath().normalize();
    return source -> {
      if (source == null || source.contains("://") || source.startsWith("data:"))
        return Optional.empty();
      try {
        Path p = root.resolve(source).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) return Optional.empty();
        if (!p.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
        return Optional.of(Files.readAllBytes(p));
      } catch (IOException | java.nio.file.InvalidPathException e) {
        return Optional.empty();
      }
    };
  }
}

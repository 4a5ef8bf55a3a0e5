package fr.fejdoc.write;

import fr.fejdoc.load.ImageTypes;
import fr.fejdoc.load.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where writers get the images a document refers to: paths inside the project folder only (check
 * already reported any other); a missing or outside path yields nothing.
 */
public interface Resources {

  /**
   * The bytes of an image referred to as {@code source}, if it is inside the project. Writers pass
   * them through {@link ImageTypes#forDocuments} before embedding or decoding anything.
   */
  Optional<byte[]> image(String source);

  /** No images at all (tests, catalogue pages that must not carry signatures). */
  Resources NONE = source -> Optional.empty();

  /**
   * Images read from a project folder, ready for documents ({@link ImageTypes#forDocuments}: a
   * large image is reduced once, then shared by every writer of the project). A path leaving the
   * folder, or through a symbolic link leading out of it, is refused; so is a file over {@link
   * ImageTypes#MAX_BYTES} or an image over the pixel limits (never read whole, never decoded).
   */
  static Resources folder(Path projectDir) {
    Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();
    return source -> {
      if (source == null || source.contains("://") || source.startsWith("data:"))
        return Optional.empty();
      return cache.computeIfAbsent(source, s -> read(projectDir, s));
    };
  }

  private static Optional<byte[]> read(Path projectDir, String source) {
    try {
      Path root = ProjectFiles.root(projectDir);
      if (!(ProjectFiles.lookup(root, source) instanceof ProjectFiles.Inside in))
        return Optional.empty();
      if (!Files.isRegularFile(in.real())) return Optional.empty();
      byte[] bytes = ProjectFiles.readAtMost(in.real(), ImageTypes.MAX_BYTES);
      return bytes == null ? Optional.empty() : ImageTypes.forDocuments(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

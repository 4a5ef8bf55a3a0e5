package fr.fejdoc.document.assemble;

import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.TextFiles;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import fr.fejdoc.model.finding.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a project's {@code templates/} folder (its own templates and {@code
 * ministeres.yaml}), read only when they really are inside the project folder: a symbolic link to
 * anything outside it (another organisation's folder, a system file) is refused with {@link
 * Code#LINK_OUTSIDE} and nothing of it is read. Size and encoding are checked as for any file of
 * the project.
 */
final class ProjectFiles {
  /** Far beyond any real template (the largest default is 10 kB) or ministries file. */
  static final long MAX_BYTES = 1024 * 1024;

  private final Path templates;
  private final Path projectReal;
  private final String display;

  private ProjectFiles(Path templates, Path projectReal, String display) {
    this.templates = templates;
    this.projectReal = projectReal;
    this.display = display;
  }

  /**
   * The templates folder of {@code projectDir} displayed under {@code projectDisplay}, or null when
   * the project has none.
   */
  static ProjectFiles of(Path projectDir, String projectDisplay) {
    if (projectDir == null) return null;
    Path templates = projectDir.resolve("templates");
    if (!Files.exists(templates, LinkOption.NOFOLLOW_LINKS)) return null;
    Path real;
    try {
      real = projectDir.toRealPath();
    } catch (IOException e) {
      return null; // the project itself cannot be read: its loading says so
    }
    String shown = join(projectDisplay == null ? "." : projectDisplay, "templates");
    return new ProjectFiles(templates.toAbsolutePath().normalize(), real, shown);
  }

  /**
   * Names, sizes, dates and link targets of the files in the templates folder (its top level and
   * one level below), to tell when it changed; empty when it cannot be listed.
   */
  String fingerprint() {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(templates, 2)) {
      for (Path p : files.limit(1_000).sorted().toList()) {
        sb.append(templates.relativize(p)).append('|');
        try {
          BasicFileAttributes a =
              Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          sb.append(a.size()).append('|').append(a.lastModifiedTime().toMillis());
          if (a.isSymbolicLink()) sb.append('>').append(Files.readSymbolicLink(p));
        } catch (IOException e) {
          sb.append('?');
        }
        sb.append('\n');
      }
    } catch (IOException | RuntimeException e) {
      sb.append('?');
    }
    return Integer.toHexString(sb.toString().hashCode()) + ":" + sb.length();
  }

  /** How {@code name} (a path relative to the templates folder) is displayed. */
  String display(String name) {
    return join(display, name);
  }

  /**
   * The text of {@code name} (relative to the templates folder, already normalised: no {@code ..}),
   * or null when the project has no such file. Throws {@link FindingException} when the file is a
   * link out of the project, too large, not UTF-8 or unreadable.
   */
  String read(String name) {
    Path file = templates.resolve(name).normalize();
    if (!file.startsWith(templates)) return null;
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return null;
    String shown = display(name);
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw unreadable(shown, e); // a broken link, or a folder on the way that cannot be entered
    }
    if (!real.startsWith(projectReal)) {
      throw new FindingException(
          Finding.of(Code.LINK_OUTSIDE, Loc.of(shown), join("templates", name)));
    }
    if (!Files.isRegularFile(real)) return null;
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        throw new FindingException(Finding.of(Code.YAML_TOO_LARGE, Loc.of(shown), size, MAX_BYTES));
      }
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
    List<Finding> findings = new ArrayList<>();
    String text = TextFiles.read(real, shown, findings);
    if (text == null) {
      Collections.sort(findings);
      throw new FindingException(
          findings.isEmpty()
              ? Finding.of(
                  Code.FILE_UNREADABLE,
                  Loc.of(shown),
                  new Localized("lecture impossible", "cannot be read"))
              : findings.get(0));
    }
    if (text.length() > MAX_BYTES) {
      // grown since its size was read
      throw new FindingException(
          Finding.of(Code.YAML_TOO_LARGE, Loc.of(shown), (long) text.length(), MAX_BYTES));
    }
    return text;
  }

  private static FindingException unreadable(String shown, IOException e) {
    return new FindingException(
        Finding.of(
            Code.FILE_UNREADABLE,
            Loc.of(shown),
            new Localized(IoMessages.french(e), IoMessages.english(e))));
  }

  static String join(String dir, String file) {
    if (dir.isEmpty() || dir.equals(".")) return file;
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }
}

package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import fr.fejdoc.load.DossierParser;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.KeySchema;
import fr.fejdoc.load.ProjectTemplate;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.Loc;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fejdoc nouveau DOSSIER [--document ...]}: writes a new project, every key of the registry
 * and every part of the chosen form present and empty (see {@link ProjectTemplate}), so that {@code
 * check} lists what is left to fill in. Its help and messages come from the message bundles
 * (French, English with {@code --lang en}). Nothing is ever overwritten: the folder must not exist,
 * or be empty; the project is written into a temporary folder beside it, then moved in place.
 *
 * <p>The editor's schema: inside a fejdoc repository (a parent folder holding {@code
 * schemas/experiment.schema.json} and {@code docs/reference-cles.md}), experiment.yaml points at
 * the repository's schema by a relative path, which stays current when keys are added; elsewhere,
 * the schema is copied into the project ({@code schemas/experiment.schema.json}).
 */
@Command(name = "nouveau")
public final class NewCommand implements Callable<Integer> {
  /** Where the schema is copied in a project made outside a fejdoc repository. */
  static final String SCHEMA_COPY = "schemas/" + KeySchema.EXPERIMENT_FILE;

  @Parameters(paramLabel = Labels.FOLDER, arity = "1", descriptionKey = "cli.nouveau.dossier")
  Path folder;

  @Option(
      names = "--document",
      paramLabel = "DOCUMENT",
      defaultValue = "restitution-finale",
      descriptionKey = "cli.nouveau.document")
  String document;

  @Option(names = "--au", paramLabel = Labels.DATE, descriptionKey = "cli.nouveau.au")
  String asOf;

  @Option(
      names = "--lang",
      paramLabel = Labels.LANG,
      defaultValue = "fr",
      descriptionKey = "cli.nouveau.lang")
  String lang;

  /** The help and messages of this command in French, or in English. */
  static ResourceBundle bundle(boolean english) {
    String name = "/fr/fejdoc/messages_" + (english ? "en" : "fr") + ".properties";
    try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a command line asks for English ({@code --lang en}, {@code --lang=en}). */
  static boolean english(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) value = args[i + 1];
      else if (args[i].startsWith("--lang=")) value = args[i].substring("--lang=".length());
      if (value != null) return Messages.Lang.parse(value) == Messages.Lang.EN;
    }
    return false;
  }

  @Override
  public Integer call() {
    Messages m = Messages.of(Messages.Lang.parse(lang));
    DocumentKind kind =
        ProjectTemplate.DOCUMENTS.get(document.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (kind == null) {
      System.err.println(m.text("cli.nouveau.bad-document", document));
      return 2;
    }
    LocalDate date = null;
    if (asOf != null) {
      if (kind != DocumentKind.NOTE_ETAPE) {
        System.err.println(m.text("cli.nouveau.au-only-note"));
        return 2;
      }
      try {
        date = LocalDate.parse(asOf.strip());
      } catch (DateTimeException e) {
        System.err.println(m.text("cli.nouveau.bad-date", asOf));
        return 2;
      }
    }
    Path target = folder.toAbsolutePath().normalize();
    String shown = folder.toString();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        System.err.println(m.text("cli.nouveau.not-folder", shown));
        return 2;
      }
      try {
        if (!empty(target)) {
          System.err.println(m.text("cli.nouveau.not-empty", shown));
          return 2;
        }
      } catch (IOException e) {
        System.err.println(m.text("cli.nouveau.cannot-write", shown, why(m, e)));
        return 2;
      }
    }
    if (target.getParent() == null || target.getFileName() == null) {
      System.err.println(m.text("cli.nouveau.not-empty", shown));
      return 2;
    }
    String name = target.getFileName().toString();
    Map<String, String> files = new LinkedHashMap<>();
    String schemaNote;
    try {
      Files.createDirectories(target.getParent());
      Path parent = target.getParent().toRealPath();
      Path repository = repository(parent);
      String schema;
      if (repository != null) {
        schema =
            parent
                .resolve(name)
                .relativize(repository.resolve("schemas").resolve(KeySchema.EXPERIMENT_FILE))
                .toString()
                .replace('\\', '/');
        schemaNote = m.text("cli.nouveau.schema-repository", schema);
      } else {
        schema = SCHEMA_COPY;
        files.put(SCHEMA_COPY, KeySchema.all().get(KeySchema.EXPERIMENT_FILE));
        schemaNote = m.text("cli.nouveau.schema-copied", SCHEMA_COPY);
      }
      files.put("experiment.yaml", ProjectTemplate.experiment(schema, dossier(name)));
      files.put(ProjectTemplate.documentFile(kind, date), ProjectTemplate.document(kind, date));
      write(target, files);
    } catch (IOException e) {
      System.err.println(m.text("cli.nouveau.cannot-write", shown, why(m, e)));
      return 2;
    }
    List<String> written = new ArrayList<>(files.keySet());
    written.remove(SCHEMA_COPY);
    System.out.println(m.text("cli.nouveau.done", name, shown, String.join(", ", written)));
    System.out.println(schemaNote);
    System.out.println(m.text("cli.nouveau.next", shown));
    return 0;
  }

  private static String why(Messages m, IOException e) {
    return m.lang() == Messages.Lang.EN ? IoMessages.englishWrite(e) : IoMessages.frenchWrite(e);
  }

  /** The folder's name as a dossier number when it is one (AP1_027), else null. */
  static String dossier(String name) {
    if (!name.matches("[A-Za-z0-9_-]{1,40}")) return null;
    return DossierParser.parse(name, Loc.of(name)) == null ? null : name;
  }

  /** The fejdoc repository holding {@code folder}, or null: the nearest parent with its schemas. */
  static Path repository(Path folder) {
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("schemas").resolve(KeySchema.EXPERIMENT_FILE))
          && Files.isRegularFile(dir.resolve("docs").resolve("reference-cles.md"))) {
        return dir;
      }
    }
    return null;
  }

  private static boolean empty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  /**
   * Writes {@code files} (relative path → text) as the folder {@code target}: into a temporary
   * folder beside it, then one move (an empty {@code target} is replaced). On failure, nothing is
   * left behind.
   */
  static void write(Path target, Map<String, String> files) throws IOException {
    write(target, files, Map.of());
  }

  /** The same, with binary files (pictures) beside the texts. */
  static void write(Path target, Map<String, String> files, Map<String, byte[]> binaries)
      throws IOException {
    Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = tmp.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<String, byte[]> f : binaries.entrySet()) {
        if (!f.getKey().matches("images/[A-Za-z0-9][A-Za-z0-9._-]{0,80}")) continue;
        Path file = tmp.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default permissions
      }
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) Files.delete(target); // empty
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } finally {
      if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) delete(tmp);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}

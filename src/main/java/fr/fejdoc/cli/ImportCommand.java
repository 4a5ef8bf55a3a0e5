package fr.fejdoc.cli;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.importer.ProjectDraft;
import fr.fejdoc.importer.TextNote;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.KeySchema;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.TextReporter;
import fr.fejdoc.write.LayoutRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fejdoc importer FICHIER... [--out projects/] [--dossier AP1_485]}: reads existing FEJ
 * notes back into project drafts (this slice: notes d'étape as plain text), then checks each draft.
 * Nothing is overwritten: each project is written into a temporary folder, then moved in place.
 */
@Command(name = "importer")
public final class ImportCommand implements Callable<Integer> {
  /** The largest text file read (a note is a few dozen kilobytes). */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  @Parameters(paramLabel = "FICHIER", arity = "1..*", descriptionKey = "cli.importer.files")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "DOSSIER",
      defaultValue = "projects",
      descriptionKey = "cli.importer.out")
  Path out;

  @Option(names = "--dossier", paramLabel = "DOSSIER", descriptionKey = "cli.importer.dossier")
  String dossier;

  @Option(
      names = "--lang",
      paramLabel = "LANGUE",
      defaultValue = "fr",
      descriptionKey = "cli.importer.lang")
  String lang;

  @Override
  public Integer call() {
    Messages m = Messages.of(Messages.Lang.parse(lang));
    if (dossier != null && files.size() > 1) {
      System.err.println(m.text("cli.importer.dossier-one-file"));
      return 2;
    }
    if (dossier != null && NewCommand.dossier(dossier.strip()) == null) {
      System.err.println(m.text("cli.importer.bad-dossier", dossier));
      return 2;
    }
    int worst = 0;
    for (Path file : files) worst = Math.max(worst, one(m, file));
    return worst;
  }

  private int one(Messages m, Path file) {
    String shown = file.toString();
    String name = file.getFileName() == null ? shown : file.getFileName().toString();
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    ext = ext.toLowerCase(Locale.ROOT);
    if (ext.equals("pdf") || ext.equals("docx") || ext.equals("doc") || ext.equals("odt")) {
      System.err.println(
          m.text("cli.importer.format-not-yet", shown, ext.toUpperCase(Locale.ROOT)));
      return 2;
    }
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        System.err.println(m.text("cli.importer.not-a-file", shown));
        return 2;
      }
      if (Files.size(file) > MAX_BYTES) {
        System.err.println(m.text("cli.importer.too-large", shown, Files.size(file), MAX_BYTES));
        return 2;
      }
      byte[] bytes = Files.readAllBytes(file);
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        text = new String(bytes, StandardCharsets.ISO_8859_1); // old Windows extractions
      }
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      if (text.indexOf('\0') >= 0) {
        System.err.println(m.text("cli.importer.binary", shown));
        return 2;
      }
    } catch (IOException e) {
      System.err.println(m.text("cli.importer.cannot-read", shown, why(m, e)));
      return 2;
    }
    TextNote.Imported note;
    try {
      note = TextNote.read(text);
    } catch (TextNote.NotImportable e) {
      Object[] args = new Object[e.args().length + 1];
      args[0] = shown;
      System.arraycopy(e.args(), 0, args, 1, e.args().length);
      System.err.println(m.text("cli.importer." + e.key().substring("import.".length()), args));
      return 2;
    }
    String folderName = dossier != null ? dossier.strip() : folderName(note, name);
    Path target = out.resolve(folderName).toAbsolutePath().normalize();
    String targetShown = out.resolve(folderName).toString();
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !empty(target))) {
        System.err.println(m.text("cli.importer.not-empty", targetShown));
        return 2;
      }
      Files.createDirectories(target.getParent());
      Path parent = target.getParent().toRealPath();
      Path repository = NewCommand.repository(parent);
      String schema;
      Map<String, String> written;
      if (repository != null) {
        schema =
            parent
                .resolve(folderName)
                .relativize(repository.resolve("schemas").resolve(KeySchema.EXPERIMENT_FILE))
                .toString()
                .replace('\\', '/');
        written = ProjectDraft.files(note, schema, dossier, name);
      } else {
        schema = NewCommand.SCHEMA_COPY;
        written = new java.util.LinkedHashMap<>(ProjectDraft.files(note, schema, dossier, name));
        written.put(NewCommand.SCHEMA_COPY, KeySchema.all().get(KeySchema.EXPERIMENT_FILE));
      }
      NewCommand.write(target, written);
    } catch (IOException e) {
      System.err.println(m.text("cli.importer.cannot-write", targetShown, why(m, e)));
      return 2;
    }
    summary(m, note, shown, targetShown);
    Checker.Checked checked = LayoutRule.checker().check(target, targetShown);
    PrintWriter pw =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    TextReporter.findings(List.of(checked), m, pw);
    pw.flush();
    System.out.println(
        m.text(
            "cli.importer.checked",
            targetShown,
            checked.count(Severity.ERROR),
            checked.count(Severity.WARNING)));
    return checked.hasErrors() ? 1 : 0;
  }

  private static void summary(Messages m, TextNote.Imported note, String source, String target) {
    int identity = count(note, ProjectDraft.IDENTITY);
    int document =
        count(note, ProjectDraft.DOCUMENT) + (note.facts().containsKey("publication") ? 1 : 0);
    System.out.println(m.text("cli.importer.done", source, target));
    System.out.println(
        m.text("cli.importer.block-identity", identity, ProjectDraft.IDENTITY.size()));
    System.out.println(m.text("cli.importer.block-document", document));
    int total = (int) FormPlanCount.parts(note);
    System.out.println(m.text("cli.importer.block-parts", note.parts().size(), total));
    List<String> missing = ProjectDraft.missing(note);
    if (!missing.isEmpty()) {
      System.out.println(m.text("cli.importer.missing", String.join(", ", missing)));
    }
    if (!note.leftovers().isEmpty() || !missing.isEmpty()) {
      System.out.println(
          m.text("cli.importer.review", note.leftovers().size(), ProjectDraft.LEFTOVERS));
    }
  }

  private static int count(TextNote.Imported note, List<String> keys) {
    int n = 0;
    for (String k : keys) if (note.facts().containsKey(k)) n++;
    return n;
  }

  /** The project folder's name: the note's dossier (AP1_140), else the file's name. */
  static String folderName(TextNote.Imported note, String fileName) {
    TextNote.Fact d = note.facts().get("dossier");
    if (d != null) {
      java.util.regex.Matcher x =
          java.util.regex.Pattern.compile(
                  "(?i)(AP\\d+|[A-Z]{2,6}\\d*)\\s*[_-]?\\s*(?:n\\s*°)?\\s*(\\d{1,5})")
              .matcher(d.value());
      if (x.find()) return x.group(1).toUpperCase(Locale.ROOT) + "_" + x.group(2);
    }
    String stem =
        fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    stem = stem.replaceAll("[^A-Za-z0-9_-]", "-");
    return stem.isEmpty() ? "projet-importe" : stem;
  }

  private static boolean empty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static String why(Messages m, IOException e) {
    return m.lang() == Messages.Lang.EN ? IoMessages.englishWrite(e) : IoMessages.frenchWrite(e);
  }

  /** The number of parts of a form that take narrative. */
  private static final class FormPlanCount {
    static long parts(TextNote.Imported note) {
      return fr.fejdoc.model.FormPlan.of(note.kind()).items().stream()
          .filter(i -> !i.container())
          .count();
    }
  }
}

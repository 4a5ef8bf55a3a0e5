package fr.fejdoc.cli;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.importer.Draft;
import fr.fejdoc.importer.Importer;
import fr.fejdoc.importer.NotImportable;
import fr.fejdoc.importer.ProjectDraft;
import fr.fejdoc.importer.Source;
import fr.fejdoc.importer.Sources;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.KeySchema;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.report.TextReporter;
import fr.fejdoc.write.LayoutRule;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fejdoc importer FICHIER... [--out projects/] [--dossier AP1_485]}: reads existing FEJ
 * notes (PDF, DOCX, plain text) back into project drafts, then checks each draft. The files of one
 * dossier (a restitution and its annexes) make one project. Nothing is overwritten: each project is
 * written into a temporary folder, then moved in place; a file that cannot be read costs that file.
 */
@Command(name = "importer")
public final class ImportCommand implements Callable<Integer> {
  /** Time allowed to read one file (a hostile PDF must not hang the run). */
  static final long FILE_BUDGET_MS = 60_000;

  private static final Pattern DOSSIER =
      Pattern.compile("(?i)(AP\\d+|[A-Z]{2,6}\\d*)\\s*[_-]?\\s*(?:n\\s*°)?\\s*(\\d{1,5})");

  @Parameters(paramLabel = Labels.FILE, arity = "1..*", descriptionKey = "cli.importer.files")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = Labels.FOLDER,
      defaultValue = "projects",
      descriptionKey = "cli.importer.out")
  Path out;

  @Option(names = "--dossier", paramLabel = Labels.DOSSIER, descriptionKey = "cli.importer.dossier")
  String dossier;

  @Option(
      names = "--lang",
      paramLabel = Labels.LANG,
      defaultValue = "fr",
      descriptionKey = "cli.importer.lang")
  String lang;

  @Override
  public Integer call() {
    Messages m = Messages.of(Messages.Lang.parse(lang));
    if (dossier != null && NewCommand.dossier(dossier.strip()) == null) {
      System.err.println(m.text("cli.importer.bad-dossier", dossier));
      return 2;
    }
    int worst = 0;
    Map<String, List<Draft>> projects = new LinkedHashMap<>();
    List<Draft> loose = new ArrayList<>();
    for (Path file : files) {
      String shown = file.toString();
      Draft draft;
      try {
        draft = read(file, shown);
      } catch (NotImportable e) {
        Object[] args = new Object[e.args().length + 1];
        args[0] = shown;
        for (int i = 0; i < e.args().length; i++) {
          Object a = e.args()[i];
          args[i + 1] = a instanceof IOException io ? why(m, io) : a;
        }
        System.err.println(m.text("cli.importer." + e.key().substring("import.".length()), args));
        worst = 2;
        continue;
      }
      String name = dossier != null ? dossier.strip() : folderName(draft);
      if (name == null && draft.annexesOnly()) loose.add(draft);
      else {
        if (name == null) name = stem(file);
        projects.computeIfAbsent(name, k -> new ArrayList<>()).add(draft);
      }
    }
    for (Draft d : loose) {
      // an annexes file that does not name its dossier joins the only project of the run
      if (projects.size() == 1) projects.values().iterator().next().add(d);
      else
        projects.computeIfAbsent(stem(Path.of(d.source().file())), k -> new ArrayList<>()).add(d);
    }
    for (Map.Entry<String, List<Draft>> p : projects.entrySet()) {
      worst = Math.max(worst, write(m, p.getKey(), p.getValue()));
    }
    return worst;
  }

  private static Draft read(Path file, String shown) throws NotImportable {
    try (Deadline.Scope budget = Deadline.start(Duration.ofMillis(FILE_BUDGET_MS))) {
      Source source = Sources.read(file, shown);
      return Importer.read(source);
    } catch (Deadline.Exceeded e) {
      throw new NotImportable("import.too-slow", FILE_BUDGET_MS / 1000);
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw new NotImportable("import.too-complex");
    }
  }

  private int write(Messages m, String folderName, List<Draft> drafts) {
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
      String schema =
          repository != null
              ? parent
                  .resolve(folderName)
                  .relativize(repository.resolve("schemas").resolve(KeySchema.EXPERIMENT_FILE))
                  .toString()
                  .replace('\\', '/')
              : NewCommand.SCHEMA_COPY;
      ProjectDraft.Files written = ProjectDraft.files(drafts, schema, dossier);
      Map<String, String> texts = new LinkedHashMap<>(written.texts());
      if (repository == null) {
        texts.put(NewCommand.SCHEMA_COPY, KeySchema.all().get(KeySchema.EXPERIMENT_FILE));
      }
      NewCommand.write(target, texts, written.pictures());
    } catch (IOException e) {
      System.err.println(m.text("cli.importer.cannot-write", targetShown, why(m, e)));
      return 2;
    }
    for (Draft d : drafts) summary(m, d, targetShown);
    Checker.Checked checked = LayoutRule.checker().check(target, targetShown);
    PrintWriter pw =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
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

  private static void summary(Messages m, Draft d, String target) {
    String kind = m.text("import.kind." + (d.annexesOnly() ? "annexes" : d.kind().name()));
    System.out.println(m.text("cli.importer.done", d.source().file(), target, kind));
    for (Map.Entry<String, Integer> c : d.counts().entrySet()) {
      System.out.println(
          m.text("cli.importer.block", m.text("import.block." + c.getKey()), c.getValue()));
    }
    if (!d.annexesOnly()) {
      long total = FormPlan.of(d.kind()).items().stream().filter(i -> !i.container()).count();
      System.out.println(m.text("cli.importer.block-parts", d.parts().size(), total));
      List<String> missing = ProjectDraft.missingParts(d);
      if (!missing.isEmpty()) {
        System.out.println(m.text("cli.importer.missing", String.join(", ", missing)));
      }
    }
    if (!d.review().isEmpty()) {
      System.out.println(m.text("cli.importer.to-review", d.review().size()));
    }
    if (!d.leftovers().isEmpty()) {
      System.out.println(
          m.text("cli.importer.review", d.leftovers().size(), ProjectDraft.LEFTOVERS));
    }
  }

  /** The project folder's name from the note's dossier (AP1_140), or null. */
  static String folderName(Draft d) {
    Object v = d.get("dossier");
    if (v instanceof fr.fejdoc.text.YamlWriter.Raw r) v = r.text();
    if (v == null) return null;
    Matcher x = DOSSIER.matcher(v.toString());
    if (x.find()) return x.group(1).toUpperCase(Locale.ROOT) + "_" + x.group(2);
    return null;
  }

  private static String stem(Path file) {
    String name = file.getFileName() == null ? "projet-importe" : file.getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    stem = stem.replaceAll("[^A-Za-z0-9_-]", "-");
    return stem.isEmpty() || stem.startsWith(".") ? "projet-importe" : stem;
  }

  private static boolean empty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static String why(Messages m, IOException e) {
    return m.lang() == Messages.Lang.EN ? IoMessages.englishWrite(e) : IoMessages.frenchWrite(e);
  }
}

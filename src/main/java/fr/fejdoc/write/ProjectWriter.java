package fr.fejdoc.write;

import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.document.assemble.Drafts;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the documents of a checked project into {@code <output>/<project>/}, each in the formats
 * asked, and stamps the folder ({@value #STAMP}) with the fingerprint of the inputs they come from
 * and the files written. The catalogue links only stamped files whose fingerprint still matches the
 * project, so that a figure in the catalogue and in a linked document never disagree.
 */
public final class ProjectWriter {
  /** The stamp file in each project's output folder. */
  public static final String STAMP = ".fejdoc-build";

  /**
   * In a project's output folder, the list of the draft files written there (a project with
   * errors): the next build that is not a draft removes those it does not write again, so that no
   * draft outlives the errors it lists.
   */
  public static final String DRAFTS = ".fejdoc-brouillon";

  private ProjectWriter() {}

  /**
   * What was written: file names (in the project's output folder), the findings of what could not
   * be built or written (located: the document's source file, or the project), and how many files
   * failed to be written for a reason of the output folder (disk, rights).
   */
  public record Written(List<String> files, List<Finding> findings, int ioErrors, boolean draft) {
    public Written(List<String> files, List<Finding> findings, int ioErrors) {
      this(files, findings, ioErrors, false);
    }
  }

  /**
   * Writes every wanted document of {@code checked} in every format of {@code formats} that accepts
   * it. The folder is stamped when every document was asked for and written; otherwise its stamp is
   * removed (its files no longer all come from the same inputs). A project with errors (after its
   * acknowledgements) gets its documents as drafts ({@link Drafts}): marked on every page, listing
   * its findings, never stamped; a project whose facts could not be read at all gets none.
   */
  public static Written write(
      Checker.Checked checked, Path output, Set<String> formats, Predicate<String> wanted) {
    return write(checked, output, formats, wanted, false);
  }

  /**
   * The same; a document that is not to be published ({@link Publication}) is written only when
   * {@code includeUnpublished}, and otherwise what an earlier build wrote of it is removed (the
   * output folder is copied to the server as it is). Leaving it out keeps the stamp: the folder
   * holds all that a build from these inputs writes.
   */
  public static Written write(
      Checker.Checked checked,
      Path output,
      Set<String> formats,
      Predicate<String> wanted,
      boolean includeUnpublished) {
    return write(
        checked,
        output,
        formats.stream().map(f -> Writers.all().get(f)).toList(),
        wanted,
        includeUnpublished);
  }

  static Written write(
      Checker.Checked checked,
      Path output,
      List<DocumentWriter> writers,
      Predicate<String> wanted) {
    return write(checked, output, writers, wanted, false);
  }

  /**
   * The same with the given writers (a format each). Each document is assembled, and each file
   * written, behind its own {@link Boundary}: a failure (a hostile template, a writer's bug,
   * exhausted memory, the project's time budget spent) costs that file or document only, and
   * becomes a finding of the project.
   */
  static Written write(
      Checker.Checked checked,
      Path output,
      List<DocumentWriter> writers,
      Predicate<String> wanted,
      boolean includeUnpublished) {
    return write(checked, output, writers, wanted, includeUnpublished, null);
  }

  /**
   * The same, stamping the folder with {@code fingerprint}: the project's fingerprint taken before
   * it was read (so that a file saved during the build makes the next one build again); null to
   * take it when the documents are written.
   */
  public static Written write(
      Checker.Checked checked,
      Path output,
      Set<String> formats,
      Predicate<String> wanted,
      boolean includeUnpublished,
      String fingerprint) {
    return write(
        checked,
        output,
        formats.stream().map(f -> Writers.all().get(f)).toList(),
        wanted,
        includeUnpublished,
        fingerprint);
  }

  static Written write(
      Checker.Checked checked,
      Path output,
      List<DocumentWriter> writers,
      Predicate<String> wanted,
      boolean includeUnpublished,
      String fingerprint) {
    List<String> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int ioErrors = 0;
    Project project = checked.project();
    Loc projectLoc = Loc.of(checked.display());
    boolean draft = checked.hasErrors();
    // no facts at all: nothing to draft (the findings say why)
    if (draft && (project == null || project.experiment() == null))
      return new Written(files, findings, 0, false);
    // a reserved name (the catalogue's folder) has no documents, not even drafts
    if (draft && OutputFolder.isReserved(project.name()))
      return new Written(files, findings, 0, false);
    try (Deadline.Scope budget = Deadline.start(Boundary.projectBudget())) {
      boolean[] leftOut = {false};
      Boundary.Outcome<List<Assembler.Assembled>> assembled =
          assemble(
              checked,
              name -> {
                if (wanted.test(name)) return true;
                leftOut[0] = true;
                return false;
              });
      if (assembled.failed()) {
        findings.add(assembled.failure());
        return new Written(files, findings, 0, false);
      }
      Resources resources = Resources.folder(project.dir());
      Path dir = output.resolve(project.name());
      // a consent that could not be read (an error in a front matter) publishes nothing
      Publication publication = Publication.of(project, checked.findings());
      List<Drafts.Line> listed =
          draft
              ? Drafts.lines(
                  checked.findings(), includeUnpublished ? null : publication::withheldPart)
              : List.of();
      int errors = (int) Math.min(Integer.MAX_VALUE, checked.count(Severity.ERROR));
      boolean all = !leftOut[0];
      // every file laid out first, on every core (Layouts), then written in order
      record Job(Assembler.Assembled doc, DocumentWriter writer, Loc where, String file) {}
      List<Job> jobs = new ArrayList<>();
      for (Assembler.Assembled assembledDoc : assembled.value()) {
        if (!includeUnpublished && !publication.publishes(assembledDoc.name())) continue;
        if (!wanted.test(assembledDoc.name())) {
          all = false;
          continue;
        }
        Assembler.Assembled a = draft ? Drafts.draft(assembledDoc, errors, listed) : assembledDoc;
        Loc where = sourceOf(checked, a);
        for (DocumentWriter w : writers)
          if (w.accepts(a.name())) jobs.add(new Job(a, w, where, a.name() + "." + w.extension()));
      }
      List<java.util.concurrent.Callable<Boundary.Outcome<byte[]>>> layouts = new ArrayList<>();
      for (Job j : jobs)
        layouts.add(
            () ->
                Boundary.run(
                    j.where(),
                    j.file(),
                    () -> {
                      Deadline.check();
                      return j.writer().write(j.doc().doc(), resources);
                    }));
      List<Boundary.Outcome<byte[]>> laidOut = Layouts.all(layouts, Boundary.projectBudget());
      for (int k = 0; k < jobs.size(); k++) {
        Loc where = jobs.get(k).where();
        String file = jobs.get(k).file();
        Boundary.Outcome<byte[]> bytes = laidOut.set(k, null); // each file freed once written
        if (bytes.failed()) {
          findings.add(bytes.failure());
          all = false;
          continue;
        }
        try {
          Deadline.check(); // an abandoned project writes nothing more
          AtomicFiles.write(dir.resolve(file), bytes.value());
          files.add(file);
        } catch (IOException e) {
          findings.add(
              Finding.of(
                  Code.WRITE_FAILED,
                  where,
                  ProjectLoader.join(project.name(), file),
                  new Localized(IoMessages.frenchWrite(e), IoMessages.englishWrite(e))));
          ioErrors++;
        } catch (RuntimeException e) {
          findings.add(Boundary.finding(e, where, file));
          all = false;
        }
      }
      if (!includeUnpublished) {
        try {
          Publication.withdraw(
              publication, dir, writers.stream().map(DocumentWriter::extension).toList());
        } catch (IOException e) {
          findings.add(
              Finding.of(
                  Code.WRITE_FAILED,
                  projectLoc,
                  project.name(),
                  new Localized(IoMessages.frenchWrite(e), IoMessages.englishWrite(e))));
          ioErrors++;
        }
      }
      try {
        if (draft) {
          // a draft is never stamped: the catalogue links only stamped files
          Files.deleteIfExists(dir.resolve(STAMP));
          markDrafts(dir, files);
        } else {
          removeDrafts(dir, files);
          if (all && ioErrors == 0 && findings.isEmpty()) {
            stamp(
                fingerprint != null ? fingerprint : fingerprint(project.dir()),
                request(
                    writers.stream().map(DocumentWriter::extension).toList(), includeUnpublished),
                dir,
                files);
          } else {
            Files.deleteIfExists(dir.resolve(STAMP));
          }
        }
      } catch (IOException e) {
        findings.add(
            Finding.of(
                Code.WRITE_FAILED,
                projectLoc,
                ProjectLoader.join(project.name(), STAMP),
                new Localized(IoMessages.frenchWrite(e), IoMessages.englishWrite(e))));
        ioErrors++;
      } catch (RuntimeException e) {
        findings.add(Boundary.finding(e, projectLoc, STAMP));
      }
    }
    return new Written(files, findings, ioErrors, draft);
  }

  /**
   * Records the draft files of {@code dir}: those just written and those an earlier draft build
   * wrote that are still there (a draft in another format), so that a later build removes them all.
   */
  private static void markDrafts(Path dir, List<String> written) throws IOException {
    java.util.TreeSet<String> drafts = new java.util.TreeSet<>(written);
    for (String f : drafts(dir)) if (Files.isRegularFile(dir.resolve(f))) drafts.add(f);
    if (drafts.isEmpty()) {
      Files.deleteIfExists(dir.resolve(DRAFTS));
      return;
    }
    AtomicFiles.write(
        dir.resolve(DRAFTS), (String.join("\n", drafts) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A build that is not a draft: removes the draft files an earlier build left that this one did
   * not write again (another format, a document left out), then the list of drafts.
   */
  private static void removeDrafts(Path dir, List<String> written) throws IOException {
    Path list = dir.resolve(DRAFTS);
    if (!Files.isRegularFile(list, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    for (String f : drafts(dir)) if (!written.contains(f)) Files.deleteIfExists(dir.resolve(f));
    Files.deleteIfExists(list);
  }

  /**
   * The draft files listed in {@code dir}: plain document names only (a hand-edited list cannot
   * make fejdoc remove anything else).
   */
  static List<String> drafts(Path dir) throws IOException {
    Path list = dir.resolve(DRAFTS);
    if (!Files.isRegularFile(list, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return List.of();
    if (Files.size(list) > 1_000_000) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String f = line.strip();
      if (DOCUMENT_FILE.matcher(f).matches()) out.add(f);
    }
    return out;
  }

  private static final java.util.regex.Pattern DOCUMENT_FILE =
      java.util.regex.Pattern.compile(
          "[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,250}\\.(?:html|pdf|docx|xlsx|odt|ods)");

  /**
   * Every document of the project assembled (templates rendered and read into the tree), or the
   * finding that stopped it: a template that fails, exceeds its budget or reads outside the
   * project, a bug. Used by {@code build} before writing and by {@code check} on projects that
   * bring their own templates (a broken template is then found before any build).
   */
  public static Boundary.Outcome<List<Assembler.Assembled>> assemble(Checker.Checked checked) {
    return assemble(checked, name -> true);
  }

  /** The same for the documents whose name {@code wanted} accepts; the others are not rendered. */
  public static Boundary.Outcome<List<Assembler.Assembled>> assemble(
      Checker.Checked checked, Predicate<String> wanted) {
    return Boundary.run(
        Loc.of(checked.display()),
        checked.display(),
        () -> Assembler.assemble(checked.project(), wanted));
  }

  /** Where a document comes from, as the holder knows it: its Markdown file, or the facts. */
  private static Loc sourceOf(Checker.Checked checked, Assembler.Assembled a) {
    for (Document d : checked.project().documents()) {
      String stem = d.source().path().getFileName().toString();
      int dot = stem.lastIndexOf('.');
      if (dot > 0) stem = stem.substring(0, dot);
      if (stem.equals(a.name())) return Loc.of(d.source().file());
    }
    return Loc.of(ProjectLoader.join(checked.display(), ProjectLoader.EXPERIMENT_FILE));
  }

  /** Stamps {@code dir}: its {@code files} come from the current inputs of {@code projectDir}. */
  public static void stamp(Path projectDir, Path dir, List<String> files) throws IOException {
    stamp(fingerprint(projectDir), "", dir, files);
  }

  /**
   * Stamps {@code dir}: its {@code files} come from the inputs whose fingerprint is given, written
   * for {@code request} (see {@link #request}). The stamp is text: the fingerprint, a line
   * {@code @demande ...}, then one file per line.
   */
  static void stamp(String fingerprint, String request, Path dir, List<String> files)
      throws IOException {
    String stamp = fingerprint + "\n" + REQUEST + request + "\n" + String.join("\n", files) + "\n";
    AtomicFiles.write(dir.resolve(STAMP), stamp.getBytes(StandardCharsets.UTF_8));
  }

  private static final String REQUEST = "@demande ";

  /**
   * What a build was asked for, as its stamp records it: the formats (sorted) and whether documents
   * not to be published were written too. A build asking the same of unchanged inputs keeps the
   * documents as they are.
   */
  public static String request(java.util.Collection<String> formats, boolean includeUnpublished) {
    return String.join(",", new java.util.TreeSet<>(formats))
        + (includeUnpublished ? " tous" : " publies");
  }

  /**
   * The files of {@code <output>/<project>/} written from the project's current inputs, by the
   * running program; null when there is no stamp, it no longer matches, or a file it lists is gone
   * (the documents must be built again).
   */
  public static List<String> upToDate(Path projectDir, Path output, String project) {
    try {
      return upToDate(fingerprint(projectDir), null, output, project);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * The files of {@code <output>/<project>/} when its stamp records {@code fingerprint} (and {@code
   * request}, unless null) and every file it lists is there; null otherwise. A stamp edited by hand
   * cannot name anything but a document file of that folder: a stamp listing another name is
   * refused.
   */
  public static List<String> upToDate(
      String fingerprint, String request, Path output, String project) {
    Path dir = output.resolve(project);
    Path stamp = dir.resolve(STAMP);
    try {
      if (!Files.isRegularFile(stamp, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          || Files.size(stamp) > 100_000) return null;
      List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(fingerprint)) return null;
      if (!lines.get(1).startsWith(REQUEST)) return null;
      if (request != null && !lines.get(1).equals(REQUEST + request)) return null;
      List<String> files =
          lines.subList(2, lines.size()).stream().filter(f -> !f.isBlank()).toList();
      for (String f : files) {
        if (!DOCUMENT_FILE.matcher(f).matches()) return null;
        // a file removed since: built again like the rest
        if (!Files.isRegularFile(dir.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS))
          return null;
      }
      return files;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * SHA-256 of what the documents are made from: the program (its jar: code, templates and fonts)
   * and every file of the project folder (its facts, narrative, images and templates), by relative
   * path; bounded and streamed, links never followed (see {@link Fingerprint}).
   */
  public static String fingerprint(Path projectDir) throws IOException {
    return Fingerprint.of(projectDir, program());
  }

  /** The memo of a project's fingerprint, in its output folder (see {@link #inputs}). */
  public static final String MEMO = ".fejdoc-empreinte";

  /** A project's inputs, fingerprinted before it is read (see {@link #inputs}). */
  public static final class Inputs {
    private final Fingerprint.Taken taken;

    private Inputs(Fingerprint.Taken taken) {
      this.taken = taken;
    }

    /** The SHA-256 of what the documents are made from (see {@link #fingerprint(Path)}). */
    public String fingerprint() {
      return taken.fingerprint();
    }
  }

  /**
   * The fingerprint of {@code projectDir}: recalled without reading its files when the folder's
   * listing (names, sizes, modification times, and the program) is the one remembered in {@code
   * <output>/<project>/.fejdoc-empreinte} by {@link #remember}; read and hashed otherwise, and
   * always when {@code recall} is false ({@code --force}).
   */
  public static Inputs inputs(Path projectDir, Path output, String project, boolean recall)
      throws IOException {
    Path memo = output == null || project == null ? null : output.resolve(project).resolve(MEMO);
    return new Inputs(Fingerprint.take(projectDir, program(), recall ? memo : null));
  }

  /** Remembers how {@code in} was listed, for the next run (see {@link #inputs}). */
  public static void remember(Inputs in, Path output, String project) {
    if (in == null || output == null || project == null || OutputFolder.isReserved(project)) return;
    Fingerprint.remember(output.resolve(project).resolve(MEMO), in.taken);
  }

  /**
   * What identifies the program and the environment the documents depend on: the jar (see {@link
   * #PROGRAM}), or the system property {@code fejdoc.programme} when set (tests stand for a new
   * version with it), and the date stamped in documents ({@code SOURCE_DATE_EPOCH}).
   */
  public static String program() {
    String given = System.getProperty("fejdoc.programme");
    return (given != null ? given : PROGRAM)
        + " date "
        + fr.fejdoc.write.docx.Ooxml.timestamp().getEpochSecond();
  }

  /**
   * The running program's identity: its jar's size and time (a new jar, with other code, templates
   * or fonts, has another), or "classes" when run unpacked. Cheaper than hashing the 30 MB jar on
   * every run; a jar rebuilt unchanged only costs one more build of the documents.
   */
  private static final String PROGRAM = jar();

  private static String jar() {
    try {
      Path code =
          Path.of(ProjectWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String version = ProjectWriter.class.getPackage().getImplementationVersion();
      if (!Files.isRegularFile(code)) return "classes " + version;
      return "jar "
          + version
          + " "
          + Files.size(code)
          + " "
          + Files.getLastModifiedTime(code).toMillis();
    } catch (Exception e) {
      return "unknown";
    }
  }
}

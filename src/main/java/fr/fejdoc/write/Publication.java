package fr.fejdoc.write;

import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.Synthesis;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.model.form.FormRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What of a project may be published: the one place that decides it, for the files {@code build}
 * writes into the output folder ({@link #published(Project, String)}) and for everything the
 * catalogue shows (its entries are built from this view only).
 *
 * <p>The rule, in words:
 *
 * <ul>
 *   <li>A document is published when its certificate (attestation) allows it: no certificate, or
 *       one whose {@code publication} is not {@code false}. The consent must be readable: a
 *       document with an error in its front matter (where the certificate is; {@code publication:
 *       peut-être} is such an error) is not published, and neither is a Markdown file that could
 *       not be read as a document at all (fail closed).
 *   <li>The annexes (Tableaux 1, 2, 3 and bilan) belong to the note de restitution finale: they are
 *       published when it is (every one of them, if the folder has several).
 *   <li>The fiche synthétique ({@code synthese} in experiment.yaml) is written once as facts, but
 *       it is part of the note de restitution finale: the forms print it only there, as « note de
 *       restitution finale et sa fiche synthétique », and the holder consents to its publication by
 *       the restitution's certificate. So it is published only when the project has a restitution
 *       finale and that restitution is published. A restitution finale not to be published keeps
 *       its fiche synthétique unpublished too; before the restitution finale exists, no consent has
 *       been given and the fiche synthétique is not published either (a note d'étape, which does
 *       not print it, cannot consent for it).
 *   <li>Nothing of an unpublished document leaves the project: not its text, headings, dates, file
 *       name (a note d'étape's name carries its date), nor the findings located in it or naming it.
 *       The catalogue only says that a document of that kind exists and is not published.
 *   <li>The experiment's identity and verified figures (experiment.yaml outside {@code synthese})
 *       are the FEJ's own record of the experiment, listed for every experiment whatever the
 *       certificates say.
 * </ul>
 *
 * <p>The view depends on the project's model only (and, for the catalogue, its findings).
 */
public final class Publication {
  private final Project project;
  private final List<Document> published = new ArrayList<>();
  private final List<Document> withheld = new ArrayList<>();
  private final boolean synthesis;
  private final boolean annexes;

  /** Displayed paths of the published documents' files. */
  private final Set<String> publishedFiles = new HashSet<>();

  /** Names (file and stem) of the withheld documents, which a message must not quote. */
  private final Set<String> withheldNames = new HashSet<>();

  /** The lines of experiment.yaml that hold the fiche synthétique, when it is withheld. */
  private final int synthesisFirst, synthesisLast;

  private final String synthesisFile;

  private Publication(Project p, List<Finding> findings) {
    this.project = p;
    boolean anyFinal = false, allFinal = true;
    for (Document d : p.documents()) {
      boolean ok = consents(d) && readable(d, findings);
      (ok ? published : withheld).add(d);
      if (d instanceof Document.FinalReport) {
        anyFinal = true;
        allFinal &= ok;
      }
      if (ok) {
        publishedFiles.add(d.source().file());
        if (d.source().loc() != null) publishedFiles.add(d.source().loc().file());
      } else {
        Path path = d.source().path();
        String name = path == null ? d.source().file() : path.getFileName().toString();
        withheldNames.add(name);
        withheldNames.add(stem(name));
      }
    }
    this.annexes = anyFinal && allFinal;
    Synthesis s = p.experiment() == null ? null : p.experiment().synthesis();
    this.synthesis = s != null && annexes;
    int first = Integer.MAX_VALUE, last = -1;
    String file = null;
    if (s != null && !synthesis) {
      Loc key = s.loc();
      if (key != null) {
        file = key.file();
        first = key.line();
        last = key.line();
      }
      for (Text t :
          java.util.Arrays.asList(
              s.objectives(), s.targetPublic(), s.description(), s.territories(), s.addedValue())) {
        if (t == null || t.loc() == null) continue;
        if (file == null) file = t.loc().file();
        int lines = t.value() == null ? 0 : (int) t.value().chars().filter(c -> c == '\n').count();
        first = Math.min(first, t.loc().line());
        // a block scalar starts on the line after its key: one more line, to be safe
        last = Math.max(last, t.loc().line() + lines + 1);
      }
    }
    this.synthesisFile = file;
    this.synthesisFirst = first;
    this.synthesisLast = last;
  }

  /** The view of a project whose findings are not shown (as {@code build} writes it). */
  public static Publication of(Project p) {
    return new Publication(p, List.of());
  }

  /** The view of a checked project: its findings may make a consent unreadable. */
  public static Publication of(Project p, List<Finding> findings) {
    return new Publication(p, findings);
  }

  /**
   * Whether the document {@code build} writes under {@code documentName} (its file stem: {@code
   * "restitution-finale"}, {@code "note-etape-2010-12-31"}, {@code "annexes"}) may be written to
   * the output folder and linked. A name that is none of the project's documents is not (fail
   * closed).
   */
  public static boolean published(Project p, String documentName) {
    return of(p).publishes(documentName);
  }

  /** The same, for this view. */
  public boolean publishes(String documentName) {
    if (documentName.equals(Assembler.ANNEXES)) return annexes;
    for (Document d : published) if (stem(d).equals(documentName)) return true;
    return false;
  }

  /**
   * The output names (file stems) of the documents not to be published: the withheld documents, and
   * the annexes when the restitution finale is withheld.
   */
  public List<String> withheldNames() {
    List<String> out = new ArrayList<>();
    for (Document d : withheld) out.add(stem(d));
    boolean finalReport = false;
    for (Document d : project.documents()) finalReport |= d instanceof Document.FinalReport;
    if (finalReport && !annexes) out.add(Assembler.ANNEXES);
    return out;
  }

  /**
   * Removes from {@code projectOutput} (the project's folder under the output) the files an earlier
   * build wrote for documents that are no longer to be published, in every extension given ("html",
   * "pdf"...): the output folder is copied to the server as it is. Returns the names removed.
   */
  public static List<String> withdraw(
      Project p, Path projectOutput, java.util.Collection<String> extensions)
      throws java.io.IOException {
    return withdraw(of(p), projectOutput, extensions);
  }

  /** The same for this view of a project (its findings may make a consent unreadable). */
  public static List<String> withdraw(
      Publication view, Path projectOutput, java.util.Collection<String> extensions)
      throws java.io.IOException {
    List<String> removed = new ArrayList<>();
    if (!java.nio.file.Files.isDirectory(projectOutput)) return removed;
    for (String name : view.withheldNames()) {
      for (String ext : extensions) {
        String file = name + "." + ext;
        if (java.nio.file.Files.deleteIfExists(projectOutput.resolve(file))) removed.add(file);
      }
    }
    return removed;
  }

  /** Whether the document {@code d} of this project is published. */
  public boolean publishes(Document d) {
    for (Document p : published) if (p == d) return true;
    return false;
  }

  /** Whether the holder's certificate allows publishing {@code d} (no certificate: it does). */
  public static boolean consents(Document d) {
    return d.certificate() == null || d.certificate().publication();
  }

  /** The project, as loaded (for its name and identity). */
  public Project project() {
    return project;
  }

  /** The published documents, in the project's order. */
  public List<Document> documents() {
    return List.copyOf(published);
  }

  /** The documents that are not published (only their kind may be said). */
  public List<Document> withheld() {
    return List.copyOf(withheld);
  }

  /** Whether the annexes (which go with the restitution finale) are published. */
  public boolean annexesPublished() {
    return annexes;
  }

  /** The fiche synthétique when it is published, else null. */
  public Synthesis synthesis() {
    return synthesis ? project.experiment().synthesis() : null;
  }

  /**
   * The part of the project a finding belongs to when that part is not published (a French label: «
   * Note d'étape non publiée », « Fiche synthétique non publiée », « Document non publié »), or
   * null when the finding may be shown as it is. {@code message} is its text as it would be shown:
   * one that names a withheld document's file is withheld too.
   */
  public String withheldPart(Finding f, String message) {
    Loc loc = f.loc();
    String file = loc == null ? null : loc.file();
    if (file != null) {
      for (Document d : withheld) {
        if (file.equals(d.source().file())
            || (d.source().loc() != null && file.equals(d.source().loc().file())))
          return kindLabel(d) + " non publiée";
      }
      if (file.toLowerCase(Locale.ROOT).endsWith(".md") && !publishedFiles.contains(file))
        return "Document non publié"; // unreadable document: its consent is unknown
      if (file.equals(synthesisFile) && loc.line() >= synthesisFirst && loc.line() <= synthesisLast)
        return "Fiche synthétique non publiée";
    }
    if (message != null) {
      for (String name : withheldNames) {
        if (names(message, name)) return "Document non publié";
      }
    }
    return null;
  }

  /** Whether {@code text} holds {@code name} as a whole word (not inside a longer name). */
  private static boolean names(String text, String name) {
    if (name.length() < 3) return false;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int after = i + name.length();
      if ((i == 0 || !namePart(text.charAt(i - 1)))
          && (after == text.length() || !namePart(text.charAt(after)))) return true;
    }
    return false;
  }

  private static boolean namePart(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  /** The French name of a document's kind, without any date. */
  public static String kindLabel(Document d) {
    return FormRegistry.FORMS.label(d.kind().key());
  }

  /**
   * Whether the front matter of {@code d} (where its certificate is) was read without error: no
   * error finding in its file before its first section (or anywhere, when it has no section).
   */
  private static boolean readable(Document d, List<Finding> findings) {
    if (findings.isEmpty()) return true;
    String file = d.source().file();
    String file2 = d.source().loc() == null ? file : d.source().loc().file();
    int end = Integer.MAX_VALUE;
    for (Section s : d.source().sections()) {
      int line = s.loc() != null && s.loc().line() > 0 ? s.loc().line() : s.firstLine();
      if (line > 0) end = Math.min(end, line);
    }
    for (Finding f : findings) {
      if (f.severity() != Severity.ERROR || !f.counts() || f.loc() == null) continue;
      if (outsideTheCertificate(f)) continue;
      if (!f.loc().file().equals(file) && !f.loc().file().equals(file2)) continue;
      if (f.loc().line() < end) return false;
    }
    return true;
  }

  /**
   * A misspelt key of the front matter that is not the certificate's (redigee_parr: …) leaves the
   * consent readable: the holder still gets the draft. A misspelt key in the certificate, or any
   * other error of the front matter, may hide a {@code publication: false}: the document is held.
   */
  private static boolean outsideTheCertificate(Finding f) {
    if (f.code() != fr.fejdoc.model.finding.Code.UNKNOWN_KEY
        && f.code() != fr.fejdoc.model.finding.Code.UNKNOWN_KEY_NO_SUGGESTION) return false;
    for (Object a : f.args()) {
      String t = String.valueOf(a).toLowerCase(java.util.Locale.ROOT);
      if (t.contains("certificat") || t.contains("publication")) return false;
    }
    return true;
  }

  /** The output name of a document: its file name without extension. */
  static String stem(Document d) {
    Path path = d.source().path();
    return stem(path == null ? d.source().file() : path.getFileName().toString());
  }

  private static String stem(String name) {
    int slash = name.lastIndexOf('/');
    if (slash >= 0) name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

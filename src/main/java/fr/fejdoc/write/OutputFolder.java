package fr.fejdoc.write;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of the folders fejdoc writes into, so that a command never deletes or mixes anything it
 * should not:
 *
 * <ul>
 *   <li><b>Which folders.</b> The output folder ({@code build --out}, {@code catalogue
 *       --documents}) and the catalogue's site folder ({@code catalogue --out}) are refused (exit
 *       2, a French message saying why and what to do) when they are a file-system root or the
 *       user's home, are or contain the working folder, are, contain or lie in a project being
 *       built, or are or contain a folder of projects being built.
 *   <li><b>Whose folder.</b> An output folder must be absent, empty, or fejdoc's own: it holds
 *       {@value #MARKER} (written when fejdoc first writes there), or is an output of an earlier
 *       version (only project folders of this run, stamped project folders, folders of documents
 *       and a catalogue site). The site folder, replaced whole on each publication, must be absent,
 *       empty, or a catalogue fejdoc wrote ({@code index.html} and a {@code datapackage.json} that
 *       describes {@code experiences.csv}).
 *   <li><b>Reserved names.</b> Under an output folder, {@value #SITE} is the catalogue and names
 *       starting with "." are fejdoc's own files (marker, lock, temporaries): a project of such a
 *       name gets a finding ({@link #reserved}) and no documents.
 *   <li><b>One writer at a time.</b> Each folder fejdoc writes into directly (the output folder,
 *       the site's parent) is locked through a {@value #LOCK} file ({@link FileChannel#tryLock}, so
 *       the operating system releases it when the process dies, {@code kill -9} included). A second
 *       run waits, saying so, up to {@link #waitBound()} (environment variable {@code
 *       FEJDOC_LOCK_WAIT}, seconds), then gives up with exit 2. Within one process the lock is
 *       re-entrant for the thread holding it ({@code build} runs {@code catalogue}).
 *   <li><b>Leftovers.</b> Only while holding the lock, the temporaries a killed run left are
 *       removed, recognised by their exact names only: {@code .<site>.new-<n>} and {@code
 *       .<site>.old-<n>} folders beside the site, and {@link AtomicFiles#isTemporary} files in the
 *       project folders and the site. Nothing else is ever deleted.
 * </ul>
 *
 * <p>Use: {@code try (OutputFolder.Claim claim = OutputFolder.claim(messages)) { ... if
 * (!claim.output(...)) return 2; ... }}; closing the claim releases its locks.
 */
public final class OutputFolder {
  /** Written in an output folder when fejdoc first writes there: the folder is fejdoc's. */
  public static final String MARKER = ".fejdoc-output";

  /** The lock file of a folder fejdoc writes into (the output folder, or the site's parent). */
  public static final String LOCK = ".fejdoc-lock";

  /** The catalogue's site under an output folder. */
  public static final String SITE = "catalogue";

  /** The project folders a project's documents would clash with (besides names starting "."). */
  private static final Set<String> RESERVED = Set.of(SITE);

  private static final String MARKER_TEXT =
      "Dossier de sortie de fejdoc : un dossier par projet (ses documents) et le catalogue.\n"
          + "fejdoc y remplace ses propres fichiers : n'y rangez rien d'autre.\n";

  private OutputFolder() {}

  // ---------------------------------------------------------------- reserved names

  /** Whether a project folder named {@code projectName} would clash with fejdoc's own files. */
  public static boolean isReserved(String projectName) {
    return projectName.startsWith(".")
        || RESERVED.contains(projectName.toLowerCase(Locale.ROOT).strip());
  }

  /**
   * The finding that a project's name is reserved (its documents would replace the catalogue or
   * fejdoc's files), located on its folder as displayed; null for any other name.
   */
  public static Finding reserved(String projectName, String display) {
    return isReserved(projectName)
        ? Finding.of(Code.RESERVED_NAME, Loc.of(display), projectName)
        : null;
  }

  /**
   * {@code checked}, with the {@link #reserved} finding added when its project's name is reserved
   * (the project is then in error: no documents are written for it, the catalogue lists it as in
   * error); otherwise {@code checked} itself.
   */
  public static Checker.Checked guard(Checker.Checked checked, String display) {
    Finding f = reserved(checked.project().name(), display);
    if (f == null) return checked;
    List<Finding> findings = new ArrayList<>(checked.findings());
    findings.add(f);
    Collections.sort(findings);
    return new Checker.Checked(checked.project(), List.copyOf(findings));
  }

  // ---------------------------------------------------------------- which folders

  /** What a folder is for, as the messages name it. */
  enum Role {
    OUTPUT("output"),
    DOCUMENTS("documents"),
    SITE("site");

    /** Where its texts are in the message bundles: out.KEY.noun, .option, .example. */
    final String key;

    Role(String key) {
      this.key = key;
    }

    String example(Messages m) {
      return m.text("out." + key + ".example");
    }
  }

  /** The messages of a caller that does not say its language. */
  /**
   * Why {@code folder} cannot be the output folder (or documents folder) of a run over {@code
   * paths} (the command line's, null for the default projects/) whose projects are {@code
   * projectDirs}; null when it can, said in the language of {@code m}. Looks only: creates nothing.
   */
  static String refusal(
      Messages m, Role role, Path folder, List<Path> paths, List<Path> projectDirs) {
    Path f = real(folder);
    String why = placeRefusal(m, f, paths, projectDirs);
    if (why == null && Files.exists(f) && !Files.isDirectory(f)) why = m.text("out.why.file");
    if (why == null && role != Role.SITE) {
      String foreign = foreignEntry(f, projectNames(projectDirs));
      if (foreign != null) {
        return m.text(
            "out.foreign.output",
            prefix(m, role, folder),
            shown(m, foreign),
            role.example(m),
            MARKER);
      }
    }
    if (why == null && role == Role.SITE) {
      String foreign = foreignSite(f);
      if (foreign != null) {
        return m.text(
            "out.foreign.site", prefix(m, role, folder), shown(m, foreign), role.example(m));
      }
    }
    if (why == null) return null;
    return m.text(
        role == Role.SITE ? "out.refused.site" : "out.refused.output",
        prefix(m, role, folder),
        why,
        role.example(m));
  }

  /** A folder's entry as a message shows it: its name, or that the folder cannot be listed. */
  private static String shown(Messages m, String entry) {
    return entry == UNREADABLE ? m.text("out.unreadable") : entry;
  }

  /**
   * Why the catalogue's {@code site} (replaced whole) and its {@code documents} folder cannot be
   * used; null when they can, said in the language of {@code m}.
   */
  static String siteRefusal(
      Messages m, Path site, Path documents, List<Path> paths, List<Path> projectDirs) {
    Path s = real(site), docs = real(documents);
    if (docs.startsWith(s)) return m.text("out.documents-in-site");
    String sr = refusal(m, Role.SITE, site, paths, projectDirs);
    if (sr != null) return sr;
    String d = refusal(m, Role.DOCUMENTS, documents, paths, projectDirs);
    if (d != null) return d;
    String name = s.getFileName().toString();
    // a reserved name (catalogue) is the project's problem: it gets a finding (guard)
    if (docs.equals(s.getParent()) && !isReserved(name)) {
      for (Path p : projectDirs) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        if (n != null && n.toString().equalsIgnoreCase(name)) {
          return m.text(
              "out.site-is-project", prefix(m, Role.SITE, site), ProjectFinder.display(p));
        }
      }
    }
    return null;
  }

  private static String prefix(Messages m, Role role, Path folder) {
    return m.text(
        "out.prefix",
        m.text("out." + role.key + ".noun"),
        ProjectFinder.display(folder),
        m.text("out." + role.key + ".option"));
  }

  /**
   * Why the place itself is refused (root, home, working folder, projects); null when it is not.
   */
  private static String placeRefusal(Messages m, Path f, List<Path> paths, List<Path> projectDirs) {
    if (f.getParent() == null) return m.text("out.why.root");
    String home = System.getProperty("user.home");
    if (home != null && !home.isBlank() && f.equals(real(Path.of(home))))
      return m.text("out.why.home");
    Path cwd = real(Path.of(""));
    if (cwd.equals(f)) return m.text("out.why.cwd");
    if (cwd.startsWith(f)) return m.text("out.why.holds-cwd");
    for (Path p : projectDirs) {
      Path r = real(p);
      String shown = ProjectFinder.display(p);
      if (r.equals(f)) return m.text("out.why.project", shown);
      if (r.startsWith(f)) return m.text("out.why.holds-project", shown);
      if (f.startsWith(r)) return m.text("out.why.in-project", shown);
    }
    for (Path q : projectPaths(paths)) {
      if (Files.isRegularFile(q.resolve(ProjectLoader.EXPERIMENT_FILE))) continue; // a project
      Path r = real(q);
      String shown = ProjectFinder.display(q);
      if (r.equals(f)) return m.text("out.why.projects", shown);
      if (r.startsWith(f)) return m.text("out.why.holds-projects", shown);
    }
    return null;
  }

  private static List<Path> projectPaths(List<Path> paths) {
    return paths == null || paths.isEmpty() ? List.of(Path.of("projects")) : paths;
  }

  private static Set<String> projectNames(List<Path> projectDirs) {
    Set<String> names = new java.util.HashSet<>();
    for (Path p : projectDirs) {
      Path n = p.toAbsolutePath().normalize().getFileName();
      if (n != null) names.add(n.toString());
    }
    return names;
  }

  /**
   * The first entry of an existing, non-empty output folder that fejdoc did not write, or null when
   * the folder is absent, empty, marked ({@value #MARKER}) or an output of an earlier version.
   */
  static String foreignEntry(Path dir, Set<String> projectNames) {
    if (!Files.isDirectory(dir) || Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS))
      return null;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path e : s.sorted().toList()) {
        if (!earlierOutput(e, projectNames)) return e.getFileName().toString();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** What {@link #foreignEntry} says of a folder it cannot list. */
  private static final String UNREADABLE = "? (son contenu ne peut pas être lu)";

  /** What an output folder of an earlier version holds. */
  private static boolean earlierOutput(Path e, Set<String> projectNames) throws IOException {
    String name = e.getFileName().toString();
    if (name.equals(LOCK) || SITE_TEMPORARY.matcher(name).matches()) return true;
    if (!Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) return false;
    if (projectNames.contains(name)) return true; // where this run writes anyway
    if (Files.isRegularFile(e.resolve(ProjectWriter.STAMP), LinkOption.NOFOLLOW_LINKS)) return true;
    if (Files.isRegularFile(e.resolve(ProjectWriter.DRAFTS), LinkOption.NOFOLLOW_LINKS))
      return true;
    if (name.equals(SITE) && isSite(e)) return true;
    try (Stream<Path> s = Files.list(e)) { // the documents of a partial build (no stamp)
      return s.allMatch(
          f -> {
            String n = f.getFileName().toString();
            return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                && (DOCUMENT.matcher(n).matches() || AtomicFiles.isTemporary(n));
          });
    }
  }

  private static final Pattern DOCUMENT =
      Pattern.compile("[^.][^/\\\\]*\\.(?:html|pdf|docx|xlsx|odt|ods)", Pattern.CASE_INSENSITIVE);

  /** The first entry of an existing, non-empty folder that is not a fejdoc site, or null. */
  static String foreignSite(Path dir) {
    if (!Files.isDirectory(dir)) return null;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> entries = s.sorted().toList();
      if (entries.isEmpty() || isSite(dir)) return null;
      return entries.get(0).getFileName().toString();
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** A catalogue site fejdoc wrote: its index and its data package describing the CSV. */
  static boolean isSite(Path dir) {
    Path data = dir.resolve("datapackage.json");
    try {
      return Files.isRegularFile(dir.resolve("index.html"))
          && Files.isRegularFile(data)
          && Files.size(data) < 1_000_000
          && Files.readString(data, StandardCharsets.UTF_8).contains("\"experiences.csv\"");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The path with the links of its existing part resolved (so that two spellings of one folder
   * compare equal), absolute and normalised.
   */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Deque<Path> rest = new ArrayDeque<>();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      rest.push(existing.getFileName());
      existing = existing.getParent();
    }
    if (existing == null) return abs;
    try {
      Path r = existing.toRealPath();
      while (!rest.isEmpty()) r = r.resolve(rest.pop().toString());
      return r;
    } catch (IOException e) {
      return abs;
    }
  }

  // ---------------------------------------------------------------- claims and locks

  /**
   * A command's claim on the folders it writes into, its messages said in the language of {@code
   * m}; closing it releases their locks.
   */
  public static Claim claim(Messages m) {
    return new Claim(System.err, m);
  }

  /** The locks held by one command run. */
  public static final class Claim implements AutoCloseable {
    private final PrintStream err;
    private final Messages m;
    private final List<Held> held = new ArrayList<>();

    Claim(PrintStream err, Messages m) {
      this.err = err;
      this.m = m;
    }

    /**
     * Checks {@code out} as {@code build}'s output folder for the projects {@code projectDirs}
     * found from {@code paths} (null: projects/), creates and marks it, takes its lock (waiting for
     * another run) and removes the temporaries a killed run left. False when refused or not
     * obtained: the message is printed, nothing was written; the command should exit with 2.
     */
    public boolean output(Path out, List<Path> paths, List<Path> projectDirs) {
      String refused = refusal(m, Role.OUTPUT, out, paths, projectDirs);
      if (refused != null) {
        err.println(refused);
        return false;
      }
      try {
        Files.createDirectories(out);
        if (!lock(out)) return false;
        mark(out);
        if (exclusive()) cleanOutput(real(out), Set.of(SITE));
        return true;
      } catch (IOException e) {
        err.println(cannotPrepare(Role.OUTPUT, out, e));
        return false;
      }
    }

    /**
     * The same for {@code catalogue}: its {@code site} folder (replaced whole) and the {@code
     * documents} folder where the projects' documents are found or built.
     */
    public boolean site(Path site, Path documents, List<Path> paths, List<Path> projectDirs) {
      String refused = siteRefusal(m, site, documents, paths, projectDirs);
      if (refused != null) {
        err.println(refused);
        return false;
      }
      Path parent = site.toAbsolutePath().normalize().getParent();
      String name = site.toAbsolutePath().normalize().getFileName().toString();
      Role now = Role.DOCUMENTS;
      try {
        Files.createDirectories(documents);
        now = Role.SITE;
        Files.createDirectories(parent);
        // always in the same order, so that two runs never wait for each other crosswise
        TreeSet<Path> folders = new TreeSet<>(List.of(real(documents), real(parent)));
        for (Path folder : folders) if (!lock(folder)) return false;
        mark(documents);
        if (exclusive()) {
          cleanOutput(real(documents), new LinkedHashSet<>(List.of(SITE, name)));
          cleanSiteFolders(parent, name);
          cleanTemporaries(real(site), 2, true);
        }
        return true;
      } catch (IOException e) {
        err.println(cannotPrepare(now, now == Role.SITE ? parent : documents, e));
        return false;
      }
    }

    private String cannotPrepare(Role role, Path folder, IOException e) {
      return m.text("out.cannot-prepare", prefix(m, role, folder), m.whyWrite(e));
    }

    /**
     * Whether every lock of this claim is held against other processes too (not so on a file system
     * without locks): only then are leftovers removed, as no other run can be writing them.
     */
    private boolean exclusive() {
      return held.stream().allMatch(h -> h.lock != null);
    }

    /** Takes the lock of {@code folder}, waiting up to the bound; false (said) when it cannot. */
    private boolean lock(Path folder) throws IOException {
      Path file = real(folder).resolve(LOCK);
      Held h = HELD.computeIfAbsent(file, k -> new Held());
      Duration bound = waitBound();
      long deadline = System.nanoTime() + bound.toNanos();
      boolean said = false;
      try {
        if (!h.jvm.tryLock()) {
          said = waiting(folder, bound);
          if (!h.jvm.tryLock(remaining(deadline), TimeUnit.NANOSECONDS))
            return gaveUp(folder, bound);
        }
        if (h.jvm.getHoldCount() == 1) {
          FileChannel channel =
              FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          try {
            FileLock lock;
            while ((lock = tryLock(channel, folder)) == null) {
              if (!channel.isOpen()) break; // no locks on this file system: said, goes on
              if (!said) said = waiting(folder, bound);
              if (remaining(deadline) <= 0) {
                channel.close();
                h.jvm.unlock();
                return gaveUp(folder, bound);
              }
              Thread.sleep(Math.min(100, TimeUnit.NANOSECONDS.toMillis(remaining(deadline)) + 1));
            }
            h.channel = channel.isOpen() ? channel : null;
            h.lock = lock;
          } catch (IOException | RuntimeException | InterruptedException e) {
            channel.close();
            h.jvm.unlock();
            throw e;
          }
        }
        held.add(h);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return gaveUp(folder, bound);
      }
    }

    /**
     * The lock, or null when another process holds it; a file system that has no locks (some
     * network shares) gets a warning, the channel closed, and null.
     */
    private FileLock tryLock(FileChannel channel, Path folder) throws IOException {
      try {
        return channel.tryLock();
      } catch (IOException | UnsupportedOperationException e) {
        err.println(m.text("out.no-locks", ProjectFinder.display(folder)));
        channel.close();
        return null;
      }
    }

    private boolean waiting(Path folder, Duration bound) {
      err.println(m.text("out.waiting", ProjectFinder.display(folder), seconds(bound)));
      return true;
    }

    private boolean gaveUp(Path folder, Duration bound) {
      err.println(m.text("out.gave-up", ProjectFinder.display(folder), seconds(bound)));
      return false;
    }

    /** Releases the locks this claim took (a lock taken again within one run is kept). */
    @Override
    public void close() {
      for (int i = held.size() - 1; i >= 0; i--) held.get(i).release();
      held.clear();
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static String seconds(Duration d) {
    long s = d.toSeconds();
    return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  /**
   * How long a run waits for another one writing into the same folder: {@code FEJDOC_LOCK_WAIT}
   * (seconds; the system property {@code fejdoc.lockWaitSeconds} first), 10 minutes by default.
   */
  static Duration waitBound() {
    String v = System.getProperty("fejdoc.lockWaitSeconds", System.getenv("FEJDOC_LOCK_WAIT"));
    if (v != null) {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
      } catch (NumberFormatException e) {
        // an unreadable value: the default
      }
    }
    return Duration.ofMinutes(10);
  }

  /** The lock of one folder in this process: one thread at a time, then the OS file lock. */
  private static final ConcurrentHashMap<Path, Held> HELD = new ConcurrentHashMap<>();

  private static final class Held {
    final ReentrantLock jvm = new ReentrantLock();
    FileChannel channel;
    FileLock lock;

    void release() {
      if (jvm.getHoldCount() == 1 && channel != null) {
        try {
          if (lock != null) lock.release();
          channel.close();
        } catch (IOException e) {
          // closing the channel releases the lock in any case
        }
        channel = null;
        lock = null;
      }
      jvm.unlock();
    }
  }

  private static void mark(Path out) throws IOException {
    Path marker = out.resolve(MARKER);
    if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) return;
    try {
      Files.writeString(marker, MARKER_TEXT, StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // written meanwhile: fine
    }
  }

  // ---------------------------------------------------------------- leftovers

  /** The staging folders of {@code SitePublisher} (and the "old" ones of earlier versions). */
  private static final Pattern SITE_TEMPORARY = Pattern.compile("\\..+\\.(?:new|old)-[0-9]{1,20}");

  /** Whether {@code name} is a staging folder of the site {@code site}: .site.new-123. */
  static boolean isSiteTemporary(String name, String site) {
    return name.matches("\\." + Pattern.quote(site) + "\\.(?:new|old)-[0-9]{1,20}");
  }

  /** Under the lock: a killed run's temporaries in an output folder and its project folders. */
  static void cleanOutput(Path out, Set<String> sites) {
    for (String site : sites) cleanSiteFolders(out, site);
    cleanTemporaries(out, 3, false);
  }

  /** Removes the staging folders of {@code site} left in {@code parent}. */
  static void cleanSiteFolders(Path parent, String site) {
    try (Stream<Path> s = Files.list(parent)) {
      for (Path e : s.toList()) {
        if (isSiteTemporary(e.getFileName().toString(), site)) deleteTree(e);
      }
    } catch (IOException | RuntimeException e) {
      // best effort: what could not be removed is tried again on the next run
    }
  }

  /**
   * Removes {@link AtomicFiles#isTemporary} files found in {@code dir} (when {@code top}: only a
   * site's own folder; an output folder's top level may hold a report another command is writing)
   * and its sub-folders, down to {@code depth} levels (project folders, the site and its pages).
   * Links are not followed; hidden folders are not entered. Names are matched before any file is
   * looked at: a thousand project folders cost a thousand listings, not ten thousand reads.
   */
  static void cleanTemporaries(Path dir, int depth, boolean top) {
    if (depth <= 0) return;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        String n = e.getFileName().toString();
        if (AtomicFiles.isTemporary(n)) {
          if (top && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(e);
        } else if (depth > 1
            && !n.startsWith(".")
            && !DOCUMENT.matcher(n).matches()
            && Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
          cleanTemporaries(e, depth - 1, true);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: what could not be removed is tried again on the next run
    }
  }

  /** Deletes a folder and what it holds; links are removed, never followed. */
  /**
   * Deletes a folder and what it holds (a file or a link: itself only); links inside are removed,
   * never followed. Shared with the site publisher.
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(dir);
      return;
    }
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

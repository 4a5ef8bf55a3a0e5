package fr.fejdoc.preview;

import fr.fejdoc.catalogue.Catalogue;
import fr.fejdoc.catalogue.CatalogueEntry;
import fr.fejdoc.catalogue.CatalogueSite;
import fr.fejdoc.check.Boundary;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.write.AtomicFiles;
import fr.fejdoc.write.LayoutRule;
import fr.fejdoc.write.ProjectWriter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the preview shows: the projects watched, the HTML edition of each of their documents (in a
 * temporary output folder of its own, deleted at the end), the findings of their last check, and
 * the PDF edition and the catalogue made on demand. Every build runs on one thread, one after the
 * other (a save during a build is built after it); the state is read under this object's lock.
 */
public final class PreviewSession implements AutoCloseable {
  /** A project of the preview: its folder and how paths are displayed. */
  public record Source(Path dir, String display) {}

  /** One document of a project: its HTML edition and whether the last build of it failed. */
  static final class Doc {
    final String name;

    /** Bumped on each build of the document (the PDF made from an older one is stale). */
    long generation;

    /** An HTML edition was written once (the last good one is kept when a build fails). */
    boolean written;

    /** The last build of the document failed (the page shows the error, and the last edition). */
    boolean failed;

    /** The generation the cached PDF was made from, -1 for none. */
    long pdfGeneration = -1;

    Doc(String name) {
      this.name = name;
    }
  }

  /** A project and its last check. */
  static final class State {
    final Source source;
    final String name;
    Checker.Checked checked;
    final Map<String, Doc> docs = new TreeMap<>();
    long generation;

    State(Source source) {
      this.source = source;
      Path n = source.dir().getFileName();
      this.name = n == null ? "projet" : n.toString();
    }
  }

  private final Path out;
  private final Messages messages;
  private final boolean folderOfProjects;
  private final Map<String, State> projects = new LinkedHashMap<>();
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fejdoc-apercu-construction");
            t.setDaemon(true);
            return t;
          });
  private volatile Consumer<String> onRebuilt = p -> {};
  private long catalogueGeneration = -1;
  private final java.util.concurrent.atomic.AtomicInteger waiting =
      new java.util.concurrent.atomic.AtomicInteger();
  private long generation;
  private final String session = Long.toHexString(System.nanoTime() ^ System.currentTimeMillis());

  /**
   * A session over {@code sources}, writing into {@code out} (an empty folder of its own, removed
   * by {@link #close()}). Nothing is built until {@link #buildAll()}.
   */
  public PreviewSession(
      List<Source> sources, Path out, Messages messages, boolean folderOfProjects) {
    this.out = out;
    this.messages = messages;
    this.folderOfProjects = folderOfProjects;
    for (Source s : sources) {
      State st = new State(s);
      // two folders of the same name would share their output: the first one only
      projects.putIfAbsent(st.name, st);
    }
  }

  /** Called with the project's name after each rebuild (the server pushes the reload event). */
  public void onRebuilt(Consumer<String> listener) {
    this.onRebuilt = listener;
  }

  public Messages messages() {
    return messages;
  }

  public Path out() {
    return out;
  }

  public boolean folderOfProjects() {
    return folderOfProjects;
  }

  /** A random identity of this run: a page from another run reloads on reconnecting. */
  public String id() {
    return session;
  }

  public synchronized long generation() {
    return generation;
  }

  public synchronized List<String> projectNames() {
    return List.copyOf(projects.keySet());
  }

  /** The projects' folders, for the watcher. */
  public synchronized Map<String, Path> folders() {
    Map<String, Path> m = new LinkedHashMap<>();
    for (State s : projects.values()) m.put(s.name, s.source.dir());
    return m;
  }

  /** Builds every document of every project (the first build), waiting for it. */
  public void buildAll() {
    List<Future<?>> all = new ArrayList<>();
    for (String p : projectNames()) all.add(builder.submit(() -> rebuild(p, null, true)));
    for (Future<?> f : all) await(f);
  }

  /**
   * For a preview of one project: builds it {@code times} more in the background, unseen, so that
   * the holder's first save finds the program warm (compiled) rather than cold.
   */
  public void warmUp(int times) {
    if (folderOfProjects) return;
    for (String p : projectNames())
      for (int i = 0; i < times; i++)
        builder.submit(
            () -> {
              if (waiting.get() == 0) rebuild(p, null, false); // a save waiting goes first
            });
  }

  /**
   * Schedules the rebuild of the documents of {@code project} fed by the files {@code changed}
   * (paths relative to the project folder, '/' separated).
   */
  public void changed(String project, Set<String> changed) {
    Set<String> docs = fedBy(changed);
    synchronized (queued) {
      if (queued.containsKey(project)) {
        // a rebuild of this project is already waiting: it takes these documents too
        Set<String> before = queued.get(project);
        if (before == null || docs == null) queued.put(project, null);
        else before.addAll(docs);
        return;
      }
      queued.put(project, docs == null ? null : new TreeSet<>(docs));
    }
    waiting.incrementAndGet();
    builder.submit(
        () -> {
          Set<String> all;
          synchronized (queued) {
            all = queued.remove(project);
          }
          waiting.decrementAndGet();
          rebuild(project, all, true);
        });
  }

  /** The rebuilds waiting, by project: the documents to build (null: all). */
  private final Map<String, Set<String>> queued = new HashMap<>();

  /**
   * The documents fed by the changed files: a Markdown file at the top of the project feeds its own
   * document (and the annexes with a note de restitution finale: they follow its consent); any
   * other file (the facts, an image, a template) feeds every document, null.
   */
  static Set<String> fedBy(Set<String> changed) {
    Set<String> docs = new TreeSet<>();
    for (String f : changed) {
      if (f.contains("/") || !f.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) return null;
      String stem = f.substring(0, f.length() - 3);
      docs.add(stem);
      if (stem.startsWith("restitution")) docs.add(Assembler.ANNEXES);
    }
    return docs;
  }

  /** Checks {@code project} again, then writes the HTML edition of {@code docs} (null: all). */
  private void rebuild(String project, Set<String> docs, boolean told) {
    State st;
    synchronized (this) {
      st = projects.get(project);
    }
    if (st == null) return;
    try {
      Checker.Checked checked =
          fr.fejdoc.write.OutputFolder.guard(
              LayoutRule.checker().check(st.source.dir(), st.source.display()),
              st.source.display());
      Set<String> expected = expected(checked.project());
      ProjectWriter.Written w =
          ProjectWriter.write(
              checked, out, Set.of("html"), n -> docs == null || docs.contains(n), true);
      // the next partial build must not remove a draft this one does not write again
      Files.deleteIfExists(out.resolve(st.name).resolve(ProjectWriter.DRAFTS));
      Set<String> written = new TreeSet<>();
      for (String f : w.files())
        if (f.endsWith(".html")) written.add(f.substring(0, f.length() - 5));
      boolean readable = checked.project() != null && checked.project().experiment() != null;
      synchronized (this) {
        st.checked = checked.with(w.findings());
        generation++;
        st.generation = generation;
        Set<String> touched = docs == null ? new TreeSet<>(st.docs.keySet()) : new TreeSet<>(docs);
        if (docs == null) touched.addAll(expected);
        for (String d : touched) {
          if (readable && !expected.contains(d)) {
            // a document whose file is gone: gone from the preview too
            st.docs.remove(d);
            Files.deleteIfExists(out.resolve(st.name).resolve(d + ".html"));
            Files.deleteIfExists(out.resolve(st.name).resolve(d + ".pdf"));
            continue;
          }
          if (!readable && !st.docs.containsKey(d)) continue;
          Doc doc = st.docs.computeIfAbsent(d, Doc::new);
          doc.generation = generation;
          doc.failed = !written.contains(d);
          if (!doc.failed) doc.written = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      // never stops the preview: said on the page
      synchronized (this) {
        Finding f = Boundary.finding(e, Loc.of(st.source.display()), st.source.display());
        st.checked =
            new Checker.Checked(
                new Project(st.name, st.source.dir(), null, List.of()),
                List.of(f),
                st.source.display());
        generation++;
        st.generation = generation;
        for (Doc d : st.docs.values()) {
          d.failed = true;
          d.generation = generation;
        }
      }
    }
    if (told) onRebuilt.accept(project);
  }

  /** The names of the documents a project makes (its document files, the annexes). */
  static Set<String> expected(Project p) {
    Set<String> names = new TreeSet<>();
    if (p == null) return names;
    for (Document d : p.documents()) {
      String stem = d.source().path().getFileName().toString();
      int dot = stem.lastIndexOf('.');
      names.add(dot > 0 ? stem.substring(0, dot) : stem);
      if (d instanceof Document.FinalReport && p.experiment() != null) names.add(Assembler.ANNEXES);
    }
    return names;
  }

  /** What a page shows of a project: its documents, last check and generation. */
  record View(
      String name,
      String display,
      Checker.Checked checked,
      List<DocView> docs,
      long generation,
      boolean folderOfProjects) {}

  record DocView(String name, boolean written, boolean failed) {}

  synchronized View view(String project) {
    State st = projects.get(project);
    if (st == null) return null;
    List<DocView> docs = new ArrayList<>();
    for (Doc d : st.docs.values()) docs.add(new DocView(d.name, d.written, d.failed));
    return new View(
        st.name, st.source.display(), st.checked, docs, st.generation, folderOfProjects);
  }

  /**
   * The PDF edition of {@code doc}, made from the project's last check when the cached one is older
   * than the document's HTML; null when the document has none (unknown, or the build failed).
   */
  Path pdf(String project, String doc) {
    Future<Path> f = builder.submit(() -> makePdf(project, doc));
    return await(f);
  }

  private Path makePdf(String project, String doc) throws IOException {
    State st;
    Checker.Checked checked;
    long gen;
    synchronized (this) {
      st = projects.get(project);
      if (st == null) return null;
      Doc d = st.docs.get(doc);
      if (d == null || !d.written) return null;
      Path file = out.resolve(st.name).resolve(doc + ".pdf");
      if (d.pdfGeneration == d.generation && Files.isRegularFile(file)) return file;
      checked = st.checked;
      gen = d.generation;
    }
    if (checked == null || checked.project() == null || checked.project().experiment() == null)
      return null;
    ProjectWriter.Written w =
        ProjectWriter.write(checked, out, Set.of("pdf"), n -> n.equals(doc), true);
    Files.deleteIfExists(out.resolve(st.name).resolve(ProjectWriter.DRAFTS));
    Path file = out.resolve(st.name).resolve(doc + ".pdf");
    if (!w.files().contains(doc + ".pdf")) return null;
    synchronized (this) {
      Doc d = st.docs.get(doc);
      if (d != null && d.generation == gen) d.pdfGeneration = gen;
    }
    return file;
  }

  /**
   * The catalogue of the projects ({@code <out>/catalogue/}), written again when a project changed
   * since; null when the preview shows one project only.
   */
  Path catalogue() {
    if (!folderOfProjects) return null;
    return await(builder.submit(this::makeCatalogue));
  }

  private Path makeCatalogue() throws IOException {
    Path site = out.resolve("catalogue");
    List<Catalogue.Source> sources = new ArrayList<>();
    Map<Path, Catalogue.Known> known = new HashMap<>();
    synchronized (this) {
      if (catalogueGeneration == generation && Files.isDirectory(site)) return site;
      for (State st : projects.values()) {
        sources.add(new Catalogue.Source(st.source.dir(), st.source.display()));
        if (st.checked == null) continue;
        List<String> built = new ArrayList<>();
        for (Doc d : st.docs.values()) {
          if (!d.written || d.failed) continue;
          built.add(d.name + ".html");
          if (d.pdfGeneration == d.generation) built.add(d.name + ".pdf");
        }
        known.put(
            st.source.dir().toAbsolutePath().normalize(),
            new Catalogue.Known(
                fr.fejdoc.catalogue.RowCache.of(
                        st.checked, st.checked.hasErrors() ? null : built, messages)
                    .entry()));
      }
    }
    long at;
    synchronized (this) {
      at = generation;
    }
    // a project in error gets no documents from the catalogue: it would build them in every format
    List<CatalogueEntry> entries = Catalogue.entries(sources, out, messages, known);
    Map<String, byte[]> files = new CatalogueSite(entries, "../").files();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path target = site.resolve(e.getKey()).normalize();
      if (!target.startsWith(site)) continue;
      AtomicFiles.write(target, e.getValue());
    }
    synchronized (this) {
      catalogueGeneration = at;
    }
    return site;
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get(Boundary.projectBudget().toSeconds() + 30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      return null;
    }
  }

  /** Stops building and deletes the preview's output folder. */
  @Override
  public void close() {
    builder.shutdownNow();
    try {
      builder.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    delete(out);
  }

  /** Deletes {@code dir} and what it holds, links not followed. */
  static void delete(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // what cannot be removed stays in the system's temporary folder
    }
  }

  /** How a path is shown to the holder. */
  static String display(Path p) {
    return ProjectFinder.display(p);
  }
}

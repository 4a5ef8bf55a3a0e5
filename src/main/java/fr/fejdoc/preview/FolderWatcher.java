package fr.fejdoc.preview;

import fr.fejdoc.load.ProjectFiles;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Watches the projects' folders and reports, per project, the files saved, created or removed
 * (paths relative to the project folder), once the saves have settled ({@value #DEBOUNCE_MS} ms
 * without another). The operating system's notifications ({@link WatchService}) when it has them,
 * and a periodic comparison of the files' sizes and dates as well (a notification lost, a system
 * that only polls, a folder the service cannot watch). Bounded like the rest: only what {@link
 * ProjectFiles#entries} lists (the project's own files, no link followed, version-control folders
 * left out, at most {@link ProjectFiles#MAX_ENTRIES} entries); a folder beyond the limits is
 * watched at its top only.
 */
final class FolderWatcher implements AutoCloseable {
  static final long DEBOUNCE_MS = 50;

  /** How often the folders are compared when nothing is notified. */
  static final long POLL_MS = 1_000;

  private final Map<String, Path> projects;
  private final BiConsumer<String, Set<String>> changed;
  private final WatchService service;

  /** No notifications from the system (none, or a service that compares files itself). */
  private final boolean polling;

  /** How often the folders are compared without notifications (a project). */
  static final long FAST_POLL_MS = 100;

  private final Map<WatchKey, String> keys = new HashMap<>();
  private final Map<String, Map<String, Long>> snapshots = new HashMap<>();
  private final Map<String, Set<String>> pending = new LinkedHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  FolderWatcher(Map<String, Path> projects, BiConsumer<String, Set<String>> changed) {
    this(projects, changed, false);
  }

  /** The same; with {@code pollOnly}, by comparison only (as where the system does not notify). */
  FolderWatcher(
      Map<String, Path> projects, BiConsumer<String, Set<String>> changed, boolean pollOnly) {
    this.projects = Map.copyOf(projects);
    this.changed = changed;
    WatchService s = null;
    try {
      if (!pollOnly) s = FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      s = null; // polling only
    }
    this.service = s;
    this.polling = s == null || s.getClass().getName().contains("Polling");
    for (Map.Entry<String, Path> p : projects.entrySet()) {
      snapshots.put(p.getKey(), snapshot(p.getValue()));
      register(p.getKey(), p.getValue());
    }
    thread = new Thread(this::loop, "fejdoc-apercu-surveillance");
    thread.setDaemon(true);
    thread.start();
  }

  /** Registers the project's folders with the service (new ones are added as they appear). */
  private void register(String project, Path dir) {
    if (service == null) return;
    try {
      Path root = ProjectFiles.root(dir);
      registerOne(project, root);
      for (ProjectFiles.Entry e : entries(root))
        if (e.attributes().isDirectory() && !e.attributes().isSymbolicLink())
          registerOne(project, e.path());
    } catch (IOException | RuntimeException e) {
      // the folder is gone or unreadable: the comparison finds it back
    }
  }

  private void registerOne(String project, Path dir) {
    try {
      WatchKey k =
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
      synchronized (keys) {
        keys.put(k, project);
      }
    } catch (IOException | RuntimeException e) {
      // not watchable: the comparison covers it
    }
  }

  private static List<ProjectFiles.Entry> entries(Path root) throws IOException {
    try {
      return ProjectFiles.entries(root);
    } catch (ProjectFiles.Oversized e) {
      return List.of();
    }
  }

  /** Each file's size and date (its path relative to the project), bounded as above. */
  static Map<String, Long> snapshot(Path dir) {
    Map<String, Long> m = new HashMap<>();
    try {
      Path root = ProjectFiles.root(dir);
      List<ProjectFiles.Entry> all = entries(root);
      if (all.isEmpty()) {
        // beyond the limits (or empty): its top only
        try (var s = Files.list(root)) {
          s.limit(ProjectFiles.MAX_ENTRIES)
              .forEach(
                  p -> {
                    try {
                      BasicFileAttributes a =
                          Files.readAttributes(
                              p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                      if (a.isRegularFile())
                        m.put(
                            p.getFileName().toString(),
                            a.size() * 31 + a.lastModifiedTime().toMillis());
                    } catch (IOException e) {
                      // gone meanwhile
                    }
                  });
        }
      }
      for (ProjectFiles.Entry e : all)
        if (e.attributes().isRegularFile())
          m.put(
              e.name(), e.attributes().size() * 31 + e.attributes().lastModifiedTime().toMillis());
    } catch (IOException | RuntimeException e) {
      // the folder is gone: every file counts as removed
    }
    return m;
  }

  private void loop() {
    long lastPoll = System.nanoTime();
    long quietSince = 0;
    while (running) {
      try {
        WatchKey k = null;
        long wait = pending.isEmpty() ? 200 : DEBOUNCE_MS / 2;
        if (service != null) k = service.poll(wait, TimeUnit.MILLISECONDS);
        else Thread.sleep(wait);
        if (k != null) {
          String project;
          synchronized (keys) {
            project = keys.get(k);
          }
          Path dir = (Path) k.watchable();
          for (WatchEvent<?> ev : k.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW || project == null) {
              if (project != null) pending.computeIfAbsent(project, p -> new TreeSet<>());
              continue;
            }
            Path child = dir.resolve((Path) ev.context());
            String rel = relative(project, child);
            if (rel == null) continue;
            pending.computeIfAbsent(project, p -> new TreeSet<>()).add(rel);
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE
                && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
              register(project, projects.get(project));
          }
          if (!k.reset()) {
            synchronized (keys) {
              keys.remove(k);
            }
          }
          quietSince = System.nanoTime();
          continue;
        }
        // a service that only polls itself (as on macOS) is slow: the comparison runs often then
        long every =
            polling
                ? FAST_POLL_MS * Math.max(1, projects.size() / 10)
                : POLL_MS * Math.max(1, projects.size() / 50);
        if (System.nanoTime() - lastPoll > TimeUnit.MILLISECONDS.toNanos(every)) {
          lastPoll = System.nanoTime();
          poll();
          if (!pending.isEmpty() && quietSince == 0) quietSince = 1;
        }
        if (!pending.isEmpty()
            && System.nanoTime() - quietSince >= TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS)) {
          flush();
          quietSince = 0;
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // a watcher that fails keeps watching
      }
    }
  }

  /** The files changed since the last comparison, by size and date, in every project. */
  private void poll() {
    for (Map.Entry<String, Path> p : projects.entrySet()) {
      Map<String, Long> now = snapshot(p.getValue());
      Map<String, Long> before = snapshots.put(p.getKey(), now);
      Set<String> diff = new TreeSet<>();
      for (Map.Entry<String, Long> e : now.entrySet())
        if (before == null || !e.getValue().equals(before.get(e.getKey()))) diff.add(e.getKey());
      if (before != null) for (String f : before.keySet()) if (!now.containsKey(f)) diff.add(f);
      if (!diff.isEmpty()) {
        pending.computeIfAbsent(p.getKey(), x -> new TreeSet<>()).addAll(diff);
        if (service != null) register(p.getKey(), p.getValue()); // a folder the service missed
      }
    }
  }

  private void flush() {
    for (Map.Entry<String, Set<String>> e : pending.entrySet()) {
      // what was notified is now known: the comparison does not report it a second time
      snapshots.put(e.getKey(), snapshot(projects.get(e.getKey())));
      Set<String> files = e.getValue();
      // an overflow, or a folder that changed as a whole: every document
      if (files.isEmpty()) files = Set.of("experiment.yaml");
      changed.accept(e.getKey(), files);
    }
    pending.clear();
  }

  /** {@code child} relative to its project folder ('/' separated), null outside it. */
  private String relative(String project, Path child) {
    try {
      Path root = ProjectFiles.root(projects.get(project));
      Path c = child.toAbsolutePath().normalize();
      if (!c.startsWith(root)) return null;
      String rel = root.relativize(c).toString().replace('\\', '/');
      for (String part : rel.split("/")) if (ProjectFiles.IGNORED.contains(part)) return null;
      // an editor's temporary or backup file feeds no document
      String name = c.getFileName().toString();
      if (name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp")) return null;
      return rel.isEmpty() ? null : rel;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}

package fr.fejdoc.write;

import fr.fejdoc.model.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lays out the files of a project on every core: each (document, format) pair is independent once
 * the documents are assembled, and a build of one project (a holder's, the preview's) would
 * otherwise leave all cores but one idle. One pool for the whole program, of as many threads as
 * cores: projects built side by side share it, so the files laid out at once never outnumber the
 * cores. Each task runs within the budget of the project that asked ({@link Deadline#carry}).
 */
final class Layouts {
  private Layouts() {}

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Daemon threads: an abandoned project never holds the program open. */
  private static final ThreadPoolExecutor POOL =
      CORES < 2
          ? null
          : new ThreadPoolExecutor(
              CORES,
              CORES,
              10,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "fejdoc-mise-en-page-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
              });

  /**
   * The tasks' results, in the order given. A task must not throw (wrap its work in {@code
   * Boundary.run}); the waiting thread, when interrupted (its project abandoned), cancels the tasks
   * left and throws {@link Deadline.Exceeded}.
   */
  static <T> List<T> all(List<Callable<T>> tasks, java.time.Duration budget) {
    List<T> out = new ArrayList<>(tasks.size());
    if (POOL == null || tasks.size() < 2) {
      for (Callable<T> t : tasks) out.add(call(t));
      return out;
    }
    Deadline.Carried carried = Deadline.carry();
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> t : tasks)
      futures.add(
          POOL.submit(
              () -> {
                try (Deadline.Scope s = Deadline.adopt(carried)) {
                  return t.call();
                } finally {
                  Thread.interrupted(); // a pooled thread starts its next task clean
                }
              }));
    try {
      for (Future<T> f : futures) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      // the project is abandoned: a layout still running may be stuck in code that never looks at
      // its deadline, so each one running gets a replacement thread (as ProjectPool does)
      int stuck = 0;
      for (Future<T> f : futures) if (f.state() == Future.State.RUNNING && f.cancel(true)) stuck++;
      for (Future<T> f : futures) f.cancel(true);
      if (stuck > 0) grow(stuck);
      Thread.currentThread().interrupt();
      throw Deadline.exceeded(budget);
    } catch (ExecutionException e) {
      for (Future<T> f : futures) f.cancel(true);
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static synchronized void grow(int threads) {
    POOL.setMaximumPoolSize(POOL.getMaximumPoolSize() + threads);
    POOL.setCorePoolSize(POOL.getCorePoolSize() + threads);
  }

  private static <T> T call(Callable<T> t) {
    try {
      return t.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

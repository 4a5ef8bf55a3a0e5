package fr.fejdoc.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent tasks on every core, each on its own (unlike a parallel stream, which hands a
 * thread whole slices of the list): given longest first, the cores finish together.
 */
final class Parallel {
  private Parallel() {}

  /** The tasks' results, in the order given; a task's exception is thrown again here. */
  static <T> List<T> all(List<Supplier<T>> tasks) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
    List<T> out = new ArrayList<>(tasks.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<T>> futures = new ArrayList<>();
      for (Supplier<T> t : tasks) futures.add(pool.submit(t::get));
      for (Future<T> f : futures) out.add(f.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** A task that writes a file, and may fail doing so. */
  interface Task {
    void run() throws java.io.IOException;
  }

  /**
   * Runs every task on the cores: the tasks of {@code groups} one group at a time (a group's tasks
   * at once, the next group begun only once every task of the one before has ended, so that what a
   * group shares, a volume's document tree, is let go before the next one is made), and the {@code
   * free} tasks on the cores the groups leave idle. The first failure stops what has not begun and
   * is thrown again here.
   */
  static void run(List<List<Task>> groups, List<Task> free) throws java.io.IOException {
    int total = free.size();
    for (List<Task> g : groups) total += g.size();
    if (total == 0) return;
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
    Schedule schedule = new Schedule(groups, free);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) workers.add(pool.submit(schedule::work));
      for (Future<?> f : workers) f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Throwable t = schedule.failure;
    if (t == null) return;
    if (t instanceof java.io.IOException io) throw io;
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error err) throw err;
    throw new IllegalStateException(t);
  }

  /** Which task comes next, for {@link #run}. */
  private static final class Schedule {
    private final List<List<Task>> groups;
    private final List<Task> free;
    private int group; // the group under way
    private int taken; // its tasks begun
    private int running; // its tasks not yet ended
    private int nextFree;
    private Throwable failure;

    Schedule(List<List<Task>> groups, List<Task> free) {
      this.groups = groups;
      this.free = free;
    }

    /** One core's work: tasks until there is none left (or one failed). */
    void work() {
      while (true) {
        Task task;
        boolean grouped;
        synchronized (this) {
          while (true) {
            if (failure != null) return;
            while (group < groups.size() && taken == groups.get(group).size() && running == 0) {
              group++;
              taken = 0;
            }
            if (group < groups.size() && taken < groups.get(group).size()) {
              task = groups.get(group).get(taken++);
              running++;
              grouped = true;
              break;
            }
            if (nextFree < free.size()) {
              task = free.get(nextFree++);
              grouped = false;
              break;
            }
            if (group >= groups.size()) return; // nothing left to begin
            try {
              wait(); // the group's last tasks end on other cores
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              failure = e;
              notifyAll();
              return;
            }
          }
        }
        Throwable failed = null;
        try {
          task.run();
        } catch (Throwable t) {
          failed = t;
        }
        synchronized (this) {
          if (grouped) running--;
          if (failed != null && failure == null) failure = failed;
          notifyAll();
        }
      }
    }
  }
}

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
}

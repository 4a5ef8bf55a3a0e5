package fr.fejdoc.check;

import fr.fejdoc.model.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs the work of many projects on every core, each within the project's time budget ({@link
 * Boundary#projectBudget()}, set as the thread's {@link Deadline}), and returns their results in
 * the order given. One project never costs the run: whatever it throws becomes its result through
 * {@code failed}; and a project whose work does not stop at its budget (code that never checks the
 * deadline) is abandoned a grace period later: its result is {@code failed} with {@link
 * Deadline.Exceeded}, its thread is interrupted and replaced, and the run goes on without it (the
 * threads are daemons: an abandoned one never holds the program open, and it writes nothing more,
 * since every file is written after a deadline check).
 */
public final class ProjectPool {
  private ProjectPool() {}

  /** Results of {@code work} on each item, in order; {@code failed} makes one from a throwable. */
  public static <I, R> List<R> map(
      List<I> items, Function<I, R> work, BiFunction<I, Throwable, R> failed) {
    Duration budget = Boundary.projectBudget();
    return map(items, work, failed, budget, budget.dividedBy(4).plusSeconds(5));
  }

  static <I, R> List<R> map(
      List<I> items,
      Function<I, R> work,
      BiFunction<I, Throwable, R> failed,
      Duration budget,
      Duration graceTime) {
    if (items.isEmpty()) return List.of();
    int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "fejdoc-projet-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>();
      List<AtomicLong> started = new ArrayList<>();
      for (I item : items) {
        AtomicLong start = new AtomicLong();
        started.add(start);
        futures.add(
            pool.submit(
                () -> {
                  start.set(System.nanoTime());
                  try (Deadline.Scope s = Deadline.start(budget)) {
                    return work.apply(item);
                  } catch (Throwable t) {
                    return failed.apply(item, t);
                  } finally {
                    Thread.interrupted(); // a pooled thread starts its next project clean
                  }
                }));
      }
      long grace = graceTime.toNanos();
      List<R> out = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        Future<R> f = futures.get(i);
        R result = null;
        while (result == null) {
          long since = started.get(i).get();
          long wait =
              since == 0
                  ? TimeUnit.SECONDS.toNanos(1)
                  : Math.max(1, since + budget.toNanos() + grace - System.nanoTime());
          try {
            result = f.get(wait, TimeUnit.NANOSECONDS);
            if (result == null) result = failed.apply(items.get(i), new NullPointerException());
          } catch (TimeoutException e) {
            long began = started.get(i).get();
            if (began != 0 && System.nanoTime() - began > budget.toNanos() + grace) {
              // stuck in code that does not look at its deadline: abandoned, thread replaced
              f.cancel(true);
              pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
              pool.setCorePoolSize(pool.getCorePoolSize() + 1);
              result = failed.apply(items.get(i), Deadline.exceeded(budget));
            }
          } catch (ExecutionException e) {
            result = failed.apply(items.get(i), e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = failed.apply(items.get(i), e);
          } catch (java.util.concurrent.CancellationException e) {
            result = failed.apply(items.get(i), Deadline.exceeded(budget));
          }
        }
        out.add(result);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}

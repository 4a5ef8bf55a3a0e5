package fr.fejdoc.model;

import java.time.Duration;

/**
 * The time budget of the work running on this thread (one project, usually). Long loops call {@link
 * #check()}; once the budget is spent it throws {@link Exceeded}, which the project's boundary
 * turns into a finding, so that a pathological input costs its own project a bounded time and never
 * the run. Without a budget set, {@link #check()} costs one thread-local read.
 */
public final class Deadline {
  private static final ThreadLocal<long[]> END = new ThreadLocal<>();

  private Deadline() {}

  /** Thrown by {@link #check()} once the budget of this thread is spent. */
  public static final class Exceeded extends RuntimeException {
    private final long seconds;

    Exceeded(long seconds) {
      super("time budget of " + seconds + " s exceeded", null, false, false);
      this.seconds = seconds;
    }

    /** The budget that was exceeded, in seconds. */
    public long seconds() {
      return seconds;
    }
  }

  /** A budget set on this thread until {@link #close()}, which restores the previous one. */
  public static final class Scope implements AutoCloseable {
    private final long[] previous;

    private Scope(long[] previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) END.remove();
      else END.set(previous);
    }
  }

  /**
   * Sets a budget of {@code budget} from now on this thread (a tighter enclosing budget is kept).
   */
  public static Scope start(Duration budget) {
    long[] previous = END.get();
    long end = System.nanoTime() + budget.toNanos();
    if (previous != null && previous[0] - end < 0) end = previous[0];
    END.set(new long[] {end, Math.max(1, budget.toSeconds())});
    return new Scope(previous);
  }

  /** Throws {@link Exceeded} when this thread's budget is spent; does nothing without one. */
  public static void check() {
    long[] end = END.get();
    if (end != null && System.nanoTime() - end[0] > 0) throw new Exceeded(end[1]);
  }

  /** The throwable of a budget spent, for work stopped from outside (abandoned). */
  public static Exceeded exceeded(Duration budget) {
    return new Exceeded(Math.max(1, budget.toSeconds()));
  }

  /** Nanoseconds left in this thread's budget, or {@link Long#MAX_VALUE} without one. */
  public static long remainingNanos() {
    long[] end = END.get();
    return end == null ? Long.MAX_VALUE : Math.max(0, end[0] - System.nanoTime());
  }

  /**
   * This thread's budget as it stands (null without one), for a thread that works on its behalf:
   * that thread runs within it through {@link #adopt}, so that the work it does for a project is
   * bounded by the project's own budget.
   */
  public static Carried carry() {
    return new Carried(END.get());
  }

  /** A budget carried to another thread ({@link #carry}). */
  public static final class Carried {
    private final long[] end; // never modified: a budget set is a new array

    private Carried(long[] end) {
      this.end = end;
    }
  }

  /** Runs this thread within a carried budget until {@link Scope#close()}. */
  public static Scope adopt(Carried carried) {
    long[] previous = END.get();
    if (carried.end == null) END.remove();
    else END.set(carried.end);
    return new Scope(previous);
  }
}

package fr.fejdoc.document.assemble;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.io.IOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs one template on a thread of its own, within a time, output, memory and nesting budget, so
 * that a hostile template costs its document a bounded time and memory and never the run.
 *
 * <p>How the budget is enforced: FreeMarker's thread-interruption support puts a check at the start
 * of every loop iteration and every macro or function call ({@code _CoreAPI
 * .addThreadInterruptedChecks}, done by {@link TemplateEngine} on every template it loads); that
 * check asks the thread {@link Thread#isInterrupted()}, which our thread answers by comparing the
 * clock, the bytes it has allocated and the depth of FreeMarker's instruction stack with the
 * budget. Output goes through a {@link Writer} that counts characters. Stack or memory exhaustion
 * that happens anyway (a deep expression, one huge allocation) is caught on this thread, whose
 * objects are then dropped. The caller waits no longer than the time budget and a grace period: a
 * template stuck inside one built-in that never reaches a check is left to finish on its own
 * (daemon) thread and its result is thrown away.
 */
final class TemplateGuard {
  /** The budget of one template run. */
  record Limits(Duration time, long outputChars, long allocatedBytes, int depth) {
    /**
     * Far beyond real documents: the example projects' templates run in under 0.7 s (cold) and 50
     * ms (warm), write under 40,000 characters of markup, allocate under 6 MB and nest under 10
     * instructions deep. A document file may hold 4 MB of text, hence 16 million characters.
     */
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 16_000_000, 1L << 30, 1_500);
  }

  /** Why a run was stopped. */
  enum Reason {
    TIME,
    OUTPUT,
    MEMORY,
    DEPTH,
    STACK
  }

  /** Where (template source name, line, column) a run was when stopped; name null if unknown. */
  record Where(String template, int line, int column) {
    static final Where UNKNOWN = new Where(null, 0, 0);
  }

  /** The run stopped because of its budget. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Reason reason;
    final transient Where where;
    final transient Limits limits;

    Stopped(Reason reason, Where where, Limits limits) {
      super(reason.name(), null, false, false);
      this.reason = reason;
      this.where = where;
      this.limits = limits;
    }
  }

  /**
   * Stack of the template thread: a recursion reaches some 30,000 template instructions before
   * exhausting it, twenty times the nesting budget (so the budget, located, stops it first).
   */
  private static final long STACK_BYTES = 8L * 1024 * 1024;

  /** How long the caller waits beyond the time budget for the thread to reach a check. */
  private static final long GRACE_NANOS = Duration.ofSeconds(1).toNanos();

  private static final VarHandle STACK_SIZE = stackSizeHandle();
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private TemplateGuard() {}

  /**
   * Runs {@code work} (which renders into {@link #out()}) within {@code limits}, or {@code nanos}
   * if that is sooner (the project's own deadline). Returns its value, or throws {@link Stopped},
   * or rethrows what the work threw.
   */
  static <T> T run(Limits limits, long nanos, Callable<T> work) throws Exception {
    Worker<T> w = new Worker<>(limits, Math.min(nanos, limits.time().toNanos()), work);
    w.start();
    try {
      waitFor(w, w.end + GRACE_NANOS / 4);
      if (w.isAlive()) {
        // stuck inside one built-in that never reaches a check: it is told to stop at its next
        // check, and its result is thrown away
        w.stopNow(Reason.TIME);
        w.interrupt();
        waitFor(w, System.nanoTime() + GRACE_NANOS);
        if (w.isAlive()) throw new Stopped(Reason.TIME, w.where, limits);
      }
    } catch (InterruptedException e) {
      w.stopNow(Reason.TIME);
      w.interrupt();
      Thread.currentThread().interrupt();
      throw new Stopped(Reason.TIME, w.where, limits);
    }
    if (w.stopped != null) throw new Stopped(w.stopped, w.where, limits);
    if (w.failure != null) {
      if (w.failure instanceof Exception e) throw e;
      throw (Error) w.failure;
    }
    return w.value;
  }

  private static void waitFor(Thread t, long until) throws InterruptedException {
    while (t.isAlive()) {
      long left = until - System.nanoTime();
      if (left <= 0) return;
      t.join(Math.max(1, left / 1_000_000));
    }
  }

  /** The output writer of the template running on this thread. */
  static Writer out() {
    return ((Worker<?>) Thread.currentThread()).out;
  }

  /** What the template running on this thread wrote. */
  static String written() {
    return ((Worker<?>) Thread.currentThread()).out.text.toString();
  }

  /** The template thread: it answers FreeMarker's interruption checks with the budget. */
  private static final class Worker<T> extends Thread {
    private final Limits limits;
    private final Callable<T> work;
    final long end;
    final Budgeted out;
    private long base;
    private volatile boolean armed;
    volatile Reason stopped;
    volatile Where where = Where.UNKNOWN;
    T value;
    Throwable failure;

    Worker(Limits limits, long nanos, Callable<T> work) {
      super(null, null, "fejdoc-template", STACK_BYTES);
      setDaemon(true);
      this.limits = limits;
      this.work = work;
      this.end = System.nanoTime() + nanos;
      this.out = new Budgeted(this);
    }

    @Override
    public void run() {
      base = allocated();
      armed = true;
      try {
        value = work.call();
      } catch (StackOverflowError e) {
        if (stopped == null) stopped = Reason.STACK;
      } catch (OutOfMemoryError e) {
        out.text.setLength(0);
        out.text.trimToSize();
        if (stopped == null) stopped = Reason.MEMORY;
      } catch (Throwable t) {
        failure = t;
      } finally {
        armed = false;
      }
    }

    /** FreeMarker's interruption check: true once the budget is spent (and from then on). */
    @Override
    public boolean isInterrupted() {
      if (stopped != null) {
        // stopped by the caller (the time is up): say where it was when it noticed
        if (where == Where.UNKNOWN && armed && Thread.currentThread() == this) where = here();
        return true;
      }
      if (!armed || Thread.currentThread() != this) return super.isInterrupted();
      if (super.isInterrupted() || System.nanoTime() - end > 0) return stop(Reason.TIME);
      if (THREADS != null && allocated() - base > limits.allocatedBytes())
        return stop(Reason.MEMORY);
      if (depth() > limits.depth()) return stop(Reason.DEPTH);
      return false;
    }

    /** Stops the run for {@code reason}, noting where the template was. */
    boolean stop(Reason reason) {
      if (stopped == null) {
        where = here();
        stopped = reason;
      }
      return true;
    }

    void stopNow(Reason reason) {
      if (stopped == null) stopped = reason;
    }
  }

  /** Bytes allocated so far by the current thread (0 when the JVM does not say). */
  private static long allocated() {
    try {
      return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Depth of FreeMarker's instruction stack on this thread (0 when unknown). */
  private static int depth() {
    if (STACK_SIZE == null) return 0;
    Environment env = Environment.getCurrentEnvironment();
    return env == null ? 0 : (int) STACK_SIZE.get(env);
  }

  /** The innermost template instruction running on this thread. */
  private static Where here() {
    try {
      Environment env = Environment.getCurrentEnvironment();
      if (env == null) return Where.UNKNOWN;
      TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
      if (stack == null || stack.length == 0 || stack[0] == null) return Where.UNKNOWN;
      TemplateElement e = stack[0];
      String name = e.getTemplate() == null ? null : e.getTemplate().getSourceName();
      return new Where(name, e.getBeginLine(), e.getBeginColumn());
    } catch (RuntimeException | StackOverflowError e) {
      return Where.UNKNOWN;
    }
  }

  private static VarHandle stackSizeHandle() {
    try {
      return MethodHandles.privateLookupIn(Environment.class, MethodHandles.lookup())
          .findVarHandle(Environment.class, "instructionStackSize", int.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // the stack overflow net still holds
    }
  }

  private static com.sun.management.ThreadMXBean threads() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
          && t.isThreadAllocatedMemorySupported()) {
        if (!t.isThreadAllocatedMemoryEnabled()) t.setThreadAllocatedMemoryEnabled(true);
        return t;
      }
    } catch (RuntimeException | LinkageError e) {
      // no allocation budget: the output budget and the memory net still hold
    }
    return null;
  }

  /** A writer that keeps what the template writes, up to the output budget. */
  private static final class Budgeted extends Writer {
    private final Worker<?> worker;
    final StringBuilder text = new StringBuilder(16_384);

    Budgeted(Worker<?> worker) {
      this.worker = worker;
    }

    private void room(int n) throws IOException {
      if (worker.stopped != null || text.length() + (long) n > worker.limits.outputChars()) {
        worker.stop(Reason.OUTPUT);
        throw new IOException("output budget");
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      room(len);
      text.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      room(len);
      text.append(s, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
      room(1);
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

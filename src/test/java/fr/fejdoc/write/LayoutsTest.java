package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.model.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LayoutsTest {

  @Test
  void resultsComeInTheOrderGivenAndEachTaskRunsWithinTheCallersBudget() {
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      tasks.add(
          () -> {
            Thread.sleep(8 - n); // finish out of order
            return Deadline.remainingNanos() == Long.MAX_VALUE ? -1L : n;
          });
    }
    try (Deadline.Scope s = Deadline.start(Duration.ofSeconds(60))) {
      assertThat(Layouts.all(tasks, Duration.ofSeconds(60)))
          .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }
    // without a budget, none is carried
    assertThat(Layouts.all(tasks, Duration.ofSeconds(60))).containsOnly(-1L);
  }

  @Test
  void anAbandonedProjectStopsWaitingAndTheStuckLayoutsGetReplacementThreads() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    List<Callable<Integer>> stuck = new ArrayList<>();
    for (int i = 0; i < 4; i++)
      stuck.add(
          () -> {
            started.countDown();
            // never looks at its deadline nor at its interruption (released when the test ends)
            while (!release.get()) Thread.onSpinWait();
            return 0;
          });
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    try {
      abandon(stuck, started, thrown);
    } finally {
      release.set(true);
    }
  }

  private final java.util.concurrent.atomic.AtomicBoolean release =
      new java.util.concurrent.atomic.AtomicBoolean();

  private void abandon(
      List<Callable<Integer>> stuck, CountDownLatch started, AtomicReference<Throwable> thrown)
      throws InterruptedException {
    Thread project =
        new Thread(
            () -> {
              try {
                Layouts.all(stuck, Duration.ofSeconds(7));
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    project.setDaemon(true);
    project.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    project.interrupt(); // what ProjectPool does to a project past its budget
    project.join(10_000);
    assertThat(project.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(Deadline.Exceeded.class);
    // the next project's layouts still run although the stuck ones hold their threads
    List<Callable<Integer>> next = List.of(() -> 1, () -> 2, () -> 3);
    assertThat(Layouts.all(next, Duration.ofSeconds(7))).containsExactly(1, 2, 3);
  }

  @Test
  void aTaskThatThrowsIsThrownAgainToTheCaller() {
    List<Callable<Integer>> tasks =
        List.of(
            () -> 1,
            () -> {
              throw new IllegalArgumentException("x");
            });
    assertThatThrownBy(() -> Layouts.all(tasks, Duration.ofSeconds(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

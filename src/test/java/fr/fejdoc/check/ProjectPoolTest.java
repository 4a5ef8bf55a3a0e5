package fr.fejdoc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fejdoc.model.Deadline;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many projects on every core: one failing, overrunning or stuck project costs itself only. */
class ProjectPoolTest {

  static int depth(int n) {
    return n <= 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void eachProjectFailsAloneAndResultsKeepTheirOrder() {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    List<String> out =
        ProjectPool.map(
            items,
            i -> {
              if (i == 3) throw new IllegalStateException("bug");
              if (i == 5) return "depth " + depth(Integer.MAX_VALUE);
              if (i == 7) return "size " + new long[Integer.MAX_VALUE - 16].length; // 16 GB
              if (i == 9) while (true) Deadline.check(); // cooperative: stops at its budget
              return "ok " + i;
            },
            (i, t) ->
                "failed " + i + " " + Boundary.finding(t, fr.fejdoc.model.Loc.of("p"), "p").code(),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30));
    assertThat(out).hasSize(40);
    assertThat(out.get(0)).isEqualTo("ok 0");
    assertThat(out.get(3)).isEqualTo("failed 3 INTERNAL_ERROR");
    assertThat(out.get(5)).isEqualTo("failed 5 RESOURCES_EXHAUSTED");
    assertThat(out.get(7)).isEqualTo("failed 7 RESOURCES_EXHAUSTED");
    assertThat(out.get(9)).isEqualTo("failed 9 TIME_BUDGET");
    assertThat(out.get(39)).isEqualTo("ok 39");
  }

  @Test
  void aProjectStuckWhereNoDeadlineIsCheckedIsAbandonedAndTheRunGoesOn() {
    java.util.concurrent.atomic.AtomicBoolean released =
        new java.util.concurrent.atomic.AtomicBoolean();
    List<String> out;
    try {
      out =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  ProjectPool.map(
                      IntStream.range(0, 6).boxed().toList(),
                      i -> {
                        if (i < 3) {
                          // stuck for good in code that never checks its deadline, ignoring
                          // interrupts (as a third-party parser could be)
                          while (!released.get()) Thread.onSpinWait();
                        }
                        return "ok " + i;
                      },
                      (i, t) ->
                          "failed "
                              + i
                              + " "
                              + Boundary.finding(t, fr.fejdoc.model.Loc.of("p"), "p").code(),
                      Duration.ofMillis(200),
                      Duration.ofMillis(300)));
    } finally {
      released.set(true); // the abandoned threads end (they would spin until the JVM exits)
    }
    // more stuck projects than cores: their threads are replaced, the others still run
    assertThat(out)
        .containsExactly(
            "failed 0 TIME_BUDGET",
            "failed 1 TIME_BUDGET",
            "failed 2 TIME_BUDGET",
            "ok 3",
            "ok 4",
            "ok 5");
  }
}

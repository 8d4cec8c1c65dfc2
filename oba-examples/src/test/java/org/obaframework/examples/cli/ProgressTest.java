package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Progress counts subjects on standard error and never names one. */
class ProgressTest {
  @Test
  void reportsByElapsedTimeAndTheTotal() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(1_000);
    Progress progress = Progress.to(new PrintWriter(err), Duration.ofNanos(10), now::get);
    progress.subject();                       // 1 at t=1000: not yet due
    now.addAndGet(10);
    progress.subject();                       // 2 at t=1010: due
    progress.subject();                       // 3: the next is due at 1020
    now.addAndGet(25);
    progress.subject();                       // 4 at t=1035
    progress.done("records.ndjson");
    assertThat(err.toString()).isEqualTo("oba: 2 subjects read\noba: 4 subjects read\n"
        + "oba: 4 subjects read from records.ndjson\n");
    assertThat(progress.subjects()).isEqualTo(4);
  }

  @Test
  void aSlowReadOfFewSubjectsStillShowsItMoves() {
    // Issue 18: a 66 MB file of large subjects printed only its summary when progress ticked by
    // count; by time, each due report is printed however few subjects there are.
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = Progress.to(new PrintWriter(err), Duration.ofSeconds(2), now::get);
    for (int i = 0; i < 3; i++) {
      now.addAndGet(Duration.ofSeconds(3).toNanos());
      progress.subject();
    }
    assertThat(err.toString().lines()).hasSize(3);
  }

  @Test
  void countsInParallelWithoutLosingAnyAndReportsEachDueTimeOnce() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.to(new PrintWriter(err), Duration.ofDays(1), System::nanoTime);
    IntStream.range(0, 10_000).parallel().forEach(i -> progress.subject());
    assertThat(progress.subjects()).isEqualTo(10_000);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSilentProgressCountsButPrintsNothing() {
    Progress silent = Progress.silent();
    silent.subject();
    silent.done("x");
    assertThat(silent.subjects()).isEqualTo(1);
  }
}

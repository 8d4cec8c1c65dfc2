package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Progress counts subjects on standard error and never names one. */
class ProgressTest {
  @Test
  void reportsEveryNSubjectsAndTheTotal() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.to(new PrintWriter(err), 2);
    IntStream.range(0, 5).forEach(i -> progress.subject());
    progress.done("records.ndjson");
    assertThat(err.toString()).isEqualTo("oba: 2 subjects read\noba: 4 subjects read\n"
        + "oba: 5 subjects read from records.ndjson\n");
    assertThat(progress.subjects()).isEqualTo(5);
  }

  @Test
  void countsInParallelWithoutLosingAny() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.to(new PrintWriter(err), 1000);
    IntStream.range(0, 10_000).parallel().forEach(i -> progress.subject());
    assertThat(progress.subjects()).isEqualTo(10_000);
    assertThat(err.toString().lines()).hasSize(10).contains("oba: 10000 subjects read");
  }

  @Test
  void aSilentProgressCountsButPrintsNothing() {
    Progress silent = Progress.silent();
    silent.subject();
    silent.done("x");
    assertThat(silent.subjects()).isEqualTo(1);
  }
}

package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.SubjectRecords;

/** Parallel evaluation in chunks gives the results of a sequential one. */
class InputsTest {
  @Test
  void evaluatingInParallelChunksGivesTheSequentialResults() {
    Evaluation evaluation = Evaluation.builder().framework(CliFixture.framework())
        .period(CliFixture.PERIOD).asOf(CliFixture.PERIOD.end())
        .addAllMeasures(CliFixture.measures())
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
        .build();
    List<SubjectRecords> groups = CliFixture.records().groups().toList();
    Results sequential = evaluation.evaluate(groups.stream());
    for (int size : new int[] {1, 7, 29, 30, 31, 4096}) {
      assertThat(Inputs.inChunks(groups.iterator(), evaluation.collector(), size))
          .as("chunks of %d", size).isEqualTo(sequential);
    }
    assertThat(Inputs.inChunks(List.<SubjectRecords>of().iterator(), evaluation.collector(), 7))
        .isEqualTo(evaluation.evaluate(List.<SubjectRecords>of().stream()));
  }
}

package org.obaframework.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.SubjectRecords;

/** Families for report card tests: 30 in LA-1, 3 in LA-2. */
public final class ReportTestData {
  private ReportTestData() {}

  public static List<SubjectRecords> families() {
    List<SubjectRecords> families = new ArrayList<>();
    String[] to = {"none", "low", "medium", "high"};
    for (int i = 1; i <= 30; i++) {
      families.add(AggregationFixtures.family("F-" + i, "LA-1", i % 3, "high", to[i % 4],
          i % 7 == 0, i % 40));
    }
    for (int i = 31; i <= 33; i++) {
      families.add(AggregationFixtures.family("F-" + i, "LA-2", 1, "high", "low", false, 5));
    }
    return families;
  }

  public static Evaluation.Builder evaluation() {
    return AggregationFixtures.evaluation().addMeasures(TransitionMeasure.of("MOVES",
        Label.of("Tenancy risk, baseline to latest"), "IFS", "TENANCY",
        org.obaframework.core.change.Pairing.latest().withRaters(org.obaframework.core.change.RaterChoice.only(
                org.obaframework.core.records.Rater.PRACTITIONER))));
  }
}

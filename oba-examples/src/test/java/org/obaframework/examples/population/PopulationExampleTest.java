package org.obaframework.examples.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveStatus;
import org.obaframework.core.curve.Fit;
import org.obaframework.core.curve.ForecastPoint;
import org.obaframework.core.curve.Verdict;
import org.obaframework.examples.starter.StarterFramework;
import org.obaframework.json.CurveJson;
import org.obaframework.json.TurnTheCurveJson;

class PopulationExampleTest {
  /*
   * The least-squares line by hand. x = years since 1 April 2017 = 0, 1, ..., 5 and
   * y = 96, 101, 104, 110, 113, 118.
   *   mean x = 2.5, mean y = 642 / 6 = 107
   *   Sxx = 2 * (2.5^2 + 1.5^2 + 0.5^2) = 17.5
   *   Sxy = (-2.5)(-11) + (-1.5)(-6) + (-0.5)(-3) + (0.5)(3) + (1.5)(6) + (2.5)(11) = 76
   *   slope = 76 / 17.5 = 4.342857..., intercept = 107 - 2.5 * slope = 96.142857...
   *   forecast for 2023-24 (x = 6): 96.142857 + 6 * 4.342857 = 122.2
   * The residuals are -1/7, 18/35, -29/35, 29/35, -18/35, 1/7, so
   *   SSE = (25 + 324 + 841 + 841 + 324 + 25) / 1225 = 2380 / 1225 = 1.942857...
   *   s = sqrt(SSE / (n - 2)) = sqrt(0.485714) = 0.696932
   * and the 95 % prediction interval at x = 6, with t(0.975, 4) = 2.776445, is
   *   122.2 +/- 2.776445 * 0.696932 * sqrt(1 + 1/6 + (6 - 2.5)^2 / 17.5)
   *   = 122.2 +/- 2.776445 * 0.696932 * 1.366260 = 122.2 +/- 2.643705
   *   = 119.556295 to 124.843705.
   * The actual 119 is lower (better: lower is better) than 122.2 by 3.2, and below the interval:
   * the curve has turned.
   */
  @Test
  void forecastsTheLinearTrendAndFindsTheCurveTurned() {
    Baseline baseline = PopulationExample.baseline();
    Fit fit = baseline.fit().orElseThrow();
    assertThat(fit.slope()).isCloseTo(76 / 17.5, within(1e-9));
    assertThat(fit.intercept()).isCloseTo(107 - 2.5 * 76 / 17.5, within(1e-9));
    assertThat(fit.residualStandardError()).isCloseTo(Math.sqrt(2380.0 / 1225 / 4),
        within(1e-9));
    ForecastPoint first = baseline.forecast().get(0);
    assertThat(first.value()).isCloseTo(122.2, within(1e-9));
    assertThat(first.lower()).hasValueCloseTo(119.556295, within(1e-5));
    assertThat(first.upper()).hasValueCloseTo(124.843705, within(1e-5));

    List<Verdict> verdicts = PopulationExample.verdicts();
    assertThat(verdicts).hasSize(3);
    Verdict verdict = verdicts.get(0);
    assertThat(verdict.actual()).isEqualTo(119);
    assertThat(verdict.gap()).isCloseTo(3.2, within(1e-9));
    assertThat(verdict.status()).isEqualTo(CurveStatus.TURNED);
    assertThat(verdict.outsideInterval()).contains(true);
    // x = 8: 96.142857 + 8 * 4.342857 = 130.885714; actual 114.
    assertThat(verdicts.get(2).forecast()).isCloseTo(96.142857 + 8 * 4.342857, within(1e-5));
    assertThat(verdicts.get(2).gap()).isCloseTo(130.885714 - 114, within(1e-5));
    assertThat(verdicts).allSatisfy(v -> assertThat(v.status().isTurned()).isTrue());
  }

  @Test
  void linksTheStarterFrameworksMeasuresToTheResult() {
    assertThat(PopulationExample.population().problems(StarterFramework.framework())).isEmpty();
    assertThat(PopulationExample.population().contributionsTo(PopulationExample.RESULT))
        .extracting(c -> c.measure())
        .containsExactly("FS-RISK-DOWN", "IFS-NO-TENANCY-RISK", "IFS-FAMILIES", "FC-STABILISED");
    assertThat(PopulationExample.turnTheCurve().noOrLowCostIdeas()).hasSize(2);
  }

  @Test
  void mainPrintsTheCurveReportAndWritesBothDocuments(@TempDir Path dir) throws IOException {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      PopulationExample.main(new String[] {dir.toString()});
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("Population accountability: Illustrative County (not a real "
        + "local authority), illustrative figures\n");
    assertThat(text).contains(
        "  2017 to 2026: 96, 101, 104, 110, 113, 118, 119, 117, 114\n",
        "  Baseline: linear trend, least squares, made 2023-10-31\n",
        "  2023-04-01/2024-03-31: forecast 122.2 (95% 119.6 to 124.8); actual 119: better than "
            + "forecast by 3.2, outside the prediction interval: the curve has turned\n",
        "  2025-04-01/2026-03-31: forecast 130.9 (95% 127.6 to 134.2); actual 114: better than "
            + "forecast by 16.9, outside the prediction interval: the curve has turned\n",
        "target 110, variance +4 (103.6% of target)\n",
        "  contributes: FS-RISK-DOWN Children at medium or high risk of care whose risk fell\n");

    Path curve = dir.resolve(PopulationExample.CURVE_FILE);
    Path record = dir.resolve(PopulationExample.TURN_THE_CURVE_FILE);
    assertThat(text).endsWith("Wrote " + curve + " and " + record + System.lineSeparator());
    assertThat(Files.readString(curve, StandardCharsets.UTF_8))
        .isEqualTo(CurveJson.write(PopulationExample.baseline(), PopulationExample.actuals()))
        .contains("\"status\": \"TURNED\"");
    assertThat(TurnTheCurveJson.standard().read(Files.readString(record,
        StandardCharsets.UTF_8))).isEqualTo(PopulationExample.turnTheCurve());
  }
}

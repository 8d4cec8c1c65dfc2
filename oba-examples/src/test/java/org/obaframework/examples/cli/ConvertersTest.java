package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Cohort;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.records.Rater;
import org.obaframework.core.report.DisclosurePolicy;
import picocli.CommandLine.TypeConversionException;

/** The option values: every form read, and each mistake told what was expected. */
class ConvertersTest {
  @Test
  void readsFinancialYearsQuartersCalendarPeriodsAndRanges() {
    ReportingPeriod fy2025 = ReportingPeriod.financialYear(2025);
    assertThat(Converters.period("2025-26")).isEqualTo(fy2025);
    assertThat(Converters.period("FY2025")).isEqualTo(fy2025);
    assertThat(Converters.period("fy2025-26")).isEqualTo(fy2025);
    assertThat(Converters.period("2025-04-01..2026-03-31")).isEqualTo(fy2025);
    assertThat(Converters.period("2025-04-01/2026-03-31")).isEqualTo(fy2025);
    assertThat(Converters.period("FY2025-Q3"))
        .isEqualTo(ReportingPeriod.financialQuarter(2025, 3));
    assertThat(Converters.period("2025-26-Q4"))
        .isEqualTo(ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(Converters.period("CY2024")).isEqualTo(ReportingPeriod.calendarYear(2024));
    assertThat(Converters.period("CY2024-Q2"))
        .isEqualTo(ReportingPeriod.calendarQuarter(2024, 2));
    assertThat(Converters.period("1999-00")).isEqualTo(ReportingPeriod.financialYear(1999));
  }

  @Test
  void rejectsMalformedPeriodsSayingWhatWasExpected() {
    assertThatThrownBy(() -> Converters.period("2025-27"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'2025-27' is not a period: found a text of 7 characters with a "
            + "financial year whose years are not consecutive: the year after 2025 ends in 26")
        .hasMessageContaining("; expected FY2025, FY2025-26, 2025-26");
    assertThatThrownBy(() -> Converters.period("last year"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'last year' is not a period: found a text of 9 characters with no "
            + "period of any form; expected FY2025");
    assertThatThrownBy(() -> Converters.period("2026-03-31..2025-04-01"))
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> Converters.period("2025-04-01..2026-02-30"))
        .hasMessageContaining("with an end that is not an ISO date");
    assertThatThrownBy(() -> Converters.period("FY2025-Q5"))
        .hasMessageContaining("'FY2025-Q5' is not a period: found a text of 9 characters with a "
            + "quarter 5, which is not 1 to 4");
  }

  @Test
  void readsEveryBreakdownAndTheirCombinations() {
    assertThat(Converters.breakdown("local-authority"))
        .isEqualTo(Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
    assertThat(Converters.breakdown("local-authority:at-period-end"))
        .isEqualTo(Breakdown.localAuthority(LocalAuthorityRule.AT_PERIOD_END));
    assertThat(Converters.breakdown("Local-Authority:AT-EPISODE-START"))
        .isEqualTo(Breakdown.localAuthority(LocalAuthorityRule.AT_EPISODE_START));
    assertThat(Converters.breakdown("programme")).isEqualTo(Breakdown.programme());
    assertThat(Converters.breakdown("delivery-model")).isEqualTo(Breakdown.deliveryModel());
    assertThat(Converters.breakdown("attribute:age-band"))
        .isEqualTo(Breakdown.attribute("age-band"));
    assertThat(Converters.breakdown("quarter"))
        .isEqualTo(Breakdown.period(PeriodKind.FINANCIAL_QUARTER));
    assertThat(Converters.breakdown("month")).isEqualTo(Breakdown.period(PeriodKind.MONTH));
    assertThat(Converters.breakdown("financial-year"))
        .isEqualTo(Breakdown.period(PeriodKind.FINANCIAL_YEAR));
    assertThat(Converters.breakdown("calendar-quarter"))
        .isEqualTo(Breakdown.period(PeriodKind.CALENDAR_QUARTER));
    assertThat(Converters.breakdown("local-authority+delivery-model"))
        .isEqualTo(Breakdown.cross(Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
            Breakdown.deliveryModel()));
    Breakdown area = Converters.breakdown("attribute:nation/local-authority");
    assertThat(area).isEqualTo(Breakdown.hierarchy(area.name(), Breakdown.attribute("nation"),
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE)));
    assertThat(area.name()).contains("nation").contains("local-authority");
  }

  @Test
  void readsCohortBreakdownsOfEveryKindOfPeriodAndCustomPeriods() {
    assertThat(Converters.breakdown("started-financial-year"))
        .isEqualTo(Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_YEAR));
    assertThat(Converters.breakdown("closed-quarter"))
        .isEqualTo(Breakdown.cohort(Cohort.CLOSED, PeriodKind.FINANCIAL_QUARTER));
    assertThat(Converters.breakdown("baseline-month").name()).isEqualTo("baseline-month");
    assertThat(Converters.breakdown("started:2024-09-01..2025-08-31,2025-09-01..2026-08-31"))
        .isEqualTo(Breakdown.cohort(Cohort.STARTED, "started-periods", List.of(
            ReportingPeriod.parse("2024-09-01/2025-08-31"),
            ReportingPeriod.parse("2025-09-01/2026-08-31"))));
    assertThatThrownBy(() -> Converters.breakdown("started-quarter+programme"))
        .hasMessageContaining("a period or cohort breakdown ('started-quarter') stands alone");
    assertThatThrownBy(() -> Converters.breakdown("closed:2025-01-01"))
        .hasMessageContaining("expected custom periods as START..END");
    assertThatThrownBy(() -> Converters.breakdown(
        "closed:2025-04-01..2026-03-31,2024-04-01..2025-03-31"))
        .hasMessageContaining("in order, not overlapping");
    assertThatThrownBy(() -> Converters.breakdown("started-fortnight"))
        .hasMessageContaining("is not a breakdown");
  }

  @Test
  void rejectsUnknownBreakdownsRulesAndMisplacedPeriods() {
    assertThatThrownBy(() -> Converters.breakdown("postcode"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'postcode' is not a breakdown; expected local-authority");
    assertThatThrownBy(() -> Converters.breakdown("local-authority:home"))
        .hasMessageContaining("'home' is not a local authority rule; expected one of episode, "
            + "at-episode-start, at-period-end");
    assertThatThrownBy(() -> Converters.breakdown("attribute:bad name"))
        .hasMessageContaining("'bad name' is not an attribute's name");
    assertThatThrownBy(() -> Converters.breakdown("quarter+local-authority"))
        .hasMessageContaining("a period or cohort breakdown ('quarter') stands alone");
    assertThatThrownBy(() -> Converters.breakdown("programme+delivery-model/local-authority"))
        .hasMessageContaining("mixes + and /");
    assertThatThrownBy(() -> Converters.breakdown("programme+nonsense"))
        .hasMessageContaining("'programme+nonsense': 'nonsense' is not a breakdown");
  }

  @Test
  void readsDisclosurePresetsByTheirShortNamesAndCustomPolicies() {
    Converters.DisclosureConverter disclosure = new Converters.DisclosureConverter();
    assertThat(disclosure.convert("dfe")).isEqualTo(DisclosurePolicy.DFE);
    assertThat(disclosure.convert("ons")).isEqualTo(DisclosurePolicy.ONS_10_5);
    assertThat(disclosure.convert("ons-10-5")).isEqualTo(DisclosurePolicy.ONS_10_5);
    assertThat(disclosure.convert("stats-wales")).isEqualTo(DisclosurePolicy.STATS_WALES);
    assertThat(disclosure.convert("NONE")).isEqualTo(DisclosurePolicy.NONE);
    assertThat(disclosure.convert("custom:threshold=9,rounding=10").threshold()).isEqualTo(9);
    assertThatThrownBy(() -> disclosure.convert("strict"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'strict' is not a disclosure policy; expected one of dfe, ons, "
            + "stats-wales, none");
  }

  @Test
  void readsRatersPolaritiesConfidencesAndNamedChoices() {
    assertThat(new Converters.RaterConverter().convert("parent-or-carer"))
        .isEqualTo(RaterChoice.only(Rater.PARENT_OR_CARER));
    assertThat(new Converters.RaterConverter().convert("each"))
        .isEqualTo(RaterChoice.EACH_SEPARATELY);
    assertThatThrownBy(() -> new Converters.RaterConverter().convert("teacher"))
        .hasMessageContaining("'teacher' is not a rater; expected one of each, practitioner");
    assertThat(new Converters.PolarityConverter().convert("lower"))
        .isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThatThrownBy(() -> new Converters.PolarityConverter().convert("up"))
        .hasMessageContaining("expected higher or lower");
    assertThat(new Converters.ConfidenceConverter().convert("0.9")).isEqualTo(0.9);
    assertThatThrownBy(() -> new Converters.ConfidenceConverter().convert("95"))
        .hasMessageContaining("a level above 0 and at most 0.9999");
    assertThat(new CurveCommand.ScenarioConverter().convert("last-value"))
        .isEqualTo(CurveCommand.ScenarioName.LAST_VALUE);
    assertThatThrownBy(() -> new CurveCommand.ScenarioConverter().convert("cubic"))
        .hasMessageContaining("'cubic' is not one of linear, last-value");
    assertThat(new Converters.PeriodKindConverter().convert("quarter"))
        .isEqualTo(PeriodKind.FINANCIAL_QUARTER);
    assertThat(new Converters.PeriodKindConverter().convert("calendar-year"))
        .isEqualTo(PeriodKind.CALENDAR_YEAR);
  }
}

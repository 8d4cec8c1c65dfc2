package org.obaframework.core.curve;

import java.time.LocalDate;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.report.DisclosurePolicy;

/**
 * A small, valid Welsh example of population accountability, a turn-the-curve record and a
 * commissioning specification, for tests to corrupt at one point. Measure codes are those of
 * {@link org.obaframework.core.Fixtures#framework()}.
 *
 * <p>Every method returns fresh builders or values.
 */
final class PopulationFixtures {
  static final String POVERTY = "CYP-POVERTY";
  static final String SCHOOL = "CYP-LEARNING";
  static final String REL_POVERTY = "CYP-REL-POVERTY";
  static final String MEALS = "CYP-FSM-TAKEUP";
  static final String HUNGER = "CYP-FOOD-INSECURE";
  static final String POVERTY_STATEMENT = "Children in Wales are not disadvantaged by poverty";
  static final String POVERTY_STATEMENT_CY =
      "Nid yw plant yng Nghymru o dan anfantais oherwydd tlodi";
  static final String HBAI = "Welsh Government, Children in low income families";

  private PopulationFixtures() {}

  static Geography wales() {
    return Geography.of("W92000004", Label.of("Wales").with(Label.WELSH, "Cymru"));
  }

  static Result.Builder poverty() {
    return Result.builder()
        .code(POVERTY)
        .statement(Label.of(POVERTY_STATEMENT).with(Label.WELSH, POVERTY_STATEMENT_CY))
        .population(Label.of("Children and young people aged 0-17")
            .with(Label.WELSH, "Plant a phobl ifanc 0-17 oed"))
        .geography(wales());
  }

  static Result.Builder learning() {
    return Result.builder()
        .code(SCHOOL)
        .statement(Label.of("Children in Wales learn and achieve")
            .with(Label.WELSH, "Mae plant yng Nghymru yn dysgu ac yn cyflawni"))
        .population(Label.of("Children and young people aged 3-16"))
        .geography(wales())
        .description(Label.of("Attendance and attainment across maintained schools"));
  }

  /** The headline indicator: % of children in relative income poverty. */
  static PopulationIndicator.Builder relativePoverty() {
    return PopulationIndicator.builder()
        .code(REL_POVERTY)
        .name(Label.of("% of children living in relative income poverty")
            .with(Label.WELSH, "% y plant sy'n byw mewn tlodi incwm cymharol"))
        .definition(Label.of("Children living in homes with much less money than most homes"))
        .technicalDefinition(Label.of("Children in households below 60% of UK median income"
            + " after housing costs, three-year average"))
        .geography(wales())
        .dataSource(DataSource.of(HBAI,
            "https://www.gov.wales/children-low-income-families"))
        .communicationPower(Power.HIGH)
        .proxyPower(Power.HIGH)
        .dataPower(Power.MEDIUM)
        .role(MeasureRole.HEADLINE)
        .polarity(Polarity.LOWER_IS_BETTER)
        .unit("%")
        .result(POVERTY);
  }

  /** A secondary indicator: take-up of free school meals. */
  static PopulationIndicator.Builder mealsTakeUp() {
    return PopulationIndicator.builder()
        .code(MEALS)
        .name(Label.of("% of eligible pupils taking free school meals"))
        .definition(Label.of("Children who can have free school meals and do"))
        .technicalDefinition(Label.of("Pupils taking a free meal on census day / eligible pupils"))
        .geography(wales())
        .dataSource(DataSource.of("Pupil Level Annual School Census"))
        .communicationPower(Power.MEDIUM)
        .proxyPower(Power.HIGH)
        .dataPower(Power.HIGH)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .unit("%")
        .result(POVERTY);
  }

  /** A data development indicator, priority 1: food insecurity. */
  static PopulationIndicator.Builder hunger() {
    return PopulationIndicator.builder()
        .code(HUNGER)
        .name(Label.of("% of children in food-insecure households"))
        .definition(Label.of("Children who sometimes go without enough food"))
        .technicalDefinition(Label.of("Households with low or very low food security, FSA scale"))
        .geography(wales())
        .dataSource(DataSource.of("No regular source yet"))
        .communicationPower(Power.HIGH)
        .proxyPower(Power.HIGH)
        .dataPower(Power.LOW)
        .role(MeasureRole.DATA_DEVELOPMENT)
        .priority(1)
        .polarity(Polarity.LOWER_IS_BETTER)
        .unit("%")
        .result(POVERTY);
  }

  static Partner welshGovernment() {
    return Partner.of("WG", Label.of("Welsh Government").with(Label.WELSH, "Llywodraeth Cymru"),
        "Sets the child poverty strategy");
  }

  static Partner housing() {
    return Partner.of("LA-HOUSING", Label.of("Local authority housing"),
        "Prevents eviction of families with children");
  }

  static PopulationAccountability.Builder accountability() {
    return PopulationAccountability.builder()
        .code("WALES-CYP")
        .name(Label.of("Well-being of children in Wales")
            .with(Label.WELSH, "Llesiant plant yng Nghymru"))
        .addResults(poverty().build(), learning().build())
        .addIndicators(relativePoverty().build(), mealsTakeUp().build(), hunger().build())
        .addPartners(welshGovernment(), housing())
        .addContributions(
            MeasureContribution.of("IFS-RISK-DOWN", POVERTY, "Families kept together keep work"),
            MeasureContribution.of("IFS-FAMILIES", POVERTY));
  }

  // Free text used by the privacy tests: none of it may appear in a toString.
  static final String CONTRIBUTING = "Rising take-up of the Pupil Development Grant";
  static final String RESTRICTING = "Rents rising faster than wages in the private sector";
  static final String IDEA_FREE = "Benefit checks at every family support assessment";
  static final String IDEA_EVIDENCE = "Pilot in one county: a third had unclaimed entitlements";
  static final String IDEA_COSTLY = "Extend free school meals to every secondary pupil";
  static final String ACTION_TEXT = "Add a benefit check to the family support assessment";
  static final String ACTION_OWNER = "Family support team leader";

  static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

  static Action benefitCheck(ActionStatus status) {
    return Action.of(ACTION_TEXT, ACTION_OWNER, LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 3, 31), status);
  }

  static TurnTheCurveRecord.Builder curve() {
    return TurnTheCurveRecord.builder()
        .subject(REL_POVERTY)
        .subjectKind(CurveSubjectKind.POPULATION_INDICATOR)
        .asOf(MARCH)
        .addContributingFactors(CONTRIBUTING)
        .addRestrictingFactors(RESTRICTING)
        .addPartners(welshGovernment(), housing())
        .addIdeas(
            Idea.of(IDEA_FREE, Cost.NO_COST, IDEA_EVIDENCE),
            Idea.of("Text reminders for school uniform grants", Cost.LOW_COST),
            Idea.of(IDEA_COSTLY, Cost.OTHER))
        .addActions(
            benefitCheck(ActionStatus.IN_PROGRESS),
            Action.of("Agree a data sharing protocol with DWP", "Data team",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), ActionStatus.PLANNED),
            Action.of("Map food banks", "Anti-poverty coordinator",
                LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31), ActionStatus.DONE),
            Action.of("Run a uniform swap", "Schools liaison",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), ActionStatus.DROPPED));
  }

  static CommissioningSpecification.Builder specification() {
    return CommissioningSpecification.builder()
        .code("CARDIFF-IFS-2026")
        .commissioner("Cardiff Council Children's Services")
        .contractName("Intensive family support 2026-2029")
        .addMeasures("IFS-FAMILIES", "IFS-RISK-DOWN")
        .addTargets(
            Target.of("IFS-RISK-DOWN", ReportingPeriod.financialYear(2026), 60),
            Target.of("IFS-RISK-DOWN", ReportingPeriod.financialQuarter(2026, 1), 55),
            Target.of("IFS-FAMILIES", ReportingPeriod.financialYear(2026), 120))
        .reportingFrequency(PeriodKind.FINANCIAL_QUARTER)
        .disclosure(DisclosurePolicy.STATS_WALES);
  }
}

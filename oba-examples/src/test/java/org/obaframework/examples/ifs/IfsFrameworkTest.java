package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.json.FrameworkJson;

class IfsFrameworkTest {
  private final OutcomesFramework framework = IfsFramework.framework();

  @Test
  void theEmbeddedFrameworkIsTheOneBuiltInCode() {
    assertThat(IfsData.framework()).isEqualTo(framework);
    assertThat(FrameworkJson.standard().read(FrameworkJson.standard().write(framework)))
        .isEqualTo(framework);
  }

  @Test
  void theProgrammeHasTheThreeDeliveryModels() {
    Programme ifs = framework.programme(IfsFramework.PROGRAMME).orElseThrow();
    assertThat(ifs.deliveryModels()).extracting(m -> m.code()).containsExactly(
        IfsFramework.EXISTING_TENANCY, IfsFramework.MANAGED_TENANCY,
        IfsFramework.RESIDENTIAL_UNIT);
    assertThat(ifs.indicators()).hasSize(framework.indicators().size());
  }

  @Test
  void indicatorsAreAtFamilyChildAndAdultLevelWithEnglishAndWelshNames() {
    assertThat(framework.indicators().stream().map(Indicator::ratedAt)
        .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(RatedAt.class));
    for (Indicator indicator : framework.indicators()) {
      assertThat(indicator.name().exactly(Label.WELSH)).as(indicator.code()).isPresent();
      assertThat(indicator.name().exactly(Label.ENGLISH)).as(indicator.code()).isPresent();
    }
  }

  @Test
  void everyIndicatorSpeaksToEachOfTheFourNationsFrameworks() {
    for (Indicator indicator : framework.indicators()) {
      Set<String> frameworks = indicator.outcomes().stream().map(OutcomeRef::framework)
          .collect(Collectors.toSet());
      assertThat(frameworks).as(indicator.code()).containsExactlyInAnyOrder(
          ExternalFrameworks.EVERY_CHILD_MATTERS.code(), ExternalFrameworks.SHANARRI.code(),
          ExternalFrameworks.WALES_WELL_BEING.code(),
          ExternalFrameworks.NORTHERN_IRELAND_CYPS.code());
    }
    assertThat(framework.crosswalk(ExternalFrameworks.WALES_WELL_BEING.code()).entrySet())
        .anySatisfy(e -> {
          assertThat(e.getKey().code()).isEqualTo("ACCOMMODATION");
          assertThat(e.getValue()).extracting(Indicator::code)
              .contains(IfsFramework.HOUSING, IfsFramework.TENANCY_RISK);
        });
  }

  @Test
  void performanceMeasuresCoverAllFourQuadrants() {
    assertThat(framework.measures().stream().map(PerformanceMeasure::quadrant)
        .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Quadrant.class));
  }

  @Test
  void theMeasuresFitTheFramework() {
    assertThat(IfsMeasures.all()).allSatisfy(m -> assertThat(m.problems(framework)).isEmpty());
  }

  @Test
  void aComputedMeasureHasItsPerformanceMeasuresName() {
    // One name per code: the report card, the feedback to a family and the framework agree.
    for (MeasureDefinition measure : IfsMeasures.all()) {
      framework.measure(measure.code()).ifPresent(performance ->
          assertThat(measure.name()).as(measure.code()).isEqualTo(performance.name()));
    }
    assertThat(IfsMeasures.all()).filteredOn(m -> framework.measure(m.code()).isPresent())
        .hasSize(13);
  }
}

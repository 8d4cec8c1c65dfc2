package org.obaframework.examples.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.json.FrameworkJson;

class StarterFrameworkTest {
  private static final OutcomesFramework STARTER = StarterFramework.framework();

  @Test
  void validatesWithNoProblems() {
    assertThat(OutcomesFramework.builder().from(STARTER).problems()).isEmpty();
    assertThat(STARTER.toString()).isEqualTo(
        "OutcomesFramework[OBA-STARTER v0.1: 7 service areas, 22 indicators, 7 programmes, "
            + "57 measures]");
  }

  @Test
  void coversTheSeedsServiceAreas() {
    assertThat(STARTER.serviceAreas()).extracting(ServiceArea::code).containsExactly(
        "FS", "RC", "FC", "DCYP", "YC", "CAMHS", "IFS");
  }

  @Test
  void everyServiceAreaHasIndicatorsProgrammesAndMeasuresInAllFourQuadrants() {
    for (ServiceArea area : STARTER.serviceAreas()) {
      assertThat(STARTER.indicatorsIn(area.code())).as(area.code()).hasSizeGreaterThanOrEqualTo(2);
      List<Programme> programmes = STARTER.programmes().stream()
          .filter(p -> p.serviceArea().equals(area.code())).toList();
      assertThat(programmes).as(area.code()).isNotEmpty();
      for (Programme programme : programmes) {
        List<PerformanceMeasure> measures = STARTER.measuresOf(programme);
        assertThat(measures.stream().map(PerformanceMeasure::quadrant).collect(Collectors.toSet()))
            .as(programme.code()).containsExactlyInAnyOrder(Quadrant.values());
        assertThat(measures).as(programme.code())
            .anyMatch(m -> m.role() == MeasureRole.HEADLINE
                && m.quadrant() == Quadrant.BETTER_OFF_PERCENT)
            .anyMatch(m -> m.role() == MeasureRole.DATA_DEVELOPMENT);
      }
    }
  }

  @Test
  void usesEveryKindOfScaleAndEveryLevelOfRating() {
    assertThat(STARTER.indicators().stream().map(i -> i.scale().getClass().getSimpleName())
        .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("OrdinalScale", "NumericScale", "BinaryScale");
    assertThat(STARTER.indicators().stream().map(Indicator::ratedAt)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RatedAt.class))))
        .containsExactlyInAnyOrder(RatedAt.values());
    assertThat(STARTER.indicators().stream().map(Indicator::polarity).distinct()).hasSize(2);
  }

  @Test
  void everyIndicatorHasAWelshNameAndDefinitionAndWelshLevels() {
    for (Indicator indicator : STARTER.indicators()) {
      assertWelsh(indicator.code() + " name", indicator.name());
      assertWelsh(indicator.code() + " definition", indicator.definition());
      if (indicator.scale() instanceof OrdinalScale ordinal) {
        for (OrdinalLevel level : ordinal.levels()) {
          assertWelsh(indicator.code() + " level " + level.code(), level.label());
        }
      }
    }
  }

  @Test
  void everyOtherNameIsInWelshToo() {
    assertWelsh("framework", STARTER.name());
    STARTER.serviceAreas().forEach(a -> assertWelsh(a.code(), a.name()));
    STARTER.serviceOutputs().forEach(o -> assertWelsh(o.code(), o.name()));
    STARTER.measures().forEach(m -> assertWelsh(m.code(), m.name()));
    for (Programme programme : STARTER.programmes()) {
      assertWelsh(programme.code(), programme.name());
      programme.deliveryModels().forEach(d -> assertWelsh(d.code(), d.name()));
    }
  }

  @Test
  void saysEverywhereThatItIsIllustrative() {
    assertThat(STARTER.name().text()).contains("illustrative");
    assertThat(STARTER.name().exactly(Label.WELSH)).hasValueSatisfying(
        welsh -> assertThat(welsh).contains("enghreifftiol"));
    for (PerformanceMeasure measure : STARTER.measures()) {
      assertThat(measure.description()).as(measure.code()).hasValueSatisfying(
          d -> assertThat(d.text()).startsWith("Illustrative starter measure"));
    }
    for (Indicator indicator : STARTER.indicators()) {
      assertThat(indicator.technicalDefinition()).as(indicator.code()).hasValueSatisfying(
          d -> assertThat(d.text()).startsWith("Illustrative starter indicator"));
    }
  }

  @Test
  void linksEveryIndicatorToEachOfTheFourNationsFrameworks() {
    assertThat(STARTER.externalFrameworks()).isEqualTo(ExternalFrameworks.ukNations());
    for (Indicator indicator : STARTER.indicators()) {
      Set<String> frameworks = indicator.outcomes().stream().map(o -> o.framework())
          .collect(Collectors.toSet());
      assertThat(frameworks).as(indicator.code()).contains(
          ExternalFrameworks.SHANARRI.code(), ExternalFrameworks.WALES_WELL_BEING.code(),
          ExternalFrameworks.NORTHERN_IRELAND_CYPS.code());
    }
    assertThat(STARTER.crosswalk(ExternalFrameworks.WALES_WELL_BEING.code()).values().stream()
        .mapToInt(List::size).sum()).isGreaterThanOrEqualTo(STARTER.indicators().size());
  }

  @Test
  void theCamhsIndicatorsHaveGenericNames() {
    assertThat(STARTER.indicatorsIn("CAMHS")).extracting(i -> i.name().text()).containsExactly(
        "Goal progress (0-10)", "Wellbeing score", "Distress score",
        "Everyday functioning (1-100)");
    String json = StarterFramework.json();
    for (String licensed : List.of("SDQ", "Strengths and Difficulties", "GAD-7", "PHQ-9",
        "YP-CORE", "CORE-10", "WEMWBS", "Warwick", "RCADS", "Outcomes Star")) {
      assertThat(json).as(licensed).doesNotContain(licensed);
    }
  }

  @Test
  void theShippedResourceIsExactlyWhatTheFrameworkWrites() throws IOException {
    byte[] shipped;
    try (InputStream in = StarterFramework.class.getResourceAsStream("framework.json")) {
      assertThat(in).as(StarterFramework.RESOURCE + " on the class path").isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(new String(shipped, StandardCharsets.UTF_8))
        .as("regenerate with: java ... " + StarterFramework.class.getName())
        .isEqualTo(StarterFramework.json());
    assertThat(StarterFramework.fromResource()).isEqualTo(STARTER);
    assertThat(FrameworkJson.standard().read(StarterFramework.json())).isEqualTo(STARTER);
  }

  @Test
  void mainRegeneratesTheDocument(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("sub").resolve("framework.json");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      StarterFramework.main(new String[] {target.toString()});
    } finally {
      System.setOut(out);
    }
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(StarterFramework.json());
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Wrote " + target + ": "
        + STARTER + System.lineSeparator());
  }

  private static void assertWelsh(String what, Label label) {
    assertThat(label.exactly(Label.WELSH)).as(what + " in Welsh").hasValueSatisfying(welsh ->
        assertThat(welsh).isNotBlank().isNotEqualTo(label.text()));
  }
}

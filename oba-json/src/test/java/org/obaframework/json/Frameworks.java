package org.obaframework.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;

/** Frameworks for the tests: the golden one, and random ones from public factories only. */
final class Frameworks {
  private Frameworks() {}

  static Label bilingual(String english, String welsh) {
    return Label.of(english).with(Label.WELSH, welsh);
  }

  /** A realistic framework: Welsh labels, all three kinds of scale, a data development measure. */
  static OutcomesFramework golden() {
    Indicator safeAtHome = Indicator.builder()
        .code("SAFE-AT-HOME")
        .name(bilingual("Safe at home", "Yn ddiogel gartref"))
        .definition(bilingual("The child is safe from harm at home.",
            "Mae'r plentyn yn ddiogel rhag niwed gartref."))
        .scale(BinaryScale.of(bilingual("Yes", "Ydy"), bilingual("No", "Nac ydy")))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("FS", "CIC")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("SAFE"),
            ref("WALES-SSWBA-2014", "PROTECTION"))
        .build();
    Indicator wellbeing = Indicator.builder()
        .code("EMOTIONAL-WELLBEING")
        .name(bilingual("Emotional well-being", "Lles emosiynol"))
        .definition(Label.of("How the child's emotional well-being is rated at review."))
        .technicalDefinition(Label.of("Practitioner rating on the four-point \"star\" scale."))
        .version("2")
        .scale(OrdinalScale.of(List.of(
            OrdinalLevel.of("STUCK", bilingual("Stuck", "Yn sownd"), 1),
            OrdinalLevel.of("ACCEPTING-HELP", bilingual("Accepting help", "Derbyn help"), 2),
            OrdinalLevel.of("TRYING", bilingual("Trying", "Ceisio"), 3),
            OrdinalLevel.of("SELF-RELIANT", bilingual("Self-reliant", "Hunanddibynnol"), 5))))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .addServiceAreas("FS")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("HEALTHY"),
            ref("ECM", "BE-HEALTHY"))
        .build();
    Indicator attendance = Indicator.builder()
        .code("SCHOOL-ATTENDANCE")
        .name(bilingual("School attendance", "Presenoldeb yn yr ysgol"))
        .definition(Label.of("Share of possible school sessions attended in the last term."))
        .scale(NumericScale.of("%", 0, 100))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .addServiceAreas("FS", "CIC")
        .addOutcomes(ref("NI-CYPS-2030", "LEARN-ACHIEVE"))
        .build();
    Indicator placementMoves = Indicator.builder()
        .code("PLACEMENT-MOVES")
        .name(Label.of("Placement moves"))
        .definition(Label.of("Moves of placement in the last twelve months."))
        .scale(NumericScale.wholeNumbers("moves", 0, 52))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("CIC")
        .build();
    Indicator tenancy = Indicator.builder()
        .code("TENANCY-AT-RISK")
        .name(bilingual("Tenancy at risk", "Tenantiaeth mewn perygl"))
        .definition(Label.of("The family's tenancy is at risk of ending."))
        .scale(BinaryScale.YES_NO)
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.FAMILY)
        .addServiceAreas("FS")
        .build();
    return OutcomesFramework.builder()
        .code("AFC-CYMRU")
        .name(bilingual("Action for Children Outcomes Framework",
            "Fframwaith Canlyniadau Gweithredu dros Blant"))
        .version("2026.1")
        .addServiceAreas(
            ServiceArea.of("FS", bilingual("Family support", "Cymorth i deuluoedd")),
            ServiceArea.of("CIC", bilingual("Children in care", "Plant mewn gofal")))
        .addIndicators(safeAtHome, wellbeing, attendance, placementMoves, tenancy)
        .addProgrammes(Programme.builder()
                .code("IFS")
                .name(bilingual("Intensive family support", "Cymorth dwys i deuluoedd"))
                .serviceArea("FS")
                .addIndicators("SAFE-AT-HOME", "EMOTIONAL-WELLBEING", "SCHOOL-ATTENDANCE",
                    "TENANCY-AT-RISK")
                .addDeliveryModels(
                    DeliveryModel.of("HOME", Label.of("Home visits")),
                    DeliveryModel.of("GROUP", bilingual("Group work", "Gwaith grŵp")))
                .addMeasures("FAMILIES-SUPPORTED", "SAFER-AT-HOME", "WELLBEING-DATA")
                .build(),
            Programme.builder()
                .code("FOSTERING")
                .name(Label.of("Fostering"))
                .serviceArea("CIC")
                .addIndicators("PLACEMENT-MOVES", "SCHOOL-ATTENDANCE")
                .build())
        .addMeasures(
            PerformanceMeasure.builder()
                .code("FAMILIES-SUPPORTED")
                .name(Label.of("Families supported"))
                .quadrant(Quadrant.HOW_MUCH)
                .role(MeasureRole.HEADLINE)
                .countingUnit(CountingUnit.FAMILY)
                .build(),
            PerformanceMeasure.builder()
                .code("SAFER-AT-HOME")
                .name(bilingual("Children safer at home", "Plant yn fwy diogel gartref"))
                .description(Label.of("Share of children rated safe at home at closure."))
                .quadrant(Quadrant.BETTER_OFF_PERCENT)
                .countingUnit(CountingUnit.CHILD)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .addIndicators("SAFE-AT-HOME")
                .build(),
            PerformanceMeasure.builder()
                .code("WELLBEING-DATA")
                .name(Label.of("Emotional well-being of children supported"))
                .quadrant(Quadrant.BETTER_OFF_NUMBER)
                .role(MeasureRole.DATA_DEVELOPMENT)
                .priority(1)
                .countingUnit(CountingUnit.CHILD)
                .addIndicators("EMOTIONAL-WELLBEING")
                .build())
        .addServiceOutputs(
            ServiceOutput.of("SAFETY-PLAN", bilingual("Safety plan", "Cynllun diogelwch")),
            ServiceOutput.of("PARENTING-COURSE", Label.of("Parenting course")))
        .addAllExternalFrameworks(ExternalFrameworks.ukNations())
        .build();
  }

  private static org.obaframework.core.framework.OutcomeRef ref(String framework,
      String outcome) {
    return org.obaframework.core.framework.OutcomeRef.of(framework, outcome);
  }

  private static final String[] TEXTS = {
      "Safe", "Diogel", "Quote \" and backslash \\", "Line\nbreak\tand tab", "Ŵ ŷ â ê î ô û",
      // Texts hold line breaks and tabs but no other control character (issue 20: a label can
      // neither drive a terminal nor overwrite a printed line), so none is drawn here.
      "Emoji 😀", "Windows\r\nline end", "Tab\tonly", "  padded  ", "/slash ~tilde"};

  /** A random valid framework drawn from a seed, built with public factories only. */
  static OutcomesFramework random(long seed) {
    Random r = new Random(seed);
    int areaCount = 1 + r.nextInt(3);
    List<ServiceArea> areas = new ArrayList<>();
    for (int i = 0; i < areaCount; i++) {
      areas.add(ServiceArea.of("AREA-" + i, label(r)));
    }
    List<ExternalFramework> externals = r.nextBoolean()
        ? ExternalFrameworks.ukNations() : List.of(ExternalFrameworks.SHANARRI);
    List<Indicator> indicators = new ArrayList<>();
    int indicatorCount = 1 + r.nextInt(6);
    for (int i = 0; i < indicatorCount; i++) {
      Indicator.Builder builder = Indicator.builder()
          .code("I" + i + (r.nextBoolean() ? "_x.y" : ""))
          .name(label(r))
          .definition(label(r))
          .scale(scale(r))
          .polarity(Polarity.values()[r.nextInt(2)])
          .ratedAt(RatedAt.values()[r.nextInt(3)])
          .addServiceAreas("AREA-" + r.nextInt(areaCount));
      if (r.nextBoolean()) {
        builder.addServiceAreas("AREA-" + r.nextInt(areaCount));
      }
      if (r.nextBoolean()) {
        builder.technicalDefinition(label(r));
      }
      if (r.nextBoolean()) {
        builder.version(Integer.toString(1 + r.nextInt(9)));
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        ExternalFramework external = externals.get(r.nextInt(externals.size()));
        builder.addOutcomes(external.ref(
            external.outcomes().get(r.nextInt(external.outcomes().size())).code()));
      }
      indicators.add(builder.build());
    }
    List<PerformanceMeasure> measures = new ArrayList<>();
    List<Programme> programmes = new ArrayList<>();
    int priority = 1;
    for (ServiceArea area : areas) {
      List<String> inArea = indicators.stream()
          .filter(i -> i.serviceAreas().contains(area.code())).map(Indicator::code).toList();
      if (inArea.isEmpty() || r.nextInt(4) == 0) {
        continue;
      }
      String measureCode = "M-" + area.code();
      MeasureRole role = MeasureRole.values()[r.nextInt(3)];
      PerformanceMeasure.Builder measure = PerformanceMeasure.builder()
          .code(measureCode)
          .name(label(r))
          .quadrant(Quadrant.values()[r.nextInt(4)])
          .role(role)
          .countingUnit(CountingUnit.values()[r.nextInt(CountingUnit.values().length)])
          .addIndicators(inArea.get(r.nextInt(inArea.size())));
      if (role == MeasureRole.DATA_DEVELOPMENT) {
        measure.priority(priority++);
      }
      if (r.nextBoolean()) {
        measure.description(label(r));
      }
      if (r.nextBoolean()) {
        measure.polarity(Polarity.values()[r.nextInt(2)]);
      }
      measures.add(measure.build());
      Programme.Builder programme = Programme.builder()
          .code("P-" + area.code())
          .name(label(r))
          .serviceArea(area.code())
          .addAllIndicators(inArea)
          .addMeasures(measureCode);
      for (int k = r.nextInt(3); k > 0; k--) {
        programme.addDeliveryModels(DeliveryModel.of("DM" + k, label(r)));
      }
      programmes.add(programme.build());
    }
    List<ServiceOutput> outputs = new ArrayList<>();
    for (int k = r.nextInt(3); k > 0; k--) {
      outputs.add(ServiceOutput.of("OUT" + k, label(r)));
    }
    return OutcomesFramework.builder()
        .code("F" + Math.abs(seed % 1000))
        .name(label(r))
        .version(r.nextBoolean() ? "1" : "2.3-beta")
        .addAllServiceAreas(areas)
        .addAllIndicators(indicators)
        .addAllProgrammes(programmes)
        .addAllMeasures(measures)
        .addAllServiceOutputs(outputs)
        .addAllExternalFrameworks(externals)
        .build();
  }

  private static Label label(Random r) {
    Map<String, String> texts = new LinkedHashMap<>();
    String[] tags = {"en", "cy", "gd", "en-GB"};
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      texts.putIfAbsent(tags[r.nextInt(tags.length)], TEXTS[r.nextInt(TEXTS.length)]);
    }
    return Label.of(texts);
  }

  private static Scale scale(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        Label yes = label(r);
        Label no = label(r);
        return yes.text().equals(no.text()) ? BinaryScale.YES_NO : BinaryScale.of(yes, no);
      case 1: {
        List<OrdinalLevel> levels = new ArrayList<>();
        int score = r.nextInt(20) - 10;
        for (int i = 0; i < 2 + r.nextInt(4); i++) {
          levels.add(OrdinalLevel.of("L" + i, Label.of("Level " + i), score));
          score += 1 + r.nextInt(3);
        }
        return OrdinalScale.of(levels);
      }
      case 2: {
        double lower = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 5);
        return NumericScale.of("unit " + r.nextInt(3), lower, lower + 1 + r.nextDouble() * 500);
      }
      default: {
        long lower = r.nextInt(1000) - 500;
        return NumericScale.wholeNumbers("count", lower, lower + 1 + r.nextInt(100_000));
      }
    }
  }
}

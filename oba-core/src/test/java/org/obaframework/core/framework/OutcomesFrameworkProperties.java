package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.obaframework.core.testing.FrameworkParts.appended;
import static org.obaframework.core.testing.FrameworkParts.inserted;
import static org.obaframework.core.testing.FrameworkParts.replaced;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.testing.Draw;
import org.obaframework.core.testing.FrameworkParts;
import org.obaframework.core.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link OutcomesFramework}: every generated valid framework builds with no
 * problems, and every single-point corruption of one is reported with the expected problem type,
 * naming the corrupted item.
 */
class OutcomesFrameworkProperties {
  private static final long SEED = 20_260_401L;

  /** One corruption applied to a valid framework, and what its report must say. */
  record Corrupted(String kind, ProblemType expected, List<String> named, String how,
      FrameworkParts valid, Supplier<FrameworkParts> corrupt) {
    @Override
    public String toString() {
      return kind + ": " + how + " (expect " + expected + " naming " + named + ")\n  of " + valid;
    }
  }

  /** A kind of corruption; empty when the framework offers no place to apply it. */
  record Kind(String name, BiFunction<FrameworkParts, Draw, Optional<Corrupted>> apply) {}

  @Test
  void everyGeneratedFrameworkBuildsWithNoProblems() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(Generators.frameworkParts())
        .checkAssert(parts -> {
          assertThat(parts.builder().problems()).isEmpty();
          OutcomesFramework framework = parts.build();
          // What went in comes out, and every part is found by its code.
          assertThat(framework.indicators()).isEqualTo(parts.indicators());
          assertThat(framework.programmes()).isEqualTo(parts.programmes());
          assertThat(framework.measures()).isEqualTo(parts.measures());
          parts.serviceAreas().forEach(a ->
              assertThat(framework.serviceArea(a.code())).contains(a));
          parts.indicators().forEach(i -> assertThat(framework.indicator(i.code())).contains(i));
          parts.measures().forEach(m -> assertThat(framework.measure(m.code())).contains(m));
          parts.serviceOutputs().forEach(o ->
              assertThat(framework.serviceOutput(o.code())).contains(o));
          for (Programme programme : parts.programmes()) {
            assertThat(framework.programme(programme.code())).contains(programme);
            assertThat(framework.indicatorsOf(programme).stream().map(Indicator::code).toList())
                .isEqualTo(programme.indicators());
            assertThat(framework.measuresOf(programme).stream().map(PerformanceMeasure::code)
                .toList()).isEqualTo(programme.measures());
          }
          // Each service area's indicators, in the framework's order; an unknown area has none.
          for (ServiceArea area : parts.serviceAreas()) {
            assertThat(framework.indicatorsIn(area.code())).isEqualTo(parts.indicators().stream()
                .filter(i -> i.serviceAreas().contains(area.code())).toList());
          }
          assertThat(framework.indicatorsIn("NO-SUCH-AREA")).isEmpty();
          // Every indicator is in some area, so the areas' lists together hold every indicator.
          assertThat(parts.serviceAreas().stream()
              .flatMap(a -> framework.indicatorsIn(a.code()).stream()).distinct())
              .containsExactlyInAnyOrderElementsOf(parts.indicators());
          // The crosswalk lists exactly the indicators that link to each outcome.
          for (ExternalFramework external : parts.externalFrameworks()) {
            framework.crosswalk(external.code()).forEach((outcome, indicators) ->
                assertThat(indicators).containsExactlyElementsOf(parts.indicators().stream()
                    .filter(i -> i.outcomes().contains(
                        OutcomeRef.of(external.code(), outcome.code())))
                    .toList()));
          }
        });
  }

  @Test
  void everySinglePointCorruptionIsReported() {
    Map<String, Integer> exercised = new TreeMap<>();
    qt().withFixedSeed(SEED).withExamples(600).withShrinkCycles(200)
        .forAll(corruptedFrameworks())
        .checkAssert(corrupted -> {
          assertThat(corrupted.valid().builder().problems())
              .as("the framework before corruption is valid").isEmpty();
          List<Problem> problems = problemsOf(corrupted);
          assertThat(problems).as("problems of %s", corrupted)
              .anySatisfy(p -> {
                assertThat(p.type()).isEqualTo(corrupted.expected());
                for (String code : corrupted.named()) {
                  assertThat(p.message()).contains(shown(code));
                }
              });
          exercised.merge(corrupted.kind(), 1, Integer::sum);
        });
    assertThat(exercised.keySet())
        .as("corruption kinds exercised %s", exercised)
        .containsExactlyInAnyOrderElementsOf(KINDS.stream().map(Kind::name).toList());
  }

  /**
   * Returns the problems of a corrupted framework: those {@link OutcomesFramework.Builder#problems()}
   * reports, which {@link OutcomesFramework.Builder#build()} then throws; or, when the corruption is
   * already refused by a part's own builder, the problems of that exception.
   */
  private static List<Problem> problemsOf(Corrupted corrupted) {
    FrameworkParts parts;
    try {
      parts = corrupted.corrupt().get();
    } catch (ValidationException e) {
      return e.problems();
    }
    List<Problem> problems = parts.builder().problems();
    ValidationException thrown = catchThrowableOfType(ValidationException.class,
        () -> parts.builder().build());
    assertThat(thrown).as("build() of %s throws", corrupted).isNotNull();
    assertThat(thrown.problems()).isEqualTo(problems);
    String where = Item.of(Item.FRAMEWORK, parts.code()).toString();
    assertThat(problems).allSatisfy(p -> assertThat(p.location()).startsWith(where));
    return problems;
  }

  @Test
  void buildingRefusesWhatProblemsReports() {
    // problems() and build() agree on a framework with several corruptions at once.
    qt().withFixedSeed(SEED).withExamples(100)
        .forAll(Generators.frameworkParts())
        .checkAssert(parts -> {
          FrameworkParts broken = parts
              .withServiceAreas(appended(parts.serviceAreas(), parts.serviceAreas().get(0)))
              .withMeasures(appended(parts.measures(), PerformanceMeasure.builder()
                  .from(parts.measures().get(0)).addIndicators("NO-SUCH-IND").build()));
          List<Problem> problems = broken.builder().problems();
          assertThat(problems).extracting(Problem::type)
              .contains(ProblemType.DUPLICATE_CODE, ProblemType.UNKNOWN_REFERENCE);
          assertThatThrownBy(() -> broken.builder().build())
              .isInstanceOf(ValidationException.class)
              .satisfies(e -> assertThat(((ValidationException) e).problems())
                  .isEqualTo(problems));
        });
  }

  /** Corruptions that this property found unreported once, kept as a property of their own. */
  @Test
  void regressionsAreReported() {
    qt().withFixedSeed(SEED).withExamples(100).withShrinkCycles(200)
        .forAll(corruptions(REGRESSIONS))
        .checkAssert(corrupted -> assertThat(problemsOf(corrupted)).as("problems of %s", corrupted)
            .anySatisfy(p -> {
              assertThat(p.type()).isEqualTo(corrupted.expected());
              for (String code : corrupted.named()) {
                assertThat(p.message()).contains(shown(code));
              }
            }));
  }

  // -----------------------------------------------------------------------------------------------
  // Corruptions

  static Gen<Corrupted> corruptedFrameworks() {
    return corruptions(KINDS);
  }

  /** Generates a valid framework and applies one corruption of a kind picked at random. */
  static Gen<Corrupted> corruptions(List<Kind> kinds) {
    return in -> {
      Draw d = new Draw(in);
      FrameworkParts parts = Generators.frameworkParts(d);
      for (Kind kind : d.shuffled(kinds)) {
        Optional<Corrupted> corrupted = kind.apply().apply(parts, d);
        if (corrupted.isPresent()) {
          return corrupted.get();
        }
      }
      throw new IllegalStateException("no corruption applies to " + parts);
    };
  }

  private static Optional<Corrupted> of(String kind, ProblemType expected, List<String> named,
      String how, FrameworkParts valid, Supplier<FrameworkParts> corrupt) {
    return Optional.of(new Corrupted(kind, expected, named, how, valid, corrupt));
  }

  static final List<Kind> KINDS = List.of(
      new Kind("duplicate service area", (f, d) -> {
        ServiceArea area = d.pick(f.serviceAreas());
        int at = d.insertionPoint(f.serviceAreas().size());
        return of("duplicate service area", ProblemType.DUPLICATE_CODE, List.of(area.code()),
            "a second service area coded " + area.code(), f,
            () -> f.withServiceAreas(inserted(f.serviceAreas(), at,
                ServiceArea.of(area.code(), Label.of("Another area")))));
      }),
      new Kind("duplicate indicator", (f, d) -> {
        Indicator indicator = d.pick(f.indicators());
        Indicator copy = Indicator.builder().from(indicator).name(Label.of("Copy")).build();
        int at = d.insertionPoint(f.indicators().size());
        return of("duplicate indicator", ProblemType.DUPLICATE_CODE, List.of(indicator.code()),
            "a second indicator coded " + indicator.code(), f,
            () -> f.withIndicators(inserted(f.indicators(), at, copy)));
      }),
      new Kind("duplicate programme", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        Programme copy = Programme.builder().from(programme).name(Label.of("Copy")).build();
        int at = d.insertionPoint(f.programmes().size());
        return of("duplicate programme", ProblemType.DUPLICATE_CODE, List.of(programme.code()),
            "a second programme coded " + programme.code(), f,
            () -> f.withProgrammes(inserted(f.programmes(), at, copy)));
      }),
      new Kind("duplicate measure", (f, d) -> {
        PerformanceMeasure measure = d.pick(f.measures());
        PerformanceMeasure copy =
            PerformanceMeasure.builder().from(measure).name(Label.of("Copy")).build();
        int at = d.insertionPoint(f.measures().size());
        return of("duplicate measure", ProblemType.DUPLICATE_CODE, List.of(measure.code()),
            "a second measure coded " + measure.code(), f,
            () -> f.withMeasures(inserted(f.measures(), at, copy)));
      }),
      new Kind("duplicate service output", (f, d) -> {
        if (f.serviceOutputs().isEmpty()) {
          return Optional.empty();
        }
        ServiceOutput output = d.pick(f.serviceOutputs());
        int at = d.insertionPoint(f.serviceOutputs().size());
        return of("duplicate service output", ProblemType.DUPLICATE_CODE,
            List.of(output.code()), "a second service output coded " + output.code(), f,
            () -> f.withServiceOutputs(inserted(f.serviceOutputs(), at,
                ServiceOutput.of(output.code(), Label.of("Another output")))));
      }),
      new Kind("duplicate external framework", (f, d) -> {
        ExternalFramework external = d.pick(f.externalFrameworks());
        int at = d.insertionPoint(f.externalFrameworks().size());
        return of("duplicate external framework", ProblemType.DUPLICATE_CODE,
            List.of(external.code()), "a second external framework coded " + external.code(), f,
            () -> f.withExternalFrameworks(inserted(f.externalFrameworks(), at, external)));
      }),
      new Kind("programme lists an indicator twice", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        String again = d.pick(programme.indicators());
        int at = d.insertionPoint(programme.indicators().size());
        return of("programme lists an indicator twice", ProblemType.DUPLICATE_CODE,
            List.of(programme.code(), again), programme.code() + " lists " + again + " twice", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).indicators(inserted(p.indicators(), at, again)).build())));
      }),
      new Kind("indicator names a missing service area", (f, d) -> {
        Indicator indicator = d.pick(f.indicators());
        return of("indicator names a missing service area", ProblemType.UNKNOWN_REFERENCE,
            List.of(indicator.code(), "NO-SUCH-AREA"),
            indicator.code() + " belongs also to NO-SUCH-AREA", f,
            () -> f.withIndicators(replaced(f.indicators(), indicator, i -> Indicator.builder()
                .from(i).addServiceAreas("NO-SUCH-AREA").build())));
      }),
      new Kind("indicator links to a missing external framework", (f, d) -> {
        Indicator indicator = d.pick(f.indicators());
        return of("indicator links to a missing external framework",
            ProblemType.UNKNOWN_REFERENCE, List.of(indicator.code(), "NO-SUCH-FW"),
            indicator.code() + " links to NO-SUCH-FW/SAFE", f,
            () -> f.withIndicators(replaced(f.indicators(), indicator, i -> Indicator.builder()
                .from(i).addOutcomes(OutcomeRef.of("NO-SUCH-FW", "SAFE")).build())));
      }),
      new Kind("indicator links to a missing external outcome", (f, d) -> {
        Indicator indicator = d.pick(f.indicators());
        ExternalFramework external = d.pick(f.externalFrameworks());
        OutcomeRef missing = OutcomeRef.of(external.code(), "NOT-AN-OUTCOME");
        return of("indicator links to a missing external outcome", ProblemType.UNKNOWN_REFERENCE,
            List.of(indicator.code(), missing.toString()),
            indicator.code() + " links to " + missing, f,
            () -> f.withIndicators(replaced(f.indicators(), indicator, i -> Indicator.builder()
                .from(i).addOutcomes(missing).build())));
      }),
      new Kind("programme names a missing service area", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        return of("programme names a missing service area", ProblemType.UNKNOWN_REFERENCE,
            List.of(programme.code(), "NO-SUCH-AREA"),
            programme.code() + " moved to service area NO-SUCH-AREA", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).serviceArea("NO-SUCH-AREA").build())));
      }),
      new Kind("programme names a missing indicator", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        int at = d.insertionPoint(programme.indicators().size());
        return of("programme names a missing indicator", ProblemType.UNKNOWN_REFERENCE,
            List.of(programme.code(), "NO-SUCH-IND"), programme.code() + " lists NO-SUCH-IND", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).indicators(inserted(p.indicators(), at, "NO-SUCH-IND")).build())));
      }),
      new Kind("programme names a missing measure", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        int at = d.insertionPoint(programme.measures().size());
        return of("programme names a missing measure", ProblemType.UNKNOWN_REFERENCE,
            List.of(programme.code(), "NO-SUCH-MEASURE"),
            programme.code() + " reports NO-SUCH-MEASURE", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).measures(inserted(p.measures(), at, "NO-SUCH-MEASURE")).build())));
      }),
      new Kind("measure draws on a missing indicator", (f, d) -> {
        PerformanceMeasure measure = d.pick(f.measures());
        return of("measure draws on a missing indicator", ProblemType.UNKNOWN_REFERENCE,
            List.of(measure.code(), "NO-SUCH-IND"), measure.code() + " draws on NO-SUCH-IND", f,
            () -> f.withMeasures(replaced(f.measures(), measure, m -> PerformanceMeasure.builder()
                .from(m).addIndicators("NO-SUCH-IND").build())));
      }),
      new Kind("programme names an indicator of another service area", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        List<Indicator> outside = f.indicators().stream()
            .filter(i -> !i.serviceAreas().contains(programme.serviceArea())).toList();
        if (outside.isEmpty()) {
          return Optional.empty();
        }
        Indicator indicator = d.pick(outside);
        int at = d.insertionPoint(programme.indicators().size());
        return of("programme names an indicator of another service area",
            ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA,
            List.of(programme.code(), indicator.code()),
            programme.code() + " (area " + programme.serviceArea() + ") lists " + indicator.code()
                + " of " + indicator.serviceAreas(), f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).indicators(inserted(p.indicators(), at, indicator.code())).build())));
      }),
      new Kind("programme's indicator moved to another service area", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        Indicator indicator = f.indicator(d.pick(programme.indicators()));
        String elsewhere = d.pick(f.serviceAreas().stream().map(ServiceArea::code)
            .filter(a -> !a.equals(programme.serviceArea())).toList());
        return of("programme's indicator moved to another service area",
            ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA,
            List.of(programme.code(), indicator.code()),
            indicator.code() + " of " + programme.code() + " moved to area " + elsewhere, f,
            () -> f.withIndicators(replaced(f.indicators(), indicator, i -> Indicator.builder()
                .from(i).serviceAreas(List.of(elsewhere)).build())));
      }),
      new Kind("programme's measure draws on an indicator outside the programme", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        PerformanceMeasure measure = f.measure(d.pick(programme.measures()));
        List<String> outside = f.indicators().stream().map(Indicator::code)
            .filter(i -> !programme.indicators().contains(i)).toList();
        if (outside.isEmpty()) {
          return Optional.empty();
        }
        String indicator = d.pick(outside);
        return of("programme's measure draws on an indicator outside the programme",
            ProblemType.INDICATOR_NOT_IN_PROGRAMME,
            List.of(programme.code(), measure.code(), indicator),
            measure.code() + " of " + programme.code() + " draws also on " + indicator, f,
            () -> f.withMeasures(replaced(f.measures(), measure, m -> PerformanceMeasure.builder()
                .from(m).addIndicators(indicator).build())));
      }),
      new Kind("programme drops an indicator its measure draws on", (f, d) -> {
        List<Programme> candidates = f.programmes().stream()
            .filter(p -> p.measures().stream().anyMatch(m -> !f.measure(m).indicators().isEmpty()))
            .toList();
        if (candidates.isEmpty()) {
          return Optional.empty();
        }
        Programme programme = d.pick(candidates);
        PerformanceMeasure measure = f.measure(d.pick(programme.measures().stream()
            .filter(m -> !f.measure(m).indicators().isEmpty()).toList()));
        String indicator = d.pick(new ArrayList<>(measure.indicators()));
        return of("programme drops an indicator its measure draws on",
            ProblemType.INDICATOR_NOT_IN_PROGRAMME,
            List.of(programme.code(), measure.code(), indicator),
            programme.code() + " drops " + indicator + " which " + measure.code() + " draws on", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).indicators(p.indicators().stream().filter(i -> !i.equals(indicator))
                    .toList()).build())));
      }),
      new Kind("measure's role and priority disagree", (f, d) -> {
        PerformanceMeasure measure = d.pick(f.measures());
        boolean development = measure.role() == MeasureRole.DATA_DEVELOPMENT;
        int variant = d.between(0, 1);
        String how = development
            ? (variant == 0 ? "data development without a priority" : "priority 0")
            : "a " + measure.role() + " measure with a priority";
        return of("measure's role and priority disagree", ProblemType.INVALID_PRIORITY,
            List.of(measure.code()), measure.code() + ": " + how, f,
            () -> f.withMeasures(replaced(f.measures(), measure, m -> {
              PerformanceMeasure.Builder b = PerformanceMeasure.builder().from(m);
              if (!development) {
                b.priority(1);
              } else if (variant == 0) {
                b.priority(OptionalInt.empty());
              } else {
                b.priority(0);
              }
              return b.build();
            })));
      }),
      new Kind("programme has two delivery models with one code", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        DeliveryModel model = programme.deliveryModels().isEmpty()
            ? DeliveryModel.of("OUTREACH", Label.of("Outreach"))
            : d.pick(programme.deliveryModels());
        int at = d.insertionPoint(Math.max(1, programme.deliveryModels().size()));
        return of("programme has two delivery models with one code", ProblemType.DUPLICATE_CODE,
            List.of(programme.code(), model.code()),
            programme.code() + " has delivery model " + model.code() + " twice", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> {
              List<DeliveryModel> models = new ArrayList<>(p.deliveryModels());
              if (models.isEmpty()) {
                models.add(model);
              }
              models.add(at,
                  DeliveryModel.of(model.code(), Label.of("Another model")));
              return Programme.builder().from(p).deliveryModels(models).build();
            })));
      }),
      new Kind("two data development measures share a priority", (f, d) -> {
        List<PerformanceMeasure> two = d.some(f.measures(), 2, 2);
        PerformanceMeasure one = two.get(0);
        PerformanceMeasure other = two.get(1);
        int priority = one.priority().orElse(f.measures().stream()
            .mapToInt(m -> m.priority().orElse(0)).max().orElse(0) + 1);
        PerformanceMeasure first = f.measures().indexOf(one) < f.measures().indexOf(other)
            ? one : other;
        PerformanceMeasure second = first == one ? other : one;
        return of("two data development measures share a priority",
            ProblemType.INVALID_PRIORITY, List.of(second.code(), first.code()),
            one.code() + " and " + other.code() + " both data development, priority "
                + priority, f,
            () -> f.withMeasures(replaced(replaced(f.measures(), one, m -> development(m,
                priority)), other, m -> development(m, priority))));
      }),
      new Kind("indicator without a service area", (f, d) -> {
        Indicator indicator = d.pick(f.indicators());
        return of("indicator without a service area", ProblemType.MISSING_VALUE,
            List.of(indicator.code()), indicator.code() + " belongs to no service area", f,
            () -> f.withIndicators(replaced(f.indicators(), indicator, i -> Indicator.builder()
                .from(i).serviceAreas(List.of()).build())));
      }),
      new Kind("programme without indicators", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        boolean alsoMeasures = d.bool();
        return of("programme without indicators", ProblemType.MISSING_VALUE,
            List.of(programme.code()), programme.code() + " lists no indicators"
                + (alsoMeasures ? " nor measures" : ""), f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> {
              Programme.Builder b = Programme.builder().from(p).indicators(List.of());
              return (alsoMeasures ? b.measures(List.of()) : b).build();
            })));
      }),
      new Kind("framework code malformed", (f, d) -> {
        String bad = d.pick("not a code", "-AFC", "AFC/1", "", "x".repeat(65));
        return of("framework code malformed", ProblemType.INVALID_CODE, List.of(bad),
            "framework coded '" + bad + "'", f, () -> f.withCode(bad));
      }));

  /**
   * Regression: a programme that listed one performance measure twice was once accepted
   * (FrameworkValidator checked indicators listed twice but not measures).
   */
  static final List<Kind> REGRESSIONS = List.of(
      new Kind("programme lists a measure twice", (f, d) -> {
        Programme programme = d.pick(f.programmes());
        String again = d.pick(programme.measures());
        int at = d.insertionPoint(programme.measures().size());
        return of("programme lists a measure twice", ProblemType.DUPLICATE_CODE,
            List.of(programme.code(), again), programme.code() + " lists " + again + " twice", f,
            () -> f.withProgrammes(replaced(f.programmes(), programme, p -> Programme.builder()
                .from(p).measures(inserted(p.measures(), at, again)).build())));
      }));

  /** Returns a measure turned into a data development one of the given priority. */
  private static PerformanceMeasure development(PerformanceMeasure measure, int priority) {
    return PerformanceMeasure.builder().from(measure).role(MeasureRole.DATA_DEVELOPMENT)
        .priority(priority).build();
  }

  /** Returns a code as problems quote it: cut short after 40 characters. */
  /**
   * Returns a code as a message shows it under the redaction rule: quoted (cut at 40 characters)
   * when it follows the syntax of ids (as an item's code, or an outcome link), else described,
   * never quoted.
   */
  static String shown(String code) {
    return Redaction.isId(code) ? Redaction.id(code) : Redaction.code(code);
  }
}

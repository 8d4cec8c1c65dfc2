package org.obaframework.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.internal.Checks;

/** The checks of a whole framework, which find every problem rather than stop at the first. */
final class FrameworkValidator {
  private final OutcomesFramework framework;
  private final String where;
  private final List<Problem> problems = new ArrayList<>();

  private FrameworkValidator(OutcomesFramework framework) {
    this.framework = framework;
    this.where = Checks.named("framework", framework.code());
  }

  static List<Problem> validate(OutcomesFramework framework) {
    FrameworkValidator validator = new FrameworkValidator(framework);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void run() {
    if (!Checks.CODE.matcher(framework.code()).matches()) {
      problems.add(Problem.of(ProblemType.INVALID_CODE, where, "code", Checks.CODE_SYNTAX,
          Checks.quote(framework.code())));
    }
    if (framework.version().isBlank()) {
      problems.add(Problem.of(ProblemType.INVALID_TEXT, where, "version", "a non-blank version",
          "a blank version"));
    }
    distinct("service area", "serviceAreas", framework.serviceAreas(), ServiceArea::code);
    distinct("indicator", "indicators", framework.indicators(), Indicator::code);
    distinct("programme", "programmes", framework.programmes(), Programme::code);
    distinct("performance measure", "measures", framework.measures(), PerformanceMeasure::code);
    distinct("service output", "serviceOutputs", framework.serviceOutputs(), ServiceOutput::code);
    distinct("external framework", "externalFrameworks", framework.externalFrameworks(),
        ExternalFramework::code);
    framework.indicators().forEach(this::indicator);
    framework.programmes().forEach(this::programme);
    framework.measures().forEach(this::measure);
    priorities();
  }

  /** The data development agenda is an order: no two measures share a priority. */
  private void priorities() {
    Map<Integer, String> byPriority = new HashMap<>();
    for (PerformanceMeasure measure : framework.measures()) {
      if (measure.priority().isPresent()) {
        String first = byPriority.putIfAbsent(measure.priority().getAsInt(), measure.code());
        if (first != null && !first.equals(measure.code())) {
          // A measure coded like another is reported as a duplicate code, not again here.
          problem(ProblemType.INVALID_PRIORITY, Checks.named("performance measure",
              measure.code()), "priority",
              "a priority no other data development measure has",
              measure.priority().getAsInt() + ", as " + Checks.quote(first) + " has");
        }
      }
    }
  }

  private void indicator(Indicator indicator) {
    String location = Checks.named("indicator", indicator.code());
    if (indicator.serviceAreas().isEmpty()) {
      problem(ProblemType.MISSING_VALUE, location, "serviceAreas", "at least one service area",
          "none");
    }
    for (String area : indicator.serviceAreas()) {
      if (framework.serviceArea(area).isEmpty()) {
        unknown(location, "serviceAreas", framework.serviceAreaIndex().keySet(), area);
      }
    }
    for (OutcomeRef ref : indicator.outcomes()) {
      var external = framework.externalFramework(ref.framework());
      if (external.isEmpty()) {
        unknown(location, "outcomes", framework.externalFrameworkIndex().keySet(),
            ref.framework());
      } else if (external.get().outcome(ref.outcome()).isEmpty()) {
        problem(ProblemType.UNKNOWN_REFERENCE, location, "outcomes",
            "an outcome of " + Checks.quote(ref.framework()), Checks.quote(ref.toString()));
      }
    }
  }

  private void programme(Programme programme) {
    String location = Checks.named("programme", programme.code());
    if (framework.serviceArea(programme.serviceArea()).isEmpty()) {
      unknown(location, "serviceArea", framework.serviceAreaIndex().keySet(),
          programme.serviceArea());
    }
    if (programme.indicators().isEmpty()) {
      problem(ProblemType.MISSING_VALUE, location, "indicators",
          "at least one indicator relevant to the programme", "none");
    }
    Set<String> seen = new HashSet<>();
    for (String code : programme.indicators()) {
      if (!seen.add(code)) {
        problem(ProblemType.DUPLICATE_CODE, location, "indicators",
            "each indicator listed once", Checks.quote(code) + " twice");
        continue;
      }
      var indicator = framework.indicator(code);
      if (indicator.isEmpty()) {
        unknown(location, "indicators", framework.indicatorIndex().keySet(), code);
      } else if (framework.serviceArea(programme.serviceArea()).isPresent()
          && !indicator.get().serviceAreas().contains(programme.serviceArea())) {
        // Only against a known service area: an unknown one is reported once, above.
        problem(ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA, location, "indicators",
            "an indicator of service area " + Checks.quote(programme.serviceArea()),
            Checks.quote(code) + " of " + indicator.get().serviceAreas());
      }
    }
    Set<String> measures = new HashSet<>();
    for (String code : programme.measures()) {
      if (!measures.add(code)) {
        problem(ProblemType.DUPLICATE_CODE, location, "measures", "each measure listed once",
            Checks.quote(code) + " twice");
        continue;
      }
      var measure = framework.measure(code);
      if (measure.isEmpty()) {
        unknown(location, "measures", framework.measureIndex().keySet(), code);
        continue;
      }
      for (String indicator : measure.get().indicators()) {
        if (!programme.indicators().contains(indicator)) {
          problem(ProblemType.INDICATOR_NOT_IN_PROGRAMME, location, "measures",
              "measure " + Checks.quote(code) + " to draw on the programme's indicators "
                  + Checks.oneOf(programme.indicators()),
              Checks.quote(indicator));
        }
      }
    }
  }

  private void measure(PerformanceMeasure measure) {
    String location = Checks.named("performance measure", measure.code());
    for (String code : measure.indicators()) {
      if (framework.indicator(code).isEmpty()) {
        unknown(location, "indicators", framework.indicatorIndex().keySet(), code);
      }
    }
  }

  private <T> void distinct(String kind, String field, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = code.apply(items.get(i));
      if (!seen.add(value)) {
        problem(ProblemType.DUPLICATE_CODE, kind + " " + Checks.quote(value),
            field + "[" + i + "].code", "a code used by no other " + kind,
            "a second " + kind + " coded " + Checks.quote(value));
      }
    }
  }

  private void unknown(String location, String field, Set<String> known, String found) {
    problem(ProblemType.UNKNOWN_REFERENCE, location, field, Checks.oneOf(known),
        Checks.quote(found));
  }

  private void problem(ProblemType type, String location, String field, String expected,
      String found) {
    problems.add(Problem.of(type, location, field, expected, found).within(where));
  }
}

package org.obaframework.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.internal.Checks;

/**
 * The checks of a whole framework, which find every problem rather than stop at the first. Each
 * problem names its item (kind and code) within the framework, and a field path with the index
 * of the entry concerned, such as {@code indicators[2]}, so that a reader places it by lookup.
 */
final class FrameworkValidator {
  private final OutcomesFramework framework;
  private final Item where;
  private final List<Problem> problems = new ArrayList<>();

  private FrameworkValidator(OutcomesFramework framework) {
    this.framework = framework;
    this.where = Item.of(Item.FRAMEWORK, framework.code());
  }

  static List<Problem> validate(OutcomesFramework framework) {
    FrameworkValidator validator = new FrameworkValidator(framework);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void run() {
    if (!Redaction.isCode(framework.code())) {
      problems.add(Problem.of(ProblemType.INVALID_CODE, where, "code", Checks.CODE_SYNTAX,
          Redaction.code(framework.code())));
    }
    if (framework.version().isBlank()) {
      problems.add(Problem.of(ProblemType.INVALID_TEXT, where, "version", "a non-blank version",
          "a blank version"));
    } else {
      Checks.textProblem(where, "version", framework.version()).ifPresent(problems::add);
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
          problem(ProblemType.INVALID_PRIORITY,
              Item.of(Item.PERFORMANCE_MEASURE, measure.code()), "priority",
              "a priority no other data development measure has",
              measure.priority().getAsInt() + ", as " + Redaction.code(first) + " has");
        }
      }
    }
  }

  private void indicator(Indicator indicator) {
    Item location = Item.of(Item.INDICATOR, indicator.code());
    if (indicator.serviceAreas().isEmpty()) {
      problem(ProblemType.MISSING_VALUE, location, "serviceAreas", "at least one service area",
          "none");
    }
    int i = 0;
    for (String area : indicator.serviceAreas()) {
      if (framework.serviceArea(area).isEmpty()) {
        unknown(location, "serviceAreas[" + i + "]", framework.serviceAreaIndex().keySet(),
            area);
      }
      i++;
    }
    i = 0;
    for (OutcomeRef ref : indicator.outcomes()) {
      var external = framework.externalFramework(ref.framework());
      if (external.isEmpty()) {
        unknown(location, "outcomes[" + i + "]", framework.externalFrameworkIndex().keySet(),
            ref.framework());
      } else if (external.get().outcome(ref.outcome()).isEmpty()) {
        problem(ProblemType.UNKNOWN_REFERENCE, location, "outcomes[" + i + "]",
            "an outcome of " + Redaction.code(ref.framework()), Redaction.id(ref.toString()));
      }
      i++;
    }
  }

  private void programme(Programme programme) {
    Item location = Item.of(Item.PROGRAMME, programme.code());
    if (framework.serviceArea(programme.serviceArea()).isEmpty()) {
      unknown(location, "serviceArea", framework.serviceAreaIndex().keySet(),
          programme.serviceArea());
    }
    if (programme.indicators().isEmpty()) {
      problem(ProblemType.MISSING_VALUE, location, "indicators",
          "at least one indicator relevant to the programme", "none");
    }
    Set<String> seen = new HashSet<>();
    int i = -1;
    for (String code : programme.indicators()) {
      i++;
      String field = "indicators[" + i + "]";
      if (!seen.add(code)) {
        problem(ProblemType.DUPLICATE_CODE, location, field,
            "each indicator listed once", Redaction.code(code) + " twice");
        continue;
      }
      var indicator = framework.indicator(code);
      if (indicator.isEmpty()) {
        unknown(location, field, framework.indicatorIndex().keySet(), code);
      } else if (framework.serviceArea(programme.serviceArea()).isPresent()
          && !indicator.get().serviceAreas().contains(programme.serviceArea())) {
        // Only against a known service area: an unknown one is reported once, above.
        problem(ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA, location, field,
            "an indicator of service area " + Redaction.code(programme.serviceArea()),
            Redaction.code(code) + " of " + indicator.get().serviceAreas());
      }
    }
    Set<String> measures = new HashSet<>();
    i = -1;
    for (String code : programme.measures()) {
      i++;
      String field = "measures[" + i + "]";
      if (!measures.add(code)) {
        problem(ProblemType.DUPLICATE_CODE, location, field, "each measure listed once",
            Redaction.code(code) + " twice");
        continue;
      }
      var measure = framework.measure(code);
      if (measure.isEmpty()) {
        unknown(location, field, framework.measureIndex().keySet(), code);
        continue;
      }
      for (String indicator : measure.get().indicators()) {
        if (!programme.indicators().contains(indicator)) {
          problem(ProblemType.INDICATOR_NOT_IN_PROGRAMME, location, field,
              "measure " + Redaction.code(code) + " to draw on the programme's indicators "
                  + Checks.oneOf(programme.indicators()),
              Redaction.code(indicator));
        }
      }
    }
  }

  private void measure(PerformanceMeasure measure) {
    Item location = Item.of(Item.PERFORMANCE_MEASURE, measure.code());
    int i = 0;
    for (String code : measure.indicators()) {
      if (framework.indicator(code).isEmpty()) {
        unknown(location, "indicators[" + i + "]", framework.indicatorIndex().keySet(), code);
      }
      i++;
    }
  }

  /**
   * Reports each item coded like an earlier one of its kind, by its index in the framework: a
   * lookup by code would find the first.
   */
  private <T> void distinct(String kind, String field, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = code.apply(items.get(i));
      if (!seen.add(value)) {
        problem(ProblemType.DUPLICATE_CODE, Item.of(kind, value),
            field + "[" + i + "].code", "a code used by no other " + kind,
            "a second " + kind + " coded " + Redaction.code(value));
      }
    }
  }

  private void unknown(Item location, String field, Set<String> known, String found) {
    problem(ProblemType.UNKNOWN_REFERENCE, location, field, Checks.oneOf(known),
        Redaction.code(found));
  }

  private void problem(ProblemType type, Item location, String field, String expected,
      String found) {
    problems.add(Problem.of(type, location, field, expected, found).within(where));
  }
}

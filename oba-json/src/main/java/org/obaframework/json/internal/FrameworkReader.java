package org.obaframework.json.internal;

import static org.obaframework.json.internal.FrameworkFields.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalOutcome;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.Nation;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;

/**
 * Reads a framework definition document from its {@link Located} values, collecting every problem
 * of shape and of meaning, each at the JSON Pointer, line and column of the value concerned.
 *
 * <p>Not thread-safe: one reader per document.
 */
public final class FrameworkReader extends DocumentReader {
  private static final Set<String> ROOT = Set.of(FORMAT, CODE, NAME, VERSION, SERVICE_AREAS,
      INDICATORS, PROGRAMMES, MEASURES, SERVICE_OUTPUTS, EXTERNAL_FRAMEWORKS);
  private static final Set<String> CODED = Set.of(CODE, NAME);
  private static final Set<String> INDICATOR = Set.of(CODE, NAME, DEFINITION,
      TECHNICAL_DEFINITION, VERSION, SCALE, POLARITY, RATED_AT, SERVICE_AREAS, OUTCOMES);
  private static final Set<String> BINARY_SCALE = Set.of(TYPE, YES, NO);
  private static final Set<String> ORDINAL_SCALE = Set.of(TYPE, LEVELS);
  private static final Set<String> NUMERIC_SCALE = Set.of(TYPE, UNIT, LOWER, UPPER,
      WHOLE_NUMBERS);
  private static final Set<String> LEVEL = Set.of(CODE, LABEL, SCORE);
  private static final Set<String> PROGRAMME = Set.of(CODE, NAME, SERVICE_AREA, INDICATORS,
      DELIVERY_MODELS, MEASURES);
  private static final Set<String> MEASURE = Set.of(CODE, NAME, DESCRIPTION, QUADRANT, ROLE,
      PRIORITY, COUNTING_UNIT, POLARITY, INDICATORS);
  private static final Set<String> EXTERNAL = Set.of(CODE, NAME, NATION, SOURCE, OUTCOMES);

  /** Items by kind and code, the first with each code, to place whole-framework problems. */
  private final Map<String, Map<String, Located>> items = new HashMap<>();
  /** The codes of the items left out for their problems, whose references are not echoed. */
  private final Set<String> leftOut = new java.util.HashSet<>();
  private final Located root;

  private FrameworkReader(Located root, boolean allowUnknown, int listed) {
    super(allowUnknown, listed);
    root(root);
    this.root = root;
  }

  /**
   * Reads a framework from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems listed; the rest are counted
   * @return the framework, or empty with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown, int listed) {
    FrameworkReader reader = new FrameworkReader(root, allowUnknown, listed);
    OutcomesFramework framework = reader.framework();
    return new Outcome(framework, reader.listed(), reader.unlisted());
  }

  /** The framework read, if there were no problems, and the problems. */
  public record Outcome(@Nullable OutcomesFramework framework, List<Problem> problems, long unlisted) {}

  private @Nullable OutcomesFramework framework() {
    if (!format(root, FORMAT_VERSION, ROOT)) {
      return null;
    }
    String code = string(root, CODE, true);
    Label name = label(root, NAME, true);
    // As the builder: the version defaults to "1", a missing collection is empty.
    String version = string(root, VERSION, false);
    List<ServiceArea> areas = list(root, SERVICE_AREAS, Item.SERVICE_AREA,
        n -> coded(n, ServiceArea::of));
    List<Indicator> indicators = list(root, INDICATORS, Item.INDICATOR, this::indicator);
    List<Programme> programmes = list(root, PROGRAMMES, Item.PROGRAMME, this::programme);
    List<PerformanceMeasure> measures = list(root, MEASURES, Item.PERFORMANCE_MEASURE,
        this::measure);
    List<ServiceOutput> outputs = list(root, SERVICE_OUTPUTS, Item.SERVICE_OUTPUT,
        n -> coded(n, ServiceOutput::of));
    List<ExternalFramework> externals = list(root, EXTERNAL_FRAMEWORKS, Item.EXTERNAL_FRAMEWORK,
        this::external);
    if (code == null || name == null) {
      return null;
    }
    Supplier<OutcomesFramework> framework = () -> {
      OutcomesFramework.Builder builder = OutcomesFramework.builder().code(code).name(name)
          .addAllServiceAreas(areas).addAllIndicators(indicators).addAllProgrammes(programmes)
          .addAllMeasures(measures).addAllServiceOutputs(outputs)
          .addAllExternalFrameworks(externals);
      if (version != null) {
        builder.version(version);
      }
      return builder.build();
    };
    if (count() == 0) {
      return build(root, framework);
    }
    // Other problems found: the whole-framework checks still run over the items read, so that
    // every problem is reported at once, but a reference to an item left out is not echoed as
    // a dangling one.
    try {
      framework.get();
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        Located at = place(problem);
        if (!echoes(problem, at)) {
          add(problem.at(at.position()));
        }
      }
    }
    return null;
  }

  /** Whether a problem only echoes an item left out: a reference to its code. */
  private boolean echoes(Problem problem, Located at) {
    if (problem.type() != ProblemType.UNKNOWN_REFERENCE || at.kind() != Located.Kind.STRING) {
      return false;
    }
    String text = at.text();
    int slash = text.indexOf('/');
    // An outcome is referred to as FRAMEWORK/OUTCOME: either may be the item left out.
    return leftOut.contains(text) || slash > 0 && (leftOut.contains(text.substring(0, slash))
        || leftOut.contains(text.substring(slash + 1)));
  }

  private @Nullable Indicator indicator(Located node) {
    properties(node, INDICATOR);
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    Label definition = label(node, DEFINITION, true);
    Label technical = label(node, TECHNICAL_DEFINITION, false);
    // As the builder: the version defaults to "1" and the level rated at to CHILD.
    String version = string(node, VERSION, false);
    Scale scale = scale(node.field(SCALE), node);
    Polarity polarity = enumeration(node, POLARITY, Polarity.class, true);
    RatedAt ratedAt = enumeration(node, RATED_AT, RatedAt.class, false);
    List<String> areas = distinct(node, SERVICE_AREAS);
    List<OutcomeRef> outcomes = new ArrayList<>();
    distinct(node, OUTCOMES);
    Located refs = node.field(OUTCOMES);
    for (Located item : refs == null ? List.<Located>of() : refs.items()) {
      if (item.kind() == Located.Kind.STRING) {
        OutcomeRef ref = build(item, () -> OutcomeRef.parse(item.text()));
        if (ref != null) {
          outcomes.add(ref);
        }
      }
    }
    if (code == null || name == null || definition == null || scale == null
        || polarity == null) {
      return null;
    }
    return build(node, () -> {
      Indicator.Builder builder = Indicator.builder();
      builder.code(code).name(name).definition(definition).scale(scale)
          .polarity(polarity).addAllServiceAreas(areas)
          .addAllOutcomes(outcomes);
      if (version != null) {
        builder.version(version);
      }
      if (ratedAt != null) {
        builder.ratedAt(ratedAt);
      }
      if (technical != null) {
        builder.technicalDefinition(technical);
      }
      return builder.build();
    });
  }

  private @Nullable Scale scale(@Nullable Located node, Located indicator) {
    if (node == null) {
      missing(indicator, SCALE, "a binary, ordinal or numeric scale");
      return null;
    }
    if (!isKind(node, Located.Kind.OBJECT, SCALE)) {
      return null;
    }
    String type = string(node, TYPE, true);
    if (type == null) {
      return null;
    }
    switch (type) {
      case BINARY: {
        properties(node, BINARY_SCALE);
        Label yes = label(node, YES, true);
        Label no = label(node, NO, true);
        return yes == null || no == null ? null : build(node, () -> BinaryScale.of(yes, no));
      }
      case ORDINAL: {
        properties(node, ORDINAL_SCALE);
        List<OrdinalLevel> levels = new ArrayList<>();
        boolean complete = true;
        for (Located level : array(node, LEVELS, true)) {
          OrdinalLevel read = level(level);
          complete &= read != null;
          if (read != null) {
            levels.add(read);
          }
        }
        return complete ? build(node, () -> OrdinalScale.of(levels)) : null;
      }
      case NUMERIC: {
        properties(node, NUMERIC_SCALE);
        String unit = string(node, UNIT, true);
        Double lower = number(node, LOWER, true);
        Double upper = number(node, UPPER, true);
        Boolean whole = bool(node, WHOLE_NUMBERS, false);
        if (unit == null || lower == null || upper == null) {
          return null;
        }
        if (whole != null && whole) {
          for (String bound : List.of(LOWER, UPPER)) {
            double value = bound.equals(LOWER) ? lower : upper;
            if (value != Math.rint(value) || Math.abs(value) > 1e15) {
              problem(ProblemType.OUT_OF_RANGE, node.field(bound), bound,
                  "a whole number, as the scale counts whole numbers", Double.toString(value));
              return null;
            }
          }
          return build(node, () -> NumericScale.wholeNumbers(unit, lower.longValue(),
              upper.longValue()));
        }
        return build(node, () -> NumericScale.of(unit, lower, upper));
      }
      default:
        problem(ProblemType.INVALID_CODE, node.field(TYPE), TYPE,
            "one of [binary, ordinal, numeric]",
            Redaction.value(type, List.of(BINARY, ORDINAL, NUMERIC)));
        return null;
    }
  }

  private @Nullable OrdinalLevel level(Located node) {
    if (!isKind(node, Located.Kind.OBJECT, LEVELS)) {
      return null;
    }
    properties(node, LEVEL);
    String code = string(node, CODE, true);
    Label label = label(node, LABEL, true);
    Integer score = integer(node, SCORE, true);
    return code == null || label == null || score == null
        ? null : build(node, () -> OrdinalLevel.of(code, label, score));
  }

  private @Nullable Programme programme(Located node) {
    properties(node, PROGRAMME);
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    String area = string(node, SERVICE_AREA, true);
    List<String> indicators = strings(node, INDICATORS, false);
    List<DeliveryModel> models = list(node, DELIVERY_MODELS, null,
        n -> coded(n, DeliveryModel::of));
    List<String> measures = strings(node, MEASURES, false);
    if (code == null || name == null || area == null) {
      return null;
    }
    return build(node, () -> Programme.builder().code(code).name(name).serviceArea(area)
        .addAllIndicators(indicators).addAllDeliveryModels(models).addAllMeasures(measures)
        .build());
  }

  private @Nullable PerformanceMeasure measure(Located node) {
    properties(node, MEASURE);
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    Label description = label(node, DESCRIPTION, false);
    Quadrant quadrant = enumeration(node, QUADRANT, Quadrant.class, true);
    // As the builder: the role defaults to SECONDARY.
    MeasureRole role = enumeration(node, ROLE, MeasureRole.class, false);
    Integer priority = integer(node, PRIORITY, false);
    CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, true);
    Polarity polarity = enumeration(node, POLARITY, Polarity.class, false);
    List<String> indicators = distinct(node, INDICATORS);
    if (code == null || name == null || quadrant == null || unit == null) {
      return null;
    }
    return build(node, () -> {
      PerformanceMeasure.Builder builder = PerformanceMeasure.builder();
      builder.code(code).name(name).quadrant(quadrant).countingUnit(unit)
          .addAllIndicators(indicators);
      if (role != null) {
        builder.role(role);
      }
      if (description != null) {
        builder.description(description);
      }
      if (priority != null) {
        builder.priority(priority);
      }
      if (polarity != null) {
        builder.polarity(polarity);
      }
      return builder.build();
    });
  }

  private @Nullable ExternalFramework external(Located node) {
    properties(node, EXTERNAL);
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    Nation nation = enumeration(node, NATION, Nation.class, false);
    String source = string(node, SOURCE, true);
    List<ExternalOutcome> outcomes = list(node, OUTCOMES, null,
        n -> coded(n, ExternalOutcome::of));
    if (code == null || name == null || source == null) {
      return null;
    }
    return build(node, () -> {
      ExternalFramework.Builder builder = ExternalFramework.builder();
      builder.code(code).name(name).source(source).addAllOutcomes(outcomes);
      if (nation != null) {
        builder.nation(nation);
      }
      return builder.build();
    });
  }

  private <T> @Nullable T coded(Located node, BiFunction<String, Label, T> factory) {
    properties(node, CODED);
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    return code == null || name == null ? null : build(node, () -> factory.apply(code, name));
  }

  /** Reads an array of objects; remembers each item by code under {@code kind} if given. */
  private <T> List<T> list(Located parent, String field, @Nullable String kind,
      Function<Located, @Nullable T> reader) {
    List<T> read = new ArrayList<>();
    // A missing collection is empty, as the builder's.
    for (Located item : array(parent, field, false)) {
      if (!isKind(item, Located.Kind.OBJECT, field)) {
        continue;
      }
      Located code = item.field(CODE);
      boolean coded = code != null && code.kind() == Located.Kind.STRING;
      if (kind != null && coded) {
        items.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(code.text(), item);
      }
      long before = blocking();
      T value = reader.apply(item);
      // An item with a problem of its own is left out of the whole-framework checks, which
      // would otherwise echo what could not be read (an array of the wrong type read as empty).
      if (value != null && blocking() == before) {
        read.add(value);
      } else if (coded) {
        leftOut.add(code.text());
      }
    }
    return read;
  }

  /**
   * Reads an array of strings that oba-core keeps as a set: a string listed twice is a problem
   * here, since reading it would silently drop it.
   */
  private List<String> distinct(Located parent, String field) {
    List<String> read = strings(parent, field, false);
    Set<String> seen = new java.util.HashSet<>();
    Located array = parent.field(field);
    for (int i = 0; array != null && i < read.size(); i++) {
      if (!seen.add(read.get(i))) {
        Located item = array.items().get(i);
        problem(ProblemType.DUPLICATE_CODE, item, field, "each code listed once",
            quote(read.get(i)) + " again");
      }
    }
    return read;
  }

  /** Runs a factory of oba-core, placing each problem it finds inside {@code node}. */
  @Override
  protected <T> @Nullable T build(Located node, Supplier<T> factory) {
    return build(node, factory,
        (at, problem) -> at == root ? place(problem) : resolve(at, problem));
  }

  /**
   * Finds the value a whole-framework problem is about: its item, looked up by kind and code
   * (the innermost of its chain that the document lists), then the field path within it; else
   * the field path from the root; else the root.
   */
  private Located place(Problem problem) {
    for (Item at = problem.item(); at != null; at = at.outer().orElse(null)) {
      Map<String, Located> byCode = items.get(at.kind());
      Located item = at.id().isEmpty() || byCode == null ? null : byCode.get(at.id().get());
      if (item != null) {
        Located within = follow(item, problem.field(), Map.of());
        if (within != null) {
          return within;
        }
      }
    }
    Located within = follow(root, problem.field(), Map.of());
    return within == null ? root : within;
  }

  /** Places a problem with no value to be placed at at the document's root. */
  @Override
  protected Problem.Position nowhere() {
    return root.position();
  }

  private Located resolve(Located node, Problem problem) {
    Located within = follow(node, problem.field(), Map.of());
    return within == null ? node : within;
  }

}

package org.obaframework.json.internal;

import static org.obaframework.json.internal.MeasuresFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Cohort;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.Deterioration;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.JacobsonTruax;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.PairingEnd;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.ReviewKind;

/**
 * Reads measure definitions from a parsed measures document, collecting every problem with its
 * JSON Pointer, line and column; given a framework, also every way a definition does not fit it,
 * as oba-core's {@link MeasureDefinition#problems(OutcomesFramework)} finds them, placed at the
 * part of the measure concerned. Not thread-safe; one per document.
 */
public final class MeasuresReader extends DocumentReader {
  private static final Set<String> ROOT = Set.of(FORMAT, MEASURES, BREAKDOWNS);
  private static final List<String> MEASURE_TYPES =
      List.of(BASELINE_PROFILE, BETTER_OFF, COUNT, PROCESS, TRANSITION);
  private static final Set<String> HEAD = Set.of(TYPE, CODE, NAME, PROGRAMME);
  private static final Set<String> COUNT_FIELDS = with(HEAD, COUNTING_UNIT, SERVICE_OUTPUT,
      RATERS, REVIEW_KINDS);
  private static final Set<String> PROCESS_FIELDS = with(HEAD, CONDITION, COUNTING_UNIT,
      EPISODE_CHOICE);
  private static final Set<String> BETTER_OFF_FIELDS = with(HEAD, COUNTING_UNIT, EPISODE_CHOICE,
      INDICATORS, DEFAULT_RULE, RULES, COMPOSITE, DETERIORATION, DETERIORATIONS, FAMILY_RULE,
      ELIGIBILITY,
      EXCLUDED_CLOSURE_REASONS, PAIRING);
  private static final Set<String> PROFILE_FIELDS = with(HEAD, COUNTING_UNIT, EPISODE_CHOICE,
      CONDITION);
  private static final Set<String> TRANSITION_FIELDS = with(HEAD, INDICATOR, PAIRING,
      COUNTING_UNIT, EPISODE_CHOICE);
  private static final List<String> DETERIORATION_TYPES =
      List.of(ANY_DETERIORATION, MIRROR, WORSE_BY_AT_LEAST);
  private static final List<String> BREAKDOWN_TYPES = List.of(ATTRIBUTE, COHORT, CROSS,
      DELIVERY_MODEL, HIERARCHY, LOCAL_AUTHORITY, PERIOD, PROGRAMME);
  private static final List<String> PROCESS_TYPES = List.of(BASELINE_WITHIN, HAS_SERVICE_OUTPUT,
      PLANNED_CLOSURE, REVIEWS_WITHIN, VIEW_RECORDED);
  private static final List<String> CONDITION_TYPES =
      List.of(AT_LEVELS, AT_OR_WORSE_THAN, IS, WORSE_THAN);
  private static final List<String> RULE_TYPES = List.of(ANY_IMPROVEMENT, IMPROVED_BY_AT_LEAST,
      REACHES, RELIABLE_CHANGE, RELIABLE_RECOVERY);
  private static final List<String> MINIMUM_TYPES = List.of(JACOBSON_TRUAX, PRESET, VALUE);
  private static final List<String> COMPOSITE_TYPES = List.of(ALL, ANY, AT_LEAST, CORC);
  private static final Set<String> PAIRING_FIELDS =
      Set.of(END, PERIOD_START, PERIOD_END, MINIMUM_INTERVAL_DAYS, RATERS);
  /** The JSON names of the fields oba-core's problems name differently. */
  private static final Map<String, String> ALIASES = Map.of("unit", COUNTING_UNIT, "yes", VALUE);

  private final Located root;

  private MeasuresReader(Located root, boolean allowUnknown, int listed) {
    super(allowUnknown, listed);
    root(root);
    this.root = root;
  }

  /** The definitions and breakdowns read, if there were no problems, and the problems. */
  public record Outcome(@Nullable List<MeasureDefinition> measures, List<Breakdown> breakdowns,
      List<Problem> problems, long unlisted) {}

  /**
   * Reads measure definitions from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems listed; the rest are counted
   * @param framework if given, the framework every definition must fit
   * @return the definitions, or none with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown, int listed,
      @Nullable OutcomesFramework framework) {
    MeasuresReader reader = new MeasuresReader(root, allowUnknown, listed);
    List<MeasureDefinition> measures = reader.document(framework);
    List<Breakdown> breakdowns = reader.breakdowns();
    return new Outcome(reader.count() == 0 ? measures : null,
        reader.count() == 0 ? breakdowns : List.of(), reader.listed(), reader.unlisted());
  }

  private @Nullable List<MeasureDefinition> document(@Nullable OutcomesFramework framework) {
    if (!format(root, OutputWriter.FORMAT_VERSION, ROOT)) {
      return null;
    }
    List<MeasureDefinition> measures = new ArrayList<>();
    List<Map.Entry<MeasureDefinition, Located>> nodes = new ArrayList<>();
    Map<String, Located> codes = new HashMap<>();
    // A missing collection is empty, as the builder's.
    for (Located item : array(root, MEASURES, false)) {
      if (!isKind(item, Located.Kind.OBJECT, MEASURES)) {
        continue;
      }
      Located code = item.field(CODE);
      if (code != null && code.kind() == Located.Kind.STRING) {
        Located first = codes.putIfAbsent(code.text(), code);
        if (first != null) {
          problem(ProblemType.DUPLICATE_CODE, code, CODE,
              "a code used by no other measure of the document",
              quote(code.text()) + " again, first at " + first.where());
        }
      }
      MeasureDefinition measure = measure(item);
      if (measure != null) {
        measures.add(measure);
        nodes.add(Map.entry(measure, item));
      }
    }
    // Each measure read is checked against the framework even when others have problems:
    // every problem of the document is reported at once.
    if (framework != null) {
      for (Map.Entry<MeasureDefinition, Located> read : nodes) {
        for (Problem problem : read.getKey().problems(framework)) {
          place(read.getValue(), problem);
        }
      }
    }
    return count() == 0 ? List.copyOf(measures) : null;
  }

  private @Nullable MeasureDefinition measure(Located node) {
    String type = tag(node, "measure", MEASURE_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case COUNT -> properties(node, COUNT_FIELDS);
      case PROCESS -> properties(node, PROCESS_FIELDS);
      case BETTER_OFF -> properties(node, BETTER_OFF_FIELDS);
      case BASELINE_PROFILE -> properties(node, PROFILE_FIELDS);
      default -> properties(node, TRANSITION_FIELDS);
    }
    String code = string(node, CODE, true);
    Label name = label(node, NAME, true);
    String programme = string(node, PROGRAMME, true);
    switch (type) {
      case COUNT: {
        CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, true);
        String output = string(node, SERVICE_OUTPUT, false);
        Set<Rater> raters = enumSet(node, RATERS, Rater.class, false);
        Set<ReviewKind> kinds = enumSet(node, REVIEW_KINDS, ReviewKind.class, false);
        return blocking() > before ? null : build(node, () -> new CountMeasure(code, name,
            programme, unit, java.util.Optional.ofNullable(output), raters, kinds));
      }
      case PROCESS: {
        ProcessCondition condition = object(node, CONDITION, true, this::processCondition);
        CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, false);
        EpisodeChoice choice = enumeration(node, EPISODE_CHOICE, EpisodeChoice.class, false);
        return blocking() > before ? null
            : build(node, () -> new ProcessMeasure(code, name, programme, condition,
                unit == null ? condition.unit() : unit,
                choice == null ? EpisodeChoice.LATEST : choice));
      }
      case BETTER_OFF: {
        BetterOffMeasure measure = betterOff(node, code, programme);
        return blocking() > before ? null
            : build(node, () -> BetterOffDefinition.of(name, measure));
      }
      case BASELINE_PROFILE: {
        CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, true);
        EpisodeChoice choice = enumeration(node, EPISODE_CHOICE, EpisodeChoice.class, false);
        BaselineCondition condition = object(node, CONDITION, true, this::baselineCondition);
        return blocking() > before ? null
            : build(node, () -> new BaselineProfile(code, name, programme, unit, condition,
                choice == null ? EpisodeChoice.LATEST : choice));
      }
      default: {
        String indicator = string(node, INDICATOR, true);
        Pairing pairing = object(node, PAIRING, true, this::pairing);
        CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, false);
        EpisodeChoice choice = enumeration(node, EPISODE_CHOICE, EpisodeChoice.class, false);
        return blocking() > before ? null
            : build(node, () -> new TransitionMeasure(code, name, programme, indicator, pairing,
                java.util.Optional.ofNullable(unit),
                choice == null ? EpisodeChoice.LATEST : choice));
      }
    }
  }

  private @Nullable BetterOffMeasure betterOff(Located node, @Nullable String code,
      @Nullable String programme) {
    long before = blocking();
    CountingUnit unit = enumeration(node, COUNTING_UNIT, CountingUnit.class, true);
    EpisodeChoice choice = enumeration(node, EPISODE_CHOICE, EpisodeChoice.class, false);
    List<String> indicators = strings(node, INDICATORS, false);
    BetterOffRule defaultRule = object(node, DEFAULT_RULE, false, this::rule);
    Map<String, BetterOffRule> rules = new LinkedHashMap<>();
    Located rulesNode = present(node, RULES, false, "an object from indicator code to rule");
    if (rulesNode != null && isKind(rulesNode, Located.Kind.OBJECT, RULES)) {
      for (Map.Entry<String, Located> rule : rulesNode.fields().entrySet()) {
        if (isKind(rule.getValue(), Located.Kind.OBJECT, RULES + "." + rule.getKey())) {
          BetterOffRule read = rule(rule.getValue());
          if (read != null) {
            rules.put(rule.getKey(), read);
          }
        }
      }
    }
    Composite composite = object(node, COMPOSITE, false, this::composite);
    Deterioration deterioration = object(node, DETERIORATION, false, this::deterioration);
    Map<String, Deterioration> deteriorations = new LinkedHashMap<>();
    Located worseNode = present(node, DETERIORATIONS, false,
        "an object from indicator code to deterioration rule");
    if (worseNode != null && isKind(worseNode, Located.Kind.OBJECT, DETERIORATIONS)) {
      for (Map.Entry<String, Located> worse : worseNode.fields().entrySet()) {
        if (isKind(worse.getValue(), Located.Kind.OBJECT,
            DETERIORATIONS + "." + worse.getKey())) {
          Deterioration read = deterioration(worse.getValue());
          if (read != null) {
            deteriorations.put(worse.getKey(), read);
          }
        }
      }
    }
    FamilyRule familyRule = enumeration(node, FAMILY_RULE, FamilyRule.class, false);
    List<BaselineCondition> eligibility = new ArrayList<>();
    for (Located item : array(node, ELIGIBILITY, false)) {
      if (isKind(item, Located.Kind.OBJECT, ELIGIBILITY)) {
        BaselineCondition read = baselineCondition(item);
        if (read != null) {
          eligibility.add(read);
        }
      }
    }
    Set<ClosureReason> excluded = enumSet(node, EXCLUDED_CLOSURE_REASONS, ClosureReason.class,
        false);
    // As the builder: the pairing defaults to Pairing.latest().
    Pairing pairing = object(node, PAIRING, false, this::pairing);
    if (blocking() > before || code == null || programme == null) {
      return null;
    }
    return build(node, () -> {
      BetterOffMeasure.Builder builder = BetterOffMeasure.builder().code(code)
          .programme(programme).countingUnit(unit).addAllIndicators(indicators)
          .putAllRules(rules).putAllDeteriorations(deteriorations).addAllEligibility(eligibility)
          .addAllExcludedClosureReasons(excluded);
      if (pairing != null) {
        builder.pairing(pairing);
      }
      if (defaultRule != null) {
        builder.defaultRule(defaultRule);
      }
      if (composite != null) {
        builder.composite(composite);
      }
      if (choice != null) {
        builder.episodeChoice(choice);
      }
      if (deterioration != null) {
        builder.deterioration(deterioration);
      }
      if (familyRule != null) {
        builder.familyRule(familyRule);
      }
      return builder.build();
    });
  }

  private @Nullable ProcessCondition processCondition(Located node) {
    String type = tag(node, "process condition", PROCESS_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case BASELINE_WITHIN:
      case REVIEWS_WITHIN: {
        properties(node, Set.of(TYPE, DAYS));
        Integer days = integer(node, DAYS, true);
        return blocking() > before ? null : build(node, () -> type.equals(BASELINE_WITHIN)
            ? ProcessCondition.baselineWithin(days) : ProcessCondition.reviewsWithin(days));
      }
      case VIEW_RECORDED: {
        properties(node, Set.of(TYPE, RATERS));
        Set<Rater> raters = enumSet(node, RATERS, Rater.class, true);
        return blocking() > before ? null
            : build(node, () -> ProcessCondition.viewRecorded(raters));
      }
      case PLANNED_CLOSURE:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : ProcessCondition.plannedClosure();
      default: {
        properties(node, Set.of(TYPE, SERVICE_OUTPUT));
        String output = string(node, SERVICE_OUTPUT, true);
        return blocking() > before ? null
            : build(node, () -> ProcessCondition.hasServiceOutput(output));
      }
    }
  }

  private @Nullable BaselineCondition baselineCondition(Located node) {
    String type = tag(node, "baseline condition", CONDITION_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case IS: {
        properties(node, Set.of(TYPE, INDICATOR, VALUE));
        String indicator = string(node, INDICATOR, true);
        Boolean yes = bool(node, VALUE, true);
        return blocking() > before ? null
            : build(node, () -> BaselineCondition.is(indicator, yes));
      }
      case AT_LEVELS: {
        properties(node, Set.of(TYPE, INDICATOR, LEVELS));
        String indicator = string(node, INDICATOR, true);
        List<String> levels = strings(node, LEVELS);
        unique(node, LEVELS, levels);
        return blocking() > before ? null
            : build(node, () -> BaselineCondition.atLevels(indicator,
                levels.toArray(String[]::new)));
      }
      default: {
        properties(node, Set.of(TYPE, INDICATOR, THRESHOLD));
        String indicator = string(node, INDICATOR, true);
        ScaleValue threshold = scaleValue(node, THRESHOLD);
        return blocking() > before ? null : build(node, () -> type.equals(WORSE_THAN)
            ? BaselineCondition.worseThan(indicator, threshold)
            : BaselineCondition.atOrWorseThan(indicator, threshold));
      }
    }
  }

  private @Nullable BetterOffRule rule(Located node) {
    String type = tag(node, "better-off rule", RULE_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case ANY_IMPROVEMENT:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : BetterOffRule.anyImprovement();
      case IMPROVED_BY_AT_LEAST: {
        properties(node, Set.of(TYPE, AMOUNT));
        Double amount = number(node, AMOUNT, true);
        return blocking() > before ? null
            : build(node, () -> BetterOffRule.improvedByAtLeast(amount));
      }
      case REACHES: {
        properties(node, Set.of(TYPE, TARGET, MAINTAINED));
        ScaleValue target = scaleValue(node, TARGET);
        BetterOffRule.Maintained maintained = enumeration(node, MAINTAINED,
            BetterOffRule.Maintained.class, true);
        return blocking() > before ? null
            : build(node, () -> BetterOffRule.reaches(target, maintained));
      }
      case RELIABLE_CHANGE: {
        properties(node, Set.of(TYPE, MINIMUM));
        MinimumChange minimum = object(node, MINIMUM, true, this::minimum);
        return blocking() > before ? null
            : build(node, () -> BetterOffRule.reliableChange(minimum));
      }
      default: {
        properties(node, Set.of(TYPE, MINIMUM, CUT_OFF));
        MinimumChange minimum = object(node, MINIMUM, true, this::minimum);
        Double cutOff = number(node, CUT_OFF, true);
        return blocking() > before ? null
            : build(node, () -> BetterOffRule.reliableRecovery(minimum, cutOff));
      }
    }
  }

  private @Nullable MinimumChange minimum(Located node) {
    String type = tag(node, "minimum change", MINIMUM_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case PRESET: {
        properties(node, Set.of(TYPE, PRESET));
        String name = string(node, PRESET, true);
        if (name == null) {
          return null;
        }
        MinimumChange preset = PRESETS.get(name);
        if (preset == null) {
          problem(ProblemType.INVALID_CODE, node.field(PRESET), PRESET,
              "one of " + PRESETS.keySet().stream().collect(Collectors.joining(", ", "[", "]")),
              Redaction.value(name, PRESETS.keySet()));
        }
        return preset;
      }
      case JACOBSON_TRUAX: {
        properties(node, Set.of(TYPE, STANDARD_DEVIATION, RELIABILITY, CRITICAL_VALUE));
        Double sd = number(node, STANDARD_DEVIATION, true);
        Double reliability = number(node, RELIABILITY, true);
        Double z = number(node, CRITICAL_VALUE, false);
        return blocking() > before ? null
            : build(node, () -> JacobsonTruax.of(sd, reliability,
                z == null ? JacobsonTruax.CRITICAL_VALUE : z).minimumChange());
      }
      default: {
        properties(node, Set.of(TYPE, VALUE, SOURCE));
        Double value = number(node, VALUE, true);
        String source = string(node, SOURCE, true);
        return blocking() > before ? null
            : build(node, () -> MinimumChange.of(value, source));
      }
    }
  }

  private @Nullable Composite composite(Located node) {
    String type = tag(node, "composite", COMPOSITE_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    Composite.Paired paired;
    if (type.equals(AT_LEAST)) {
      properties(node, Set.of(TYPE, K, PAIRED));
      Integer k = integer(node, K, true);
      paired = enumeration(node, PAIRED, Composite.Paired.class, false);
      Composite composite = blocking() > before ? null : build(node, () -> Composite.atLeast(k));
      return composite == null || paired == null ? composite : composite.requiring(paired);
    }
    properties(node, Set.of(TYPE, PAIRED));
    paired = enumeration(node, PAIRED, Composite.Paired.class, false);
    if (blocking() > before) {
      return null;
    }
    Composite composite = switch (type) {
      case ALL -> Composite.all();
      case CORC -> Composite.corc();
      default -> Composite.any();
    };
    return paired == null ? composite : composite.requiring(paired);
  }

  private @Nullable Deterioration deterioration(Located node) {
    String type = tag(node, "deterioration rule", DETERIORATION_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    switch (type) {
      case WORSE_BY_AT_LEAST: {
        properties(node, Set.of(TYPE, AMOUNT));
        Double amount = number(node, AMOUNT, true);
        return blocking() > before ? null : build(node, () -> Deterioration.byAtLeast(amount));
      }
      case ANY_DETERIORATION:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : Deterioration.anyDeterioration();
      default:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : Deterioration.mirror();
    }
  }

  /** Reads the document's breakdowns, if any; a period or cohort only on its own. */
  private List<Breakdown> breakdowns() {
    List<Breakdown> breakdowns = new ArrayList<>();
    Map<String, Located> names = new HashMap<>();
    for (Located item : array(root, BREAKDOWNS, false)) {
      if (!isKind(item, Located.Kind.OBJECT, BREAKDOWNS)) {
        continue;
      }
      Breakdown breakdown = breakdown(item, true);
      if (breakdown == null) {
        continue;
      }
      Located first = names.putIfAbsent(breakdown.name(), item);
      if (first != null) {
        // The name may be free text: told by where it was first, never quoted.
        problem(ProblemType.DUPLICATE_CODE, item, BREAKDOWNS,
            "a breakdown whose name no other breakdown of the document has",
            "the name of the breakdown at " + first.where() + " again");
      }
      breakdowns.add(breakdown);
    }
    return List.copyOf(breakdowns);
  }

  private @Nullable Breakdown breakdown(Located node, boolean alone) {
    String type = tag(node, "breakdown", BREAKDOWN_TYPES);
    if (type == null) {
      return null;
    }
    long before = blocking();
    if (!alone && (type.equals(PERIOD) || type.equals(COHORT) || type.equals(CROSS)
        || type.equals(HIERARCHY))) {
      problem(ProblemType.RULE_DOES_NOT_FIT, node.field(TYPE), TYPE,
          "a breakdown by local authority, attribute, delivery model or programme (a period or "
              + "a cohort stands alone, as its rows are evaluated period by period)",
          quote(type) + " inside a " + CROSS + " or " + HIERARCHY);
      return null;
    }
    switch (type) {
      case LOCAL_AUTHORITY: {
        properties(node, Set.of(TYPE, RULE));
        LocalAuthorityRule rule = enumeration(node, RULE, LocalAuthorityRule.class, false);
        return blocking() > before ? null
            : Breakdown.localAuthority(rule == null ? LocalAuthorityRule.EPISODE : rule);
      }
      case ATTRIBUTE: {
        properties(node, Set.of(TYPE, ATTRIBUTE));
        String attribute = string(node, ATTRIBUTE, true);
        return blocking() > before ? null : build(node, () -> Breakdown.attribute(attribute));
      }
      case DELIVERY_MODEL:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : Breakdown.deliveryModel();
      case PROGRAMME:
        properties(node, Set.of(TYPE));
        return blocking() > before ? null : Breakdown.programme();
      case PERIOD: {
        properties(node, Set.of(TYPE, KIND));
        PeriodKind kind = enumeration(node, KIND, PeriodKind.class, true);
        return blocking() > before ? null : Breakdown.period(kind);
      }
      case COHORT: {
        properties(node, Set.of(TYPE, COHORT, KIND, NAME, PERIODS));
        Cohort cohort = enumeration(node, COHORT, Cohort.class, true);
        PeriodKind kind = enumeration(node, KIND, PeriodKind.class, false);
        String name = string(node, NAME, false);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (Located item : array(node, PERIODS, false)) {
          if (isKind(item, Located.Kind.STRING, PERIODS)) {
            ReportingPeriod period = build(item, () -> ReportingPeriod.parse(item.text()));
            if (period != null) {
              periods.add(period);
            }
          }
        }
        if (blocking() > before) {
          return null;
        }
        if ((kind == null) == periods.isEmpty() || (kind == null) == (name == null)) {
          problem(ProblemType.MISSING_VALUE, node, KIND,
              "either a kind of period, or a name and custom periods",
              kind != null ? "a kind and " + (periods.isEmpty() ? "a name" : "periods")
                  : periods.isEmpty() ? "no kind and no periods" : "periods without a name");
          return null;
        }
        return build(node, () -> kind != null ? Breakdown.cohort(cohort, kind)
            : Breakdown.cohort(cohort, name, periods));
      }
      default: {
        boolean cross = type.equals(CROSS);
        String field = cross ? PARTS : LEVELS;
        properties(node, cross ? Set.of(TYPE, PARTS) : Set.of(TYPE, NAME, LEVELS));
        String name = cross ? "" : string(node, NAME, true);
        List<Breakdown> parts = new ArrayList<>();
        for (Located item : array(node, field, true)) {
          if (isKind(item, Located.Kind.OBJECT, field)) {
            Breakdown part = breakdown(item, false);
            if (part != null) {
              parts.add(part);
            }
          }
        }
        if (blocking() > before) {
          return null;
        }
        if (parts.size() < (cross ? 2 : 1)) {
          problem(ProblemType.MISSING_VALUE, node.field(field), field,
              cross ? "at least two breakdowns to cross" : "at least one level",
              parts.size() + (parts.size() == 1 ? " breakdown" : " breakdowns"));
          return null;
        }
        Breakdown[] array = parts.toArray(new Breakdown[0]);
        return build(node, () -> cross ? Breakdown.cross(array)
            : Breakdown.hierarchy(name, array));
      }
    }
  }

  private @Nullable Pairing pairing(Located node) {
    long before = blocking();
    properties(node, PAIRING_FIELDS);
    // As Pairing.latest(), the builder's default pairing: the end defaults to LATEST.
    PairingEnd end = enumeration(node, END, PairingEnd.class, false);
    LocalDate start = date(node, PERIOD_START, false, "a date, YYYY-MM-DD",
        ProblemType.INVALID_TEXT);
    LocalDate last = date(node, PERIOD_END, false, "a date, YYYY-MM-DD",
        ProblemType.INVALID_TEXT);
    Integer interval = integer(node, MINIMUM_INTERVAL_DAYS, false);
    // As the builder: the raters default to each rater separately.
    RaterChoice raters = node.field(RATERS) == null ? null : raters(node);
    if (blocking() > before) {
      return null;
    }
    return build(node, () -> {
      Pairing.Builder builder = Pairing.builder().end(end == null ? PairingEnd.LATEST : end);
      if (raters != null) {
        builder.raters(raters);
      }
      if (start != null) {
        builder.periodStart(start);
      }
      if (last != null) {
        builder.periodEnd(last);
      }
      if (interval != null) {
        builder.minimumIntervalDays(interval);
      }
      return builder.build();
    });
  }

  private @Nullable RaterChoice raters(Located node) {
    String expected = "each or one of [" + names(Rater.class) + "]";
    Located raters = present(node, RATERS, true, expected);
    if (raters == null || !isKind(raters, Located.Kind.STRING, RATERS)) {
      return null;
    }
    if (raters.text().equals(RaterChoice.EACH_SEPARATELY.toString())) {
      return RaterChoice.EACH_SEPARATELY;
    }
    Rater rater = constant(Rater.class, raters.text());
    if (rater != null) {
      return RaterChoice.only(rater);
    }
    List<String> valid = new ArrayList<>(List.of(RaterChoice.EACH_SEPARATELY.toString()));
    Arrays.stream(Rater.values()).forEach(r -> valid.add(r.name()));
    problem(ProblemType.INVALID_CODE, raters, RATERS, expected,
        Redaction.value(raters.text(), valid));
    return null;
  }

  /** Reads a type tag, one of {@code tags}; null if it is missing or wrong. */
  private @Nullable String tag(Located node, String what, List<String> tags) {
    String expected = "the type of " + what + ", one of " + String.join(", ", tags)
        .transform(s -> "[" + s + "]");
    Located type = present(node, TYPE, true, expected);
    if (type == null || !isKind(type, Located.Kind.STRING, TYPE)) {
      return null;
    }
    if (!tags.contains(type.text())) {
      problem(ProblemType.INVALID_CODE, type, TYPE, expected,
          Redaction.value(type.text(), tags));
      return null;
    }
    return type.text();
  }

  /** Reads an object property with {@code reader}; null if missing, wrong or rejected. */
  private <T> @Nullable T object(Located parent, String field, boolean required,
      java.util.function.Function<Located, @Nullable T> reader) {
    Located node = present(parent, field, required, "an object");
    return node == null || !isKind(node, Located.Kind.OBJECT, field) ? null : reader.apply(node);
  }

  /** Reads a required value on a scale: true or false, a level's code, or a number. */
  private @Nullable ScaleValue scaleValue(Located parent, String field) {
    String expected = "true or false, a level's code (a string) or a number";
    Located node = present(parent, field, true, expected);
    if (node == null) {
      return null;
    }
    switch (node.kind()) {
      case BOOLEAN:
        return ScaleValue.of((Boolean) node.scalar());
      case STRING:
        return build(node, () -> ScaleValue.level(node.text()));
      case INTEGER:
      case DECIMAL: {
        Double number = number(node, field);
        return number == null ? null : ScaleValue.of(number);
      }
      default:
        problem(ProblemType.WRONG_TYPE, node, field, expected, node.describe());
        return null;
    }
  }

  /** Reads an array of enum constants' names, each at most once. */
  private <E extends Enum<E>> Set<E> enumSet(Located parent, String field, Class<E> type,
      boolean required) {
    Set<E> read = new LinkedHashSet<>();
    for (Located item : array(parent, field, required)) {
      if (!isKind(item, Located.Kind.STRING, field)) {
        continue;
      }
      E found = constant(type, item.text());
      if (found == null) {
        problem(ProblemType.INVALID_CODE, item, field, "one of [" + names(type) + "]",
            foundConstant(type, item));
      } else if (!read.add(found)) {
        problem(ProblemType.DUPLICATE_CODE, item, field,
            "each of [" + names(type) + "] at most once", quote(item.text()) + " again");
      }
    }
    return read;
  }

  /** Adds a problem for each string of an array given again, which a set would drop. */
  private void unique(Located parent, String field, List<String> values) {
    Located array = parent.field(field);
    if (array == null || array.kind() != Located.Kind.ARRAY) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Located item : array.items()) {
      if (item.kind() == Located.Kind.STRING && !seen.add(item.text())) {
        problem(ProblemType.DUPLICATE_CODE, item, field, "each level at most once",
            quote(item.text()) + " again");
      }
    }
  }

  /**
   * Places a problem oba-core found with a definition against the framework at the part of the
   * measure's object its field path names, within the measure; a problem of a rule or of a
   * condition names, in its field, the rule's or condition's indicator, found by its item.
   */
  private void place(Located measure, Problem problem) {
    Located at = within(measure, problem.field());
    add(problem.withField(shownField(problem)).at(at.position()));
  }

  /**
   * The field of a problem as this format's messages have it: a rule's or a condition's own
   * field, then which indicator's, such as {@code amount of the rule for indicator 'SDQ'}.
   */
  private static String shownField(Problem problem) {
    String field = problem.field();
    String indicator = problem.item().find(Item.INDICATOR).flatMap(Item::id).orElse(null);
    if (indicator == null) {
      return field;
    }
    if (problem.item().find(Item.RULE).isPresent() || problem.item().kind().equals(Item.RULE)) {
      return last(field, RULES + "." + Redaction.key(indicator) + ".", DEFAULT_RULE + ".")
          + " of the rule for indicator " + Redaction.code(indicator);
    }
    if (problem.item().kind().equals(Item.CONDITION)) {
      int step = field.indexOf("].");
      String own = field.startsWith(ELIGIBILITY + "[") && step > 0 ? field.substring(step + 2)
          : last(field, CONDITION + ".");
      return own + " of the condition on indicator " + Redaction.code(indicator);
    }
    return field;
  }

  /** The field path after the first of {@code prefixes} it starts with; else the path. */
  private static String last(String field, String... prefixes) {
    for (String prefix : prefixes) {
      if (field.startsWith(prefix)) {
        return field.substring(prefix.length());
      }
    }
    return field;
  }

  /** Runs a factory of oba-core, placing each problem it finds at the field it names. */
  @Override
  protected <T> @Nullable T build(Located node, Supplier<T> factory) {
    return build(node, factory, (at, problem) -> within(at, problem.field()));
  }

  /** The value a field names within {@code from}, as far as it goes; else {@code from}. */
  private static Located within(Located from, String field) {
    Located within = follow(from, field, ALIASES);
    return within == null ? from : within;
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new LinkedHashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}

package org.obaframework.json.internal;

import static org.obaframework.json.internal.MeasuresFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.Deterioration;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.JacobsonTruax;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Rater;

/**
 * Writes the measures document; stateless and thread-safe. Every variant of every sealed type a
 * measure definition holds is written as a small object tagged by {@code "type"}; sets and maps
 * are written in a fixed order (enum sets and rule maps sorted by name), so that equal lists of
 * definitions give identical bytes.
 */
public final class MeasuresWriter {
  /** The source text {@link JacobsonTruax#minimumChange()} writes, to recognise it again. */
  private static final Pattern JACOBSON_TRUAX_SOURCE = Pattern.compile(
      "Jacobson & Truax \\(1991\\): (\\S+) x sqrt\\(2\\) x SD x sqrt\\(1 - r\\), "
          + "SD (\\S+), r (\\S+)");

  private MeasuresWriter() {}

  /**
   * Writes measure definitions as the measures document.
   *
   * @param measures the definitions, in the order to write them
   * @return the document, ending with a newline
   * @throws ValidationException if two definitions share a code, which the reader would reject
   */
  public static String write(List<MeasureDefinition> measures) {
    return write(measures, List.of());
  }

  /**
   * Writes measure definitions and breakdowns as the measures document; the breakdowns only when
   * there are some.
   *
   * @param measures the definitions, in the order to write them
   * @param breakdowns the breakdowns, in the order to write them
   * @return the document, ending with a newline
   * @throws ValidationException if two definitions share a code, or two breakdowns a name,
   *     which the reader would reject
   */
  public static String write(List<MeasureDefinition> measures, List<Breakdown> breakdowns) {
    Set<String> codes = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      String code = measures.get(i).code();
      if (!codes.add(code)) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE,
            "measure definition '" + code + "' (item " + i + " of the list)", CODE,
            "a code used by no other measure of the document", "a second measure with this code"));
      }
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < breakdowns.size(); i++) {
      if (!names.add(breakdowns.get(i).name())) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE,
            "breakdown '" + breakdowns.get(i).name() + "' (item " + i + " of the list)", NAME,
            "a name used by no other breakdown of the document",
            "a second breakdown with this name"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    JsonText out = new JsonText().beginObject();
    out.name(FORMAT).value(OutputWriter.FORMAT_VERSION);
    out.name(MEASURES).beginArray();
    for (MeasureDefinition measure : measures) {
      measure(out, measure);
    }
    out.endArray();
    if (!breakdowns.isEmpty()) {
      out.name(BREAKDOWNS).beginArray();
      breakdowns.forEach(b -> breakdown(out, b));
      out.endArray();
    }
    return out.endObject().finish();
  }

  private static void breakdown(JsonText out, Breakdown breakdown) {
    out.beginObject();
    if (breakdown instanceof Breakdown.ByLocalAuthority la) {
      out.name(TYPE).value(LOCAL_AUTHORITY).name(RULE).value(la.rule().name());
    } else if (breakdown instanceof Breakdown.ByAttribute attribute) {
      out.name(TYPE).value(ATTRIBUTE).name(ATTRIBUTE).value(attribute.attribute());
    } else if (breakdown instanceof Breakdown.ByDeliveryModel) {
      out.name(TYPE).value(DELIVERY_MODEL);
    } else if (breakdown instanceof Breakdown.ByProgramme) {
      out.name(TYPE).value(PROGRAMME);
    } else if (breakdown instanceof Breakdown.ByPeriod period) {
      out.name(TYPE).value(PERIOD).name(KIND).value(period.kind().name());
    } else if (breakdown instanceof Breakdown.ByCohort cohort) {
      out.name(TYPE).value(COHORT).name(COHORT).value(cohort.cohort().name());
      if (cohort.kind().isPresent()) {
        out.name(KIND).value(cohort.kind().get().name());
      } else {
        out.name(NAME).value(cohort.name()).name(PERIODS).beginArray();
        cohort.periods().forEach(p -> out.value(p.toString()));
        out.endArray();
      }
    } else if (breakdown instanceof Breakdown.Cross cross) {
      out.name(TYPE).value(CROSS).name(PARTS).beginArray();
      cross.parts().forEach(p -> breakdown(out, p));
      out.endArray();
    } else {
      Breakdown.Hierarchy hierarchy = (Breakdown.Hierarchy) breakdown;
      out.name(TYPE).value(HIERARCHY).name(NAME).value(hierarchy.name()).name(LEVELS)
          .beginArray();
      hierarchy.levels().forEach(l -> breakdown(out, l));
      out.endArray();
    }
    out.endObject();
  }

  private static void measure(JsonText out, MeasureDefinition measure) {
    out.beginObject();
    if (measure instanceof CountMeasure count) {
      head(out, COUNT, measure);
      out.name(COUNTING_UNIT).value(count.unit().name());
      count.serviceOutput().ifPresent(o -> out.name(SERVICE_OUTPUT).value(o));
      names(out, RATERS, count.raters());
      names(out, REVIEW_KINDS, count.reviewKinds());
    } else if (measure instanceof ProcessMeasure process) {
      head(out, PROCESS, measure);
      processCondition(out.name(CONDITION), process.condition());
      if (process.unit() != process.condition().unit()) {
        out.name(COUNTING_UNIT).value(process.unit().name());
      }
      episodeChoice(out, process.episodeChoice());
    } else if (measure instanceof BetterOffDefinition betterOff) {
      head(out, BETTER_OFF, measure);
      betterOff(out, betterOff.measure());
    } else if (measure instanceof BaselineProfile profile) {
      head(out, BASELINE_PROFILE, measure);
      out.name(COUNTING_UNIT).value(profile.unit().name());
      episodeChoice(out, profile.episodeChoice());
      baselineCondition(out.name(CONDITION), profile.condition());
    } else {
      TransitionMeasure transition = (TransitionMeasure) measure;
      head(out, TRANSITION, measure);
      out.name(INDICATOR).value(transition.indicator());
      pairing(out.name(PAIRING), transition.pairing());
      transition.unit().ifPresent(u -> out.name(COUNTING_UNIT).value(u.name()));
      episodeChoice(out, transition.episodeChoice());
    }
    out.endObject();
  }

  /** An episode choice other than the latest, the default of measures other than better off. */
  private static void episodeChoice(JsonText out, EpisodeChoice choice) {
    if (choice != EpisodeChoice.LATEST) {
      out.name(EPISODE_CHOICE).value(choice.name());
    }
  }

  /** A set of enum constants, sorted by name, when it is not empty. */
  private static void names(JsonText out, String field, Set<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      out.name(field).beginArray();
      values.stream().map(Enum::name).sorted().forEach(out::value);
      out.endArray();
    }
  }

  private static void head(JsonText out, String type, MeasureDefinition measure) {
    out.name(TYPE).value(type);
    out.name(CODE).value(measure.code());
    FrameworkWriter.label(out.name(NAME), measure.name());
    out.name(PROGRAMME).value(measure.programme());
  }

  private static void betterOff(JsonText out, BetterOffMeasure measure) {
    out.name(COUNTING_UNIT).value(measure.countingUnit().name());
    out.name(EPISODE_CHOICE).value(measure.episodeChoice().name());
    out.name(INDICATORS).beginArray();
    measure.indicators().forEach(out::value);
    out.endArray();
    rule(out.name(DEFAULT_RULE), measure.defaultRule());
    out.name(RULES).beginObject();
    for (Map.Entry<String, BetterOffRule> rule : new TreeMap<>(measure.rules()).entrySet()) {
      rule(out.name(rule.getKey()), rule.getValue());
    }
    out.endObject();
    composite(out.name(COMPOSITE), measure.composite());
    deterioration(out.name(DETERIORATION), measure.deterioration());
    out.name(DETERIORATIONS).beginObject();
    for (Map.Entry<String, Deterioration> worse
        : new TreeMap<>(measure.deteriorations()).entrySet()) {
      deterioration(out.name(worse.getKey()), worse.getValue());
    }
    out.endObject();
    out.name(FAMILY_RULE).value(measure.familyRule().name());
    out.name(ELIGIBILITY).beginArray();
    measure.eligibility().forEach(c -> baselineCondition(out, c));
    out.endArray();
    out.name(EXCLUDED_CLOSURE_REASONS).beginArray();
    measure.excludedClosureReasons().stream().sorted(Comparator.comparing(ClosureReason::name))
        .forEach(r -> out.value(r.name()));
    out.endArray();
    pairing(out.name(PAIRING), measure.pairing());
  }

  private static void processCondition(JsonText out, ProcessCondition condition) {
    out.beginObject();
    if (condition instanceof ProcessCondition.BaselineWithin within) {
      out.name(TYPE).value(BASELINE_WITHIN).name(DAYS).value(within.days());
    } else if (condition instanceof ProcessCondition.ReviewsWithin within) {
      out.name(TYPE).value(REVIEWS_WITHIN).name(DAYS).value(within.days());
    } else if (condition instanceof ProcessCondition.ViewRecorded view) {
      out.name(TYPE).value(VIEW_RECORDED).name(RATERS).beginArray();
      view.raters().stream().sorted(Comparator.comparing(Rater::name))
          .forEach(r -> out.value(r.name()));
      out.endArray();
    } else if (condition instanceof ProcessCondition.PlannedClosure) {
      out.name(TYPE).value(PLANNED_CLOSURE);
    } else {
      out.name(TYPE).value(HAS_SERVICE_OUTPUT).name(SERVICE_OUTPUT)
          .value(((ProcessCondition.HasServiceOutput) condition).serviceOutput());
    }
    out.endObject();
  }

  private static void baselineCondition(JsonText out, BaselineCondition condition) {
    out.beginObject();
    if (condition instanceof BaselineCondition.Is is) {
      out.name(TYPE).value(IS).name(INDICATOR).value(is.indicator()).name(VALUE).value(is.yes());
    } else if (condition instanceof BaselineCondition.AtLevels at) {
      out.name(TYPE).value(AT_LEVELS).name(INDICATOR).value(at.indicator());
      out.name(LEVELS).beginArray();
      at.levels().forEach(out::value);
      out.endArray();
    } else {
      BaselineCondition.Beyond beyond = (BaselineCondition.Beyond) condition;
      out.name(TYPE).value(beyond.inclusive() ? AT_OR_WORSE_THAN : WORSE_THAN)
          .name(INDICATOR).value(beyond.indicator());
      RecordsWriter.value(out.name(THRESHOLD), beyond.threshold());
    }
    out.endObject();
  }

  private static void rule(JsonText out, BetterOffRule rule) {
    out.beginObject();
    if (rule instanceof BetterOffRule.AnyImprovement) {
      out.name(TYPE).value(ANY_IMPROVEMENT);
    } else if (rule instanceof BetterOffRule.ImprovedByAtLeast at) {
      out.name(TYPE).value(IMPROVED_BY_AT_LEAST).name(AMOUNT).value(at.amount());
    } else if (rule instanceof BetterOffRule.Reaches reaches) {
      out.name(TYPE).value(REACHES);
      RecordsWriter.value(out.name(TARGET), reaches.target());
      out.name(MAINTAINED).value(reaches.maintained().name());
    } else if (rule instanceof BetterOffRule.ReliableChange reliable) {
      out.name(TYPE).value(RELIABLE_CHANGE);
      minimum(out.name(MINIMUM), reliable.minimum());
    } else {
      BetterOffRule.ReliableRecovery recovery = (BetterOffRule.ReliableRecovery) rule;
      out.name(TYPE).value(RELIABLE_RECOVERY);
      minimum(out.name(MINIMUM), recovery.minimum());
      out.name(CUT_OFF).value(recovery.cutOff());
    }
    out.endObject();
  }

  /** A preset by name, a Jacobson-Truax derivation by its inputs, else the value and source. */
  private static void minimum(JsonText out, MinimumChange minimum) {
    out.beginObject();
    for (Map.Entry<String, MinimumChange> preset : PRESETS.entrySet()) {
      if (preset.getValue().equals(minimum)) {
        out.name(TYPE).value(PRESET).name(PRESET).value(preset.getKey());
        out.endObject();
        return;
      }
    }
    JacobsonTruax derived = jacobsonTruax(minimum);
    if (derived != null) {
      out.name(TYPE).value(JACOBSON_TRUAX)
          .name(STANDARD_DEVIATION).value(derived.standardDeviation())
          .name(RELIABILITY).value(derived.reliability());
      if (derived.criticalValue() != JacobsonTruax.CRITICAL_VALUE) {
        out.name(CRITICAL_VALUE).value(derived.criticalValue());
      }
    } else {
      out.name(TYPE).value(VALUE).name(VALUE).value(minimum.value())
          .name(SOURCE).value(minimum.source());
    }
    out.endObject();
  }

  /** The derivation whose minimum change is exactly this one, if its source names one. */
  private static @Nullable JacobsonTruax jacobsonTruax(MinimumChange minimum) {
    Matcher matcher = JACOBSON_TRUAX_SOURCE.matcher(minimum.source());
    if (!matcher.matches()) {
      return null;
    }
    try {
      JacobsonTruax derived = JacobsonTruax.of(Double.parseDouble(matcher.group(2)),
          Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(1)));
      return derived.minimumChange().equals(minimum) ? derived : null;
    } catch (NumberFormatException | ValidationException e) {
      return null;   // a source that only looks like a derivation: written as value and source
    }
  }

  private static void composite(JsonText out, Composite composite) {
    out.beginObject();
    switch (composite.kind()) {
      case ALL -> out.name(TYPE).value(ALL);
      case AT_LEAST -> out.name(TYPE).value(AT_LEAST).name(K).value(composite.k());
      case CORC -> out.name(TYPE).value(CORC);
      default -> out.name(TYPE).value(ANY);
    }
    // The requirement only when it is not the kind's own, as the reader's default.
    Composite.Paired usual = composite.kind() == Composite.Kind.ALL ? Composite.Paired.EVERY
        : Composite.Paired.WHICHEVER;
    if (composite.paired() != usual) {
      out.name(PAIRED).value(composite.paired().name());
    }
    out.endObject();
  }

  private static void deterioration(JsonText out, Deterioration deterioration) {
    out.beginObject();
    if (deterioration instanceof Deterioration.ByAtLeast byAtLeast) {
      out.name(TYPE).value(WORSE_BY_AT_LEAST).name(AMOUNT).value(byAtLeast.amount());
    } else if (deterioration instanceof Deterioration.AnyDeterioration) {
      out.name(TYPE).value(ANY_DETERIORATION);
    } else {
      out.name(TYPE).value(MIRROR);
    }
    out.endObject();
  }

  private static void pairing(JsonText out, Pairing pairing) {
    out.beginObject();
    out.name(END).value(pairing.end().name());
    pairing.periodStart().map(LocalDate::toString).ifPresent(d -> out.name(PERIOD_START).value(d));
    pairing.periodEnd().map(LocalDate::toString).ifPresent(d -> out.name(PERIOD_END).value(d));
    out.name(MINIMUM_INTERVAL_DAYS).value(pairing.minimumIntervalDays());
    out.name(RATERS).value(pairing.raters().toString());
    out.endObject();
  }
}

package org.obaframework.core.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.ClosureReason;

/**
 * The definition, as data, of an "Is anyone better off?" measure: which indicators, which rule
 * makes a change count as better off, how several indicators and a family's members combine,
 * who is eligible, who is excluded, and which reviews are paired.
 *
 * <pre>{@code
 * BetterOffMeasure attendance = BetterOffMeasure.builder()
 *     .code("IFS-ATTENDANCE")
 *     .programme("IFS")
 *     .countingUnit(CountingUnit.FAMILY)
 *     .episodeChoice(EpisodeChoice.LATEST)                         // the default
 *     .addIndicators("SCHOOL-ATT")
 *     .defaultRule(BetterOffRule.improvedByAtLeast(10))            // 10 percentage points
 *     .addEligibility(BaselineCondition.worseThan("SCHOOL-ATT", ScaleValue.of(90)))
 *     .familyRule(FamilyRule.ANY_MEMBER)
 *     .addExcludedClosureReasons(ClosureReason.MOVED_AWAY)
 *     .build();
 * }</pre>
 *
 * <p>The <b>unit of judgement</b> is the counting unit and, for children, families and adults,
 * the {@link #episodeChoice()}: which of a subject's episodes (which may overlap) are judged. An
 * episode unit judges each episode. Pairing never crosses episodes. Rules are configured per
 * measure ({@link #defaultRule()}) and per indicator ({@link #rules()}); {@link
 * #deterioration()} and {@link #deteriorations()} say when a change not better off is
 * deteriorated. {@link BetterOffEvaluator} checks the measure against a framework and applies it
 * to records. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BetterOffMeasure {
  BetterOffMeasure() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the measure's code, usually that of a better-off {@link
   * org.obaframework.core.framework.PerformanceMeasure}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the code of the programme whose episodes the measure counts.
   *
   * @return the programme's code
   */
  public abstract String programme();

  /**
   * Returns what the measure counts: children, families, adults or episodes.
   *
   * @return the counting unit, never {@link CountingUnit#REVIEW}
   */
  public abstract CountingUnit countingUnit();

  /**
   * Returns which of a subject's episodes a child, family or adult is judged on: {@link
   * EpisodeChoice#LATEST} unless set. An {@link CountingUnit#EPISODE} unit judges each episode,
   * and takes no other choice.
   *
   * @return the episode choice
   */
  @Value.Default
  public EpisodeChoice episodeChoice() {
    return EpisodeChoice.LATEST;
  }

  /**
   * Returns when a paired change that is not better off is deteriorated, for indicators without
   * a deterioration rule of their own: {@link Deterioration#mirror()} (each rule's mirror image)
   * unless set. Reliable-change rules always judge a reliable deterioration.
   *
   * @return the deterioration rule
   */
  @Value.Default
  public Deterioration deterioration() {
    return Deterioration.mirror();
  }

  /**
   * Returns the deterioration rules of single indicators, by code, overriding {@link
   * #deterioration()}, such as worse by 10 points on attendance.
   *
   * @return the rules
   */
  public abstract Map<String, Deterioration> deteriorations();

  /**
   * Returns the deterioration rule of an indicator: its own, or the measure's.
   *
   * @param indicator an indicator's code
   * @return the rule
   */
  public Deterioration deteriorationFor(String indicator) {
    Deterioration rule = deteriorations().get(indicator);
    return rule != null ? rule : deterioration();
  }

  /**
   * Returns the codes of the indicators whose changes are judged.
   *
   * @return the codes, at least one
   */
  public abstract List<String> indicators();

  /**
   * Returns the rule for indicators without a rule of their own; any improvement unless set.
   *
   * @return the rule
   */
  @Value.Default
  public BetterOffRule defaultRule() {
    return BetterOffRule.anyImprovement();
  }

  /**
   * Returns the rules of single indicators, by code, overriding {@link #defaultRule()}.
   *
   * @return the rules
   */
  public abstract Map<String, BetterOffRule> rules();

  /**
   * Returns how one person's indicators combine; {@link Composite#any()} unless set.
   *
   * @return the composite
   */
  @Value.Default
  public Composite composite() {
    return Composite.any();
  }

  /**
   * Returns how a family's persons combine when the measure counts families or episodes of
   * families; {@link FamilyRule#ANY_MEMBER} unless set.
   *
   * @return the family rule
   */
  @Value.Default
  public FamilyRule familyRule() {
    return FamilyRule.ANY_MEMBER;
  }

  /**
   * Returns the baseline conditions a person must all meet to be eligible; none unless set.
   *
   * @return the conditions
   */
  public abstract List<BaselineCondition> eligibility();

  /**
   * Returns the closure reasons that exclude an episode, such as {@link ClosureReason#MOVED_AWAY}.
   *
   * @return the reasons; none unless set
   */
  public abstract Set<ClosureReason> excludedClosureReasons();

  /**
   * Returns which reviews are paired; {@link Pairing#latest()} unless set.
   *
   * @return the pairing
   */
  @Value.Default
  public Pairing pairing() {
    return Pairing.latest();
  }

  /**
   * Returns the rule that judges an indicator: its own, or the default.
   *
   * @param indicator an indicator's code
   * @return the rule
   */
  public BetterOffRule ruleFor(String indicator) {
    BetterOffRule rule = rules().get(indicator);
    return rule != null ? rule : defaultRule();
  }

  /**
   * Returns every way this measure does not fit a framework: an unknown programme, an indicator
   * outside the programme, a rule or condition that does not fit its indicator's scale, a rule for
   * an indicator the measure does not judge, more indicators required than judged, family
   * indicators only with no family-level indicator, or a counting unit at odds with the
   * indicators' levels.
   *
   * @param framework the framework
   * @return the problems; empty if the measure fits
   */
  public List<Problem> problems(OutcomesFramework framework) {
    Item location = Item.of(Item.BETTER_OFF_MEASURE, code());
    List<Problem> problems = new ArrayList<>();
    Optional<Programme> programme = framework.programme(programme());
    if (programme.isEmpty()) {
      problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location, "programme",
          "a programme of framework " + Redaction.quote(framework.code()),
          Redaction.code(programme())));
      return problems;
    }
    List<Indicator> judged = new ArrayList<>();
    for (int i = 0; i < indicators().size(); i++) {
      String code = indicators().get(i);
      // A rule's problems name their field within the measure: the measure's own rule for the
      // indicator, or its default rule.
      String rule = rules().containsKey(code) ? "rules." + Redaction.key(code) + "."
          : "defaultRule.";
      inProgramme(framework, programme.get(), code, location, "indicators[" + i + "]", problems)
          .ifPresent(indicator -> {
            judged.add(indicator);
            ruleFor(code).problemsFor(indicator).forEach(p ->
                problems.add(p.withField(rule + p.field()).within(location)));
            Deterioration worse = deteriorationFor(code);
            if (worse.overrides(ruleFor(code))) {
              String field = deteriorations().containsKey(code)
                  ? "deteriorations." + Redaction.key(code) + "." : "deterioration.";
              worse.problemsFor(indicator).forEach(p ->
                  problems.add(p.withField(field + p.field()).within(location)));
            }
          });
    }
    for (String code : rules().keySet()) {
      if (!indicators().contains(code)) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location,
            "rules." + Redaction.key(code),
            "a rule for an indicator the measure judges, " + Checks.oneOf(indicators()),
            Redaction.code(code)));
      }
    }
    for (String code : deteriorations().keySet()) {
      if (!indicators().contains(code)) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location,
            "deteriorations." + Redaction.key(code),
            "a deterioration rule for an indicator the measure judges, "
                + Checks.oneOf(indicators()), Redaction.code(code)));
      }
    }
    for (int i = 0; i < eligibility().size(); i++) {
      BaselineCondition condition = eligibility().get(i);
      String field = "eligibility[" + i + "]";
      inProgramme(framework, programme.get(), condition.indicator(), location,
          field + ".indicator", problems)
          .ifPresent(indicator -> condition.problemsFor(indicator).forEach(p ->
              problems.add(p.withField(field + "." + p.field()).within(location))));
    }
    if (composite().kind() == Composite.Kind.AT_LEAST && composite().k() > indicators().size()) {
      problems.add(Problem.of(ProblemType.OUT_OF_RANGE, location, "composite",
          "at most " + indicators().size() + " indicators, as many as the measure judges",
          "at least " + composite().k()));
    }
    levels(judged, location, problems);
    return problems;
  }

  private void levels(List<Indicator> judged, Item location, List<Problem> problems) {
    boolean familyLevel = judged.stream().anyMatch(i -> i.ratedAt() == RatedAt.FAMILY);
    if (countingUnit() == CountingUnit.FAMILY && familyRule() == FamilyRule.FAMILY_INDICATORS
        && !judged.isEmpty() && !familyLevel) {
      problems.add(Problem.of(ProblemType.RULE_DOES_NOT_FIT, location, "familyRule",
          "a family-level indicator for FAMILY_INDICATORS", "only member-level indicators"));
    }
    RatedAt member = countingUnit() == CountingUnit.ADULT ? RatedAt.ADULT : RatedAt.CHILD;
    if (countingUnit() == CountingUnit.CHILD || countingUnit() == CountingUnit.ADULT) {
      for (Indicator indicator : judged) {
        if (indicator.ratedAt() != member && indicator.ratedAt() != RatedAt.FAMILY) {
          problems.add(Problem.of(ProblemType.WRONG_LEVEL, location,
              "indicators[" + indicators().indexOf(indicator.code()) + "]",
              "indicators rated at " + member + " or FAMILY level to count "
                  + countingUnit() + " units",
              Redaction.quote(indicator.code()) + " rated at " + indicator.ratedAt()
                  + " level"));
        }
      }
    }
  }

  private static Optional<Indicator> inProgramme(OutcomesFramework framework, Programme programme,
      String code, Item location, String field, List<Problem> problems) {
    if (!programme.indicators().contains(code)) {
      problems.add(Problem.of(ProblemType.INDICATOR_NOT_IN_PROGRAMME, location, field,
          "an indicator of programme " + Redaction.quote(programme.code()) + ", "
              + Checks.oneOf(programme.indicators()),
          Redaction.code(code)));
      return Optional.empty();
    }
    return framework.indicator(code);
  }

  @Value.Check
  void check() {
    Checks.code(Item.of(Item.BETTER_OFF_MEASURE), "code", code());
    Item location = Item.of(Item.BETTER_OFF_MEASURE, code());
    Checks.code(location, "programme", programme());
    if (indicators().isEmpty()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, location, "indicators",
          "at least one indicator", "none");
    }
    for (int i = 0; i < indicators().size(); i++) {
      Checks.code(location, "indicators[" + i + "]", indicators().get(i));
    }
    // An indicator judged twice would count twice in a composite such as "at least 2".
    for (int i = 0; i < indicators().size(); i++) {
      if (indicators().indexOf(indicators().get(i)) < i) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, location, "indicators[" + i + "]",
            "each indicator at most once", Redaction.code(indicators().get(i)) + " again");
      }
    }
    if (countingUnit() == CountingUnit.REVIEW) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, location, "countingUnit",
          "CHILD, FAMILY, ADULT or EPISODE (a review is not better off)", "REVIEW");
    }
    if (countingUnit() == CountingUnit.EPISODE && episodeChoice() != EpisodeChoice.LATEST) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, location, "episodeChoice",
          "no episode choice for EPISODE units, each of which is one episode",
          episodeChoice().toString());
    }
  }

  /**
   * Returns the code, programme, counting unit (with its episode choice, when not the latest),
   * indicators and composite.
   */
  @Override
  public String toString() {
    return "BetterOffMeasure[" + code() + " in " + programme() + ", " + countingUnit()
        + (episodeChoice() == EpisodeChoice.LATEST ? "" : " (" + episodeChoice() + ")") + ", "
        + indicators() + ", " + composite() + "]";
  }

  /**
   * Builds a better-off measure; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, programme or counting unit is not
   * set, and a {@link ValidationException} when a code is malformed, there is no indicator, an
   * indicator is given twice, the counting unit is REVIEW, or an EPISODE unit is given an episode
   * choice.
   */
  public static final class Builder extends ImmutableBetterOffMeasure.Builder {
    Builder() {}
  }
}

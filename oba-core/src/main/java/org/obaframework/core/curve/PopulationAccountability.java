package org.obaframework.core.curve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.internal.Indexes;

/**
 * Population accountability for an area: the results partners want for a population, the
 * indicators that quantify them, the partners, and the performance measures of programmes that
 * contribute to each result.
 *
 * <pre>{@code
 * PopulationAccountability wales = PopulationAccountability.builder()
 *     .code("WALES-CYP")
 *     .name(Label.of("Well-being of children in Wales"))
 *     .addResults(poverty)
 *     .addIndicators(relativePoverty)
 *     .addPartners(Partner.of("WG", Label.of("Welsh Government"), "Anti-poverty strategy"))
 *     .addContributions(MeasureContribution.of("IFS-STABLE-TENANCY", "CYP-POVERTY"))
 *     .build();
 * wales.indicatorsOf("CYP-POVERTY");     // [relativePoverty]
 * wales.problems(framework);             // measures the framework lacks, if any
 * }</pre>
 *
 * <p>Building checks the whole and throws a {@link ValidationException} listing every problem at
 * once: duplicate codes of results, indicators and partners, a link given twice, indicators and
 * links naming results that do not exist, and two data development indicators of one priority.
 * References to performance measures live in another object, the {@link OutcomesFramework}, so
 * {@link #problems(OutcomesFramework)} checks them separately. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationAccountability {
  PopulationAccountability() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the population results.
   *
   * @return the results, in the order given
   */
  public abstract List<Result> results();

  /**
   * Returns the population indicators.
   *
   * @return the indicators, in the order given
   */
  public abstract List<PopulationIndicator> indicators();

  /**
   * Returns the partners who share the results.
   *
   * @return the partners, in the order given
   */
  public abstract List<Partner> partners();

  /**
   * Returns the links from performance measures to the results they contribute to.
   *
   * @return the links, in the order given
   */
  public abstract List<MeasureContribution> contributions();

  /**
   * Returns the result with the given code.
   *
   * @param code a code
   * @return the result, or empty if there is none
   */
  public Optional<Result> result(String code) {
    return Optional.ofNullable(resultIndex().get(code));
  }

  /**
   * Returns the population indicator with the given code.
   *
   * @param code a code
   * @return the indicator, or empty if there is none
   */
  public Optional<PopulationIndicator> indicator(String code) {
    return Optional.ofNullable(indicatorIndex().get(code));
  }

  /**
   * Returns the partner with the given code.
   *
   * @param code a code
   * @return the partner, or empty if there is none
   */
  public Optional<Partner> partner(String code) {
    return Optional.ofNullable(partnerIndex().get(code));
  }

  /**
   * Returns the indicators of a result, in the order given.
   *
   * @param resultCode the code of a result
   * @return the indicators; empty if the result has none or does not exist
   */
  public List<PopulationIndicator> indicatorsOf(String resultCode) {
    List<PopulationIndicator> found = new ArrayList<>();
    for (PopulationIndicator indicator : indicators()) {
      if (indicator.result().equals(resultCode)) {
        found.add(indicator);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the links of performance measures to a result, in the order given.
   *
   * @param resultCode the code of a result
   * @return the links; empty if none or the result does not exist
   */
  public List<MeasureContribution> contributionsTo(String resultCode) {
    List<MeasureContribution> found = new ArrayList<>();
    for (MeasureContribution contribution : contributions()) {
      if (contribution.result().equals(resultCode)) {
        found.add(contribution);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns every problem of this population accountability's references into an outcomes
   * framework: links naming performance measures the framework does not have. Returns rather than
   * throws, because the two are often built and changed apart.
   *
   * @param framework the framework whose measures the links name
   * @return the problems, in the order of the links; empty when every measure exists
   */
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    framework.measures().forEach(measure -> known.add(measure.code()));
    for (int i = 0; i < contributions().size(); i++) {
      MeasureContribution link = contributions().get(i);
      if (!known.contains(link.measure())) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            MeasureContribution.location(link.measure(), link.result()),
            "contributions[" + i + "].measure",
            "a performance measure of framework " + Redaction.quote(framework.code()) + ", "
                + Checks.oneOf(known),
            Redaction.code(link.measure())).within(where()));
      }
    }
    return List.copyOf(problems);
  }

  @Value.Lazy
  Map<String, Result> resultIndex() {
    return Indexes.byCode(results(), Result::code);
  }

  @Value.Lazy
  Map<String, PopulationIndicator> indicatorIndex() {
    return Indexes.byCode(indicators(), PopulationIndicator::code);
  }

  @Value.Lazy
  Map<String, Partner> partnerIndex() {
    return Indexes.byCode(partners(), Partner::code);
  }


  private Item where() {
    return Item.of("population accountability", code());
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (!Checks.CODE.matcher(code()).matches()) {
      problems.add(Problem.of(ProblemType.INVALID_CODE, Item.of("population accountability"), "code",
          Checks.CODE_SYNTAX, Redaction.code(code())));
    }
    distinct(problems, "result", "results", results(), Result::code);
    distinct(problems, "population indicator", "indicators", indicators(),
        PopulationIndicator::code);
    distinct(problems, "partner", "partners", partners(), Partner::code);
    for (PopulationIndicator indicator : indicators()) {
      if (!resultIndex().containsKey(indicator.result())) {
        problems.add(unknownResult(Item.of("population indicator", indicator.code()),
            "result", indicator.result()));
      }
    }
    Set<String> links = new HashSet<>();
    for (int i = 0; i < contributions().size(); i++) {
      MeasureContribution link = contributions().get(i);
      Item location = MeasureContribution.location(link.measure(), link.result());
      if (!resultIndex().containsKey(link.result())) {
        problems.add(unknownResult(location, "contributions[" + i + "].result", link.result()));
      }
      if (!links.add(link.measure() + "\n" + link.result())) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE, location, "contributions[" + i + "]",
            "one link per measure and result", "a second link of this measure to this result")
            .within(where()));
      }
    }
    // The data development agenda is an order: no two indicators share a priority.
    Map<Integer, String> byPriority = new HashMap<>();
    for (PopulationIndicator indicator : indicators()) {
      if (indicator.priority().isPresent()) {
        int priority = indicator.priority().getAsInt();
        String first = byPriority.putIfAbsent(priority, indicator.code());
        if (first != null && !first.equals(indicator.code())) {
          problems.add(Problem.of(ProblemType.INVALID_PRIORITY,
              Item.of("population indicator", indicator.code()), "priority",
              "a priority no other data development indicator has",
              priority + ", as " + Redaction.code(first) + " has").within(where()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private Problem unknownResult(Item location, String field, String found) {
    return Problem.of(ProblemType.UNKNOWN_REFERENCE, location, field,
        "a result, " + Checks.oneOf(resultIndex().keySet()),
        Redaction.code(found))
        .within(where());
  }

  private <T> void distinct(List<Problem> problems, String kind, String field, List<T> items,
      Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = code.apply(items.get(i));
      if (!seen.add(value)) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE, Item.of(kind, value),
            field + "[" + i + "].code", "a code used by no other " + kind,
            "a second " + kind + " coded " + Redaction.code(value)).within(where()));
      }
    }
  }

  /** Returns the code and how many results, indicators, partners and links. */
  @Override
  public String toString() {
    return "PopulationAccountability[" + code() + ": " + results().size() + " results, "
        + indicators().size() + " indicators, " + partners().size() + " partners, "
        + contributions().size() + " contributions]";
  }

  /**
   * Builds a population accountability; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code or name is not set, and a {@link
   * ValidationException} listing every problem of the whole.
   */
  public static final class Builder extends ImmutablePopulationAccountability.Builder {
    Builder() {}

    /**
     * Returns every problem the population accountability built from this builder would have,
     * without throwing.
     *
     * @return the problems; empty when {@link #build()} would succeed
     */
    public List<Problem> problems() {
      try {
        build();
        return List.of();
      } catch (ValidationException e) {
        return e.problems();
      }
    }
  }
}

package org.obaframework.core.curve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.report.DisclosurePolicy;

/**
 * A commissioner's specification for a contract, in the terms of commissioning for outcomes: the
 * performance measures the contract asks for, a target for each measure and reporting period, how
 * often the provider reports, and the disclosure control reports must apply.
 *
 * <pre>{@code
 * CommissioningSpecification ifs = CommissioningSpecification.builder()
 *     .code("CARDIFF-IFS-2026")
 *     .commissioner("Cardiff Council Children's Services")
 *     .contractName("Intensive family support 2026-2029")
 *     .addMeasures("IFS-FAMILIES", "IFS-STABLE-TENANCY")
 *     .addTargets(Target.of("IFS-STABLE-TENANCY", ReportingPeriod.financialYear(2026), 75))
 *     .reportingFrequency(PeriodKind.FINANCIAL_QUARTER)
 *     .disclosure(DisclosurePolicy.STATS_WALES)
 *     .build();
 * ifs.target("IFS-STABLE-TENANCY", ReportingPeriod.financialYear(2026));   // OptionalDouble[75.0]
 * ifs.problems(framework);   // measures the framework lacks, if any
 * }</pre>
 *
 * <p>Targets are a list of {@link Target} values rather than a nested map from measure to period
 * to value: a flat list keeps the order given, reads and writes as a table, and lets validation
 * name the position of a bad target. {@link #target(String, ReportingPeriod)} is the map-like
 * lookup. A target's period need not be of the reporting frequency: an annual target can sit
 * beside quarterly reports.
 *
 * <p>Building checks the whole and throws a {@link ValidationException} listing every problem at
 * once: a malformed code, a blank commissioner or contract name, no measures, a target for a
 * measure the contract does not ask for, two targets for one measure and period. Measures are
 * named by code; {@link #problems(OutcomesFramework)} checks that a framework has them.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommissioningSpecification {
  CommissioningSpecification() {}

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
   * Returns the commissioner, such as a local authority's children's services.
   *
   * @return the commissioner's name
   */
  public abstract String commissioner();

  /**
   * Returns the name of the contract.
   *
   * @return the name
   */
  public abstract String contractName();

  /**
   * Returns the codes of the performance measures the contract asks for.
   *
   * @return the codes, in the order given, each once
   */
  public abstract Set<String> measures();

  /**
   * Returns the targets, at most one per measure and period.
   *
   * @return the targets, in the order given
   */
  public abstract List<Target> targets();

  /**
   * Returns how often the provider reports, such as every financial quarter.
   *
   * @return the kind of reporting period
   */
  public abstract PeriodKind reportingFrequency();

  /**
   * Returns the disclosure control the provider's reports must apply, such as {@link
   * DisclosurePolicy#STATS_WALES}.
   *
   * @return the policy
   */
  public abstract DisclosurePolicy disclosure();

  /**
   * Returns the target for a measure in a period.
   *
   * @param measure the code of a measure
   * @param period the reporting period, matched exactly
   * @return the target value, or empty if the specification sets none
   */
  public OptionalDouble target(String measure, ReportingPeriod period) {
    for (Target target : targets()) {
      if (target.measure().equals(measure) && target.period().equals(period)) {
        return OptionalDouble.of(target.value());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the targets for one measure, in the order given.
   *
   * @param measure the code of a measure
   * @return the targets; empty if none
   */
  public List<Target> targetsFor(String measure) {
    List<Target> found = new ArrayList<>();
    for (Target target : targets()) {
      if (target.measure().equals(measure)) {
        found.add(target);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns every problem of the specification's references into an outcomes framework: measures
   * the framework does not have. Returns rather than throws, because a specification is often
   * written before the provider's framework is settled.
   *
   * @param framework the framework the measures should belong to
   * @return the problems, in the order of the measures; empty when every measure exists
   */
  public List<Problem> problems(OutcomesFramework framework) {
    Set<String> known = new LinkedHashSet<>();
    framework.measures().forEach(measure -> known.add(measure.code()));
    List<Problem> problems = new ArrayList<>();
    int i = 0;
    for (String measure : measures()) {
      if (!known.contains(measure)) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, where(), "measures[" + i + "]",
            "a performance measure of framework " + Redaction.quote(framework.code()) + ", "
                + Checks.oneOf(known),
            Redaction.code(measure)));
      }
      i++;
    }
    return List.copyOf(problems);
  }

  private Item where() {
    return Item.of("commissioning specification", code());
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Item where = where();
    if (!Checks.CODE.matcher(code()).matches()) {
      problems.add(Problem.of(ProblemType.INVALID_CODE, Item.of("commissioning specification"), "code",
          Checks.CODE_SYNTAX, Redaction.code(code())));
    }
    Checks.textProblem(where, "commissioner", commissioner()).ifPresent(problems::add);
    Checks.textProblem(where, "contractName", contractName()).ifPresent(problems::add);
    if (measures().isEmpty()) {
      problems.add(Problem.of(ProblemType.MISSING_VALUE, where, "measures",
          "at least one performance measure", "none"));
    }
    int i = 0;
    for (String measure : measures()) {
      if (!Checks.CODE.matcher(measure).matches()) {
        problems.add(Problem.of(ProblemType.INVALID_CODE, where, "measures[" + i + "]",
            Checks.CODE_SYNTAX, Redaction.code(measure)));
      }
      i++;
    }
    Set<String> seen = new HashSet<>();
    for (i = 0; i < targets().size(); i++) {
      Target target = targets().get(i);
      if (!measures().contains(target.measure())) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, where,
            "targets[" + i + "].measure",
            "a measure the contract asks for, " + Checks.oneOf(measures()),
            Redaction.code(target.measure())));
      }
      if (!seen.add(target.measure() + " " + target.period())) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE, where, "targets[" + i + "]",
            "one target per measure and period",
            "a second target for " + Redaction.code(target.measure()) + " in " + target.period()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Returns the code, counts of measures and targets, the reporting frequency and disclosure. */
  @Override
  public String toString() {
    return "CommissioningSpecification[" + code() + ": " + measures().size() + " measures, "
        + targets().size() + " targets, reported by " + reportingFrequency() + ", disclosure "
        + disclosure() + "]";
  }

  /**
   * Builds a commissioning specification; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, commissioner, contract name,
   * reporting frequency or disclosure is not set, and a {@link ValidationException} listing every
   * problem of the whole.
   */
  public static final class Builder extends ImmutableCommissioningSpecification.Builder {
    Builder() {}
  }
}

package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.SubjectRecords;

/**
 * An evaluation of measures over records: for a framework, a reporting period and an as-of
 * date, each subject's contributions to each measure, totalled and broken down.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluation.builder()
 *     .framework(framework)
 *     .period(ReportingPeriod.financialYear(2025))
 *     .asOf(LocalDate.of(2026, 3, 31))
 *     .addMeasures(familiesServed, baselineWithin4Weeks, stableTenancy)
 *     .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
 *     .build();
 * Results results = evaluation.evaluate(records.groups());             // sequential
 * Results same = evaluation.evaluate(records.groups().parallel());     // the same results
 * }</pre>
 *
 * <p>Records arrive as a stream of per-subject groups, from a list, a database cursor or a file
 * reader, read once; memory holds one subject at a time plus the results. A pure function of its
 * settings and the records: it never reads the clock. Building checks every measure against the
 * framework and reports every problem at once. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the framework.
   *
   * @return the framework
   */
  public abstract OutcomesFramework framework();

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the as-of date: nothing dated later is seen.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the measures, in report order.
   *
   * @return the measures
   */
  public abstract List<MeasureDefinition> measures();

  /**
   * Returns the breakdowns; every measure is also totalled.
   *
   * @return the breakdowns
   */
  public abstract List<Breakdown> breakdowns();

  /**
   * Returns the most periods a period breakdown may split the reporting period into, by default
   * {@value #MAX_PERIODS}: a breakdown by month of the years 1 to 9999 would otherwise make
   * 119,988 rows. A row is made only for a period in which a subject has records.
   *
   * @return the limit
   */
  @Value.Default
  public int maxPeriods() {
    return MAX_PERIODS;
  }

  /** The default most periods a period breakdown may make: {@value}. */
  public static final int MAX_PERIODS = 1_000;

  /** For each breakdown, its periods if it is a period breakdown, else none. */
  @Value.Lazy
  List<List<ReportingPeriod>> periodParts() {
    List<List<ReportingPeriod>> parts = new ArrayList<>();
    for (Breakdown breakdown : breakdowns()) {
      parts.add(breakdown instanceof Breakdown.ByPeriod byPeriod
          ? period().split(byPeriod.kind(), maxPeriods()) : List.of());
    }
    return List.copyOf(parts);
  }

  @Value.Lazy
  List<Bound> bound() {
    List<Bound> bound = new ArrayList<>();
    for (MeasureDefinition measure : measures()) {
      bound.add(Bound.of(measure, framework()));
    }
    return List.copyOf(bound);
  }

  /** The measures' codes, in order. */
  @Value.Lazy
  List<String> codes() {
    return measures().stream().map(MeasureDefinition::code).toList();
  }

  /** The breakdowns' names, in order. */
  @Value.Lazy
  List<String> names() {
    return breakdowns().stream().map(Breakdown::name).toList();
  }

  /**
   * Evaluates one subject.
   *
   * @param records the subject's records
   * @return the subject's results
   * @throws ValidationException if records do not fit the framework, such as a rated value off its
   *     indicator's scale (a {@link org.obaframework.core.records.RecordValidator} lists every such
   *     problem of the records before they are evaluated)
   */
  public Results evaluate(SubjectRecords records) {
    Accumulator accumulator = new Accumulator(new Tallies(codes(), names()));
    accumulator.accept(records);
    return accumulator.tallies.toResults();
  }

  /**
   * Evaluates a stream of subjects, in one pass; a parallel stream is evaluated in parallel.
   *
   * @param subjects one group per subject, each subject once
   * @return the results
   * @throws ValidationException if records do not fit the framework, such as a rated value off its
   *     indicator's scale (a {@link org.obaframework.core.records.RecordValidator} lists every such
   *     problem of the records before they are evaluated)
   */
  public Results evaluate(Stream<SubjectRecords> subjects) {
    return subjects.collect(collector());
  }

  /**
   * Returns a collector that evaluates subjects into results, for streams of any origin; it
   * throws a {@link ValidationException} as {@link #evaluate(Stream)} does.
   *
   * @return the collector
   */
  public Collector<SubjectRecords, ?, Results> collector() {
    // Each thread adds into its own mutable tallies; they are merged, and made immutable, once.
    List<String> codes = codes();
    List<String> names = names();
    return Collector.of(() -> new Accumulator(new Tallies(codes, names)), Accumulator::accept,
        Accumulator::combine, accumulator -> accumulator.tallies.toResults(),
        Collector.Characteristics.UNORDERED);
  }

  /** One cohort of a subject: its key, and the subject with the cohort's episodes only. */
  private record CohortRecords(String key, SubjectRecords records) {}

  /**
   * One collector container's tallies, and the sink each measure passes its units to: one
   * object per container (a parallel stream makes one for each part it splits off, each used on
   * one thread at a time), so that evaluating a subject allocates nothing of its own.
   */
  private final class Accumulator implements Bound.UnitSink {
    final Tallies tallies;
    private final List<Bound> bound = bound();
    private final List<Breakdown> breakdowns = breakdowns();
    private final List<List<ReportingPeriod>> periodParts = periodParts();
    private final ReportingPeriod period = period();
    private final LocalDate asOf = asOf();
    private final boolean hasCohorts = breakdowns.stream()
        .anyMatch(b -> b instanceof Breakdown.ByCohort);
    /** The measure and the subject whose units {@link #accept(Tally, Optional, List)} adds. */
    private int measure;
    private @Nullable SubjectRecords records;

    Accumulator(Tallies tallies) {
      this.tallies = tallies;
    }

    Accumulator combine(Accumulator other) {
      tallies.combine(other.tallies);
      return this;
    }

    void accept(SubjectRecords subject) {
      records = subject;
      List<List<CohortRecords>> cohorts = cohorts(subject);
      for (int m = 0; m < bound.size(); m++) {
        measure = m;
        bound.get(m).contribute(subject, period, asOf, this);
        // A cohort's row is the measure evaluated on the cohort's episodes alone.
        for (int b = 0; cohorts != null && b < breakdowns.size(); b++) {
          int row = b;
          int of = m;
          for (CohortRecords cohort : cohorts.get(b)) {
            bound.get(m).contribute(cohort.records, period, asOf,
                (tally, member, episodes) -> tallies.add(of, row, cohort.key, tally));
          }
        }
        // A period's row is the measure evaluated for that period alone, as of its end; only
        // the periods the subject's episodes overlap can hold its units, so only those are
        // evaluated, and a row exists only for a period that holds records.
        for (int b = 0; b < breakdowns.size(); b++) {
          List<ReportingPeriod> parts = periodParts.get(b);
          if (parts.isEmpty() || subject.episodes().isEmpty()) {
            continue;
          }
          int row = b;
          int of = m;
          for (int p = first(parts, subject); p < parts.size()
              && !parts.get(p).start().isAfter(last(subject)); p++) {
            ReportingPeriod part = parts.get(p);
            String key = part.toString();
            bound.get(m).contribute(subject, part, asOf,
                (tally, member, episodes) -> tallies.add(of, row, key, tally));
          }
        }
      }
      records = null;
    }

    /**
     * For each breakdown, the subject's records split by cohort (empty for other breakdowns);
     * null when there is no cohort breakdown, or the subject has no episode.
     */
    private @Nullable List<List<CohortRecords>> cohorts(SubjectRecords subject) {
      if (!hasCohorts || subject.episodes().isEmpty()) {
        return null;
      }
      List<List<CohortRecords>> cohorts = new ArrayList<>(breakdowns.size());
      for (Breakdown breakdown : breakdowns) {
        if (!(breakdown instanceof Breakdown.ByCohort byCohort)) {
          cohorts.add(List.of());
          continue;
        }
        List<String> keys = new ArrayList<>();
        List<List<Episode>> episodes = new ArrayList<>();
        for (Episode episode : subject.episodes()) {
          String key = byCohort.key(subject, episode, period, asOf);
          int at = keys.indexOf(key);
          if (at < 0) {
            keys.add(key);
            episodes.add(new ArrayList<>());
            at = keys.size() - 1;
          }
          episodes.get(at).add(episode);
        }
        List<CohortRecords> split = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
          split.add(new CohortRecords(keys.get(k), keys.size() == 1 ? subject
              : only(subject, episodes.get(k))));
        }
        cohorts.add(split);
      }
      return cohorts;
    }

    /** The subject with only some of its episodes, and their reviews. */
    private SubjectRecords only(SubjectRecords subject, List<Episode> episodes) {
      List<org.obaframework.core.records.Review> reviews = new ArrayList<>();
      for (Episode episode : episodes) {
        reviews.addAll(subject.reviewsOf(episode.id()));
      }
      return SubjectRecords.of(subject.subject(), episodes, reviews);
    }

    /** The index of the first part that ends on or after the subject's earliest episode. */
    private int first(List<ReportingPeriod> parts, SubjectRecords subject) {
      LocalDate start = subject.episodes().get(0).start();
      for (Episode episode : subject.episodes()) {
        start = episode.start().isBefore(start) ? episode.start() : start;
      }
      int low = 0;
      int high = parts.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (parts.get(mid).end().isBefore(start)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /** The last day any of the subject's episodes is open: its end, or the period's end. */
    private LocalDate last(SubjectRecords subject) {
      LocalDate last = LocalDate.MIN;
      for (Episode episode : subject.episodes()) {
        LocalDate end = episode.end().orElse(period.end());
        last = end.isAfter(last) ? end : last;
      }
      return last;
    }

    /** Adds one unit of the current subject to the current measure, in total and each row. */
    @Override
    public void accept(Tally tally, Optional<Member> member, List<Episode> episodes) {
      SubjectRecords subject = Objects.requireNonNull(records);
      int m = measure;
      tallies.addTotal(m, tally);
      for (int b = 0; b < breakdowns.size(); b++) {
        Breakdown breakdown = breakdowns.get(b);
        if (breakdown instanceof Breakdown.ByPeriod || breakdown instanceof Breakdown.ByCohort) {
          continue;
        }
        List<Episode> placing = breakdown.placing(episodes);
        if (placing.size() == 1) {
          // The usual case: one episode placing the unit under one key.
          List<String> keys = breakdown.keys(subject, member, placing.get(0), period,
              asOf);
          if (keys.size() == 1) {
            tallies.add(m, b, keys.get(0), tally);
            continue;
          }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Episode episode : placing) {
          keys.addAll(breakdown.keys(subject, member, episode, period, asOf));
        }
        for (String key : keys) {
          tallies.add(m, b, key, tally);
        }
      }
    }
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (MeasureDefinition measure : measures()) {
      if (!codes.add(measure.code())) {
        problems.add(Checks.duplicate("measure definition", measure.code()));
      }
      problems.addAll(measure.problems(framework()));
    }
    if (maxPeriods() < 1) {
      problems.add(Problem.of(ProblemType.OUT_OF_RANGE, Item.of("evaluation"), "maxPeriods",
          "1 or more", Integer.toString(maxPeriods())));
    }
    for (Breakdown breakdown : breakdowns()) {
      if (breakdown instanceof Breakdown.ByPeriod byPeriod && maxPeriods() >= 1) {
        long count = period().count(byPeriod.kind());
        if (count > maxPeriods()) {
          problems.add(Problem.of(ProblemType.OUT_OF_RANGE,
              Item.of("breakdown", breakdown.name()), "periods",
              "at most " + maxPeriods() + " periods of the reporting period " + period()
                  + " (Evaluation.Builder.maxPeriods raises the limit)",
              count + " periods"));
        }
      }
      if (nestsPeriod(breakdown)) {
        problems.add(Problem.of(ProblemType.RULE_DOES_NOT_FIT,
            Item.of("breakdown", breakdown.name()), "parts",
            "a period or cohort breakdown on its own, whose rows are evaluated period by "
                + "period or cohort by cohort",
            "a period or cohort breakdown inside a cross or a hierarchy"));
      }
      if (!names.add(breakdown.name()) || breakdown.name().equals(Results.TOTAL)) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE,
            Item.of("breakdown", breakdown.name()), "name",
            "a name used by no other breakdown, nor " + Redaction.quote(Results.TOTAL),
            "a second breakdown with this name"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static boolean nestsPeriod(Breakdown breakdown) {
    List<Breakdown> parts = breakdown instanceof Breakdown.Cross
        ? ((Breakdown.Cross) breakdown).parts()
        : breakdown instanceof Breakdown.Hierarchy ? ((Breakdown.Hierarchy) breakdown).levels()
        : List.of();
    return parts.stream().anyMatch(p -> p instanceof Breakdown.ByPeriod
        || p instanceof Breakdown.ByCohort || nestsPeriod(p));
  }

  @Override
  public String toString() {
    return "Evaluation[" + framework().code() + ", " + period() + ", as of " + asOf() + ", "
        + Checks.count(measures().size(), "measure") + ", "
        + Checks.count(breakdowns().size(), "breakdown") + "]";
  }

  /**
   * Builds an evaluation; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when framework, period or as-of date is not set,
   * and a {@link ValidationException} listing every measure that does not fit the framework.
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}

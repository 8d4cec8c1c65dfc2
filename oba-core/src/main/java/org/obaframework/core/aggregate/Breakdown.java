package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * A way to break results down: by an attribute, the local authority, the delivery model, the
 * programme, the reporting period the episodes are open in, the cohort (the period in which the
 * episodes started, closed or had their baseline review), several at once, or a hierarchy.
 *
 * <pre>{@code
 * Breakdown.localAuthority(LocalAuthorityRule.EPISODE);
 * Breakdown.attribute(Attributes.AGE_BAND);
 * Breakdown.cross(Breakdown.deliveryModel(), Breakdown.attribute(Attributes.SEX));
 * Breakdown.hierarchy("area", Breakdown.attribute(Attributes.NATION),
 *     Breakdown.localAuthority(LocalAuthorityRule.EPISODE));   // nation, then nation > LA
 * Breakdown.period(PeriodKind.FINANCIAL_QUARTER);           // open in each quarter
 * Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_YEAR); // started in each year
 * }</pre>
 *
 * <p>A unit gets one key or more per breakdown (a child whose episodes lie in two local
 * authorities counts in both rows, once in the total); a missing value is the key {@value
 * #NOT_RECORDED}, never a dropped unit. Implementations are immutable and thread-safe.
 */
public sealed interface Breakdown permits Breakdown.ByAttribute, Breakdown.ByLocalAuthority,
    Breakdown.ByDeliveryModel, Breakdown.ByProgramme, Breakdown.ByPeriod, Breakdown.ByCohort,
    Breakdown.Cross, Breakdown.Hierarchy {

  /** The key of a unit whose value is missing. */
  String NOT_RECORDED = "(not recorded)";
  /** What joins the levels of a hierarchy's keys, as in {@code Wales > LA-1}. */
  String HIERARCHY_SEPARATOR = " > ";

  /**
   * Returns the breakdown's name, which heads its table.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the keys of one unit in one of its episodes.
   *
   * @param subject the subject
   * @param member the member the unit is, if it is a member of a family
   * @param episode the episode
   * @param period the reporting period
   * @param asOf the as-of date
   * @return the keys, at least one
   */
  List<String> keys(Subject subject, Optional<Member> member, Episode episode,
      ReportingPeriod period, LocalDate asOf);

  /**
   * Returns the keys of one unit in one of its episodes, from the subject's records: as {@link
   * #keys(Subject, Optional, Episode, ReportingPeriod, LocalDate)}, and also for a cohort of
   * baseline reviews, which needs the episode's reviews.
   *
   * @param records the subject's records
   * @param member the member the unit is, if it is a member of a family
   * @param episode the episode
   * @param period the reporting period
   * @param asOf the as-of date
   * @return the keys, at least one
   */
  default List<String> keys(SubjectRecords records, Optional<Member> member, Episode episode,
      ReportingPeriod period, LocalDate asOf) {
    return keys(records.subject(), member, episode, period, asOf);
  }

  /**
   * Returns which of a unit's episodes place it in this breakdown: all of them, unless the
   * breakdown's rule says one (a local authority at the start of the first episode, or at the end
   * of the last).
   *
   * @param episodes the unit's episodes, in the order given
   * @return the episodes whose keys count
   */
  default List<Episode> placing(List<Episode> episodes) {
    return episodes;
  }

  /**
   * Breaks down by an attribute's value on the last day of the episode within the period: the
   * member's own attribute for a member, falling back to the subject's.
   *
   * @param name the attribute's name, such as {@link Attributes#AGE_BAND}
   * @return the breakdown
   * @throws ValidationException if the name is not a code
   */
  static Breakdown attribute(String name) {
    return new ByAttribute(name);
  }

  /**
   * Breaks down by local authority, under a declared rule for people who move.
   *
   * @param rule the rule
   * @return the breakdown
   */
  static Breakdown localAuthority(LocalAuthorityRule rule) {
    return new ByLocalAuthority(rule);
  }

  /**
   * Breaks down by the episode's delivery model.
   *
   * @return the breakdown
   */
  static Breakdown deliveryModel() {
    return new ByDeliveryModel();
  }

  /**
   * Breaks down by the episode's programme.
   *
   * @return the breakdown
   */
  static Breakdown programme() {
    return new ByProgramme();
  }

  /**
   * Breaks down by the periods of a kind within the reporting period: each row is the measure
   * evaluated for that period alone (as of its end), so nothing after a row's period counts in it.
   * A period breakdown stands alone: not inside a cross or a hierarchy.
   *
   * @param kind the kind of period, such as {@link PeriodKind#FINANCIAL_QUARTER}
   * @return the breakdown
   */
  static Breakdown period(PeriodKind kind) {
    return new ByPeriod(kind);
  }

  /**
   * Breaks down by cohort: the period of a kind in which each episode started, closed or had its
   * baseline review, such as the children who started with the service in each financial year.
   * Each row is the measure evaluated on the cohort's episodes alone, over the whole reporting
   * period, as if the subject had no other episode: a child with episodes in two cohorts counts
   * in each, judged on that cohort's episodes. A period is the whole period of its kind (not cut
   * to the reporting period), keyed as {@code 2024-04-01/2025-03-31}; episodes without the event
   * by the period's last day are keyed {@code not closed} or {@code no baseline review}. A
   * cohort breakdown stands alone: not inside a cross or a hierarchy. Its name is the cohort's
   * word and the kind's, such as {@code started-financial-year}.
   *
   * @param cohort the event
   * @param kind the kind of period
   * @return the breakdown
   */
  static Breakdown cohort(Cohort cohort, PeriodKind kind) {
    return new ByCohort(cohort, Optional.of(kind), List.of(),
        cohort.word() + "-" + ByPeriod.word(kind));
  }

  /**
   * Breaks down by cohort over custom periods: the given period in which each episode started,
   * closed or had its baseline review; an episode whose event falls in none is keyed {@value
   * ByCohort#OTHER}.
   *
   * @param cohort the event
   * @param name the breakdown's name, such as {@code started-school-year}
   * @param periods the periods, at least one, in order and not overlapping
   * @return the breakdown
   * @throws ValidationException if the name is blank, there is no period, or two overlap or are
   *     out of order
   */
  static Breakdown cohort(Cohort cohort, String name, List<ReportingPeriod> periods) {
    return new ByCohort(cohort, Optional.empty(), periods, name);
  }

  /**
   * Breaks down by several at once: keys are the combinations, such as {@code LA-1 | RESIDENTIAL}.
   *
   * @param parts two or more breakdowns
   * @return the breakdown
   */
  static Breakdown cross(Breakdown... parts) {
    return new Cross(List.of(parts));
  }

  /**
   * Breaks down by a hierarchy: a row for each level's prefix, such as {@code Wales} and {@code
   * Wales > LA-1}, each computed from the records.
   *
   * @param name the hierarchy's name
   * @param levels the levels, outermost first
   * @return the breakdown
   * @throws ValidationException if the name is blank
   */
  static Breakdown hierarchy(String name, Breakdown... levels) {
    return new Hierarchy(Checks.text(Item.of("breakdown"), "name", name), List.of(levels));
  }

  /** The last day of the episode within the period and the as-of date. */
  private static LocalDate lastDay(Episode episode, ReportingPeriod period, LocalDate asOf) {
    LocalDate last = period.end().isBefore(asOf) ? period.end() : asOf;
    if (episode.end().isPresent() && episode.end().get().isBefore(last)) {
      last = episode.end().get();
    }
    return last.isBefore(episode.start()) ? episode.start() : last;
  }

  /**
   * By an attribute.
   *
   * @param attribute the attribute's name
   */
  record ByAttribute(String attribute) implements Breakdown {
    /**
     * Checks the name.
     *
     * @throws ValidationException if the name is not a code
     */
    public ByAttribute {
      Checks.code(Item.of("breakdown"), "attribute", attribute);
    }

    @Override
    public String name() {
      return attribute;
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      LocalDate day = lastDay(episode, period, asOf);
      Optional<String> value = member.flatMap(m -> m.attributes().valueAt(attribute, day))
          .or(() -> subject.attributes().valueAt(attribute, day));
      return List.of(value.orElse(NOT_RECORDED));
    }
  }

  /**
   * By local authority.
   *
   * @param rule which local authority a person who moved counts under
   */
  record ByLocalAuthority(LocalAuthorityRule rule) implements Breakdown {
    @Override
    public String name() {
      return "local-authority";
    }

    /** One local authority per person who moved: that of the first or the last episode. */
    @Override
    public List<Episode> placing(List<Episode> episodes) {
      if (rule == LocalAuthorityRule.EPISODE || episodes.size() < 2) {
        return episodes;
      }
      java.util.Comparator<Episode> order = java.util.Comparator.comparing(Episode::start)
          .thenComparing(Episode::id);
      return List.of(rule == LocalAuthorityRule.AT_EPISODE_START
          ? episodes.stream().min(order).orElseThrow()
          : episodes.stream().max(order).orElseThrow());
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      return List.of(switch (rule) {
        case AT_EPISODE_START -> subject.attributes()
            .valueAt(Attributes.LOCAL_AUTHORITY, episode.start()).orElse(episode.localAuthority());
        case AT_PERIOD_END -> subject.attributes().valueAt(Attributes.LOCAL_AUTHORITY,
            lastDay(episode, period, asOf)).orElse(episode.localAuthority());
        case EPISODE -> episode.localAuthority();
      });
    }
  }

  /** By delivery model. */
  record ByDeliveryModel() implements Breakdown {
    @Override
    public String name() {
      return "delivery-model";
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      return List.of(episode.deliveryModel().orElse(NOT_RECORDED));
    }
  }

  /** By programme. */
  record ByProgramme() implements Breakdown {
    @Override
    public String name() {
      return "programme";
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      return List.of(episode.programme());
    }
  }

  /**
   * By reporting period.
   *
   * @param kind the kind of period
   */
  record ByPeriod(PeriodKind kind) implements Breakdown {
    @Override
    public String name() {
      return word(kind);
    }

    /** The kind in a name: {@code financial-year}, {@code month}. */
    static String word(PeriodKind kind) {
      return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      List<String> keys = new ArrayList<>();
      LocalDate last = lastDay(episode, period, asOf);
      LocalDate first = episode.start().isBefore(period.start()) ? period.start()
          : episode.start();
      for (ReportingPeriod part : period.split(kind)) {
        if (!part.end().isBefore(first) && !part.start().isAfter(last)) {
          keys.add(part.toString());
        }
      }
      return keys.isEmpty() ? List.of(NOT_RECORDED) : keys;
    }
  }

  /**
   * By cohort: the period in which the episode's start, closure or baseline review fell.
   *
   * @param cohort the event
   * @param kind the kind of period, or empty for custom periods
   * @param periods the custom periods, in order and not overlapping; empty for a kind
   * @param name the breakdown's name
   */
  record ByCohort(Cohort cohort, Optional<PeriodKind> kind, List<ReportingPeriod> periods,
      String name) implements Breakdown {
    /** The key of an episode whose event falls in none of the custom periods. */
    public static final String OTHER = "other dates";

    /**
     * Checks the name and the periods.
     *
     * @throws ValidationException if the name is blank, or the periods are not given exactly for
     *     custom periods, in order and not overlapping
     */
    public ByCohort {
      Item location = Item.of("breakdown");
      name = Checks.text(location, "name", name);
      periods = List.copyOf(periods);
      if (kind.isEmpty() == periods.isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, location, "periods",
            "either a kind of period or at least one custom period",
            kind.isEmpty() ? "none" : "both");
      }
      for (int i = 1; i < periods.size(); i++) {
        if (!periods.get(i).start().isAfter(periods.get(i - 1).end())) {
          throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, location, "periods[" + i + "]",
              "a period after " + periods.get(i - 1) + " (in order, not overlapping)",
              periods.get(i).toString());
        }
      }
    }

    /**
     * Returns the key of an episode of a subject: its cohort's period, or the key of an episode
     * without the event.
     *
     * @param records the subject's records
     * @param episode the episode
     * @param period the reporting period
     * @param asOf the as-of date
     * @return the key
     */
    public String key(SubjectRecords records, Episode episode, ReportingPeriod period,
        LocalDate asOf) {
      LocalDate last = period.end().isBefore(asOf) ? period.end() : asOf;
      Optional<LocalDate> date = cohort.date(episode, records.reviewsOf(episode.id()), last);
      if (date.isEmpty()) {
        return cohort.none();
      }
      if (kind.isPresent()) {
        return kind.get().containing(date.get()).toString();
      }
      for (ReportingPeriod custom : periods) {
        if (custom.contains(date.get())) {
          return custom.toString();
        }
      }
      return OTHER;
    }

    @Override
    public List<String> keys(SubjectRecords records, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      return List.of(key(records, episode, period, asOf));
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnsupportedOperationException for a cohort of baseline reviews, which needs the
     *     episode's reviews: use {@link #keys(SubjectRecords, Optional, Episode,
     *     ReportingPeriod, LocalDate)}
     */
    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      if (cohort == Cohort.BASELINE) {
        throw new UnsupportedOperationException("a cohort of baseline reviews needs the "
            + "episode's reviews: call keys with the subject's records");
      }
      return List.of(key(SubjectRecords.of(subject, List.of(episode), List.of()), episode,
          period, asOf));
    }
  }

  /**
   * Several breakdowns at once.
   *
   * @param parts the breakdowns
   */
  record Cross(List<Breakdown> parts) implements Breakdown {
    @Override
    public String name() {
      return String.join(" x ", parts.stream().map(Breakdown::name).toList());
    }

    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      List<String> keys = List.of("");
      for (Breakdown part : parts) {
        List<String> next = new ArrayList<>();
        for (String prefix : keys) {
          for (String key : part.keys(subject, member, episode, period, asOf)) {
            next.add(prefix.isEmpty() ? key : prefix + " | " + key);
          }
        }
        keys = next;
      }
      return keys;
    }
  }

  /**
   * A hierarchy of breakdowns.
   *
   * @param name the hierarchy's name
   * @param levels the levels, outermost first
   */
  record Hierarchy(String name, List<Breakdown> levels) implements Breakdown {
    @Override
    public List<String> keys(Subject subject, Optional<Member> member, Episode episode,
        ReportingPeriod period, LocalDate asOf) {
      List<String> keys = new ArrayList<>();
      List<String> prefixes = List.of("");
      for (Breakdown level : levels) {
        List<String> next = new ArrayList<>();
        for (String prefix : prefixes) {
          for (String key : level.keys(subject, member, episode, period, asOf)) {
            next.add(prefix.isEmpty() ? key : prefix + HIERARCHY_SEPARATOR + key);
          }
        }
        keys.addAll(next);
        prefixes = next;
      }
      return keys;
    }
  }
}

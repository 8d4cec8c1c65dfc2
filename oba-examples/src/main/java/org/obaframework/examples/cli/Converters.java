package org.obaframework.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Cohort;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.records.Rater;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.stats.Wilson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values of the commands, each read with a message that says what was expected when
 * the text is wrong (picocli reports it as a usage error, exit code 2).
 */
final class Converters {
  private Converters() {}

  /** The forms of {@code --period}, for messages and help: those of {@link ReportingPeriod#parse}. */
  static final String PERIOD_FORMS = ReportingPeriod.FORMS;

  /**
   * Reads a reporting period with {@link ReportingPeriod#parse}, the one grammar of periods:
   * {@value #PERIOD_FORMS}.
   *
   * @param text the text
   * @return the period
   * @throws TypeConversionException if the text is none of the forms
   */
  static ReportingPeriod period(String text) {
    try {
      return ReportingPeriod.parse(text);
    } catch (ValidationException e) {
      // The user's own argument is shown; the library describes it without quoting it.
      Problem problem = e.problems().get(0);
      throw new TypeConversionException("'" + text + "' is not a period: found "
          + problem.found() + "; expected " + problem.expected());
    }
  }

  private static LocalDate date(String text, String what) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new TypeConversionException("'" + text + "' is not a date for " + what
          + "; expected an ISO date such as 2026-03-31");
    }
  }

  /** Reads a reporting period. */
  static final class PeriodConverter implements ITypeConverter<ReportingPeriod> {
    @Override
    public ReportingPeriod convert(String value) {
      return period(value);
    }
  }

  /** Reads an ISO date. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return date(value, "the date");
    }
  }

  /** The forms of {@code --by}, for messages and help. */
  static final String BREAKDOWN_FORMS = "local-authority[:episode|at-episode-start|"
      + "at-period-end], programme, delivery-model, attribute:NAME, financial-year, quarter "
      + "(financial), month, calendar-year, calendar-quarter (the periods the episodes are open "
      + "in); started-P, closed-P, baseline-P for a P of those (the cohort of episodes that "
      + "started, closed or had their baseline review in each), or started:START..END[,...] "
      + "(and closed:, baseline:) for custom periods; A+B for the combinations of A and B; A/B "
      + "for a hierarchy (A, then A > B)";

  /**
   * Reads a breakdown: {@value #BREAKDOWN_FORMS}.
   *
   * @param text the text
   * @return the breakdown
   * @throws TypeConversionException if the text is none of the forms
   */
  static Breakdown breakdown(String text) {
    String trimmed = text.trim();
    boolean cross = trimmed.contains("+");
    boolean hierarchy = trimmed.contains("/");
    if (cross && hierarchy) {
      throw new TypeConversionException("'" + text + "' mixes + and /; expected a combination "
          + "A+B or a hierarchy A/B, not both");
    }
    if (!cross && !hierarchy) {
      return atom(trimmed, text);
    }
    List<Breakdown> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String part : trimmed.split(cross ? "\\+" : "/", -1)) {
      Breakdown atom = atom(part.trim(), text);
      if (atom instanceof Breakdown.ByPeriod || atom instanceof Breakdown.ByCohort) {
        throw new TypeConversionException("'" + text + "': a period or cohort breakdown ('"
            + part.trim() + "') stands alone, as each of its rows is evaluated for its own "
            + "period or cohort; expected it as its own --by");
      }
      parts.add(atom);
      names.add(atom.name());
    }
    Breakdown[] array = parts.toArray(new Breakdown[0]);
    return cross ? Breakdown.cross(array)
        : Breakdown.hierarchy(String.join(Breakdown.HIERARCHY_SEPARATOR, names), array);
  }

  private static Breakdown atom(String part, String text) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.startsWith("attribute:")) {
      String name = part.substring("attribute:".length());
      try {
        return Breakdown.attribute(name);
      } catch (ValidationException e) {
        throw new TypeConversionException("'" + text + "': '" + name + "' is not an attribute's "
            + "name; expected a code of letters, digits, '.', '_' or '-', such as age-band");
      }
    }
    if (lower.equals("local-authority") || lower.startsWith("local-authority:")) {
      String rule = lower.equals("local-authority") ? "episode"
          : lower.substring("local-authority:".length());
      for (LocalAuthorityRule each : LocalAuthorityRule.values()) {
        if (name(each).equals(rule)) {
          return Breakdown.localAuthority(each);
        }
      }
      throw new TypeConversionException("'" + text + "': '" + rule + "' is not a local "
          + "authority rule; expected one of episode, at-episode-start, at-period-end");
    }
    for (Cohort cohort : Cohort.values()) {
      if (lower.startsWith(cohort.word() + "-")) {
        String kind = lower.substring(cohort.word().length() + 1);
        Breakdown period = atom(kind, text);
        if (period instanceof Breakdown.ByPeriod byPeriod) {
          return Breakdown.cohort(cohort, byPeriod.kind());
        }
      } else if (lower.startsWith(cohort.word() + ":")) {
        return customCohort(cohort, part.substring(cohort.word().length() + 1), text);
      }
    }
    switch (lower) {
      case "programme":
        return Breakdown.programme();
      case "delivery-model":
        return Breakdown.deliveryModel();
      case "financial-year":
        return Breakdown.period(PeriodKind.FINANCIAL_YEAR);
      case "quarter":
      case "financial-quarter":
        return Breakdown.period(PeriodKind.FINANCIAL_QUARTER);
      case "month":
        return Breakdown.period(PeriodKind.MONTH);
      case "calendar-year":
        return Breakdown.period(PeriodKind.CALENDAR_YEAR);
      case "calendar-quarter":
        return Breakdown.period(PeriodKind.CALENDAR_QUARTER);
      default:
        throw new TypeConversionException("'" + text + "'" + (part.equals(text) ? "" : ": '"
            + part + "'") + " is not a breakdown; expected " + BREAKDOWN_FORMS);
    }
  }

  /** A cohort over custom periods: {@code START..END[,START..END...]}, named by the cohort. */
  private static Breakdown customCohort(Cohort cohort, String periods, String text) {
    List<ReportingPeriod> parsed = new ArrayList<>();
    for (String each : periods.split(",", -1)) {
      int dots = each.indexOf("..");
      if (dots < 0) {
        throw new TypeConversionException("'" + text + "': expected custom periods as "
            + "START..END[,START..END...], such as " + cohort.word()
            + ":2024-09-01..2025-08-31");
      }
      LocalDate start = date(each.substring(0, dots).trim(), "the start of a period");
      LocalDate end = date(each.substring(dots + 2).trim(), "the end of a period");
      try {
        parsed.add(ReportingPeriod.of(start, end));
      } catch (ValidationException e) {
        throw new TypeConversionException("'" + text + "': the period " + start + ".." + end
            + " ends before it starts");
      }
    }
    try {
      return Breakdown.cohort(cohort, cohort.word() + "-periods", parsed);
    } catch (ValidationException e) {
      throw new TypeConversionException("'" + text + "': expected custom periods in order, "
          + "not overlapping");
    }
  }

  /** Reads a breakdown. */
  static final class BreakdownConverter implements ITypeConverter<Breakdown> {
    @Override
    public Breakdown convert(String value) {
      return breakdown(value);
    }
  }

  /** Reads a period kind, as {@code curve --every} takes it. */
  static final class PeriodKindConverter implements ITypeConverter<PeriodKind> {
    @Override
    public PeriodKind convert(String value) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      if (lower.equals("quarter")) {
        return PeriodKind.FINANCIAL_QUARTER;
      }
      for (PeriodKind kind : PeriodKind.values()) {
        if (name(kind).equals(lower)) {
          return kind;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a kind of period; expected one "
          + "of quarter (financial), financial-year, month, calendar-year, calendar-quarter");
    }
  }

  /**
   * Reads a disclosure policy: {@code none}, {@code dfe}, {@code ons} (the ONS 10-5 rule), {@code
   * stats-wales}, or the forms {@link DisclosurePolicy#parse} reads.
   */
  static final class DisclosureConverter implements ITypeConverter<DisclosurePolicy> {
    @Override
    public DisclosurePolicy convert(String value) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      switch (lower) {
        case "ons":
          return DisclosurePolicy.ONS_10_5;
        case "stats-wales":
          return DisclosurePolicy.STATS_WALES;
        default:
          try {
            return DisclosurePolicy.parse(value.trim());
          } catch (ValidationException e) {
            throw new TypeConversionException("'" + value + "' is not a disclosure policy; "
                + "expected one of dfe, ons, stats-wales, none, or custom:threshold=N,"
                + "zeros=shown|suppressed,secondary=yes|no,rounding=N,symbol=S");
          }
      }
    }
  }

  /** Reads a confidence level, strictly between 0 and 1. */
  static final class ConfidenceConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double level;
      try {
        level = Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        level = Double.NaN;
      }
      // Above 0.9999 the interval's quantile is infinite in double arithmetic: every interval
      // would be NaN.
      if (!(level > 0 && level <= Wilson.MAX_CONFIDENCE)) {
        throw new TypeConversionException("'" + value + "' is not a confidence level oba "
            + "accepts; expected " + Wilson.CONFIDENCE_RANGE);
      }
      return level;
    }
  }

  /**
   * Reads a size in bytes: a whole number, optionally followed by {@code K}, {@code M} or {@code
   * G} (binary: 1K is 1024 bytes).
   */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.trim().toUpperCase(Locale.ROOT);
      int shift = text.endsWith("K") ? 10 : text.endsWith("M") ? 20 : text.endsWith("G") ? 30 : 0;
      String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
      if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)
          || Long.parseLong(digits) < 1) {
        throw new TypeConversionException("'" + value + "' is not a size; expected a whole "
            + "number of bytes, 1 or more, optionally with K, M or G, such as 64M");
      }
      return Long.parseLong(digits) << shift;
    }
  }

  /**
   * Reads whose ratings are compared: {@code each} (each rater separately) or a rater, such as
   * {@code practitioner} or {@code parent-or-carer}.
   */
  static final class RaterConverter implements ITypeConverter<RaterChoice> {
    @Override
    public RaterChoice convert(String value) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      if (lower.equals("each")) {
        return RaterChoice.EACH_SEPARATELY;
      }
      List<String> names = new ArrayList<>(List.of("each"));
      for (Rater rater : Rater.values()) {
        if (name(rater).equals(lower)) {
          return RaterChoice.only(rater);
        }
        names.add(name(rater));
      }
      throw new TypeConversionException("'" + value + "' is not a rater; expected one of "
          + String.join(", ", names));
    }
  }

  /** Reads a polarity: {@code higher} or {@code lower} (is better). */
  static final class PolarityConverter implements ITypeConverter<Polarity> {
    @Override
    public Polarity convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "higher":
        case "higher-is-better":
          return Polarity.HIGHER_IS_BETTER;
        case "lower":
        case "lower-is-better":
          return Polarity.LOWER_IS_BETTER;
        default:
          throw new TypeConversionException("'" + value + "' is not a polarity; expected higher "
              + "or lower (is better)");
      }
    }
  }

  /**
   * Reads one of an enum's constants by its {@linkplain #name(Enum) option name}, such as {@code
   * last-value} for {@code LAST_VALUE}.
   *
   * @param <E> the enum
   */
  abstract static class Named<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    Named(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        if (name(constant).equals(lower)) {
          return constant;
        }
        names.add(name(constant));
      }
      throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ",
          names));
    }
  }

  /**
   * Returns an enum constant's name as options spell it: lower case, words joined by hyphens.
   *
   * @param constant the constant
   * @return the name, such as {@code at-episode-start}
   */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

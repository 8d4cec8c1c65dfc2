package org.obaframework.core.report;

import java.util.Objects;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.stats.Interval;

/**
 * One measure's line on a report card, as published: its counts as disclosure control lets them
 * be shown, and for a proportion its percent and interval. A line holds published cells only,
 * never the exact counts behind them (those are the evaluation's {@link
 * org.obaframework.core.aggregate.Results}).
 *
 * <pre>{@code
 * ReportLine.count("IFS-FAMILIES", "Families given intensive support", Section.HOW_MUCH,
 *     Optional.of(MeasureRole.HEADLINE), Cell.shown(157));
 * ReportLine.proportion("IFS-STABLE-HOME", "Living in a stable tenancy", Section.BETTER_OFF,
 *     Optional.empty(), Cell.shown(120), Cell.shown(150), PercentCell.of(120, 150),
 *     Optional.of(Wilson.interval(120, 150, 0.95)), Cell.shown(157), Cell.shown(5),
 *     Cell.shown(2), Cell.shown(0));
 * }</pre>
 *
 * <p>A count (How much, or a change profile's number of people paired) has a number only; a
 * proportion has its numerator (the number), denominator, percent, interval (only beside a shown
 * percent) and the units assessed, not paired, excluded and not eligible, each its own published
 * cell. Immutable and thread-safe; equal when every part is equal; {@code toString} shows the
 * published cells only.
 */
public final class ReportLine {
  private final String code;
  private final String name;
  private final Section section;
  private final Optional<MeasureRole> role;
  private final Cell number;
  private final Optional<Cell> denominator;
  private final Optional<PercentCell> percent;
  private final Optional<Interval> interval;
  private final Optional<Cell> assessed;
  private final Optional<Cell> notPaired;
  private final Optional<Cell> excluded;
  private final Optional<Cell> notEligible;

  private ReportLine(String code, String name, Section section, Optional<MeasureRole> role,
      Cell number, Optional<Cell> denominator, Optional<PercentCell> percent,
      Optional<Interval> interval, Optional<Cell> assessed, Optional<Cell> notPaired,
      Optional<Cell> excluded, Optional<Cell> notEligible) {
    this.code = Checks.text(Item.of("report line"), "code", code);
    this.name = Checks.text(Item.of("report line", code), "name", name);
    this.section = Objects.requireNonNull(section, "section");
    this.role = Objects.requireNonNull(role, "role");
    this.number = Objects.requireNonNull(number, "number");
    this.denominator = denominator;
    this.percent = percent;
    this.interval = interval.map(i -> new Interval(i.lower() + 0.0, i.upper() + 0.0,
        i.confidence() + 0.0));
    this.assessed = assessed;
    this.notPaired = notPaired;
    this.excluded = excluded;
    this.notEligible = notEligible;
  }

  /**
   * Returns the line of a count: How much did we do, or the number of people a change profile
   * pairs.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param section the section of the card
   * @param role the measure's role, when the framework has a performance measure of this code
   * @param number the count
   * @return the line
   * @throws ValidationException if the code or name is blank
   */
  public static ReportLine count(String code, String name, Section section,
      Optional<MeasureRole> role, Cell number) {
    return new ReportLine(code, name, section, role, number, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the line of a proportion.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param section the section of the card
   * @param role the measure's role, when the framework has a performance measure of this code
   * @param number the numerator
   * @param denominator the denominator
   * @param percent the percent of the published numerator and denominator
   * @param interval its interval, present only with a shown percent
   * @param assessed the units eligible: the denominator, the not paired and the excluded
   * @param notPaired the eligible units that could not be judged
   * @param excluded the eligible units excluded
   * @param notEligible the units not eligible
   * @return the line
   * @throws ValidationException if the code or name is blank, or there is an interval without a
   *     shown percent
   */
  public static ReportLine proportion(String code, String name, Section section,
      Optional<MeasureRole> role, Cell number, Cell denominator, PercentCell percent,
      Optional<Interval> interval, Cell assessed, Cell notPaired, Cell excluded,
      Cell notEligible) {
    if (interval.isPresent() && percent.isHidden()) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("report line", code),
          "interval", "an interval only beside a shown percent",
          "an interval beside " + percent.text());
    }
    return new ReportLine(code, name, section, role, number, Optional.of(denominator),
        Optional.of(percent), interval, Optional.of(assessed), Optional.of(notPaired),
        Optional.of(excluded), Optional.of(notEligible));
  }

  /**
   * Returns the measure's code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the measure's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the section of the card.
   *
   * @return the section
   */
  public Section section() {
    return section;
  }

  /**
   * Returns the measure's role, when the framework has a performance measure of this code.
   *
   * @return the role
   */
  public Optional<MeasureRole> role() {
    return role;
  }

  /**
   * Returns the count, or the numerator of a proportion.
   *
   * @return the cell
   */
  public Cell number() {
    return number;
  }

  /**
   * Returns the denominator of a proportion.
   *
   * @return the cell; empty for a count
   */
  public Optional<Cell> denominator() {
    return denominator;
  }

  /**
   * Returns the percent of a proportion, such as {@code 85%}.
   *
   * @return the cell; empty for a count
   */
  public Optional<PercentCell> percent() {
    return percent;
  }

  /**
   * Returns the Wilson interval of a shown percent.
   *
   * @return the interval; empty for a count, or beside a hidden or absent percent
   */
  public Optional<Interval> interval() {
    return interval;
  }

  /**
   * Returns the units assessed (eligible) of a proportion: its denominator, not paired and
   * excluded, a published count of its own.
   *
   * @return the cell; empty for a count
   */
  public Optional<Cell> assessed() {
    return assessed;
  }

  /**
   * Returns the eligible units that could not be judged, of a proportion.
   *
   * @return the cell; empty for a count
   */
  public Optional<Cell> notPaired() {
    return notPaired;
  }

  /**
   * Returns the eligible units excluded, of a proportion.
   *
   * @return the cell; empty for a count
   */
  public Optional<Cell> excluded() {
    return excluded;
  }

  /**
   * Returns the units not eligible, of a proportion.
   *
   * @return the cell; empty for a count
   */
  public Optional<Cell> notEligible() {
    return notEligible;
  }

  /**
   * Tells whether the line is a proportion's.
   *
   * @return {@code true} if it has a denominator and a percent
   */
  public boolean isProportion() {
    return denominator.isPresent();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportLine)) {
      return false;
    }
    ReportLine that = (ReportLine) other;
    return code.equals(that.code) && name.equals(that.name) && section == that.section
        && role.equals(that.role) && number.equals(that.number)
        && denominator.equals(that.denominator) && percent.equals(that.percent)
        && interval.equals(that.interval) && assessed.equals(that.assessed)
        && notPaired.equals(that.notPaired) && excluded.equals(that.excluded)
        && notEligible.equals(that.notEligible);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, section, role, number, denominator, percent, interval,
        assessed, notPaired, excluded, notEligible);
  }

  /** Returns the code and the published cells, such as {@code ReportLine[S, 18 of 33, 55%]}. */
  @Override
  public String toString() {
    return "ReportLine[" + code + ", " + number.text()
        + denominator.map(d -> " of " + d.text()).orElse("")
        + percent.map(p -> ", " + p.text()).orElse("") + "]";
  }
}

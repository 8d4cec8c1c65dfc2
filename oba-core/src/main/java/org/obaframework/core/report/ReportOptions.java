package org.obaframework.core.report;

import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * How a report card is made: the confidence of its intervals, its disclosure control, and an
 * optional title.
 *
 * <pre>{@code
 * ReportOptions.defaults();                                    // 95 %, no disclosure control
 * ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE).withConfidence(0.90);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param confidence the confidence level of the Wilson intervals, above 0 and at most {@link
 *     org.obaframework.core.stats.Wilson#MAX_CONFIDENCE}
 * @param disclosure the disclosure control applied to every table of counts
 * @param title the title, if not the framework's name
 */
public record ReportOptions(double confidence, DisclosurePolicy disclosure,
    Optional<String> title) {
  /**
   * Checks the confidence.
   *
   * @throws ValidationException if it is not above 0 and at most 0.9999
   */
  public ReportOptions {
    Checks.confidence(Item.of("report options"), confidence);
    title.ifPresent(t -> Checks.text(Item.of("report options"), "title", t));
  }

  /**
   * Returns 95 % intervals and no disclosure control.
   *
   * @return the options
   */
  public static ReportOptions defaults() {
    return new ReportOptions(0.95, DisclosurePolicy.NONE, Optional.empty());
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param level above 0 and at most 0.9999
   * @return the copy
   * @throws ValidationException if the level is not above 0 and at most 0.9999
   */
  public ReportOptions withConfidence(double level) {
    return new ReportOptions(level, disclosure, title);
  }

  /**
   * Returns a copy with another disclosure control.
   *
   * @param policy the policy
   * @return the copy
   */
  public ReportOptions withDisclosure(DisclosurePolicy policy) {
    return new ReportOptions(confidence, policy, title);
  }

  /**
   * Returns a copy with a title.
   *
   * @param text the title, not blank
   * @return the copy
   * @throws ValidationException if the title is blank
   */
  public ReportOptions withTitle(String text) {
    return new ReportOptions(confidence, disclosure, Optional.of(text));
  }
}

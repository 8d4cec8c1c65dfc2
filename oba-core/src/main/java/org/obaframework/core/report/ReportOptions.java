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
 * @param confidence the confidence level of the Wilson intervals, strictly between 0 and 1
 * @param disclosure the disclosure control applied to every table of counts
 * @param title the title, if not the framework's name
 */
public record ReportOptions(double confidence, DisclosurePolicy disclosure,
    Optional<String> title) {
  /**
   * Checks the confidence.
   *
   * @throws ValidationException if it is not strictly between 0 and 1
   */
  public ReportOptions {
    if (!(confidence > 0 && confidence < 1)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("report options"), "confidence",
          "a level strictly between 0 and 1, such as 0.95", Double.toString(confidence));
    }
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
   * @param level strictly between 0 and 1
   * @return the copy
   * @throws ValidationException if the level is not strictly between 0 and 1
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

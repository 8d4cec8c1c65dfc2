package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A link from an indicator to an outcome of an external framework, such as {@code
 * SHANARRI/SAFE}.
 *
 * <p>{@code toString()} and {@link #parse(CharSequence)} are inverses. Immutable and thread-safe.
 *
 * @param framework the external framework's code
 * @param outcome the outcome's code within it
 */
public record OutcomeRef(String framework, String outcome) {
  /**
   * Checks both codes.
   *
   * @throws ValidationException if a code is malformed
   */
  public OutcomeRef {
    Checks.code(Item.of("outcome link"), "framework", framework);
    Checks.code(Item.of("outcome link"), "outcome", outcome);
  }

  /**
   * Returns a link.
   *
   * @param framework the external framework's code
   * @param outcome the outcome's code
   * @return the link
   * @throws ValidationException if a code is malformed
   */
  public static OutcomeRef of(String framework, String outcome) {
    return new OutcomeRef(framework, outcome);
  }

  /**
   * Parses {@code FRAMEWORK/OUTCOME}, the form {@link #toString()} writes.
   *
   * @param text the text
   * @return the link
   * @throws ValidationException if the text is not of that form
   */
  public static OutcomeRef parse(CharSequence text) {
    String string = text.toString();
    int slash = string.indexOf('/');
    if (slash < 0) {
      throw Checks.fail(ProblemType.INVALID_CODE, Item.of("outcome link"), "text",
          "FRAMEWORK/OUTCOME, such as 'SHANARRI/SAFE'",
          Redaction.text(string) + " with no '/'");
    }
    return new OutcomeRef(string.substring(0, slash), string.substring(slash + 1));
  }

  @Override
  public String toString() {
    return framework + "/" + outcome;
  }
}

package org.obaframework.core.curve;

import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A link from a programme's performance measure to a population result it contributes to: how
 * performance accountability serves population accountability.
 *
 * <pre>{@code
 * MeasureContribution tenancy = MeasureContribution.of("IFS-STABLE-TENANCY", "CYP-POVERTY",
 *     "Stable housing keeps parents in work");
 * }</pre>
 *
 * <p>{@link PopulationAccountability} checks that the result exists, and its {@code
 * problems(framework)} that the measure does. Immutable and thread-safe.
 *
 * @param measure the code of a performance measure
 * @param result the code of a population result
 * @param note why the measure contributes, if said; free text, never printed by {@code toString}
 */
public record MeasureContribution(String measure, String result, Optional<String> note) {
  /**
   * Checks the codes and the note.
   *
   * @throws ValidationException if a code is malformed or the note blank
   */
  public MeasureContribution {
    Checks.code(Item.of("measure contribution"), "measure", measure);
    Checks.code(Item.of("measure contribution"), "result", result);
    note.ifPresent(text -> Checks.text(location(measure, result), "note", text));
  }

  /**
   * Returns a link without a note.
   *
   * @param measure the code of a performance measure
   * @param result the code of a population result
   * @return the link
   * @throws ValidationException if a code is malformed
   */
  public static MeasureContribution of(String measure, String result) {
    return new MeasureContribution(measure, result, Optional.empty());
  }

  /**
   * Returns a link with a note.
   *
   * @param measure the code of a performance measure
   * @param result the code of a population result
   * @param note why the measure contributes, not blank
   * @return the link
   * @throws ValidationException if a code is malformed or the note blank
   */
  public static MeasureContribution of(String measure, String result, String note) {
    return new MeasureContribution(measure, result, Optional.of(note));
  }

  static Item location(String measure, String result) {
    return Item.of("measure contribution", measure).linkedTo(Item.of("result", result));
  }

  /** Returns the two codes, such as {@code IFS-STABLE-TENANCY -> CYP-POVERTY}; never the note. */
  @Override
  public String toString() {
    return measure + " -> " + result + (note.isPresent() ? " (with note)" : "");
  }
}

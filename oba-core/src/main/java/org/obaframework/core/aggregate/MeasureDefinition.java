package org.obaframework.core.aggregate;

import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;

/**
 * The definition, as data, of how a performance measure is computed from records: How much
 * ({@link CountMeasure}), How well ({@link ProcessMeasure}), Is anyone better off ({@link
 * BetterOffDefinition}), a baseline profile ({@link BaselineProfile}), or a change profile
 * ({@link TransitionMeasure}).
 *
 * <p>Its code usually names a {@link org.obaframework.core.framework.PerformanceMeasure} of the
 * framework, which gives the measure's role on the report card. Implementations are immutable
 * and thread-safe.
 */
public sealed interface MeasureDefinition permits CountMeasure, ProcessMeasure,
    BetterOffDefinition, BaselineProfile, TransitionMeasure {

  /**
   * Returns the measure's code.
   *
   * @return the code
   */
  String code();

  /**
   * Returns the measure's name, as the report card shows it.
   *
   * @return the name
   */
  Label name();

  /**
   * Returns the code of the programme whose episodes the measure reads.
   *
   * @return the programme's code
   */
  String programme();

  /**
   * Returns the report card section the measure belongs to.
   *
   * @return the section
   */
  Section section();

  /**
   * Returns the tally of no unit: a zero count, an empty proportion, an empty matrix.
   *
   * @param framework the framework, which gives the levels of a transition matrix
   * @return the empty tally
   */
  Tally empty(OutcomesFramework framework);

  /**
   * Returns every way the definition does not fit a framework.
   *
   * @param framework the framework
   * @return the problems; empty if it fits
   */
  List<Problem> problems(OutcomesFramework framework);
}

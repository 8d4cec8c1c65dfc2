package org.obaframework.core.change;

/**
 * Presets: the minimum changes NHS England uses for children and young people's mental health
 * services (CYPMHS) to count a paired change on a measure as reliable.
 *
 * <pre>{@code
 * BetterOffRule goals = BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES);
 * }</pre>
 *
 * <p>Each value is in the measure's points and carries its source. oba does not ship the licensed
 * measures themselves, only these thresholds; configure the indicator's scale and polarity to match
 * the measure (for example SDQ difficulty scores and GAD-7, PHQ-9 and YP-CORE are lower-is-better,
 * Goal Based Outcomes and CGAS higher-is-better). Values are immutable and thread-safe.
 */
public final class MinimumChanges {
  private static final String NHS = "NHS England CYPMHS outcome measures, minimum change: ";

  /** Goal Based Outcomes: 3 points per goal (0-10 scale). */
  public static final MinimumChange GOAL_BASED_OUTCOMES =
      MinimumChange.of(3, NHS + "Goal Based Outcomes, 3 points per goal");
  /** Strengths and Difficulties Questionnaire, parent-rated conduct problems: 4 points. */
  public static final MinimumChange SDQ_PARENT_CONDUCT =
      MinimumChange.of(4, NHS + "SDQ parent-rated conduct problems, 4 points");
  /** Strengths and Difficulties Questionnaire, parent-rated emotional symptoms: 4 points. */
  public static final MinimumChange SDQ_PARENT_EMOTIONAL =
      MinimumChange.of(4, NHS + "SDQ parent-rated emotional symptoms, 4 points");
  /** Strengths and Difficulties Questionnaire, parent-rated hyperactivity: 4 points. */
  public static final MinimumChange SDQ_PARENT_HYPERACTIVITY =
      MinimumChange.of(4, NHS + "SDQ parent-rated hyperactivity, 4 points");
  /** Strengths and Difficulties Questionnaire, parent-rated impact: 3 points. */
  public static final MinimumChange SDQ_PARENT_IMPACT =
      MinimumChange.of(3, NHS + "SDQ parent-rated impact, 3 points");
  /** Strengths and Difficulties Questionnaire, parent-rated peer problems: 3 points. */
  public static final MinimumChange SDQ_PARENT_PEER =
      MinimumChange.of(3, NHS + "SDQ parent-rated peer problems, 3 points");
  /** Generalised Anxiety Disorder 7-item scale (GAD-7): 4 points. */
  public static final MinimumChange GAD_7 = MinimumChange.of(4, NHS + "GAD-7, 4 points");
  /** Patient Health Questionnaire 9-item depression scale (PHQ-9): 6 points. */
  public static final MinimumChange PHQ_9 = MinimumChange.of(6, NHS + "PHQ-9, 6 points");
  /** Young Person's CORE (YP-CORE): 8 points. */
  public static final MinimumChange YP_CORE = MinimumChange.of(8, NHS + "YP-CORE, 8 points");
  /**
   * The norms behind the {@link #CGAS} preset, standard deviation 12.90 and alpha 0.91, with
   * Jacobson and Truax's critical value 1.96: {@code CGAS_NORMS.minimumReliableChange()} is
   * 10.73; {@code CGAS_NORMS.withCriticalValue(JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE)} or
   * {@code CGAS_NORMS.withConfidence(0.90)} derives the minimum with another critical value.
   */
  public static final JacobsonTruax CGAS_NORMS = JacobsonTruax.of(12.90, 0.91);

  /**
   * Children's Global Assessment Scale (CGAS): 11 points, the Jacobson-Truax minimum of 10.73
   * (SD 12.90, alpha 0.91, critical value 1.96; 10.7298 with NHS England's 1.959964) rounded up.
   */
  public static final MinimumChange CGAS = MinimumChange.of(11,
      NHS + "CGAS, 11 points (Jacobson & Truax 10.73 from SD 12.90 and alpha 0.91, rounded up)");

  private MinimumChanges() {}
}

package org.obaframework.core.framework;

import java.util.List;

/**
 * The outcome frameworks of the four UK nations, ready to add to an {@link OutcomesFramework} and
 * link indicators to.
 *
 * <pre>{@code
 * OutcomesFramework.builder()...
 *     .addAllExternalFrameworks(ExternalFrameworks.ukNations())
 *     ...
 * indicatorBuilder.addOutcomes(ExternalFrameworks.SHANARRI.ref("SAFE"));
 * }</pre>
 *
 * <p>Each carries its source. Users extend the crosswalk with their own {@link ExternalFramework}s.
 */
public final class ExternalFrameworks {
  /** England: the five Every Child Matters outcomes. */
  public static final ExternalFramework EVERY_CHILD_MATTERS = ExternalFramework.builder()
      .code("ECM")
      .name(Label.of("Every Child Matters"))
      .nation(Nation.ENGLAND)
      .source("Every Child Matters: Change for Children (DfES, 2004); Children Act 2004, s.10(2)")
      .addOutcomes(
          outcome("BE-HEALTHY", "Be healthy"),
          outcome("STAY-SAFE", "Stay safe"),
          outcome("ENJOY-ACHIEVE", "Enjoy and achieve"),
          outcome("POSITIVE-CONTRIBUTION", "Make a positive contribution"),
          outcome("ECONOMIC-WELL-BEING", "Achieve economic well-being"))
      .build();

  /** Scotland: the eight SHANARRI well-being indicators of Getting it right for every child. */
  public static final ExternalFramework SHANARRI = ExternalFramework.builder()
      .code("SHANARRI")
      .name(Label.of("Getting it right for every child: SHANARRI well-being indicators"))
      .nation(Nation.SCOTLAND)
      .source("Getting it right for every child (Scottish Government); "
          + "Children and Young People (Scotland) Act 2014, s.96(2)")
      .addOutcomes(
          outcome("SAFE", "Safe"),
          outcome("HEALTHY", "Healthy"),
          outcome("ACHIEVING", "Achieving"),
          outcome("NURTURED", "Nurtured"),
          outcome("ACTIVE", "Active"),
          outcome("RESPECTED", "Respected"),
          outcome("RESPONSIBLE", "Responsible"),
          outcome("INCLUDED", "Included"))
      .build();

  /** Wales: the eight aspects of well-being of the Social Services and Well-being (Wales) Act. */
  public static final ExternalFramework WALES_WELL_BEING = ExternalFramework.builder()
      .code("WALES-SSWBA-2014")
      .name(Label.of("Social Services and Well-being (Wales) Act 2014: well-being"))
      .nation(Nation.WALES)
      .source("Social Services and Well-being (Wales) Act 2014, s.2(2)")
      .addOutcomes(
          outcome("HEALTH", "Physical and mental health and emotional well-being"),
          outcome("PROTECTION", "Protection from abuse and neglect"),
          outcome("EDUCATION", "Education, training and recreation"),
          outcome("RELATIONSHIPS", "Domestic, family and personal relationships"),
          outcome("CONTRIBUTION", "Contribution made to society"),
          outcome("RIGHTS", "Securing rights and entitlements"),
          outcome("SOCIAL-ECONOMIC", "Social and economic well-being"),
          outcome("ACCOMMODATION", "Suitability of living accommodation"))
      .build();

  /** Northern Ireland: the eight outcomes of the Children and Young People's Strategy. */
  public static final ExternalFramework NORTHERN_IRELAND_CYPS = ExternalFramework.builder()
      .code("NI-CYPS-2030")
      .name(Label.of("Children and Young People's Strategy 2020-2030"))
      .nation(Nation.NORTHERN_IRELAND)
      .source("Children and Young People's Strategy 2020-2030 (Department of Education, "
          + "Northern Ireland, 2021); Children's Services Co-operation Act (NI) 2015")
      .addOutcomes(
          outcome("HEALTHY", "Physically and mentally healthy"),
          outcome("PLAY-LEISURE", "Enjoy play and leisure"),
          outcome("LEARN-ACHIEVE", "Learn and achieve"),
          outcome("SAFETY-STABILITY", "Live in safety and stability"),
          outcome("ECONOMIC-ENVIRONMENTAL", "Experience economic and environmental wellbeing"),
          outcome("POSITIVE-CONTRIBUTION", "Make a positive contribution to society"),
          outcome("RIGHTS", "Live in a society which respects their rights"),
          outcome("EQUALITY", "Live in a society in which equality of opportunity and good "
              + "relations are promoted"))
      .build();

  private ExternalFrameworks() {}

  /**
   * Returns the four nations' frameworks: England, Scotland, Wales, Northern Ireland.
   *
   * @return an unmodifiable list
   */
  public static List<ExternalFramework> ukNations() {
    return List.of(EVERY_CHILD_MATTERS, SHANARRI, WALES_WELL_BEING, NORTHERN_IRELAND_CYPS);
  }

  private static ExternalOutcome outcome(String code, String english) {
    return ExternalOutcome.of(code, Label.of(english));
  }
}

package org.obaframework.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * How much did we do? A distinct count of children, families, adults, episodes or reviews in a
 * period, optionally only those given a service output.
 *
 * <pre>{@code
 * CountMeasure.of("IFS-FAMILIES", Label.of("Families supported"), "IFS", CountingUnit.FAMILY);
 * CountMeasure.of("IFS-CHILDREN", Label.of("Children supported"), "IFS", CountingUnit.CHILD);
 * CountMeasure.ofOutput("IFS-RESIDENTIAL", Label.of("Families given residential support"),
 *     "IFS", CountingUnit.FAMILY, "RES-SUPPORT");
 * }</pre>
 *
 * <p>A child, family or adult counts once if any of its episodes of the programme is open in the
 * period (children and adults of a family are its members; a child subject is one child); an
 * episode counts if open in the period; a review if assessed in the period. Immutable and
 * thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param unit what is counted
 * @param serviceOutput if present, only units with an episode given this output count
 */
public record CountMeasure(String code, Label name, String programme, CountingUnit unit,
    Optional<String> serviceOutput) implements MeasureDefinition {
  /**
   * Checks the codes.
   *
   * @throws ValidationException if a code is malformed
   */
  public CountMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
    serviceOutput.ifPresent(o -> Checks.code(Item.of(Item.MEASURE, code),
        "serviceOutput", o));
  }

  /**
   * Returns a count of units.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit what is counted
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static CountMeasure of(String code, Label name, String programme, CountingUnit unit) {
    return new CountMeasure(code, name, programme, unit, Optional.empty());
  }

  /**
   * Returns a count of units given a service output, such as families given residential support.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit what is counted
   * @param serviceOutput the output's code
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static CountMeasure ofOutput(String code, Label name, String programme,
      CountingUnit unit, String serviceOutput) {
    return new CountMeasure(code, name, programme, unit, Optional.of(serviceOutput));
  }

  @Override
  public Section section() {
    return Section.HOW_MUCH;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    return Count.ZERO;
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = MeasureDefinition.programmeProblems(this, framework);
    serviceOutput.filter(o -> framework.serviceOutput(o).isEmpty()).ifPresent(o ->
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.MEASURE, code), "serviceOutput",
            "a service output of framework " + Redaction.quote(framework.code()),
            Redaction.code(o))));
    return problems;
  }

  @Override
  public Bound bind(OutcomesFramework framework) {
    MeasureDefinition.check(problems(framework));
    return (records, period, asOf) -> {
      List<Episode> episodes = new ArrayList<>();
      for (Episode episode : MeasureDefinition.episodesIn(records, programme, period, asOf)) {
        if (serviceOutput.map(o -> episode.serviceOutputs().contains(o)).orElse(true)) {
          episodes.add(episode);
        }
      }
      if (episodes.isEmpty()) {
        return List.of();
      }
      List<Contribution> out = new ArrayList<>();
      boolean child = records.subject().kind() == SubjectKind.CHILD;
      switch (unit) {
        case CHILD:
          if (child) {
            out.add(new Contribution(Count.ONE, Optional.empty(), episodes));
          } else {
            members(records, MemberRole.CHILD, episodes, out);
          }
          break;
        case ADULT:
          if (!child) {
            members(records, MemberRole.ADULT, episodes, out);
          }
          break;
        case FAMILY:
          if (!child) {
            out.add(new Contribution(Count.ONE, Optional.empty(), episodes));
          }
          break;
        case EPISODE:
          episodes.forEach(e -> out.add(new Contribution(Count.ONE, Optional.empty(),
              List.of(e))));
          break;
        default:
          for (Episode episode : episodes) {
            for (Review review : records.reviewsOf(episode.id())) {
              if (review.kind() != ReviewKind.FOLLOW_UP && period.contains(review.assessedOn())
                  && !review.assessedOn().isAfter(asOf)) {
                out.add(new Contribution(Count.ONE, Optional.empty(), List.of(episode)));
              }
            }
          }
          break;
      }
      return out;
    };
  }

  private static void members(SubjectRecords records, MemberRole role, List<Episode> episodes,
      List<Contribution> out) {
    for (Member member : records.subject().members()) {
      if (member.role() == role) {
        out.add(new Contribution(Count.ONE, Optional.of(member), episodes));
      }
    }
  }
}

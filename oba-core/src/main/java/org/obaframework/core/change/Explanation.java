package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;

/**
 * Renders a {@link Decision}'s {@link Trace} as the explanation of {@link Decision#explain()}: one
 * sentence a line, for practitioners and auditors. A function of the decision only.
 */
final class Explanation {
  private Explanation() {}

  /** The lines of a decision's explanation. */
  static List<String> lines(Decision decision) {
    Trace trace = decision.trace();
    List<String> lines = new ArrayList<>();
    String rater = trace.rater().map(r -> ", as rated by " + words(r)).orElse("");
    if (trace.parts().isEmpty()) {
      lines.add("Measure " + decision.measure() + " for " + unit(decision) + episode(decision,
          trace.episode()) + rater + ".");
      body(lines, decision, trace);
    } else {
      EpisodeChoice choice = trace.episodeChoice().orElseThrow();
      lines.add("Measure " + decision.measure() + " for " + unit(decision) + ", judged on each of "
          + trace.parts().size() + " episodes of programme " + trace.episode().programme()
          + " (" + (choice == EpisodeChoice.ALL ? "better off only if better off in every one"
              : "better off if better off in any") + ")" + rater + ".");
      for (Trace part : trace.parts()) {
        lines.add("Episode " + dates(part.episode()) + ":");
        body(lines, decision, part);
        lines.add("In episode " + part.episode().id() + ": " + words(part.standing()) + ".");
      }
    }
    lines.add("Decision: " + words(trace.standing()) + ".");
    return List.copyOf(lines);
  }

  /** The unit in words: "family F-1", "child C-1", or "episode E-1 of subject F-1". */
  private static String unit(Decision decision) {
    if (decision.unit() == CountingUnit.EPISODE) {
      return "episode " + decision.unitId() + " of subject " + decision.subject();
    }
    return words(decision.unit()) + " " + decision.unitId();
  }

  /** ", episode E-1 of programme P (dates)", or for an episode unit " of programme P (dates)". */
  private static String episode(Decision decision, Episode episode) {
    return decision.unit() == CountingUnit.EPISODE
        ? " of programme " + episode.programme() + " (" + span(episode) + ")"
        : ", episode " + dates(episode);
  }

  /** "E-1 of programme P (2025-04-07 to open)". */
  private static String dates(Episode episode) {
    return episode.id() + " of programme " + episode.programme() + " (" + span(episode) + ")";
  }

  private static String span(Episode episode) {
    return episode.start() + " to " + episode.end().map(LocalDate::toString).orElse("open");
  }

  /** The lines of one episode's decision: an exclusion, each person, the family rule. */
  private static void body(List<String> lines, Decision decision, Trace trace) {
    Episode episode = trace.episode();
    trace.exclusion().ifPresent(exclusion -> lines.add(switch (exclusion) {
      case EPISODE_CLOSED -> "Excluded: the episode closed for a reason the measure excludes ("
          + episode.closureReason().orElseThrow() + ").";
      case NOBODY_AT_LEVELS -> "Excluded: nobody in the unit is rated at the measure's levels.";
    }));
    boolean inFamily = trace.familyRule().isPresent();
    for (Trace.Person person : trace.persons()) {
      person(lines, person, decision.subject(), trace.rater(), trace.composite(), inFamily);
    }
    trace.familyRule().ifPresent(rule -> lines.add("Family rule " + rule + ": "
        + words(trace.standing()) + "."));
  }

  private static void person(List<String> lines, Trace.Person person, String subject,
      Optional<Rater> rater, Composite composite, boolean inFamily) {
    String who = name(person, subject);
    for (Trace.Eligibility test : person.eligibility()) {
      Indicator indicator = test.indicator();
      String condition = test.condition().description(indicator);
      lines.add(switch (test.baseline()) {
        case MET -> "Eligible, " + who + ": " + condition + ".";
        case NOT_MET -> "Not eligible, " + who + ": not " + condition + ".";
        case NO_BASELINE -> "Not eligible, " + who + ": no baseline rating of "
            + indicator.code() + " to test " + condition + ".";
      });
    }
    if (person.standing() == Standing.NOT_ELIGIBLE) {
      return;
    }
    for (Trace.Judgement judgement : person.indicators()) {
      lines.add(judgement(judgement, who, rater));
    }
    int verdicts = person.indicators().size();
    if (verdicts > 1 || inFamily) {
      lines.add(Character.toUpperCase(who.charAt(0)) + who.substring(1) + ": "
          + words(person.standing())
          + (verdicts > 1 ? " (" + composite.description() + ")" : "") + ".");
    }
  }

  private static String judgement(Trace.Judgement judgement, String who,
      Optional<Rater> rater) {
    Indicator indicator = judgement.indicator();
    String about = indicator.code() + " (" + indicator.name().text() + ") for " + who;
    if (judgement.change().isEmpty()) {
      return about + ": not paired, no rating" + rater.map(r -> " by " + words(r)).orElse("")
          + ".";
    }
    Change change = judgement.change().get();
    return switch (judgement.verdict()) {
      case NOT_APPLICABLE ->
          about + ": not applicable (" + words(change.reason().orElseThrow()) + ").";
      case NOT_PAIRED -> about + ": not paired (" + words(change.reason().orElseThrow()) + ")"
          + change.startValue().map(v -> "; baseline " + describe(indicator, v)
              + change.startReview().map(r -> " in review " + r).orElse("")).orElse("")
          + ".";
      default -> about + ": " + describe(indicator, change.startValue().orElseThrow())
          + " in review " + change.startReview().orElseThrow() + " on "
          + change.startDate().orElseThrow() + ", then "
          + describe(indicator, change.endValue().orElseThrow()) + " in review "
          + change.endReview().orElseThrow() + " on " + change.endDate().orElseThrow() + ": "
          + words(change.outcome()) + difference(indicator, change) + "; rule \""
          + judgement.rule().description(indicator) + "\": "
          + switch (judgement.verdict()) {
            case BETTER_OFF -> "better off";
            case WORSE_OFF -> "worse off";
            default -> "not better off";
          } + ".";
    };
  }

  /** The person in words: "family F-1", "child F-1-C1", "adult F-1-A1", or "child C-1". */
  private static String name(Trace.Person person, String subject) {
    String id = person.member().orElse(subject);
    return person.level() == RatedAt.FAMILY ? "family " + subject
        : person.level() == RatedAt.ADULT ? "adult " + id : "child " + id;
  }

  /** " by 19.5 percentage points", " by 2 levels", or nothing when nothing changed. */
  private static String difference(Indicator indicator, Change change) {
    double difference = Math.abs(change.difference().orElse(0));
    return difference == 0 ? ""
        : " by " + Numbers.format(difference) + Rules.differenceUnit(indicator.scale(),
            difference);
  }

  /** A value in the words of its scale: a level's label, yes or no's label, a number and unit. */
  private static String describe(Indicator indicator, ScaleValue value) {
    Scale scale = indicator.scale();
    return scale.labelOf(value).map(label -> "\"" + label.text() + "\"").orElseGet(() ->
        scale instanceof NumericScale numeric ? value + " " + numeric.unit() : value.toString());
  }

  /**
   * A standing in words: "better off", "not better off", "not better off, deteriorated", "not
   * paired", "excluded", "not eligible".
   */
  private static String words(Standing standing) {
    return switch (standing) {
      case NO_CHANGE -> "not better off";
      case DETERIORATED -> "not better off, deteriorated";
      default -> words((Enum<?>) standing);
    };
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

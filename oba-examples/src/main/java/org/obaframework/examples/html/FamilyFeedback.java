package org.obaframework.examples.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Change;
import org.obaframework.core.change.ChangeOutcome;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.Trace;
import org.obaframework.core.change.UnpairedReason;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Rater;

/**
 * Feedback for a child or family, in plain words a practitioner can share with them: for each
 * decision of a better-off measure, what was rated at the start and later, when and by whom, what
 * changed, and, honestly, what has not been reviewed yet.
 *
 * <pre>{@code
 * List<Decision> decisions = BetterOffEvaluator.of(framework, measure).decide(family, asOf);
 * FamilyFeedback feedback = FamilyFeedback.of(framework).withMeasures(List.of(measure));
 * String text = feedback.toText(decisions);   // for a letter or a case note
 * String html = feedback.toHtml(decisions);   // a self-contained page
 * }</pre>
 *
 * <p>The words are rendered from the decision's {@link Trace} ({@link Decision#standing()}, each
 * judged {@link Change}'s values, dates, rater, outcome and reason, and its verdict under the
 * measure's rule) and the framework's labels, never from the decision's technical explanation. Dates are months in words ("April 2025"); values are the
 * scale's labels; people are named by their pseudonymous ids only, and no review or measure code
 * is shown. The feedback holds a child's ratings: it is for the family and those who work with
 * them, never for logs. Immutable and thread-safe.
 */
public final class FamilyFeedback {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#1a1a1a;background:#ffffff;margin:0;line-height:1.55;font-size:1.05rem}",
      "main{max-width:44rem;margin:0 auto;padding:1.5rem}",
      "h1{font-size:1.6rem}",
      "h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1d4e89}",
      "li{margin:.4rem 0}",
      "p.overall{font-weight:bold}");

  private final OutcomesFramework framework;
  private final Map<String, BetterOffMeasure> measures;
  private final Locale locale;

  private FamilyFeedback(OutcomesFramework framework, Map<String, BetterOffMeasure> measures,
      Locale locale) {
    this.framework = framework;
    this.measures = measures;
    this.locale = locale;
  }

  /**
   * Returns the feedback of decisions made under a framework, in English.
   *
   * @param framework the framework, whose labels name indicators, levels and measures
   * @return the feedback
   */
  public static FamilyFeedback of(OutcomesFramework framework) {
    return new FamilyFeedback(framework, Map.of(), Locale.UK);
  }

  /**
   * Returns a copy that knows the measures behind the decisions, so that it can say which of a
   * measure's indicators have not been rated at all, and whether a change met the measure's rule.
   *
   * @param known the measures
   * @return the copy
   */
  public FamilyFeedback withMeasures(List<BetterOffMeasure> known) {
    Map<String, BetterOffMeasure> all = new LinkedHashMap<>(measures);
    known.forEach(m -> all.put(m.code(), m));
    return new FamilyFeedback(framework, java.util.Collections.unmodifiableMap(all), locale);
  }

  /**
   * Returns a copy that takes indicator names and level labels in a locale's language where the
   * framework's labels have it, such as Welsh; the sentences stay English.
   *
   * @param reader the reader's locale
   * @return the copy
   */
  public FamilyFeedback withLocale(Locale reader) {
    return new FamilyFeedback(framework, measures, reader);
  }

  /** One part of the feedback: a heading, a line on who rated, the changes, and the overall. */
  private record Part(String heading, Optional<String> rated, List<Item> items, String overall) {}

  /** One line about one change, with its label text kept apart for HTML. */
  private record Item(Label indicator, String who, String text) {}

  /**
   * Renders the feedback as plain text: a title, then a part per decision.
   *
   * @param decisions decisions about one child or family, for one or several measures
   * @return the text, ending with a newline
   * @throws ValidationException if there are no decisions or they are about different subjects
   */
  public String toText(List<Decision> decisions) {
    String subject = check(decisions);
    StringBuilder text = new StringBuilder(title(decisions, subject)).append('\n');
    text.append(intro()).append('\n');
    for (Part part : parts(decisions)) {
      text.append('\n').append(part.heading()).append('\n');
      part.rated().ifPresent(r -> text.append(r).append('\n'));
      for (Item item : part.items()) {
        text.append("- ").append(item.indicator().in(locale)).append(item.who()).append(": ")
            .append(item.text()).append('\n');
      }
      text.append(part.overall()).append('\n');
    }
    return text.toString();
  }

  /**
   * Renders the feedback as a self-contained HTML5 document (inline style, no external request).
   *
   * @param decisions decisions about one child or family, for one or several measures
   * @return the HTML document, ending with a newline
   * @throws ValidationException if there are no decisions or they are about different subjects
   */
  public String toHtml(List<Decision> decisions) {
    String subject = check(decisions);
    String title = title(decisions, subject);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(title))
        .append("</h1>\n<p>").append(Html.escape(intro())).append("</p>\n");
    for (Part part : parts(decisions)) {
      html.append("<section>\n<h2>").append(Html.escape(part.heading())).append("</h2>\n");
      part.rated().ifPresent(r -> html.append("<p>").append(Html.escape(r)).append("</p>\n"));
      if (!part.items().isEmpty()) {
        html.append("<ul>\n");
        for (Item item : part.items()) {
          html.append("<li><strong>").append(Html.label(item.indicator(), locale))
              .append(Html.escape(item.who())).append("</strong>: ")
              .append(Html.escape(item.text())).append("</li>\n");
        }
        html.append("</ul>\n");
      }
      html.append("<p class=\"overall\">").append(Html.escape(part.overall()))
          .append("</p>\n</section>\n");
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String check(List<Decision> decisions) {
    if (decisions.isEmpty()) {
      throw new ValidationException(Problem.of(ProblemType.MISSING_VALUE,
          org.obaframework.core.Item.of("family feedback"), "decisions", "at least one decision about a child or family", "none"));
    }
    Set<String> subjects = new LinkedHashSet<>();
    decisions.forEach(d -> subjects.add(d.subject()));
    if (subjects.size() > 1) {
      throw new ValidationException(Problem.of(ProblemType.OUT_OF_RANGE,
          org.obaframework.core.Item.of("family feedback"), "decisions", "decisions about one child or family", "decisions about subjects "
              + String.join(", ", subjects)));
    }
    return subjects.iterator().next();
  }

  private static String title(List<Decision> decisions, String subject) {
    boolean family = decisions.stream().anyMatch(d -> d.unit() == CountingUnit.FAMILY
        || d.unit() == CountingUnit.ADULT || !d.unitId().equals(d.subject())
        && d.unit() != CountingUnit.EPISODE
        || d.changes().stream().anyMatch(c -> c.member().isPresent()));
    return "How things have changed: " + (family ? "family " : "") + subject;
  }

  private static String intro() {
    return "This is a summary of the ratings made during your support, to talk through "
        + "together. It says what was rated at the start and later, and what has changed. "
        + "Where something has not been looked at again yet, it says so.";
  }

  private List<Part> parts(List<Decision> decisions) {
    List<Part> parts = new ArrayList<>();
    for (Decision decision : decisions) {
      List<Item> items = new ArrayList<>();
      for (Trace.Person person : decision.trace().persons()) {
        for (Trace.Judgement judgement : person.indicators()) {
          judgement.change().ifPresent(change -> items.add(new Item(change.indicator().name(),
              who(decision, change), sentence(decision, change, judgement.verdict()))));
        }
      }
      Set<String> judged = new LinkedHashSet<>();
      decision.changes().forEach(c -> judged.add(c.indicator().code()));
      BetterOffMeasure measure = measures.get(decision.measure());
      if (measure != null) {
        for (String code : measure.indicators()) {
          Optional<Indicator> indicator = framework.indicator(code);
          if (!judged.contains(code) && indicator.isPresent()
              && decision.standing().isEligible()) {
            items.add(new Item(indicator.get().name(), "",
                "this has not been rated yet" + decision.rater().map(r -> " by "
                    + rater(r)).orElse("") + "."));
          }
        }
      }
      // Who rated matters only when there are ratings to show.
      parts.add(new Part(heading(decision), items.isEmpty() ? Optional.empty()
          : decision.rater().map(r -> "These ratings were made by " + rater(r) + "."),
          items, overall(decision)));
    }
    return parts;
  }

  private String heading(Decision decision) {
    String about = framework.measure(decision.measure()).map(PerformanceMeasure::name)
        .map(l -> l.in(locale))
        .or(() -> Optional.ofNullable(measures.get(decision.measure()))
            .map(m -> names(m.indicators())))
        .orElseGet(() -> {
          Set<String> codes = new LinkedHashSet<>();
          decision.changes().forEach(c -> codes.add(c.indicator().code()));
          return codes.isEmpty() ? "This part of the plan" : names(List.copyOf(codes));
        });
    boolean member = !decision.unitId().equals(decision.subject())
        && decision.unit() != CountingUnit.EPISODE;
    return about + (member ? ", for " + unitWord(decision.unit()) + decision.unitId() : "");
  }

  private String names(List<String> codes) {
    List<String> names = new ArrayList<>();
    for (String code : codes) {
      names.add(framework.indicator(code).map(i -> i.name().in(locale)).orElse(code));
    }
    return String.join(", ", names);
  }

  private static String unitWord(CountingUnit unit) {
    return switch (unit) {
      case ADULT -> "adult ";
      case FAMILY -> "family ";
      default -> "child ";
    };
  }

  /** Whom a change is about, when that is not the decision's own unit: " for child X". */
  private static String who(Decision decision, Change change) {
    if (change.member().isPresent()) {
      if (change.member().get().equals(decision.unitId())) {
        return "";
      }
      return (change.indicator().ratedAt() == RatedAt.ADULT ? " for adult " : " for child ")
          + change.member().get();
    }
    if (change.indicator().ratedAt() == RatedAt.FAMILY && decision.unit() != CountingUnit.FAMILY
        && decision.unit() != CountingUnit.EPISODE) {
      return " for the family";
    }
    return "";
  }

  private static String rater(Rater rater) {
    return switch (rater) {
      case PRACTITIONER -> "your practitioner";
      case CHILD_OR_YOUNG_PERSON -> "the child or young person";
      case PARENT_OR_CARER -> "a parent or carer";
      case JOINT -> "you and your practitioner together";
    };
  }

  private String sentence(Decision decision, Change change, BetterOffRule.Verdict verdict) {
    Indicator indicator = change.indicator();
    String start = change.startValue().map(v -> value(indicator, v)).orElse("");
    String end = change.endValue().map(v -> value(indicator, v)).orElse("");
    String startWhen = change.startDate().map(Html::month).orElse("");
    String endWhen = change.endDate().map(Html::month).orElse("");
    String atStart = "at the start (" + startWhen + ") it was " + start + ".";
    if (change.isPaired()) {
      // Whether the change met the rule is for a reader who knows the measure's aim.
      boolean known = measures.containsKey(decision.measure());
      boolean aimed = known && verdict == BetterOffRule.Verdict.BETTER_OFF;
      String movement = switch (change.outcome()) {
        case IMPROVED -> " This has got better" + amount(indicator, change) + ".";
        case DETERIORATED -> " This has got worse" + amount(indicator, change) + ".";
        // A level kept can be what a rule counts (reaching a level, kept): not an improvement.
        default -> aimed ? " This has stayed the same, at the level the plan is aiming for."
            : " This has stayed the same.";
      };
      String goal = "";
      if (known && change.outcome() == ChangeOutcome.IMPROVED) {
        goal = aimed
            ? " This is the change the plan was aiming for."
            : " It is a step forward, though not yet as much as the plan is aiming for.";
      }
      return atStart + " In " + endWhen + " it was " + end + "." + movement + goal;
    }
    UnpairedReason reason = change.reason().orElseThrow();
    return switch (reason) {
      case NO_BASELINE -> "there is no rating from the start of support yet, so we cannot say "
          + "how it has changed.";
      case BASELINE_NOT_APPLICABLE -> "this did not apply at the start of support.";
      case BASELINE_NOT_ASSESSED -> "this was not looked at at the start of support, so we "
          + "cannot say how it has changed.";
      case EPISODE_OPEN -> atStart + " Support is still going on: this will be looked at "
          + "again when it ends.";
      case NO_CLOSURE_REVIEW -> atStart + " It was not reviewed again when support ended, so "
          + "we cannot say how it has changed.";
      case NO_LATER_REVIEW -> atStart + " It has not been reviewed again yet.";
      case NO_REVIEW_IN_PERIOD -> atStart + " It has not been reviewed again in this period "
          + "yet.";
      case LATER_NOT_APPLICABLE -> atStart + " By " + endWhen + " it no longer applied.";
      case LATER_NOT_ASSESSED -> atStart + " At the review in " + endWhen + " it was not "
          + "looked at, so we cannot say yet how it has changed.";
      case INTERVAL_TOO_SHORT -> atStart + " In " + endWhen + " it was " + end + ". These two "
          + "reviews were too close together to show a real change yet.";
    };
  }

  /** A value in the words of its scale: a level's label, yes or no, a number with its unit. */
  private String value(Indicator indicator, ScaleValue value) {
    Scale scale = indicator.scale();
    return scale.labelOf(value).map(label -> "\u201c" + label.in(locale) + "\u201d")
        .orElseGet(() -> scale instanceof NumericScale numeric
            && value instanceof ScaleValue.Numeric number
            ? quantity(number.value(), numeric.unit()) : value.toString());
  }

  private static String quantity(double number, String unit) {
    String text = Html.number(number);
    return unit.isEmpty() ? text : unit.equals("%") ? text + "%" : text + " " + unit;
  }

  private static String amount(Indicator indicator, Change change) {
    double difference = Math.abs(change.difference().orElse(0));
    if (indicator.scale() instanceof OrdinalScale) {
      return difference == 1 ? " by one step" : " by " + Html.number(difference) + " steps";
    }
    if (indicator.scale() instanceof NumericScale) {
      // A change of a percent is in percentage points: 68% to 88% is 20 percentage points,
      // not 20% (which would be a fifth more).
      String unit = ((NumericScale) indicator.scale()).unit();
      return " by " + (unit.equals("%") ? Html.number(difference)
          + (difference == 1 ? " percentage point" : " percentage points")
          : quantity(difference, unit));
    }
    return "";
  }

  private static String overall(Decision decision) {
    String start = "Overall: ";
    return switch (decision.standing()) {
      case BETTER_OFF -> decision.changes().stream()
          .anyMatch(c -> c.outcome() == ChangeOutcome.IMPROVED)
          ? start + "things have got better, in the way this part of the plan hoped for."
          : start + "things are where this part of the plan hoped they would be.";
      case NO_CHANGE, DETERIORATED -> start + "we have not yet seen the change this part of the "
          + "plan is aiming for. Change can take time, and this is something to talk about "
          + "together.";
      case NOT_PAIRED -> start + "it is too early to say, because "
          + (decision.changes().stream().allMatch(c -> c.startValue().isEmpty())
              ? "nothing has been rated for this yet." : "this has not been reviewed again yet.");
      case NOT_ELIGIBLE -> start + "this part of the plan is for people who needed help with "
          + "it at the start. That was not the case here, so there is no change to measure.";
      case EXCLUDED -> start + "this part of the plan was not counted here, because it did not "
          + "apply or support ended in a way it does not cover.";
    };
  }

  /** Returns the number of measures known; never a rated value. */
  @Override
  public String toString() {
    return "FamilyFeedback[" + framework.code() + ", " + measures.size() + " measures]";
  }
}

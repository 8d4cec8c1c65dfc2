package org.obaframework.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;

/**
 * A generated batch of records with the framework and as-of date it is valid against, kept as
 * lists so that a test can change one record before validating.
 *
 * @param parts the parts of the framework
 * @param framework the framework built from {@code parts}
 * @param asOf the as-of date of validation
 * @param subjects the subjects
 * @param episodes the episodes
 * @param reviews the reviews
 */
public record RecordSet(
    FrameworkParts parts,
    OutcomesFramework framework,
    LocalDate asOf,
    List<Subject> subjects,
    List<Episode> episodes,
    List<Review> reviews) {

  /** Copies the lists, so that a value never changes. */
  public RecordSet {
    subjects = List.copyOf(subjects);
    episodes = List.copyOf(episodes);
    reviews = List.copyOf(reviews);
  }

  /** Returns the batch. */
  public Records records() {
    return Records.of(subjects, episodes, reviews);
  }

  /** Returns a validator for the framework and as-of date. */
  public RecordValidator validator() {
    return RecordValidator.of(framework, asOf);
  }

  /** Returns the subject with the given id (the first, if there are two). */
  public Subject subject(String id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /** Returns the episode with the given id (the first, if there are two). */
  public Episode episode(String id) {
    return episodes.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  /** Returns the subject of an episode. */
  public Subject subjectOf(Episode episode) {
    return subject(episode.subject());
  }

  /** Returns the programme of an episode. */
  public Programme programmeOf(Episode episode) {
    return framework.programme(episode.programme()).orElseThrow();
  }

  /** Returns the reviews of an episode. */
  public List<Review> reviewsOf(Episode episode) {
    return reviews.stream().filter(r -> r.episode().equals(episode.id())).toList();
  }

  /** Returns a copy with other subjects. */
  public RecordSet withSubjects(List<Subject> items) {
    return new RecordSet(parts, framework, asOf, items, episodes, reviews);
  }

  /** Returns a copy with other episodes. */
  public RecordSet withEpisodes(List<Episode> items) {
    return new RecordSet(parts, framework, asOf, subjects, items, reviews);
  }

  /** Returns a copy with other reviews. */
  public RecordSet withReviews(List<Review> items) {
    return new RecordSet(parts, framework, asOf, subjects, episodes, items);
  }

  /** Returns the last day a review within an episode can have: its end, or the as-of date. */
  public LocalDate lastDayOf(Episode episode) {
    Optional<LocalDate> end = episode.end();
    return end.isPresent() && end.get().isBefore(asOf) ? end.get() : asOf;
  }

  /**
   * Returns every record in full, values included: the data are synthetic, and a failing example
   * must be readable.
   */
  @Override
  public String toString() {
    String nl = "\n    ";
    return "RecordSet[as of " + asOf + ", framework " + parts
        + nl + "subjects " + subjects.stream()
            .map(s -> s.id() + "(" + s.kind() + ", members "
                + s.members().stream().map(m -> m.id() + ":" + m.role()).toList()
                + ", attributes " + s.attributes().names() + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + nl + "episodes " + episodes.stream()
            .map(e -> e.id() + "(subject " + e.subject() + ", programme " + e.programme()
                + ", model " + e.deliveryModel().orElse("-") + ", " + e.start() + ".."
                + e.end().map(LocalDate::toString).orElse("open")
                + e.closureReason().map(c -> " " + c).orElse("")
                + ", outputs " + e.serviceOutputs() + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + nl + "reviews " + reviews.stream()
            .map(r -> r.id() + "(episode " + r.episode() + ", " + r.kind() + ", " + r.rater()
                + ", assessed " + r.assessedOn() + ", recorded " + r.recordedOn() + ", ratings "
                + r.ratings().stream()
                    .map(x -> x.indicator() + x.member().map(m -> "@" + m).orElse("") + "="
                        + x.value().map(Object::toString).orElse(x.status().toString()))
                    .toList()
                + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + "]";
  }
}

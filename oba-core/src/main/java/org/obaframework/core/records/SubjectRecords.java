package org.obaframework.core.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * One subject with all its episodes and their reviews: the unit that evaluation reads, one at a
 * time, from a list, a database cursor or a file.
 *
 * <p>Immutable and thread-safe. {@code toString} never prints attribute or rated values.
 */
public final class SubjectRecords {
  private final Subject subject;
  private final List<Episode> episodes;
  private final List<Review> reviews;
  private final @Nullable Map<String, List<Review>> reviewsByEpisode;

  private SubjectRecords(Subject subject, List<Episode> episodes, List<Review> reviews) {
    this.subject = subject;
    this.episodes = List.copyOf(episodes);
    this.reviews = List.copyOf(reviews);
    if (this.episodes.size() == 1) {
      // Most subjects have one episode, which every review is of (checked by of): no map.
      this.reviewsByEpisode = null;
    } else {
      Map<String, List<Review>> byEpisode = new HashMap<>();
      for (Review review : this.reviews) {
        byEpisode.computeIfAbsent(review.episode(), e -> new ArrayList<>()).add(review);
      }
      byEpisode.replaceAll((episode, list) -> Collections.unmodifiableList(list));
      this.reviewsByEpisode = byEpisode;
    }
  }

  /**
   * Groups a subject with its episodes and their reviews.
   *
   * @param subject the subject
   * @param episodes the subject's episodes
   * @param reviews the reviews of those episodes
   * @return the group
   * @throws ValidationException listing every episode of another subject and every review of an
   *     episode not in the group
   */
  public static SubjectRecords of(Subject subject, List<Episode> episodes, List<Review> reviews) {
    List<Problem> problems = new ArrayList<>();
    List<String> episodeIds = new ArrayList<>();
    for (Episode episode : episodes) {
      episodeIds.add(episode.id());
      if (!episode.subject().equals(subject.id())) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.EPISODE, episode.id()), "subject",
            "the group's subject " + Redaction.id(subject.id()),
            Redaction.id(episode.subject())));
      }
    }
    for (Review review : reviews) {
      if (!episodeIds.contains(review.episode())) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.REVIEW, review.id()), "episode",
            "an episode of subject " + Redaction.id(subject.id()) + ", " + Checks.oneOf(episodeIds),
            Redaction.id(review.episode())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new SubjectRecords(subject, episodes, reviews);
  }

  /**
   * Returns the subject.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the subject's episodes.
   *
   * @return the episodes, in the order given
   */
  public List<Episode> episodes() {
    return episodes;
  }

  /**
   * Returns all reviews of the subject's episodes.
   *
   * @return the reviews, in the order given
   */
  public List<Review> reviews() {
    return reviews;
  }

  /**
   * Returns the episode with the given id.
   *
   * @param id an episode's id
   * @return the episode, or empty if the subject has none with that id
   */
  public Optional<Episode> episode(String id) {
    for (int i = 0; i < episodes.size(); i++) {
      Episode episode = episodes.get(i);
      if (episode.id().equals(id)) {
        return Optional.of(episode);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the reviews of one episode.
   *
   * @param episodeId the episode's id
   * @return the reviews, in the order given; empty if there are none
   */
  public List<Review> reviewsOf(String episodeId) {
    if (reviewsByEpisode == null) {
      return episodes.get(0).id().equals(episodeId) ? reviews : List.of();
    }
    return reviewsByEpisode.getOrDefault(episodeId, List.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectRecords
        && subject.equals(((SubjectRecords) other).subject)
        && episodes.equals(((SubjectRecords) other).episodes)
        && reviews.equals(((SubjectRecords) other).reviews);
  }

  @Override
  public int hashCode() {
    return (subject.hashCode() * 31 + episodes.hashCode()) * 31 + reviews.hashCode();
  }

  /** Returns the subject's id and the counts of episodes and reviews. */
  @Override
  public String toString() {
    return "SubjectRecords[" + subject.id() + ": " + Checks.count(episodes.size(), "episode")
        + ", " + Checks.count(reviews.size(), "review") + "]";
  }
}

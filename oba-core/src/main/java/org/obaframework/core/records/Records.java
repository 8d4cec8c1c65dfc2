package org.obaframework.core.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A batch of records: subjects, episodes and reviews, as a host system or a file holds them.
 *
 * <pre>{@code
 * Records records = Records.of(subjects, episodes, reviews);
 * List<Problem> problems = RecordValidator.of(framework, asOf).validate(records);
 * records.groups().forEach(group -> ...);
 * }</pre>
 *
 * <p>Creating a batch checks nothing; {@link RecordValidator} finds every problem. Immutable and
 * thread-safe.
 */
public final class Records {
  private final List<Subject> subjects;
  private final List<Episode> episodes;
  private final List<Review> reviews;

  private Records(List<Subject> subjects, List<Episode> episodes, List<Review> reviews) {
    this.subjects = List.copyOf(subjects);
    this.episodes = List.copyOf(episodes);
    this.reviews = List.copyOf(reviews);
  }

  /**
   * Returns a batch of records.
   *
   * @param subjects the subjects
   * @param episodes the episodes
   * @param reviews the reviews
   * @return the batch
   */
  public static Records of(List<Subject> subjects, List<Episode> episodes, List<Review> reviews) {
    return new Records(subjects, episodes, reviews);
  }

  /**
   * Returns the subjects.
   *
   * @return the subjects, in the order given
   */
  public List<Subject> subjects() {
    return subjects;
  }

  /**
   * Returns the episodes.
   *
   * @return the episodes, in the order given
   */
  public List<Episode> episodes() {
    return episodes;
  }

  /**
   * Returns the reviews.
   *
   * @return the reviews, in the order given
   */
  public List<Review> reviews() {
    return reviews;
  }

  /**
   * Returns the records grouped by subject, in the order of the subjects.
   *
   * @return one group per subject
   * @throws ValidationException if an id of a subject, episode or review is used twice, an
   *     episode names a subject not in the batch, or a review names an episode not in the batch:
   *     no record is dropped silently
   */
  public Stream<SubjectRecords> groups() {
    Grouping grouping = group();
    if (!grouping.problems.isEmpty()) {
      throw new ValidationException(grouping.problems);
    }
    return grouping.groups.stream();
  }

  /** The groups that can be formed, and the problems that keep records out of any group. */
  static final class Grouping {
    final List<SubjectRecords> groups = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
  }

  Grouping group() {
    Grouping grouping = new Grouping();
    Map<String, Subject> byId = new LinkedHashMap<>();
    for (Subject subject : subjects) {
      if (byId.putIfAbsent(subject.id(), subject) != null) {
        grouping.problems.add(Checks.duplicate("subject", subject.id()));
      }
    }
    Map<String, List<Episode>> episodesBySubject = new HashMap<>();
    Map<String, String> subjectOfEpisode = new HashMap<>();
    Set<String> episodeIds = new HashSet<>();
    Map<String, Integer> orphans = new LinkedHashMap<>();
    Map<String, String> subjectOfOrphan = new HashMap<>();
    for (Episode episode : episodes) {
      if (!episodeIds.add(episode.id())) {
        grouping.problems.add(Checks.duplicate("episode", episode.id()));
      } else if (!byId.containsKey(episode.subject())) {
        orphans.put(episode.id(), 0);
        subjectOfOrphan.put(episode.id(), episode.subject());
      } else {
        subjectOfEpisode.put(episode.id(), episode.subject());
        episodesBySubject.computeIfAbsent(episode.subject(), s -> new ArrayList<>()).add(episode);
      }
    }
    Map<String, List<Review>> reviewsBySubject = new HashMap<>();
    Set<String> reviewIds = new HashSet<>();
    for (Review review : reviews) {
      String subject = subjectOfEpisode.get(review.episode());
      if (!reviewIds.add(review.id())) {
        grouping.problems.add(Checks.duplicate("review", review.id()));
      } else if (orphans.containsKey(review.episode())) {
        // Its episode's problem already says why: count it there rather than call it unknown.
        orphans.merge(review.episode(), 1, Integer::sum);
      } else if (subject == null) {
        grouping.problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.REVIEW, review.id()), "episode", "an episode of the batch",
            Redaction.id(review.episode())));
      } else {
        reviewsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(review);
      }
    }
    orphans.forEach((episode, reviewCount) -> grouping.problems.add(Problem.of(
        ProblemType.UNKNOWN_REFERENCE, Item.of(Item.EPISODE, episode), "subject",
        "a subject of the batch",
        Redaction.id(subjectOfOrphan.get(episode))
            + (reviewCount == 0 ? "" : reviewCount == 1 ? " (its review is left unchecked)"
                : " (its " + reviewCount + " reviews are left unchecked)"))));
    for (Subject subject : byId.values()) {
      grouping.groups.add(SubjectRecords.of(subject,
          episodesBySubject.getOrDefault(subject.id(), List.of()),
          reviewsBySubject.getOrDefault(subject.id(), List.of())));
    }
    return grouping;
  }

  /** Returns the counts of subjects, episodes and reviews. */
  @Override
  public String toString() {
    return "Records[" + Checks.count(subjects.size(), "subject") + ", "
        + Checks.count(episodes.size(), "episode") + ", "
        + Checks.count(reviews.size(), "review") + "]";
  }
}

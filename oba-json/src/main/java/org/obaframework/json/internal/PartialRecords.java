package org.obaframework.json.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;

/**
 * The records of a document with problems that can still be checked against a framework, so that
 * every problem of the document is reported at once: those of every subject none of whose
 * records was left out for a problem of its own. A subject with a record left out (itself, an
 * episode, or a review of one of its episodes) is not checked further, since its checks would
 * only echo what is missing (a dangling reference, a review before a baseline left out).
 */
public final class PartialRecords {
  private PartialRecords() {}

  /**
   * Returns the records read that can be checked.
   *
   * @param root the document's tree
   * @param read the records read from it, those with a problem left out
   * @return the records of the subjects with nothing left out, and the episodes and reviews
   *     that refer to no subject or episode left out
   */
  public static Records checkable(Located root, Records read) {
    Set<String> subjects = new HashSet<>();
    read.subjects().forEach(s -> subjects.add(s.id()));
    Set<String> episodes = new HashSet<>();
    read.episodes().forEach(e -> episodes.add(e.id()));
    Set<String> reviews = new HashSet<>();
    read.reviews().forEach(r -> reviews.add(r.id()));
    // Each episode's subject, as the document writes it, read or not.
    Map<String, String> subjectOf = new HashMap<>();
    for (Located episode : items(root, "episodes")) {
      String id = text(episode, "id");
      String subject = text(episode, "subject");
      if (id != null && subject != null) {
        subjectOf.putIfAbsent(id, subject);
      }
    }
    Set<String> tainted = new HashSet<>();
    Set<String> lostEpisodes = new HashSet<>();
    for (Located subject : items(root, "subjects")) {
      String id = text(subject, "id");
      if (id != null && !subjects.contains(id)) {
        tainted.add(id);
      }
    }
    for (Located episode : items(root, "episodes")) {
      String id = text(episode, "id");
      if (id != null && !episodes.contains(id)) {
        lostEpisodes.add(id);
        taint(tainted, text(episode, "subject"));
      }
    }
    for (Located review : items(root, "reviews")) {
      String id = text(review, "id");
      if (id != null && !reviews.contains(id)) {
        String episode = text(review, "episode");
        taint(tainted, episode == null ? null : subjectOf.get(episode));
      }
    }
    List<Subject> keptSubjects = read.subjects().stream()
        .filter(s -> !tainted.contains(s.id())).toList();
    List<Episode> keptEpisodes = read.episodes().stream()
        .filter(e -> !tainted.contains(e.subject())).toList();
    List<Review> keptReviews = read.reviews().stream()
        .filter(r -> !lostEpisodes.contains(r.episode())
            && !tainted.contains(subjectOf.getOrDefault(r.episode(), "")))
        .toList();
    return Records.of(keptSubjects, keptEpisodes, keptReviews);
  }

  private static void taint(Set<String> tainted, @Nullable String subject) {
    if (subject != null) {
      tainted.add(subject);
    }
  }

  private static List<Located> items(Located root, String field) {
    Located array = root.field(field);
    return array == null ? List.of() : array.items();
  }

  private static @Nullable String text(Located item, String field) {
    Located value = item.kind() == Located.Kind.OBJECT ? item.field(field) : null;
    return value != null && value.kind() == Located.Kind.STRING ? value.text() : null;
  }
}

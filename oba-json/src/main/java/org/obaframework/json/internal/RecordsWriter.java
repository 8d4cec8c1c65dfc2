package org.obaframework.json.internal;

import static org.obaframework.json.internal.RecordsFields.*;

import java.util.List;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;

/** Writes the records document and records NDJSON lines; stateless and thread-safe. */
public final class RecordsWriter {
  private RecordsWriter() {}

  /**
   * Writes a batch of records as one document.
   *
   * @param records the batch
   * @return the document, ending with a newline
   */
  public static String write(Records records) {
    JsonText out = new JsonText().beginObject();
    out.name(FORMAT).value(FORMAT_VERSION);
    out.name(SUBJECTS).beginArray();
    records.subjects().forEach(s -> subject(out.beginObject(), s, false));
    out.endArray();
    out.name(EPISODES).beginArray();
    records.episodes().forEach(e -> episode(out.beginObject(), e, false));
    out.endArray();
    out.name(REVIEWS).beginArray();
    records.reviews().forEach(r -> review(out.beginObject(), r, false));
    out.endArray();
    return out.endObject().finish();
  }

  /**
   * Writes the header line of records NDJSON.
   *
   * @return the line, ending with a newline
   */
  public static String header() {
    return new JsonText(true).beginObject().name(FORMAT).value(FORMAT_VERSION).endObject()
        .finish();
  }

  /**
   * Writes a subject as one NDJSON line.
   *
   * @param subject the subject
   * @return the line, ending with a newline
   */
  public static String line(Subject subject) {
    JsonText out = new JsonText(true).beginObject();
    subject(out, subject, true);
    return out.finish();
  }

  /**
   * Writes an episode as one NDJSON line.
   *
   * @param episode the episode
   * @return the line, ending with a newline
   */
  public static String line(Episode episode) {
    JsonText out = new JsonText(true).beginObject();
    episode(out, episode, true);
    return out.finish();
  }

  /**
   * Writes a review as one NDJSON line.
   *
   * @param review the review
   * @return the line, ending with a newline
   */
  public static String line(Review review) {
    JsonText out = new JsonText(true).beginObject();
    review(out, review, true);
    return out.finish();
  }

  private static void subject(JsonText out, Subject subject, boolean typed) {
    if (typed) {
      out.name(TYPE).value(SUBJECT);
    }
    out.name(ID).value(subject.id());
    out.name(KIND).value(subject.kind().name());
    attributes(out.name(ATTRIBUTES), subject.attributes());
    out.name(MEMBERS).beginArray();
    for (Member member : subject.members()) {
      out.beginObject();
      out.name(ID).value(member.id());
      out.name(ROLE).value(member.role().name());
      attributes(out.name(ATTRIBUTES), member.attributes());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  private static void attributes(JsonText out, Attributes attributes) {
    out.beginObject();
    for (String name : attributes.names()) {
      out.name(name).beginArray();
      for (Attributes.Change change : attributes.history(name)) {
        out.beginObject();
        out.name(VALUE).value(change.value());
        change.from().ifPresent(from -> out.name(FROM).value(from.toString()));
        out.endObject();
      }
      out.endArray();
    }
    out.endObject();
  }

  private static void episode(JsonText out, Episode episode, boolean typed) {
    if (typed) {
      out.name(TYPE).value(EPISODE);
    }
    out.name(ID).value(episode.id());
    out.name(SUBJECT).value(episode.subject());
    out.name(PROGRAMME).value(episode.programme());
    out.name(LOCAL_AUTHORITY).value(episode.localAuthority());
    episode.deliveryModel().ifPresent(m -> out.name(DELIVERY_MODEL).value(m));
    out.name(START).value(episode.start().toString());
    episode.end().ifPresent(e -> out.name(END).value(e.toString()));
    episode.closureReason().ifPresent(c -> out.name(CLOSURE_REASON).value(c.name()));
    strings(out.name(SERVICE_OUTPUTS), List.copyOf(episode.serviceOutputs()));
    out.endObject();
  }

  private static void review(JsonText out, Review review, boolean typed) {
    if (typed) {
      out.name(TYPE).value(REVIEW);
    }
    out.name(ID).value(review.id());
    out.name(EPISODE).value(review.episode());
    out.name(KIND).value(review.kind().name());
    out.name(ASSESSED_ON).value(review.assessedOn().toString());
    out.name(RECORDED_ON).value(review.recordedOn().toString());
    out.name(RATER).value(review.rater().name());
    out.name(RATINGS).beginArray();
    for (Rating rating : review.ratings()) {
      out.beginObject();
      out.name(INDICATOR).value(rating.indicator());
      rating.member().ifPresent(m -> out.name(MEMBER).value(m));
      switch (rating.status()) {
        case RATED -> value(out.name(VALUE), rating.value().orElseThrow());
        default -> out.name(STATUS).value(rating.status().name());
      }
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  /** Writes a value on a scale: a flag's boolean, a level's code or a number; shared. */
  static void value(JsonText out, ScaleValue value) {
    if (value instanceof ScaleValue.Flag flag) {
      out.value(flag.yes());
    } else if (value instanceof ScaleValue.Level level) {
      out.value(level.code());
    } else {
      out.value(((ScaleValue.Numeric) value).value());
    }
  }

  private static void strings(JsonText out, List<String> values) {
    out.beginArray();
    values.forEach(out::value);
    out.endArray();
  }
}

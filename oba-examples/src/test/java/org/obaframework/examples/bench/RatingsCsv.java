package org.obaframework.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;

/**
 * Writes subjects' records as the flat CSV of ratings a statistician would load into DuckDB: one
 * row per rating, with the review, episode and subject it belongs to repeated on every row.
 *
 * <p>Columns, in order ({@link #HEADER}; RFC 4180, comma-separated, {@code \n} line ends, no
 * quoting needed: oba-core validates ids, codes and level codes as letters, digits, {@code .},
 * {@code _} and {@code -}, and dates, enum names and numbers hold no comma or quote):
 *
 * <ol>
 *   <li>{@code subject}: the subject's pseudonymous id, e.g. {@code C-0000042};
 *   <li>{@code local_authority}: the episode's local authority, e.g. {@code LA-07};
 *   <li>{@code episode}: the episode's id;
 *   <li>{@code episode_start}: the episode's first day, ISO {@code yyyy-mm-dd};
 *   <li>{@code episode_end}: its last day, or empty while it is open;
 *   <li>{@code review}: the review's id;
 *   <li>{@code kind}: {@code BASELINE}, {@code REVIEW}, {@code CLOSURE} or {@code FOLLOW_UP};
 *   <li>{@code assessed_on}: the day the review was assessed, ISO;
 *   <li>{@code rater}: {@code PRACTITIONER}, {@code CHILD}, {@code PARENT_CARER} or {@code JOINT};
 *   <li>{@code indicator}: the indicator's code;
 *   <li>{@code status}: {@code RATED}, {@code NOT_APPLICABLE} or {@code NOT_ASSESSED};
 *   <li>{@code value}: the canonical text of the rated value ({@code ScaleValue.toString()}: a
 *       level's code, a number, or {@code yes}/{@code no}); empty unless rated.
 * </ol>
 *
 * <p>Writing is streaming: one subject's records at a time. The generated records have one
 * programme, no family members and a recorded-on date equal to the assessed-on date, so those
 * fields are left out. Not thread-safe: one writer per file.
 */
public final class RatingsCsv {
  /** The header line, without its line end. */
  public static final String HEADER = "subject,local_authority,episode,episode_start,episode_end,"
      + "review,kind,assessed_on,rater,indicator,status,value";
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(HEADER.split(","));

  private final Writer writer;
  private final StringBuilder line = new StringBuilder(128);
  private long rows;

  /**
   * Starts a CSV on a writer and writes its header.
   *
   * @param writer where the lines go; not closed by this class
   */
  public RatingsCsv(Writer writer) {
    this.writer = writer;
    append(HEADER);
  }

  /**
   * Writes one row per rating of a subject's reviews.
   *
   * @param group the subject's records
   * @throws UncheckedIOException if the writer fails
   * @throws IllegalArgumentException if a review names an episode the subject lacks
   */
  public void write(SubjectRecords group) {
    Map<String, Episode> episodes = new HashMap<>();
    for (Episode episode : group.episodes()) {
      episodes.put(episode.id(), episode);
    }
    String subject = group.subject().id();
    for (Review review : group.reviews()) {
      Episode episode = episodes.get(review.episode());
      if (episode == null) {
        throw new IllegalArgumentException("review " + review.id() + " of subject " + subject
            + ": expected an episode of the subject, found " + review.episode());
      }
      for (Rating rating : review.ratings()) {
        line.setLength(0);
        field(subject).field(episode.localAuthority())
            .field(episode.id()).field(episode.start().toString())
            .field(episode.end().map(Object::toString).orElse(""))
            .field(review.id()).field(review.kind().name())
            .field(review.assessedOn().toString()).field(review.rater().name())
            .field(rating.indicator()).field(rating.status().name());
        line.append(rating.value().map(Object::toString).orElse(""));
        append(line);
        rows++;
      }
    }
  }

  /**
   * Returns the number of rows written, not counting the header.
   *
   * @return the rows
   */
  public long rows() {
    return rows;
  }

  private RatingsCsv field(String text) {
    line.append(text).append(',');
    return this;
  }

  private void append(CharSequence text) {
    try {
      writer.append(text).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

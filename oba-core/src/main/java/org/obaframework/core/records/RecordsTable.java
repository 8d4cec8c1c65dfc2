package org.obaframework.core.records;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Many subjects' records held compactly, as columns, for an analyst who loads a large export once
 * and evaluates it many times: about a sixth of the heap of the same records as objects.
 *
 * <p>Each rating is one {@code int}, its place in a dictionary of the distinct ratings (an
 * indicator's code with its level, value or status: a few hundred in a large export); each
 * review is its date's place in a dictionary of dates, its kind, rater, episode and recording
 * delay as one place in a dictionary of such shapes, and where its ratings start; each episode
 * is its start's date and one place in a dictionary of the rest (programme, local authority,
 * delivery model, end, closure reason, service outputs); each subject one place in a dictionary
 * of kinds, attributes and members. Ids are kept as their UTF-8 bytes, one after another.
 *
 * <p>The table is evaluated by the same code as records held as objects: {@link #get(int)} and
 * {@link #stream()} make each subject's {@link SubjectRecords} when it is asked for, equal to the
 * one added, and drop it once the caller has done with it; so {@code
 * evaluation.evaluate(table.stream().parallel())} answers exactly as {@code
 * evaluation.evaluate(records.parallelStream())}. Immutable and thread-safe once built.
 */
public final class RecordsTable {
  private final int size;
  private final int[] firstEpisode;
  private final int[] firstReview;
  private final int[] subjectShape;
  private final int[] episodeShape;
  private final int[] episodeStart;
  private final int[] reviewShape;
  private final int[] reviewDate;
  private final int[] firstRating;
  private final int[] ratings;
  private final int[] idStart;
  private final byte[] idBytes;
  private final SubjectShape[] subjectShapes;
  private final EpisodeShape[] episodeShapes;
  private final ReviewShape[] reviewShapes;
  private final LocalDate[] dates;
  private final Rating[] ratingValues;

  /** A subject but for its id. */
  private record SubjectShape(SubjectKind kind, Attributes attributes, List<Member> members) {}

  /** An episode but for its id, subject and start. */
  private record EpisodeShape(String programme, String localAuthority,
      Optional<String> deliveryModel, Optional<LocalDate> end,
      Optional<ClosureReason> closureReason, Set<String> serviceOutputs) {}

  /**
   * A review but for its id, date and ratings: its episode's place among its subject's, and the
   * days from assessed to recorded.
   */
  private record ReviewShape(int episode, ReviewKind kind, Rater rater, long recordedAfter) {}

  private RecordsTable(Builder builder) {
    size = builder.size;
    firstEpisode = Arrays.copyOf(builder.firstEpisode, size + 1);
    firstReview = Arrays.copyOf(builder.firstReview, size + 1);
    subjectShape = Arrays.copyOf(builder.subjectShape, size);
    int episodes = firstEpisode[size];
    episodeShape = Arrays.copyOf(builder.episodeShape, episodes);
    episodeStart = Arrays.copyOf(builder.episodeStart, episodes);
    int reviews = firstReview[size];
    reviewShape = Arrays.copyOf(builder.reviewShape, reviews);
    reviewDate = Arrays.copyOf(builder.reviewDate, reviews);
    firstRating = Arrays.copyOf(builder.firstRating, reviews + 1);
    ratings = Arrays.copyOf(builder.ratings, firstRating[reviews]);
    idStart = Arrays.copyOf(builder.idStart, builder.ids + 1);
    idBytes = Arrays.copyOf(builder.idBytes, idStart[builder.ids]);
    subjectShapes = builder.subjectShapes.keys(new SubjectShape[0]);
    episodeShapes = builder.episodeShapes.keys(new EpisodeShape[0]);
    reviewShapes = builder.reviewShapes.keys(new ReviewShape[0]);
    dates = builder.dates.keys(new LocalDate[0]);
    ratingValues = builder.ratingValues.keys(new Rating[0]);
  }

  /**
   * Returns a builder of a table.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a table of the subjects of a stream, in its order.
   *
   * @param subjects the subjects (the stream is consumed in order)
   * @return the table
   */
  public static RecordsTable of(Stream<SubjectRecords> subjects) {
    Builder builder = builder();
    subjects.forEachOrdered(builder::add);
    return builder.build();
  }

  /**
   * Returns how many subjects the table holds.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Returns how many ratings the table holds.
   *
   * @return the count
   */
  public long ratings() {
    return ratings.length;
  }

  /**
   * Returns the records of the subject at an index, made now: equal to the records added there.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return the records
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public SubjectRecords get(int index) {
    Objects.checkIndex(index, size);
    int e0 = firstEpisode[index];
    int e1 = firstEpisode[index + 1];
    int r0 = firstReview[index];
    int r1 = firstReview[index + 1];
    int id = index + e0 + r0;
    String subjectId = id(id++);
    SubjectShape shape = subjectShapes[subjectShape[index]];
    Subject subject = Subject.builder().id(subjectId).kind(shape.kind())
        .attributes(shape.attributes()).members(shape.members()).build();
    List<Episode> episodes = new ArrayList<>(e1 - e0);
    String[] episodeIds = new String[e1 - e0];
    for (int e = e0; e < e1; e++) {
      EpisodeShape episode = episodeShapes[episodeShape[e]];
      episodeIds[e - e0] = id(id++);
      episodes.add(Episode.builder().id(episodeIds[e - e0]).subject(subjectId)
          .programme(episode.programme()).localAuthority(episode.localAuthority())
          .deliveryModel(episode.deliveryModel()).start(dates[episodeStart[e]])
          .end(episode.end()).closureReason(episode.closureReason())
          .serviceOutputs(episode.serviceOutputs()).build());
    }
    List<Review> reviews = new ArrayList<>(r1 - r0);
    for (int r = r0; r < r1; r++) {
      ReviewShape review = reviewShapes[reviewShape[r]];
      LocalDate assessed = dates[reviewDate[r]];
      Rating[] rated = new Rating[firstRating[r + 1] - firstRating[r]];
      for (int k = 0; k < rated.length; k++) {
        rated[k] = ratingValues[ratings[firstRating[r] + k]];
      }
      reviews.add(Review.builder().id(id(id++)).episode(episodeIds[review.episode()])
          .kind(review.kind()).rater(review.rater()).assessedOn(assessed)
          .recordedOn(review.recordedAfter() == 0 ? assessed
              : assessed.plusDays(review.recordedAfter()))
          .addRatings(rated).build());
    }
    return SubjectRecords.of(subject, episodes, reviews);
  }

  /**
   * Returns the subjects in the table's order, each made when the stream reaches it; the stream
   * splits evenly for {@code parallel()}.
   *
   * @return the stream
   */
  public Stream<SubjectRecords> stream() {
    return IntStream.range(0, size).mapToObj(this::get);
  }

  private String id(int index) {
    return new String(idBytes, idStart[index], idStart[index + 1] - idStart[index],
        StandardCharsets.UTF_8);
  }

  /** Values numbered in the order first added. Not thread-safe. */
  private static final class Dictionary<T> {
    private final Map<T, Integer> numbers = new HashMap<>();
    private final List<T> keys = new ArrayList<>();

    int number(T key) {
      Integer number = numbers.get(key);
      if (number == null) {
        number = keys.size();
        numbers.put(key, number);
        keys.add(key);
      }
      return number;
    }

    T[] keys(T[] empty) {
      return keys.toArray(empty);
    }
  }

  /** Adds subjects to a table, in order. Not thread-safe. */
  public static final class Builder {
    private int size;
    private int[] firstEpisode = new int[1024];
    private int[] firstReview = new int[1024];
    private int[] subjectShape = new int[1024];
    private int[] episodeShape = new int[1024];
    private int[] episodeStart = new int[1024];
    private int[] reviewShape = new int[1024];
    private int[] reviewDate = new int[1024];
    private int[] firstRating = new int[1024];
    private int[] ratings = new int[8192];
    private int ids;
    private int[] idStart = new int[1024];
    private byte[] idBytes = new byte[16384];
    private final Dictionary<SubjectShape> subjectShapes = new Dictionary<>();
    private final Dictionary<EpisodeShape> episodeShapes = new Dictionary<>();
    private final Dictionary<ReviewShape> reviewShapes = new Dictionary<>();
    private final Dictionary<LocalDate> dates = new Dictionary<>();
    private final Dictionary<Rating> ratingValues = new Dictionary<>();
    private boolean built;

    private Builder() {}

    /**
     * Adds a subject's records.
     *
     * @param records the records
     * @return this builder
     * @throws IllegalStateException if the table has been built, or it would hold more than
     *     {@link Integer#MAX_VALUE} ratings or bytes of ids
     */
    public Builder add(SubjectRecords records) {
      if (built) {
        throw new IllegalStateException("expected a table not yet built, found one built");
      }
      int episodes = firstEpisode[size];
      int reviews = firstReview[size];
      subjectShape = ensure(subjectShape, size + 1);
      firstEpisode = ensure(firstEpisode, size + 2);
      firstReview = ensure(firstReview, size + 2);
      Subject subject = records.subject();
      subjectShape[size] = subjectShapes.number(new SubjectShape(subject.kind(),
          subject.attributes(), subject.members()));
      addId(subject.id());
      List<Episode> episodeList = records.episodes();
      List<String> episodeIds = new ArrayList<>(episodeList.size());
      for (Episode episode : episodeList) {
        episodeShape = ensure(episodeShape, episodes + 1);
        episodeStart = ensure(episodeStart, episodes + 1);
        episodeShape[episodes] = episodeShapes.number(new EpisodeShape(episode.programme(),
            episode.localAuthority(), episode.deliveryModel(), episode.end(),
            episode.closureReason(), episode.serviceOutputs()));
        episodeStart[episodes] = dates.number(episode.start());
        episodeIds.add(episode.id());
        addId(episode.id());
        episodes++;
      }
      for (Review review : records.reviews()) {
        reviewShape = ensure(reviewShape, reviews + 1);
        reviewDate = ensure(reviewDate, reviews + 1);
        firstRating = ensure(firstRating, reviews + 2);
        reviewShape[reviews] = reviewShapes.number(new ReviewShape(
            episodeIds.indexOf(review.episode()), review.kind(), review.rater(),
            ChronoUnit.DAYS.between(review.assessedOn(), review.recordedOn())));
        reviewDate[reviews] = dates.number(review.assessedOn());
        int at = firstRating[reviews];
        List<Rating> rated = review.ratings();
        if ((long) at + rated.size() > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("expected at most " + (Integer.MAX_VALUE - 8)
              + " ratings in a table, found more");
        }
        ratings = ensure(ratings, at + rated.size());
        for (int k = 0; k < rated.size(); k++) {
          ratings[at + k] = ratingValues.number(rated.get(k));
        }
        firstRating[reviews + 1] = at + rated.size();
        addId(review.id());
        reviews++;
      }
      size++;
      firstEpisode[size] = episodes;
      firstReview[size] = reviews;
      return this;
    }

    private void addId(String id) {
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      idStart = ensure(idStart, ids + 2);
      int at = idStart[ids];
      if ((long) at + bytes.length > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("expected at most " + (Integer.MAX_VALUE - 8)
            + " bytes of ids in a table, found more");
      }
      if (at + bytes.length > idBytes.length) {
        idBytes = Arrays.copyOf(idBytes, (int) Math.min(Integer.MAX_VALUE - 8,
            Math.max(2L * idBytes.length, (long) at + bytes.length)));
      }
      System.arraycopy(bytes, 0, idBytes, at, bytes.length);
      ids++;
      idStart[ids] = at + bytes.length;
    }

    private static int[] ensure(int[] array, int length) {
      if (length <= array.length) {
        return array;
      }
      return Arrays.copyOf(array, (int) Math.min(Integer.MAX_VALUE - 8,
          Math.max(length, array.length + (array.length >> 1))));
    }

    /**
     * Builds the table; the builder cannot be used after.
     *
     * @return the table
     */
    public RecordsTable build() {
      built = true;
      return new RecordsTable(this);
    }
  }
}

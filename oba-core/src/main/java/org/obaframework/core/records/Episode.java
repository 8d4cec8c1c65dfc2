package org.obaframework.core.records;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.internal.Checks;

/**
 * An episode: a subject's time in a programme, from its start to its end (if it has ended).
 *
 * <pre>{@code
 * Episode episode = Episode.builder()
 *     .id("E-0001").subject("F-0001").programme("IFS").localAuthority("LA-1")
 *     .deliveryModel("RESIDENTIAL")
 *     .start(LocalDate.of(2025, 4, 7)).end(LocalDate.of(2026, 3, 20))
 *     .closureReason(ClosureReason.PLANNED)
 *     .addServiceOutputs("RES-SUPPORT")
 *     .build();
 * }</pre>
 *
 * <p>The builder checks the ids and codes, that the end is not before the start, and that only an
 * ended episode has a closure reason. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Episode {
  Episode() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the episode's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the subject.
   *
   * @return the subject's id
   */
  public abstract String subject();

  /**
   * Returns the code of the programme.
   *
   * @return the programme's code
   */
  public abstract String programme();

  /**
   * Returns the code of the local authority the episode is delivered in.
   *
   * @return the local authority's code
   */
  public abstract String localAuthority();

  /**
   * Returns the code of the programme's delivery model used, if the programme has several.
   *
   * @return the delivery model's code
   */
  public abstract Optional<String> deliveryModel();

  /**
   * Returns the first day of the episode.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the episode, if it has ended.
   *
   * @return the end date
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns why the episode ended, if it has ended and the reason is known.
   *
   * @return the closure reason
   */
  public abstract Optional<ClosureReason> closureReason();

  /**
   * Returns the codes of the service outputs given in the episode, such as residential support.
   *
   * @return the codes
   */
  public abstract Set<String> serviceOutputs();

  /**
   * Tells whether the episode is open on a date: started on or before it and not ended before it.
   *
   * @param date the date
   * @return true if the episode is open that day
   */
  public boolean isOpenOn(LocalDate date) {
    return !start().isAfter(date) && end().map(e -> !e.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.id(Item.of(Item.EPISODE), "id", id());
    Item location = Item.of(Item.EPISODE, id());
    Checks.id(location, "subject", subject());
    Checks.code(location, "programme", programme());
    Checks.code(location, "localAuthority", localAuthority());
    deliveryModel().ifPresent(m -> Checks.code(location, "deliveryModel", m));
    int i = 0;
    for (String output : serviceOutputs()) {
      Checks.code(location, "serviceOutputs[" + i++ + "]", output);
    }
    if (end().isPresent() && end().get().isBefore(start())) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, location, "end",
          "a date on or after the start", Redaction.date(end().get(), start(), "the start"));
    }
    if (end().isEmpty() && closureReason().isPresent()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, location, "end",
          "an end date, since the episode has a closure reason", "none");
    }
  }

  /** Returns the id, subject, programme and dates; never the local authority or other details. */
  @Override
  public String toString() {
    return "Episode[" + id() + " of " + subject() + " in " + programme() + ", " + start() + " to "
        + end().map(LocalDate::toString).orElse("open") + "]";
  }

  /** Builds an episode; not thread-safe. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }
}

package org.obaframework.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The item a {@link Problem} is about, as data: its kind (such as {@code review}), its id or
 * code when it has one, and the item it belongs to, such as the episode of a review.
 *
 * <pre>{@code
 * Item review = Item.of(Item.REVIEW, "R-17").partOf(Item.of(Item.EPISODE, "E-4"));
 * review.toString();              // review 'R-17' of episode 'E-4'
 * review.find(Item.EPISODE);      // Optional[episode 'E-4']
 * Item.of("ordinal scale");       // a value with no id: ordinal scale
 * }</pre>
 *
 * <p>A reader of a document places a problem by looking its item up (kind and id to a JSON
 * Pointer, line and column), never by reading the message. The id is kept whole; its text in
 * {@link #toString()} follows the {@link Redaction} rule (a pseudonymous id or a code is quoted,
 * anything else described). Immutable and thread-safe.
 */
public final class Item implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A child or family: {@code subject 'C-1'}. */
  public static final String SUBJECT = "subject";
  /** A member of a family: {@code member 'F-1-C1'}. */
  public static final String MEMBER = "member";
  /** An episode: {@code episode 'E-1'}. */
  public static final String EPISODE = "episode";
  /** A review: {@code review 'R-1'}. */
  public static final String REVIEW = "review";
  /** An outcomes framework: {@code framework 'AfC'}. */
  public static final String FRAMEWORK = "framework";
  /** An indicator of a framework. */
  public static final String INDICATOR = "indicator";
  /** A service area of a framework. */
  public static final String SERVICE_AREA = "service area";
  /** A programme of a framework. */
  public static final String PROGRAMME = "programme";
  /** A performance measure of a framework. */
  public static final String PERFORMANCE_MEASURE = "performance measure";
  /** A service output of a framework. */
  public static final String SERVICE_OUTPUT = "service output";
  /** An external outcomes framework. */
  public static final String EXTERNAL_FRAMEWORK = "external framework";
  /** A computable measure (count, process, better off, profile, transition). */
  public static final String MEASURE = "measure definition";
  /** A better-off measure. */
  public static final String BETTER_OFF_MEASURE = "better-off measure";
  /** A better-off rule, named by its description, for an indicator. */
  public static final String RULE = "better-off rule";
  /** A baseline condition of eligibility, named by its description. */
  public static final String CONDITION = "baseline condition";
  /** A whole document, or a part of it no item of oba names. */
  public static final String DOCUMENT = "document";

  /** How an item is written with the one it belongs to. */
  private enum Relation {
    /** {@code outer, this}: the whole of this item's own chain inside the outer item. */
    WITHIN,
    /** {@code this of outer}. */
    PART_OF,
    /** {@code this for outer}. */
    FOR,
    /** {@code this -> 'outer'}: a link to the outer item, named by its id alone. */
    TO
  }

  private final String kind;
  private final @Nullable String id;
  /** Whether the id is a name oba writes itself (a rule's description), shown as it is. */
  private final boolean named;
  /** A few words oba writes after the item, such as {@code as of 2026-03-31}; may be empty. */
  private final String note;
  private final @Nullable Item outer;
  private final Relation relation;

  private Item(String kind, @Nullable String id, boolean named, String note,
      @Nullable Item outer, Relation relation) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = id;
    this.named = named;
    this.note = note;
    this.outer = outer;
    this.relation = relation;
  }

  /**
   * Returns an item with an id or code, such as {@code Item.of(Item.REVIEW, "R-17")}. Its text
   * quotes the id under the {@link Redaction} rule. A text that breaks the syntax of ids is not
   * kept: the item has no id, and its text describes what was given, such as {@code subject (an
   * id of 10 characters with a space at position 5)}.
   *
   * @param kind the kind, such as {@link #REVIEW}
   * @param id the id or code
   * @return the item
   */
  public static Item of(String kind, String id) {
    Objects.requireNonNull(id, "id");
    // A text that breaks the syntax of ids may be a name: it is described, and not kept.
    return Redaction.isId(id) ? new Item(kind, id, false, "", null, Relation.WITHIN)
        : new Item(kind, null, false, "(" + Redaction.id(id) + ")", null, Relation.WITHIN);
  }

  /**
   * Returns an item named by a text oba writes itself from a definition, such as a better-off
   * rule by its description ({@code improved by at least 10}); the text is shown as it is, with
   * control characters escaped. Never for a text from a record.
   *
   * @param kind the kind, such as {@link #RULE}
   * @param name the name
   * @return the item
   */
  public static Item named(String kind, String name) {
    return new Item(kind, Objects.requireNonNull(name, "name"), true, "", null,
        Relation.WITHIN);
  }

  /**
   * Returns an item that has no id, such as a value being made ({@code "ordinal scale"}).
   *
   * @param kind what the item is
   * @return the item
   */
  public static Item of(String kind) {
    return new Item(kind, null, false, "", null, Relation.WITHIN);
  }

  /**
   * Returns a copy with a few words oba writes after the item, such as {@code as of
   * 2026-03-31}; never a text from a record.
   *
   * @param note the words
   * @return the item
   */
  public Item noting(String note) {
    return new Item(kind, id, named, Objects.requireNonNull(note, "note"), outer, relation);
  }

  /**
   * Returns this item as part of another, written {@code this of outer}: a review of an episode.
   *
   * @param outer the item this one belongs to
   * @return the item
   */
  public Item partOf(Item outer) {
    return append(outer, Relation.PART_OF);
  }

  /**
   * Returns this item as applied to another, written {@code this for outer}: a rule for an
   * indicator.
   *
   * @param outer the item this one applies to
   * @return the item
   */
  public Item applyingTo(Item outer) {
    return append(outer, Relation.FOR);
  }

  /**
   * Returns this item as a link to another, written {@code this -> 'id'}: a measure's
   * contribution to a result.
   *
   * @param outer the item linked to
   * @return the item
   */
  public Item linkedTo(Item outer) {
    return append(outer, Relation.TO);
  }

  /**
   * Returns this item placed inside another, written {@code outer, this}: an indicator of a
   * framework being built.
   *
   * @param outer the enclosing item
   * @return the item
   */
  public Item within(Item outer) {
    return append(outer, Relation.WITHIN);
  }

  /** This chain with {@code outer} joined at its far end by {@code relation}. */
  private Item append(Item outer, Relation relation) {
    Objects.requireNonNull(outer, "outer");
    return this.outer == null ? new Item(kind, id, named, note, outer, relation)
        : new Item(kind, id, named, note, this.outer.append(outer, relation), this.relation);
  }

  /**
   * Returns the kind, such as {@code "review"}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id or code, whole (never cut short).
   *
   * @return the id; empty for an item that has none
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the item this one belongs to.
   *
   * @return the outer item, if any
   */
  public Optional<Item> outer() {
    return Optional.ofNullable(outer);
  }

  /**
   * Finds the first item of a kind with an id, from this one outwards.
   *
   * @param kind the kind, such as {@link #EPISODE}
   * @return the item, if this one or an outer one is of the kind and has an id
   */
  public Optional<Item> find(String kind) {
    for (Item at = this; at != null; at = at.outer) {
      if (at.kind.equals(kind) && at.id != null) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether this item, or one it belongs to, has an id.
   *
   * @return whether some item of the chain is identified
   */
  public boolean isIdentified() {
    for (Item at = this; at != null; at = at.outer) {
      if (at.id != null) {
        return true;
      }
    }
    return false;
  }

  /** Writes the id, quoted under the redaction rule. */
  private String shownId() {
    return id == null ? "" : named ? Redaction.quote(id) : Redaction.id(id);
  }

  /** Writes this item alone: its kind, its id and its note. */
  private String alone() {
    return Redaction.escape(kind + (id == null ? "" : " " + shownId())
        + (note.isEmpty() ? "" : " " + note));
  }

  /**
   * Returns the item as a message names it: {@code review 'R-17' of episode 'E-4'}, {@code
   * framework 'AfC', indicator 'RISK'}; an id that breaks the syntax of ids is described, never
   * quoted, and control characters are escaped.
   */
  @Override
  public String toString() {
    // Items joined by "of", "for" or "->" read as one phrase; an item the phrase is within comes
    // first, then a comma.
    StringBuilder phrase = new StringBuilder(alone());
    Item at = this;
    while (at.outer != null && at.relation != Relation.WITHIN) {
      Item next = at.outer;
      switch (at.relation) {
        case PART_OF -> phrase.append(" of ").append(next.alone());
        case FOR -> phrase.append(" for ").append(next.alone());
        default -> phrase.append(" -> ").append(Redaction.escape(next.id == null ? next.kind
            : next.shownId()));
      }
      at = next;
    }
    return at.outer == null ? phrase.toString() : at.outer + ", " + phrase;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Item that && kind.equals(that.kind) && Objects.equals(id, that.id)
        && named == that.named && note.equals(that.note) && Objects.equals(outer, that.outer)
        && relation == that.relation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, named, note, outer, relation);
  }
}

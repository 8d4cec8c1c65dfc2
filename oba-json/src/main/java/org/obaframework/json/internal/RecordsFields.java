package org.obaframework.json.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;

/**
 * The fields of the records formats: the property names, and the one table of each object's
 * fields (its {@link Shape}), with how each is read and how the record is built from them, by
 * which {@link RecordsBinder} reads both the records document and each NDJSON line. A new field is
 * a row of its shape here and a step of the shape's builder, next to it.
 */
final class RecordsFields {
  /** The one format version this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  static final String FORMAT = "formatVersion";
  static final String SUBJECTS = "subjects";
  static final String EPISODES = "episodes";
  static final String REVIEWS = "reviews";

  static final String TYPE = "type";
  static final String SUBJECT = "subject";
  static final String EPISODE = "episode";
  static final String REVIEW = "review";

  static final String ID = "id";
  static final String KIND = "kind";
  static final String ATTRIBUTES = "attributes";
  static final String MEMBERS = "members";
  static final String ROLE = "role";
  static final String VALUE = "value";
  static final String FROM = "from";

  static final String PROGRAMME = "programme";
  static final String LOCAL_AUTHORITY = "localAuthority";
  static final String DELIVERY_MODEL = "deliveryModel";
  static final String START = "start";
  static final String END = "end";
  static final String CLOSURE_REASON = "closureReason";
  static final String SERVICE_OUTPUTS = "serviceOutputs";

  static final String ASSESSED_ON = "assessedOn";
  static final String RECORDED_ON = "recordedOn";
  static final String RATER = "rater";
  static final String RATINGS = "ratings";
  static final String INDICATOR = "indicator";
  static final String MEMBER = "member";
  static final String STATUS = "status";

  /** How a field's value is read. */
  enum Kind {
    /** A string. */
    STRING("a string"),
    /** A code, such as a programme's: a string, shared by the records read. */
    CODE("a string"),
    /** A date, a string written yyyy-mm-dd. */
    DATE("an ISO 8601 date, yyyy-mm-dd"),
    /** The name of one of the field's constants. */
    CONSTANT(""),
    /** An array of codes, each once. */
    CODES("an array of codes"),
    /** An object from attribute name to its history, oldest first. */
    ATTRIBUTES("an object from attribute name to its history"),
    /** An array of objects of the field's item shape. */
    LIST("an array"),
    /** A rating's value: true or false, a level's code or a number. */
    RATING_VALUE("a value (true or false, a level's code or a number) or a status"),
    /** The format version of a document or NDJSON file. */
    FORMAT("formatVersion " + FORMAT_VERSION),
    /** The type of record an NDJSON line holds. */
    TYPE("one of [subject, episode, review]");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    /** What a problem expects of a value of this kind, when it is missing. */
    String expected() {
      return expected;
    }
  }

  /** One property of an object: its name, how it is read and whether it must be there. */
  static final class Field {
    final String name;
    final char[] chars;
    final Kind kind;
    final boolean required;
    /** The constants a {@link Kind#CONSTANT} field names, and how a problem lists them. */
    final Enum<?>[] constants;
    final char[][] constantChars;
    final List<String> constantList;
    final String constantNames;
    /** The shape of a {@link Kind#LIST} field's items. */
    final @Nullable Shape items;

    private Field(String name, Kind kind, boolean required, Enum<?>[] constants,
        @Nullable Shape items) {
      this.name = name;
      this.chars = name.toCharArray();
      this.kind = kind;
      this.required = required;
      this.constants = constants;
      this.constantChars = Arrays.stream(constants).map(c -> c.name().toCharArray())
          .toArray(char[][]::new);
      this.constantList = Arrays.stream(constants).map(Enum::name).toList();
      this.constantNames = String.join(", ", constantList);
      this.items = items;
    }

    /** What a problem expects of the field, when it is missing. */
    String expected() {
      return kind == Kind.CONSTANT ? "one of [" + constantNames + "]" : kind.expected();
    }
  }

  /** The values of an object's fields, once read, for its shape's builder. */
  interface Values {
    /**
     * Returns a field's value.
     *
     * @param <T> its type
     * @param name the field's name, one of this class's constants
     * @return the value read, or null if the field is not there
     */
    <T> @Nullable T get(String name);

    /**
     * Returns a field's value, or what the builder takes when the field is left out.
     *
     * @param <T> its type
     * @param name the field's name, one of this class's constants
     * @param otherwise the value of a field that is not there
     * @return the value read, or {@code otherwise}
     */
    default <T> T get(String name, T otherwise) {
      T value = get(name);
      return value == null ? otherwise : value;
    }
  }

  /**
   * The fields of one kind of object, in the order they are written, and how it is built from
   * their values (with oba-core's factories, which check it).
   */
  static final class Shape {
    final String name;
    final char[] nameChars;
    final Field[] fields;
    /** The fields' names, and sorted as a problem of an unknown property lists them. */
    final List<String> names;
    final String known;
    final @Nullable Function<Values, Object> builder;

    private Shape(String name, @Nullable Function<Values, Object> builder, Field... fields) {
      this.name = name;
      this.nameChars = name.toCharArray();
      this.fields = fields;
      this.builder = builder;
      this.names = Arrays.stream(fields).map(f -> f.name).toList();
      this.known = "one of [" + names.stream().sorted().collect(Collectors.joining(", ")) + "]";
    }

    /** The same shape with a first field, the type of the NDJSON line it is written on. */
    Shape typed() {
      Field[] all = new Field[fields.length + 1];
      all[0] = new Field(TYPE, Kind.TYPE, false, new Enum<?>[0], null);
      System.arraycopy(fields, 0, all, 1, fields.length);
      return new Shape(name, builder, all);
    }

    /** The index of a field by its name; -1 if none. */
    int index(String field) {
      int known = indexOf(field);
      if (known >= 0) {
        return known;
      }
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].name.equals(field)) {
          return i;
        }
      }
      return -1;
    }

    /** The index of a field by its name, the very constant of this class; -1 if none. */
    int indexOf(String constant) {
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].name == constant) {
          return i;
        }
      }
      return -1;
    }
  }

  private static Field required(String name, Kind kind) {
    return new Field(name, kind, true, new Enum<?>[0], null);
  }

  private static Field optional(String name, Kind kind) {
    return new Field(name, kind, false, new Enum<?>[0], null);
  }

  private static Field constant(String name, boolean required, Enum<?>... constants) {
    return new Field(name, Kind.CONSTANT, required, constants, null);
  }

  /** A list, which reads as empty when left out, as the builders' collections. */
  private static Field list(String name, Shape items) {
    return new Field(name, Kind.LIST, false, new Enum<?>[0], items);
  }

  static final Shape MEMBER_SHAPE = new Shape("member",
      v -> Member.of(v.get(ID), v.get(ROLE), v.get(ATTRIBUTES, Attributes.empty())),
      required(ID, Kind.STRING), constant(ROLE, true, MemberRole.values()),
      optional(ATTRIBUTES, Kind.ATTRIBUTES));

  static final Shape SUBJECT_SHAPE = new Shape(SUBJECT,
      v -> Subject.builder().id(v.get(ID)).kind(v.<SubjectKind>get(KIND))
          .attributes(v.get(ATTRIBUTES, Attributes.empty()))
          .addAllMembers(v.get(MEMBERS, List.<Member>of())).build(),
      required(ID, Kind.STRING), constant(KIND, true, SubjectKind.values()),
      optional(ATTRIBUTES, Kind.ATTRIBUTES), list(MEMBERS, MEMBER_SHAPE));

  /** One change of an attribute's history; the binder applies it to the attributes so far. */
  static final Shape CHANGE_SHAPE = new Shape("change", null,
      required(VALUE, Kind.STRING), optional(FROM, Kind.DATE));

  static final Shape EPISODE_SHAPE = new Shape(EPISODE, RecordsFields::episode,
      required(ID, Kind.STRING), required(SUBJECT, Kind.STRING), required(PROGRAMME, Kind.CODE),
      required(LOCAL_AUTHORITY, Kind.CODE), optional(DELIVERY_MODEL, Kind.CODE),
      required(START, Kind.DATE), optional(END, Kind.DATE),
      constant(CLOSURE_REASON, false, ClosureReason.values()),
      optional(SERVICE_OUTPUTS, Kind.CODES));

  /** A rating has a value or a status, never both: the binder checks which it has. */
  static final Shape RATING_SHAPE = new Shape("rating", RecordsFields::rating,
      required(INDICATOR, Kind.STRING), optional(MEMBER, Kind.STRING),
      constant(STATUS, false, RatingStatus.NOT_APPLICABLE, RatingStatus.NOT_ASSESSED),
      optional(VALUE, Kind.RATING_VALUE));

  /** A review recorded on the day assessed may leave out recordedOn, as the builder does. */
  static final Shape REVIEW_SHAPE = new Shape(REVIEW, RecordsFields::review,
      required(ID, Kind.STRING), required(EPISODE, Kind.STRING),
      constant(KIND, true, ReviewKind.values()), required(ASSESSED_ON, Kind.DATE),
      optional(RECORDED_ON, Kind.DATE), constant(RATER, true, Rater.values()),
      list(RATINGS, RATING_SHAPE));

  /** The header line of an NDJSON file. */
  static final Shape HEADER_SHAPE = new Shape("header", null, required(FORMAT, Kind.FORMAT));

  /** The records document. */
  static final Shape DOCUMENT_SHAPE = new Shape("(document)", null,
      required(FORMAT, Kind.FORMAT), list(SUBJECTS, SUBJECT_SHAPE),
      list(EPISODES, EPISODE_SHAPE), list(REVIEWS, REVIEW_SHAPE));

  /** The records of NDJSON lines, each with its type first. */
  static final List<Shape> LINES = List.of(SUBJECT_SHAPE.typed(), EPISODE_SHAPE.typed(),
      REVIEW_SHAPE.typed());

  private static Episode episode(Values v) {
    Episode.Builder builder = Episode.builder().id(v.get(ID)).subject(v.get(SUBJECT))
        .programme(v.get(PROGRAMME)).localAuthority(v.get(LOCAL_AUTHORITY))
        .start(v.<LocalDate>get(START))
        .addAllServiceOutputs(v.get(SERVICE_OUTPUTS, List.<String>of()));
    String model = v.get(DELIVERY_MODEL);
    if (model != null) {
      builder.deliveryModel(model);
    }
    LocalDate end = v.get(END);
    if (end != null) {
      builder.end(end);
    }
    ClosureReason reason = v.get(CLOSURE_REASON);
    if (reason != null) {
      builder.closureReason(reason);
    }
    return builder.build();
  }

  private static Review review(Values v) {
    LocalDate assessed = v.get(ASSESSED_ON);
    return Review.builder().id(v.get(ID)).episode(v.get(EPISODE)).kind(v.<ReviewKind>get(KIND))
        .assessedOn(assessed).recordedOn(v.get(RECORDED_ON, assessed))
        .rater(v.<Rater>get(RATER)).addAllRatings(v.get(RATINGS, List.<Rating>of())).build();
  }

  private static Rating rating(Values v) {
    String indicator = v.get(INDICATOR);
    RatingStatus status = v.get(STATUS);
    Rating rating = status == RatingStatus.NOT_APPLICABLE ? Rating.notApplicable(indicator)
        : status == RatingStatus.NOT_ASSESSED ? Rating.notAssessed(indicator)
        : Rating.of(indicator, v.<ScaleValue>get(VALUE));
    String member = v.get(MEMBER);
    return member == null ? rating : rating.about(member);
  }

  private RecordsFields() {}
}

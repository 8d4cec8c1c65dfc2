package org.obaframework.json.internal;

import static org.obaframework.json.internal.RecordsFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.ObaException;
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
import tools.jackson.core.JsonToken;

/**
 * Reads one valid record line of NDJSON straight from its tokens ({@link LineTokens}) into a
 * subject, episode or review, without Jackson or a {@link Located} tree: the fast path of reading
 * NDJSON.
 *
 * <p>It reads only what a valid line is, with {@code "type"} first, and gives up, returning null,
 * at the first thing that is not: an unknown, repeated or missing property, a value of another
 * type, a value oba-core refuses, JSON it does not read (see {@link LineTokens}), content after
 * the object. The caller then reads that line again with {@link LocatedParser} and
 * {@link RecordsReader}, which place every problem at its pointer, line and column; so giving up
 * loses nothing, and a line this reader accepts is one they would read to an equal record with no
 * problem. Values are built as
 * {@link RecordsReader} builds them, with the same oba-core factories, and shared through the same
 * {@link RecordsReader.Shared}.
 *
 * <p>Not thread-safe: one reader per input, like the values it shares.
 */
public final class RecordsLineReader {
  private static final SubjectKind[] SUBJECT_KINDS = SubjectKind.values();
  private static final MemberRole[] ROLES = MemberRole.values();
  private static final ClosureReason[] REASONS = ClosureReason.values();
  private static final ReviewKind[] REVIEW_KINDS = ReviewKind.values();
  private static final Rater[] RATERS = Rater.values();

  private final RecordsReader.Shared shared;
  private final LineTokens tokens = new LineTokens();
  /**
   * The ratings about no member read so far, by the text of their object, such as
   * {@code {"indicator":"SAFE","value":true}}: reviews repeat a few ratings over and over, and a
   * text read once to a rating reads to an equal one again. Open addressing, at most half full.
   */
  private final char[][] ratingTexts = new char[2 * RecordsReader.Shared.LIMIT][];
  private final Rating[] ratingsByText = new Rating[2 * RecordsReader.Shared.LIMIT];
  private int ratingsKept;
  /** The dates read last, by yyyymmdd, direct-mapped: a file repeats its dates. */
  private final int[] dateKeys = new int[1 << DATE_BITS];
  private final LocalDate[] datesByKey = new LocalDate[1 << DATE_BITS];
  private static final int DATE_BITS = 12;

  /**
   * Creates a reader that shares equal ratings, dates and codes with the other readers of an
   * input.
   *
   * @param shared the values read so far
   */
  public RecordsLineReader(RecordsReader.Shared shared) {
    this.shared = shared;
    Arrays.fill(dateKeys, -1);
  }

  /**
   * Reads a record line.
   *
   * @param line the line, without its line end
   * @return the {@link Subject}, {@link Episode} or {@link Review} it holds, or null if the line
   *     is not one this reader reads: the caller must read it the precise way
   */
  public @Nullable Object read(String line) {
    return read(line.toCharArray(), 0, line.length());
  }

  /**
   * Reads a record line from characters.
   *
   * @param chars the characters
   * @param from where the line starts in them
   * @param to where it ends, without its line end
   * @return as {@link #read(String)}
   */
  public @Nullable Object read(char[] chars, int from, int to) {
    LineTokens parser = tokens;
    parser.start(chars, from, to);
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT || !TYPE.equals(parser.nextName(TYPE))
          || parser.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      Object record = switch (parser.getString()) {
        case SUBJECT -> subject(parser);
        case EPISODE -> episode(parser);
        case REVIEW -> review(parser);
        default -> null;
      };
      // The object has ended; nothing may follow it.
      return record != null && parser.nextToken() == null ? record : null;
    } catch (LineTokens.GiveUp | ObaException e) {
      // Not lost: the precise reader reads the line again and reports this problem where it is.
      return null;
    }
  }

  private @Nullable Subject subject(LineTokens parser) {
    String id = null;
    SubjectKind kind = null;
    Attributes attributes = null;
    List<Member> members = null;
    String likely = ID;
    for (String name = parser.nextName(likely); name != null;
        name = parser.nextName(likely)) {
      switch (name) {
        case ID -> {
          likely = KIND;
          if (id != null || (id = string(parser)) == null) {
            return null;
          }
        }
        case KIND -> {
          likely = ATTRIBUTES;
          if (kind != null || (kind = constant(parser, SUBJECT_KINDS)) == null) {
            return null;
          }
        }
        case ATTRIBUTES -> {
          likely = MEMBERS;
          if (attributes != null || (attributes = attributes(parser)) == null) {
            return null;
          }
        }
        case MEMBERS -> {
          likely = ID;
          if (members != null || (members = members(parser)) == null) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    if (!ended(parser) || id == null || kind == null || attributes == null || members == null) {
      return null;
    }
    return Subject.builder().id(id).kind(kind).attributes(attributes).addAllMembers(members)
        .build();
  }

  private @Nullable List<Member> members(LineTokens parser) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    List<Member> members = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      Member member = member(parser);
      if (member == null) {
        return null;
      }
      members.add(member);
    }
    return parser.currentToken() == JsonToken.END_ARRAY ? members : null;
  }

  private @Nullable Member member(LineTokens parser) {
    String id = null;
    MemberRole role = null;
    Attributes attributes = null;
    String likely = ID;
    for (String name = parser.nextName(likely); name != null;
        name = parser.nextName(likely)) {
      switch (name) {
        case ID -> {
          likely = ROLE;
          if (id != null || (id = string(parser)) == null) {
            return null;
          }
        }
        case ROLE -> {
          likely = ATTRIBUTES;
          if (role != null || (role = constant(parser, ROLES)) == null) {
            return null;
          }
        }
        case ATTRIBUTES -> {
          likely = ID;
          if (attributes != null || (attributes = attributes(parser)) == null) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    if (!ended(parser) || id == null || role == null || attributes == null) {
      return null;
    }
    return Member.of(id, role, attributes);
  }

  /** Reads attributes as {@link RecordsReader} does: each change applied in the file's order. */
  private @Nullable Attributes attributes(LineTokens parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Attributes attributes = Attributes.empty();
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      // Every attribute read has a value, so a name already there is a repeated property.
      if (attributes.names().contains(name) || parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      int changes = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String value = null;
        LocalDate from = null;
        for (String field = parser.nextName(VALUE); field != null;
            field = parser.nextName(FROM)) {
          switch (field) {
            case VALUE -> {
              if (value != null || (value = string(parser)) == null) {
                return null;
              }
            }
            case FROM -> {
              if (from != null || (from = date(parser)) == null) {
                return null;
              }
            }
            default -> {
              return null;
            }
          }
        }
        if (!ended(parser) || value == null || (from == null && changes > 0)) {
          return null;
        }
        attributes = from == null ? attributes.with(name, value)
            : attributes.withChange(name, value, from);
        changes++;
      }
      if (parser.currentToken() != JsonToken.END_ARRAY || changes == 0) {
        return null;
      }
    }
    return ended(parser) ? attributes : null;
  }

  private @Nullable Episode episode(LineTokens parser) {
    String id = null;
    String subject = null;
    String programme = null;
    String authority = null;
    String model = null;
    LocalDate start = null;
    LocalDate end = null;
    ClosureReason reason = null;
    List<String> outputs = null;
    String likely = ID;
    for (String name = parser.nextName(likely); name != null;
        name = parser.nextName(likely)) {
      switch (name) {
        case ID -> {
          likely = SUBJECT;
          if (id != null || (id = string(parser)) == null) {
            return null;
          }
        }
        case SUBJECT -> {
          likely = PROGRAMME;
          if (subject != null || (subject = string(parser)) == null) {
            return null;
          }
        }
        case PROGRAMME -> {
          likely = LOCAL_AUTHORITY;
          if (programme != null || (programme = shared.code(string(parser))) == null) {
            return null;
          }
        }
        case LOCAL_AUTHORITY -> {
          likely = DELIVERY_MODEL;
          if (authority != null || (authority = shared.code(string(parser))) == null) {
            return null;
          }
        }
        case DELIVERY_MODEL -> {
          likely = START;
          if (model != null || (model = shared.code(string(parser))) == null) {
            return null;
          }
        }
        case START -> {
          likely = END;
          if (start != null || (start = date(parser)) == null) {
            return null;
          }
        }
        case END -> {
          likely = CLOSURE_REASON;
          if (end != null || (end = date(parser)) == null) {
            return null;
          }
        }
        case CLOSURE_REASON -> {
          likely = SERVICE_OUTPUTS;
          if (reason != null || (reason = constant(parser, REASONS)) == null) {
            return null;
          }
        }
        case SERVICE_OUTPUTS -> {
          likely = ID;
          if (outputs != null || (outputs = distinct(parser)) == null) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    if (!ended(parser) || id == null || subject == null || programme == null
        || authority == null || start == null || outputs == null) {
      return null;
    }
    return RecordsReader.episode(id, subject, programme, authority, start, outputs, model, end,
        reason);
  }

  /** Reads an array of strings, each once. */
  private static @Nullable List<String> distinct(LineTokens parser) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> read = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      String code = parser.getString();
      if (read.contains(code)) {
        return null;
      }
      read.add(code);
    }
    return parser.currentToken() == JsonToken.END_ARRAY ? read : null;
  }

  private @Nullable Review review(LineTokens parser) {
    String id = null;
    String episode = null;
    ReviewKind kind = null;
    LocalDate assessed = null;
    LocalDate recorded = null;
    Rater rater = null;
    List<Rating> ratings = null;
    String likely = ID;
    for (String name = parser.nextName(likely); name != null;
        name = parser.nextName(likely)) {
      switch (name) {
        case ID -> {
          likely = EPISODE;
          if (id != null || (id = string(parser)) == null) {
            return null;
          }
        }
        case EPISODE -> {
          likely = KIND;
          if (episode != null || (episode = string(parser)) == null) {
            return null;
          }
        }
        case KIND -> {
          likely = ASSESSED_ON;
          if (kind != null || (kind = constant(parser, REVIEW_KINDS)) == null) {
            return null;
          }
        }
        case ASSESSED_ON -> {
          likely = RECORDED_ON;
          if (assessed != null || (assessed = date(parser)) == null) {
            return null;
          }
        }
        case RECORDED_ON -> {
          likely = RATER;
          if (recorded != null || (recorded = date(parser)) == null) {
            return null;
          }
        }
        case RATER -> {
          likely = RATINGS;
          if (rater != null || (rater = constant(parser, RATERS)) == null) {
            return null;
          }
        }
        case RATINGS -> {
          likely = ID;
          if (ratings != null || (ratings = ratings(parser)) == null) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    if (!ended(parser) || id == null || episode == null || kind == null || assessed == null
        || recorded == null || rater == null || ratings == null) {
      return null;
    }
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(assessed)
        .recordedOn(recorded).rater(rater).addAllRatings(ratings).build();
  }

  private @Nullable List<Rating> ratings(LineTokens parser) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    List<Rating> ratings = new ArrayList<>();
    char[] line = parser.line();
    int end = parser.end();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      int open = parser.position() - 1;
      // The text up to the first closing brace, hashed as it is scanned.
      int close = open;
      int hash = 0;
      for (char c; close < end && (c = line[close]) != '}'; close++) {
        hash = 31 * hash + c;
      }
      int slot = close == end ? -1 : slot(line, open, close + 1, 31 * hash + '}');
      Rating rating = slot < 0 ? null : ratingsByText[slot];
      if (rating != null) {
        parser.skipObject(close);
      } else {
        rating = rating(parser);
        if (rating == null) {
          return null;
        }
        // Kept only if the object ended at its first brace: then any text equal to it is it.
        if (slot >= 0 && parser.position() == close + 1 && rating.member().isEmpty()
            && ratingsKept < RecordsReader.Shared.LIMIT) {
          ratingTexts[slot] = Arrays.copyOfRange(line, open, close + 1);
          ratingsByText[slot] = rating;
          ratingsKept++;
        }
      }
      ratings.add(rating);
    }
    return parser.currentToken() == JsonToken.END_ARRAY ? ratings : null;
  }

  /** The slot of a rating's text in the table: where it is, or the empty one it would go in. */
  private int slot(char[] line, int from, int to, int hash) {
    int mask = ratingTexts.length - 1;
    for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      char[] text = ratingTexts[slot];
      if (text == null || Arrays.equals(line, from, to, text, 0, text.length)) {
        return slot;
      }
    }
  }

  private @Nullable Rating rating(LineTokens parser) {
    String indicator = null;
    String member = null;
    RatingStatus status = null;
    ScaleValue value = null;
    String likely = INDICATOR;
    for (String name = parser.nextName(likely); name != null;
        name = parser.nextName(likely)) {
      switch (name) {
        case INDICATOR -> {
          likely = VALUE;
          if (indicator != null || (indicator = string(parser)) == null) {
            return null;
          }
        }
        case MEMBER -> {
          likely = VALUE;
          if (member != null || (member = string(parser)) == null) {
            return null;
          }
        }
        case STATUS -> {
          likely = INDICATOR;
          if (status != null || (status = status(parser)) == null) {
            return null;
          }
        }
        case VALUE -> {
          likely = INDICATOR;
          if (value != null || (value = value(parser)) == null) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    // A rating has a value or a status, never both.
    if (!ended(parser) || indicator == null || (status == null) == (value == null)) {
      return null;
    }
    Rating rating = status == RatingStatus.NOT_APPLICABLE ? Rating.notApplicable(indicator)
        : status == RatingStatus.NOT_ASSESSED ? Rating.notAssessed(indicator)
        : Rating.of(indicator, value);
    if (member != null) {
      rating = rating.about(member);
    }
    return shared.rating(rating);
  }

  private static @Nullable RatingStatus status(LineTokens parser) {
    String text = string(parser);
    if (RatingStatus.NOT_APPLICABLE.name().equals(text)) {
      return RatingStatus.NOT_APPLICABLE;
    }
    return RatingStatus.NOT_ASSESSED.name().equals(text) ? RatingStatus.NOT_ASSESSED : null;
  }

  /** Reads a rating's value as {@link RecordsReader} does, numbers to the same double. */
  private static @Nullable ScaleValue value(LineTokens parser) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case VALUE_TRUE:
        return ScaleValue.of(true);
      case VALUE_FALSE:
        return ScaleValue.of(false);
      case VALUE_STRING:
        return ScaleValue.level(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        double number = parser.numberValue();
        return Double.isFinite(number) ? ScaleValue.of(number) : null;
      default:
        return null;
    }
  }

  private static @Nullable String string(LineTokens parser) {
    return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
  }

  private @Nullable LocalDate date(LineTokens parser) {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    int packed = parser.packedDate();
    if (packed < 0) {
      return null;
    }
    int slot = (packed * 0x9E3779B1) >>> (Integer.SIZE - DATE_BITS);
    if (dateKeys[slot] == packed) {
      return datesByKey[slot];
    }
    LocalDate date = shared.date(DocumentReader.isoDate(parser.getString()));
    if (date != null) {
      dateKeys[slot] = packed;
      datesByKey[slot] = date;
    }
    return date;
  }

  private static <E extends Enum<E>> @Nullable E constant(LineTokens parser, E[] constants) {
    String text = string(parser);
    if (text != null) {
      for (E constant : constants) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    return null;
  }

  /** Whether the names of an object have run out at its end (they always do, in valid JSON). */
  private static boolean ended(LineTokens parser) {
    return parser.currentToken() == JsonToken.END_OBJECT;
  }
}

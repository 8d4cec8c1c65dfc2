package org.obaframework.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;

/**
 * Places problems about records at their lines of an NDJSON file ({@link RecordsNdjson}'s
 * format): each problem's item (the innermost subject, member, episode or review it names) is
 * looked up by kind and id among the file's lines, then its field path is followed within the
 * record, so that every problem has a line, column and JSON Pointer.
 *
 * <pre>{@code
 * List<Problem> invalid = new ArrayList<>();
 * try (Stream<SubjectRecords> groups = RecordsNdjson.standard().read(file)) {
 *   groups.forEach(group -> invalid.addAll(validator.validate(group)));
 * }
 * try (Reader again = Files.newBufferedReader(file)) {
 *   List<Problem> placed = RecordLines.place(again, invalid);   // with lines
 * }
 * }</pre>
 *
 * <p>Streaming validation ({@link RecordValidator} per subject) finds problems by record, not by
 * line; this reads the file once more and parses only the lines that hold a wanted id, so it
 * costs a pass over the file only when there are problems. A problem whose record is not found
 * is returned as it is. Stateless and thread-safe.
 */
public final class RecordLines {
  private static final List<String> KINDS = List.of(Item.SUBJECT, Item.MEMBER, Item.EPISODE,
      Item.REVIEW);

  private RecordLines() {}

  /**
   * Places problems at the lines of the records they name.
   *
   * @param file the NDJSON file's text, read from its start; not closed
   * @param problems the problems, such as a {@link RecordValidator}'s
   * @return the problems in the same order, each placed at its record's line when found
   * @throws UncheckedIOException if reading fails
   */
  public static List<Problem> place(Reader file, List<Problem> problems) {
    Map<String, Set<String>> wanted = new HashMap<>();
    for (Problem problem : problems) {
      Item item = record(problem.item());
      if (item != null) {
        wanted.computeIfAbsent(item.kind(), k -> new HashSet<>()).add(item.id().orElseThrow());
      }
    }
    if (wanted.isEmpty()) {
      return List.copyOf(problems);
    }
    Set<String> ids = new HashSet<>();
    wanted.values().forEach(ids::addAll);
    Map<String, Located> found = new HashMap<>();
    try {
      BufferedReader lines = file instanceof BufferedReader buffered ? buffered
          : new BufferedReader(file);
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number > 1 && holdsAny(line, ids)) {
          index(line, number, wanted, found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> placed = new ArrayList<>();
    for (Problem problem : problems) {
      Item item = record(problem.item());
      Located at = item == null ? null : found.get(key(item.kind(), item.id().orElseThrow()));
      placed.add(at == null || problem.position().isPresent() ? problem
          : problem.at(Located.follow(at, problem.field()).position()));
    }
    return placed;
  }

  /** The innermost record of an item's chain with an id: a subject, member, episode or review. */
  private static @Nullable Item record(Item item) {
    for (Item at = item; at != null; at = at.outer().orElse(null)) {
      if (at.id().isPresent() && KINDS.contains(at.kind())) {
        return at;
      }
    }
    return null;
  }

  /** Whether a line holds one of the ids as a JSON string: a cheap test before parsing it. */
  private static boolean holdsAny(String line, Set<String> ids) {
    int at = line.indexOf("\"id\"");
    while (at >= 0) {
      int open = line.indexOf('"', line.indexOf(':', at) + 1);
      int close = open < 0 ? -1 : line.indexOf('"', open + 1);
      if (close > open && ids.contains(line.substring(open + 1, close))) {
        return true;
      }
      at = line.indexOf("\"id\"", at + 4);
    }
    return false;
  }

  /** Parses a line and remembers its record, and a subject's members, if wanted. */
  private static void index(String line, int number, Map<String, Set<String>> wanted,
      Map<String, Located> found) {
    Located root = LocatedParser.parseLine(line, number).root();
    if (root == null || root.kind() != Located.Kind.OBJECT) {
      return;
    }
    Located type = root.field("type");
    if (type == null || type.kind() != Located.Kind.STRING) {
      return;
    }
    remember(type.text(), root, wanted, found);
    Located members = root.field("members");
    if (type.text().equals(Item.SUBJECT) && members != null) {
      members.items().forEach(member -> remember(Item.MEMBER, member, wanted, found));
    }
  }

  private static void remember(String kind, Located record, Map<String, Set<String>> wanted,
      Map<String, Located> found) {
    Located id = record.field("id");
    if (id != null && id.kind() == Located.Kind.STRING
        && wanted.getOrDefault(kind, Set.of()).contains(id.text())) {
      found.putIfAbsent(key(kind, id.text()), record);
    }
  }

  private static String key(String kind, String id) {
    return kind + "\u0000" + id;
  }
}

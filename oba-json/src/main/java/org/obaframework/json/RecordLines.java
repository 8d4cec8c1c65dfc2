package org.obaframework.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.RecordIndex;

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
    Set<String> ids = new HashSet<>();
    for (Problem problem : problems) {
      Item item = RecordIndex.record(problem.item());
      if (item != null) {
        ids.add(item.id().orElseThrow());
      }
    }
    if (ids.isEmpty()) {
      return List.copyOf(problems);
    }
    RecordIndex index = new RecordIndex();
    try {
      BufferedReader lines = file instanceof BufferedReader buffered ? buffered
          : new BufferedReader(file);
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number > 1 && holdsAny(line, ids)) {
          Located root = LocatedParser.parseLine(line, number).root();
          Located type = root == null ? null : root.field("type");
          if (type != null && type.kind() == Located.Kind.STRING) {
            index.add(type.text(), root);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> placed = new ArrayList<>();
    for (Problem problem : problems) {
      placed.add(problem.position().isPresent() ? problem : index.place(problem, null));
    }
    return placed;
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
}

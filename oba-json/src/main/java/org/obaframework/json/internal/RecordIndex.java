package org.obaframework.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;

/**
 * Records of a document by kind and id, and the one rule that places a problem about a record:
 * its item's innermost subject, member, episode or review is looked up by kind and id, then the
 * problem's field path is followed within the record as far as the document goes. Used by the
 * records document and by the lines of NDJSON files alike. Not thread-safe.
 */
public final class RecordIndex {
  private static final List<String> KINDS = List.of(Item.SUBJECT, Item.MEMBER, Item.EPISODE,
      Item.REVIEW);

  private final Map<String, Located> records = new HashMap<>();

  /**
   * Returns the record an item names: the innermost subject, member, episode or review of its
   * chain that has an id.
   *
   * @param item the item
   * @return the record's item, or null if the chain names none
   */
  public static @Nullable Item record(Item item) {
    for (Item at = item; at != null; at = at.outer().orElse(null)) {
      if (at.id().isPresent() && KINDS.contains(at.kind())) {
        return at;
      }
    }
    return null;
  }

  /**
   * Adds a record, the first with its kind and id; a subject's members with it.
   *
   * @param kind the record's kind, such as {@link Item#REVIEW}
   * @param record the record's object
   */
  public void add(String kind, Located record) {
    Located id = record.field("id");
    if (id != null && id.kind() == Located.Kind.STRING) {
      records.putIfAbsent(key(kind, id.text()), record);
    }
    Located members = record.field("members");
    if (kind.equals(Item.SUBJECT) && members != null) {
      members.items().forEach(member -> add(Item.MEMBER, member));
    }
  }

  /**
   * Places a problem at the record it names, and within it at its field, as far as the document
   * goes.
   *
   * @param problem the problem
   * @param fallback where to place a problem whose record is not in the index, or null to leave
   *     it as it is
   * @return the placed problem
   */
  public Problem place(Problem problem, @Nullable Located fallback) {
    Item item = record(problem.item());
    Located at = item == null ? null : records.get(key(item.kind(), item.id().orElseThrow()));
    if (at != null) {
      return problem.at(Located.follow(at, problem.field()).position());
    }
    return fallback == null ? problem : problem.at(fallback.position());
  }

  private static String key(String kind, String id) {
    return kind + "\u0000" + id;
  }
}

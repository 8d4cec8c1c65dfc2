package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;

/**
 * The marker of the redaction properties (issue 20): a name and a postcode, as a careless user
 * might type into any field, with variants that carry control characters, and the assertion that
 * a text shows none of its words.
 */
final class Markers {
  /** The marker and its variants: with a line break, a terminal escape, a carriage return. */
  static final List<String> VARIANTS = List.of(
      "Zebedee Moonbeam of CF10 1AA",
      "Zebedee\nMoonbeam of CF10 1AA\nNo problems",
      "\u001b[31mZebedee Moonbeam\u001b[0m CF10 1AA",
      "Zebedee\rNo problems: Moonbeam CF10 1AA",
      "Zebedee\u202eMoonbeam\u2028CF10 1AA");

  /** The words none of which may appear, whatever escaping did to the rest. */
  private static final String[] WORDS = {"Zebedee", "Moonbeam", "CF10"};

  private Markers() {}

  /**
   * Asserts that a text shows no word of the marker.
   *
   * @param text the text: a message, a log line, a {@code toString}
   * @param what what the text is, for the failure
   */
  static void assertFree(String text, String what) {
    assertThat(text).as("%s", what).doesNotContain(WORDS);
  }

  /**
   * Asserts that a failure and its causes show no word of the marker: their messages, and every
   * part of every problem a validation exception lists.
   *
   * @param failure what was thrown
   * @param what what was done, for the failure
   */
  static void assertFree(Throwable failure, String what) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable at = failure; at != null && seen.put(at, true) == null; at = at.getCause()) {
      assertFree(String.valueOf(at.getMessage()), what + ": message of " + at.getClass());
      assertFree(at.toString(), what + ": toString of " + at.getClass());
      if (at instanceof ValidationException invalid) {
        for (Problem problem : invalid.problems()) {
          assertFree(problem, what);
        }
      }
    }
  }

  /** Asserts that every part of a problem shows no word of the marker. */
  static void assertFree(Problem problem, String what) {
    List<String> parts = new ArrayList<>(List.of(problem.message(), problem.toString(),
        problem.location(), problem.field(), problem.expected(), problem.found(),
        problem.item().toString(), problem.item().kind()));
    problem.item().id().ifPresent(parts::add);
    problem.position().ifPresent(p -> parts.add(p.pointer()));
    for (String part : parts) {
      assertFree(part, what + ": problem " + problem.type());
    }
  }

  /** Asserts that no log line captured since the last call shows a word of the marker. */
  static void assertLogsFree(String what) {
    for (String line : CapturingLogs.take()) {
      assertFree(line, what + ": log line");
    }
  }
}

package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.obaframework.core.Problem;

/**
 * A bad document whose place of error is marked with '§': the bad-input catalogues assert that
 * reading it fails with a problem at exactly that pointer, line and column.
 */
final class MarkedDocument {
  private MarkedDocument() {}

  /**
   * A case of a catalogue: its name, the marked document, the pointer and the words of the
   * problem expected.
   */
  record Case(String name, String marked, String pointer, String[] words) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Returns a case. */
  static Case bad(String name, String marked, String pointer, String... words) {
    return new Case(name, marked, pointer, words);
  }

  /** Returns {@code base} with the first {@code from} replaced by {@code to}, which must apply. */
  static String with(String base, String from, String to) {
    assertThat(base).contains(from);
    return base.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  /**
   * Reads the unmarked document and asserts a {@link JsonFormatException} with a problem at the
   * mark's line and column, under the pointer, whose message holds every word.
   *
   * @param marked the document with one '§' where the problem is
   * @param pointer the JSON Pointer of the problem
   * @param words key words of the problem's message
   * @param read reads a document
   */
  static void assertRejectedAt(String marked, String pointer, String[] words,
      Consumer<String> read) {
    int mark = marked.indexOf('§');
    assertThat(mark).as("the case marks its place").isNotNegative();
    String document = marked.substring(0, mark) + marked.substring(mark + 1);
    String before = marked.substring(0, mark);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = mark - before.lastIndexOf('\n');
    String location = pointer + " (line " + line + ", column " + column + ")";
    assertThatThrownBy(() -> read.accept(document))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          List<Problem> at = e.problems().stream()
              .filter(p -> p.location().equals(location)).toList();
          assertThat(at).as("a problem at %s among %s", location, e.problems()).isNotEmpty();
          assertThat(at).anySatisfy(p -> assertThat(p.message()).contains(words));
        });
  }
}

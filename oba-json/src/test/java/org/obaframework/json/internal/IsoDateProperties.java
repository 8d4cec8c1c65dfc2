package org.obaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The written-out date reader accepts exactly what a pattern and {@code LocalDate.parse} do. */
class IsoDateProperties {
  private static final long SEED = 20261127L;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String ALPHABET = "0123456789-0123456789/x1";

  private static @Nullable LocalDate reference(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Test
  void readsTheSameDatesAsParsing() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(8, 11),
            integers().between(0, 3_000_000))
        .checkAssert((chars, day) -> {
          StringBuilder random = new StringBuilder();
          chars.forEach(c -> random.append(ALPHABET.charAt(c)));
          // Near-dates too: a real day's text, with a digit or separator changed or not.
          String real = LocalDate.ofEpochDay(day - 700_000).toString();
          for (String text : List.of(random.toString(), real,
              real.substring(0, Math.min(real.length(), 9)) + "9",
              real.replace('-', random.length() > 8 ? '/' : '-'))) {
            assertThat(DocumentReader.isoDate(text)).as(text).isEqualTo(reference(text));
          }
        });
  }

  @Test
  void refusesDaysThatDoNotExist() {
    assertThat(DocumentReader.isoDate("2025-02-29")).isNull();
    assertThat(DocumentReader.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(DocumentReader.isoDate("2025-13-01")).isNull();
    assertThat(DocumentReader.isoDate("2025-00-10")).isNull();
    assertThat(DocumentReader.isoDate("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
    assertThat(DocumentReader.isoDate("２０２５-01-01")).isNull();
  }
}

package org.obaframework.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;

/** The written-out syntax checks accept exactly what the published patterns match. */
class ChecksProperties {
  private static final long SEED = 20261127L;
  private static final String ALPHABET = "aZ09._:/-~ é\u00ff\u0100Az-";

  @Test
  void idsAndCodesAreWhatThePatternsMatch() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 6),
            integers().between(0, 140))
        .checkAssert((chars, padding) -> {
          StringBuilder text = new StringBuilder();
          chars.forEach(c -> text.append(ALPHABET.charAt(c)));
          // Long values too, near the limits of 64 and 128 characters.
          String value = padding > 60 ? text + "x".repeat(padding) : text.toString();
          assertThat(Checks.isId(value)).as(value).isEqualTo(Checks.ID.matcher(value).matches());
          boolean code = Checks.CODE.matcher(value).matches();
          boolean accepted;
          try {
            Checks.code("test", "code", value);
            accepted = true;
          } catch (ValidationException e) {
            accepted = false;
          }
          assertThat(accepted).as(value).isEqualTo(code);
        });
  }
}

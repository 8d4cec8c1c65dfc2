package org.obaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  private static final Problem UNKNOWN = Problem.of(ProblemType.UNKNOWN_REFERENCE,
      "programme 'IFS'", "serviceArea", "one of [FS, RC]", "'XX'");

  @Test
  void oneProblemIsTheMessage() {
    ValidationException exception = new ValidationException(UNKNOWN);

    assertThat(exception).hasMessage("programme 'IFS', field serviceArea: unknown reference; "
        + "expected one of [FS, RC], found 'XX'");
    assertThat(exception.problems()).containsExactly(UNKNOWN);
  }

  @Test
  void manyProblemsAreListedUpToTwentyAndSummarised() {
    List<Problem> problems = IntStream.range(0, 25)
        .mapToObj(i -> UNKNOWN.within("framework 'F" + i + "'"))
        .toList();

    ValidationException exception = new ValidationException(problems);

    assertThat(exception.getMessage())
        .startsWith("25 problems:\n  - framework 'F0', programme 'IFS'")
        .contains("framework 'F19'")
        .doesNotContain("framework 'F20'")
        .endsWith("\n  ... and 5 more");
    assertThat(exception.problems()).hasSize(25);
  }

  @Test
  void needsAProblem() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingValueIsOneProblemPerField() {
    MissingValueException exception = new MissingValueException("scale", "polarity");

    assertThat(exception.problems()).extracting(Problem::type)
        .containsExactly(ProblemType.MISSING_VALUE, ProblemType.MISSING_VALUE);
    assertThat(exception.problems()).extracting(Problem::field)
        .containsExactly("scale", "polarity");
    // Thrown outside any builder, the location is the builder alone.
    assertThat(exception.problems()).extracting(Problem::location)
        .containsOnly("builder");
    assertThat(exception).hasMessage("2 problems:\n"
        + "  - builder, field scale: missing value; expected a value, found none\n"
        + "  - builder, field polarity: missing value; expected a value, found none");
  }

  @Test
  void missingValueOfNoNamedFieldStillReadsAsAProblem() {
    MissingValueException exception = new MissingValueException();

    assertThat(exception.problems()).hasSize(1);
    assertThat(exception).hasMessage(
        "builder, field ?: missing value; expected a value, found none");
  }

  @Test
  void missingValueNamesTheTypeItsBuilderBuilds() {
    assertThatThrownBy(() -> org.obaframework.core.framework.Indicator.builder()
            .code("RISK-CARE").build())
        .isInstanceOf(MissingValueException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(Problem::location).containsOnly("Indicator builder"));
    assertThatThrownBy(() -> org.obaframework.core.records.Review.builder().id("R-1").build())
        .isInstanceOf(MissingValueException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(Problem::location).containsOnly("Review builder"));
  }

  @Test
  void problemsSurviveSerialisation() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ValidationException(UNKNOWN));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ValidationException copy = (ValidationException) in.readObject();

      assertThat(copy.problems()).containsExactly(UNKNOWN);
    }
  }
}

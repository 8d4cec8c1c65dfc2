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
  void missingValueOfAnUnexpectedMessageStillReadsAsAProblem() {
    MissingValueException exception = new MissingValueException("something else");

    assertThat(exception.problems().get(0).type()).isEqualTo(ProblemType.MISSING_VALUE);
    assertThat(exception).hasMessage(
        "builder, field ?: missing value; expected a value, found something else");
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

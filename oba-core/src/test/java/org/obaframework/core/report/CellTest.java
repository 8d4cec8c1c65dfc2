package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class CellTest {
  @Test
  void shownRoundedAndHiddenCells() {
    assertThat(Cell.shown(12)).isEqualTo(new Cell(OptionalLong.of(12), CellStatus.SHOWN, "12"));
    assertThat(Cell.rounded(15).status()).isEqualTo(CellStatus.ROUNDED);
    Cell hidden = Cell.hidden(CellStatus.SUPPRESSED, "[c]");
    assertThat(hidden.shown()).isEmpty();
    assertThat(hidden.isHidden()).isTrue();
    assertThat(hidden).hasToString("[c]");
    assertThat(Cell.hidden(CellStatus.NO_DENOMINATOR, "[z]").isHidden()).isTrue();
  }

  @Test
  void rejectsValuesAndStatusesThatDoNotFit() {
    assertRejected(() -> Cell.shown(-1), ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("shown", "a value of 0 or more", "-1"));
    assertRejected(() -> Cell.hidden(CellStatus.SHOWN, "[c]"), ValidationException.class,
        ProblemType.OUT_OF_RANGE, List.of("status", "a status that hides the value"));
    assertRejected(() -> new Cell(OptionalLong.of(3), CellStatus.SUPPRESSED, "[c]"),
        ValidationException.class, ProblemType.OUT_OF_RANGE, List.of("shown", "no value"));
    assertRejected(() -> new Cell(OptionalLong.of(3), CellStatus.SHOWN, "4"),
        ValidationException.class, ProblemType.INVALID_TEXT, List.of("text", "the value 3"));
    assertRejected(() -> new Cell(OptionalLong.empty(), CellStatus.ROUNDED, "5"),
        ValidationException.class, ProblemType.MISSING_VALUE, List.of("shown"));
  }
}

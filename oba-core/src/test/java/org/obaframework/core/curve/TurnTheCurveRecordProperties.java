package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of versions and action plans, built from public factories only. */
class TurnTheCurveRecordProperties {
  private static final long SEED = 20_261_127L;
  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
  private static final List<String> SUBJECTS = List.of("A", "B", "C");

  /**
   * Versions of three subjects over two months, each subject's dates distinct, as versioning
   * requires; the days are few so that the day asked about is often a version's own date.
   */
  private static final Gen<List<TurnTheCurveRecord>> VERSIONS =
      lists().of(Generate.pick(SUBJECTS).zip(integers().between(0, 60), (s, d) -> s + d))
          .ofSizeBetween(0, 12)
          .map(keys -> {
            List<TurnTheCurveRecord> versions = new ArrayList<>();
            keys.stream().distinct().forEach(key -> versions.add(TurnTheCurveRecord.builder()
                .subject(key.substring(0, 1))
                .subjectKind(CurveSubjectKind.POPULATION_INDICATOR)
                .asOf(EPOCH.plusDays(Integer.parseInt(key.substring(1))))
                .build()));
            return versions;
          });

  @Test
  void latestIsTheNewestOnOrBeforeTheDateWhateverTheOrder() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(VERSIONS, Generate.pick(SUBJECTS), integers().between(-2, 62),
            integers().all())
        .checkAssert((versions, subject, day, shuffle) -> {
          LocalDate asOf = EPOCH.plusDays(day);
          Optional<TurnTheCurveRecord> expected = versions.stream()
              .filter(v -> v.subject().equals(subject) && !v.asOf().isAfter(asOf))
              .max(Comparator.comparing(TurnTheCurveRecord::asOf));
          List<TurnTheCurveRecord> shuffled = new ArrayList<>(versions);
          Collections.shuffle(shuffled, new Random(shuffle));

          assertThat(TurnTheCurveRecord.latest(versions, subject, asOf)).isEqualTo(expected);
          assertThat(TurnTheCurveRecord.latest(shuffled, subject, asOf)).isEqualTo(expected);
        });
  }

  @Test
  void overdueActionsAreExactlyTheOpenOnesDueBeforeToday() {
    // Small ranges of days, so that an action is often due on the very day judged.
    Gen<Action> actions = integers().between(0, 30).zip(integers().between(0, 30),
        Generate.enumValues(ActionStatus.class),
        (start, length, status) -> Action.of("Action", "Team", EPOCH.plusDays(start),
            EPOCH.plusDays(start + length), status));
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(actions).ofSizeBetween(0, 8), integers().between(0, 62))
        .checkAssert((plan, day) -> {
          LocalDate today = EPOCH.plusDays(day);
          TurnTheCurveRecord curve = TurnTheCurveRecord.builder().subject("A")
              .subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE).asOf(EPOCH)
              .actions(plan).build();
          List<Action> overdue = curve.overdueActions(today);

          assertThat(overdue).allMatch(a -> a.status().isOpen() && a.due().isBefore(today));
          assertThat(plan.stream().filter(a -> !overdue.contains(a)))
              .allMatch(a -> !a.status().isOpen() || !a.due().isBefore(today));
          // Overdue only grows as days pass.
          assertThat(curve.overdueActions(today.plusDays(1))).containsAll(overdue);
        });
  }
}

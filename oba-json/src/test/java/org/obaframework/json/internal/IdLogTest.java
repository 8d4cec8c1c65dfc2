package org.obaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact log of ids seen: an id used twice is found, with the line it was first on. */
class IdLogTest {
  /** Adds ids in batches; returns, for each id, its first line if it was seen before, else 0. */
  private static List<Integer> add(IdLog log, List<String> ids, char kind, int batchSize) {
    List<Integer> candidates = new ArrayList<>();
    IdLog.Batch batch = new IdLog.Batch();
    for (int from = 0; from < ids.size(); from += batchSize) {
      batch.clear();
      int to = Math.min(ids.size(), from + batchSize);
      for (int i = from; i < to; i++) {
        batch.add(log, kind, ids.get(i), i + 1);
      }
      log.add(batch);
      for (int i = 0; i < batch.size(); i++) {
        if (batch.candidate(i)) {
          candidates.add(from + i);
        }
      }
    }
    int[] firsts = log.firstLines();
    List<Integer> result = new ArrayList<>();
    ids.forEach(id -> result.add(0));
    for (int c = 0; c < candidates.size(); c++) {
      result.set(candidates.get(c), firsts[c]);
    }
    return result;
  }

  @Test
  void anIdUsedAgainGivesTheLineItWasFirstOn() {
    List<Integer> firsts = add(new IdLog(), List.of("S1", "S2", "S1", "S3", "S2", "S1"), 's', 2);
    assertThat(firsts).containsExactly(0, 0, 1, 0, 2, 1);
  }

  @Test
  void kindsAreApart() {
    IdLog log = new IdLog();
    IdLog.Batch batch = new IdLog.Batch();
    batch.add(log, 's', "X1", 1);
    batch.add(log, 'e', "X1", 2);
    batch.add(log, 'r', "X1", 3);
    batch.add(log, 'e', "X1", 4);
    log.add(batch);
    List<Integer> settled = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      settled.add(batch.candidate(i) ? 1 : 0);
    }
    assertThat(settled.get(3)).isEqualTo(1);
    int[] firsts = log.firstLines();
    // Only the episode's id used again is a problem; any other candidate is one by chance.
    int candidate = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.candidate(i)) {
        assertThat(firsts[candidate]).isEqualTo(i == 3 ? 2 : 0);
        candidate++;
      }
    }
  }

  @Test
  void manyIdsAreEachFoundUsedAgainExactlyWhenTheyAre() {
    // Past several growths of the filter, in batches of a few: each id is new once, then seen,
    // with its first line; the candidates by chance are few.
    Random random = new Random(19L);
    List<String> ids = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    List<Integer> expected = new ArrayList<>();
    for (int line = 1; line <= 300_000; line++) {
      String id = "ID-" + random.nextInt(250_000);
      ids.add(id);
      Integer seen = first.putIfAbsent(id, line);
      expected.add(seen == null ? 0 : seen);
    }
    IdLog log = new IdLog();
    List<Integer> found = add(log, ids, 'r', 1 + random.nextInt(300));
    for (int i = 0; i < ids.size(); i++) {
      assertThat(found.get(i)).as("%s at %d", ids.get(i), i + 1).isEqualTo(expected.get(i));
    }
  }

  @Test
  void fewNewIdsAreCandidates() {
    IdLog log = new IdLog();
    IdLog.Batch batch = new IdLog.Batch();
    int candidates = 0;
    for (int i = 0; i < 500_000; i++) {
      batch.clear();
      batch.add(log, 'r', "R-" + i, i + 1);
      log.add(batch);
      candidates += batch.candidate(0) ? 1 : 0;
    }
    assertThat(candidates).isLessThan(15_000);
    assertThat(log.firstLines()).containsOnly(0);
  }
}

package org.obaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact table of ids seen, and the keyed hash it keeps them by. */
class IdTableTest {
  /** SipHash-2-4-128 of the reference implementation's messages 00 01 .. under key 00 .. 0f. */
  @Test
  void theHashIsSipHash24With128BitsOfTheReferenceVectors() {
    long key0 = 0x0706050403020100L;
    long key1 = 0x0f0e0d0c0b0a0908L;
    // Messages of an even length, as UTF-16LE characters: bytes 00 01 are the character 0x0100.
    assertThat(SipHash.hash128(key0, key1, "")).containsExactly(
        0xe6a825ba047f81a3L, 0x930255c71472f66dL);
    assertThat(SipHash.hash128(key0, key1, "\u0100")).containsExactly(
        0xc75da4a48d227781L, 0xe4ff0af6de8ba3fcL);
    assertThat(SipHash.hash128(key0, key1, "\u0100\u0302")).containsExactly(
        0xaf8f9c2dc16481f8L, 0x7955cd7b7c6e0f7dL);
    assertThat(SipHash.hash128(key0, key1, "\u0100\u0302\u0504\u0706")).containsExactly(
        0x61f55862baa9623bL, 0xb49714f364e2830fL);
    assertThat(SipHash.hash128(key0, key1,
        "\u0100\u0302\u0504\u0706\u0908\u0b0a\u0d0c\u0f0e")).containsExactly(
        0xbb54b067caa4e26eL, 0x77052385bf1533fdL);
  }

  @Test
  void anIdAddedAgainGivesTheLineItWasFirstOn() {
    IdTable table = new IdTable();
    assertThat(table.add("S1", 2)).isZero();
    assertThat(table.add("S2", 3)).isZero();
    assertThat(table.add("S1", 9)).isEqualTo(2);
    assertThat(table.add("S2", 10)).isEqualTo(3);
    assertThat(table.add("S1", 11)).isEqualTo(2);
  }

  @Test
  void manyIdsAreEachFoundOnceAndOnlyOnce() {
    // Past many growths of every stripe: each id is new once, then known with its line.
    IdTable table = new IdTable();
    Map<String, Integer> lines = new HashMap<>();
    Random random = new Random(19L);
    for (int line = 1; line <= 200_000; line++) {
      String id = "ID-" + random.nextInt(150_000);
      Integer first = lines.putIfAbsent(id, line);
      assertThat(table.add(id, line)).as(id).isEqualTo(first == null ? 0 : first);
    }
    assertThat(lines).hasSizeGreaterThan(100_000);
  }
}

package org.obaframework.json.internal;

/**
 * A 128-bit hash of an id's kind and text: MurmurHash3 x64 128's mixing, over the UTF-16
 * characters (8 a block), under a seed. Fast and well mixed, for {@link IdLog}; not a
 * cryptographic hash. Stateless.
 */
final class IdHash {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private IdHash() {}

  /**
   * Hashes a kind and an id, into two longs of an array.
   *
   * @param seed the seed
   * @param kind the kind, hashed first
   * @param id the id
   * @param into where the hash goes
   * @param at the index of its first long
   */
  static void hash128(long seed, char kind, String id, long[] into, int at) {
    long h1 = seed;
    long h2 = seed;
    int length = id.length() + 1;
    // The characters of kind then id, 8 a block: the first block starts with the kind.
    int whole = length & ~7;
    for (int i = 0; i < whole; i += 8) {
      long k1 = i == 0 ? kind | word3(id, 0) : word(id, i - 1);
      long k2 = word(id, i + 3);
      h1 ^= mix1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mix2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    for (int i = whole; i < length; i++) {
      long c = i == 0 ? kind : id.charAt(i - 1);
      if (i - whole < 4) {
        k1 |= c << (16 * (i - whole));
      } else {
        k2 |= c << (16 * (i - whole - 4));
      }
    }
    h1 ^= mix1(k1);
    h2 ^= mix2(k2);
    h1 ^= 2L * length;
    h2 ^= 2L * length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    into[at] = h1;
    into[at + 1] = h2;
  }

  /** Four characters of an id from {@code from}, as a little-endian word. */
  private static long word(String id, int from) {
    return id.charAt(from) | (long) id.charAt(from + 1) << 16
        | (long) id.charAt(from + 2) << 32 | (long) id.charAt(from + 3) << 48;
  }

  /** Three characters of an id from {@code from}, as the upper 48 bits of a word. */
  private static long word3(String id, int from) {
    return (long) id.charAt(from) << 16 | (long) id.charAt(from + 1) << 32
        | (long) id.charAt(from + 2) << 48;
  }

  private static long mix1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mix2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}

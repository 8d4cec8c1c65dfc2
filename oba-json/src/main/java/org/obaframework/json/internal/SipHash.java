package org.obaframework.json.internal;

/**
 * SipHash-2-4 with a 128-bit output (Aumasson and Bernstein) of the UTF-16LE bytes of a string's
 * characters: a keyed hash whose outputs no one without the key can make collide. One per hash.
 */
final class SipHash {
  private long v0;
  private long v1;
  private long v2;
  private long v3;

  private SipHash(long key0, long key1) {
    v0 = 0x736f6d6570736575L ^ key0;
    v1 = 0x646f72616e646f6dL ^ key1 ^ 0xee;
    v2 = 0x6c7967656e657261L ^ key0;
    v3 = 0x7465646279746573L ^ key1;
  }

  /**
   * Hashes a string's characters, as their UTF-16LE bytes.
   *
   * @param key0 the key's first 8 bytes, little-endian
   * @param key1 its last 8 bytes
   * @param text the string
   * @return the 16 bytes of the hash as two longs, each little-endian: bytes 0-7, then 8-15
   */
  static long[] hash128(long key0, long key1, String text) {
    SipHash state = new SipHash(key0, key1);
    int length = text.length();
    int whole = length & ~3;
    for (int i = 0; i < whole; i += 4) {
      state.compress(text.charAt(i) | (long) text.charAt(i + 1) << 16
          | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48);
    }
    long last = (long) (2 * length) << 56;
    for (int i = whole; i < length; i++) {
      last |= (long) text.charAt(i) << (16 * (i - whole));
    }
    state.compress(last);
    state.v2 ^= 0xee;
    state.rounds(4);
    long first = state.v0 ^ state.v1 ^ state.v2 ^ state.v3;
    state.v1 ^= 0xdd;
    state.rounds(4);
    return new long[] {first, state.v0 ^ state.v1 ^ state.v2 ^ state.v3};
  }

  private void compress(long word) {
    v3 ^= word;
    rounds(2);
    v0 ^= word;
  }

  private void rounds(int count) {
    for (int r = 0; r < count; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13);
      v1 ^= v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16);
      v3 ^= v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21);
      v3 ^= v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17);
      v1 ^= v2;
      v2 = Long.rotateLeft(v2, 32);
    }
  }
}

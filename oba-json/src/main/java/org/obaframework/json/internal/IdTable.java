package org.obaframework.json.internal;

import java.security.SecureRandom;

/**
 * The ids seen in a file, kept compactly to find one used twice, with the line it was first on:
 * 16 bytes a slot (at most three quarters full), about 30 bytes an id, where a set of strings
 * took some 110.
 *
 * <p>An id is kept as 96 bits of its SipHash-2-4 (128-bit output) under a key drawn at random for
 * each table, so that no file can be written to make two of its ids collide or to crowd the
 * table's slots (the chance that two different ids of a file of 10 million collide is under
 * 10<sup>-14</sup>); the other 32 bits hold the line. The table is cut into stripes, each locked
 * on its own and grown on its own, so that the parts of a file read in parallel share it with
 * little waiting, and growing never copies the whole table at once. Thread-safe.
 */
public final class IdTable {
  private static final int STRIPE_BITS = 6;
  private static final SecureRandom KEYS = new SecureRandom();

  private final long key0 = KEYS.nextLong();
  private final long key1 = KEYS.nextLong();
  private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];

  /** Creates an empty table, under a key of its own. */
  public IdTable() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Stripe();
    }
  }

  /**
   * Adds an id, unless it is there already.
   *
   * @param id the id
   * @param line the line it is on, from 1
   * @return 0 if it was added; else the line it was first added from
   */
  int add(String id, int line) {
    long[] hash = SipHash.hash128(key0, key1, id);
    // The lowest bit set: a slot of zeros is empty.
    long high = hash[0] | 1L;
    long low = hash[1] & 0xFFFF_FFFF_0000_0000L;
    Stripe stripe = stripes[(int) (hash[1] >>> 26) & (stripes.length - 1)];
    synchronized (stripe) {
      return stripe.add(high, low | (line & 0xFFFF_FFFFL));
    }
  }

  /** An open-addressing table of two longs a slot, linear probing. */
  private static final class Stripe {
    private long[] slots = new long[2 * 16];
    private int size;

    int add(long high, long lowAndLine) {
      long[] table = slots;
      int mask = table.length / 2 - 1;
      int at = (int) (high ^ (high >>> 32)) & mask;
      while (true) {
        long h = table[2 * at];
        if (h == 0) {
          break;
        }
        if (h == high && (table[2 * at + 1] & 0xFFFF_FFFF_0000_0000L)
            == (lowAndLine & 0xFFFF_FFFF_0000_0000L)) {
          return (int) table[2 * at + 1];
        }
        at = (at + 1) & mask;
      }
      table[2 * at] = high;
      table[2 * at + 1] = lowAndLine;
      if (++size * 4 > (mask + 1) * 3) {
        grow();
      }
      return 0;
    }

    private void grow() {
      long[] old = slots;
      long[] table = new long[old.length * 2];
      int mask = table.length / 2 - 1;
      for (int i = 0; i < old.length; i += 2) {
        long high = old[i];
        if (high != 0) {
          int at = (int) (high ^ (high >>> 32)) & mask;
          while (table[2 * at] != 0) {
            at = (at + 1) & mask;
          }
          table[2 * at] = high;
          table[2 * at + 1] = old[i + 1];
        }
      }
      slots = table;
    }
  }
}

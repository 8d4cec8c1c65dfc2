package org.obaframework.json.internal;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids of the records of a file, kept compactly to find one used twice: each id's 128-bit hash
 * (of its kind and text) with its line, 16 bytes an id in a log written in order, and a blocked
 * Bloom filter of 8 to 16 bits an id that tells at once, for nearly every id, that it is new.
 * The few the filter cannot tell (an id used twice, or one or two in a hundred by chance) are
 * candidates, settled exactly in one pass over the log when the file has been read ({@link
 * #firstLines()}): so the work is a hash and one look into a filter that stays in the processor's
 * cache, not a look into a table of all the ids, for each id, and a pass at the end.
 *
 * <p>Two ids are taken for one when 96 bits of their hashes agree: by chance, for two ids of a
 * file of ten million, well under once in 10<sup>13</sup> files. The hash is not a cryptographic
 * one: ids written to collide can only make their own file fail, and no input makes the work more
 * than linear (the filter cannot be crowded into more than the one pass). Thread-safe: the parts
 * of a file read in parallel share one log.
 */
public final class IdLog {
  private static final long LINE = 0xFFFF_FFFFL;
  private static final int CHUNK_BITS = 15;
  private static final int CHUNK = 1 << CHUNK_BITS;
  /** Bits of filter an id, at least, before it doubles: a chance of a few in a hundred. */
  private static final int BITS_AN_ID = 8;

  private final long seed = ThreadLocalRandom.current().nextLong();
  /** The filter: blocks of 8 longs, a cache line each. */
  private long[] filter = new long[1 << 14];
  private long capacity = filter.length * 64L / BITS_AN_ID;
  /** The log, in chunks of {@value #CHUNK} ids: each id's hash and, in its low 32 bits, line. */
  private long[][] chunks = new long[4][];
  private long count;
  /** The candidates, in the order added: their hash, and the same in their low 32 bits' line. */
  private long[] candidates = new long[32];
  private int candidateCount;
  /** What looking ahead read, kept so that it is not left out. */
  private long touched;

  /** Ids to add together: each one's hash and line; then whether each is a candidate. */
  static final class Batch {
    private long[] keys = new long[16];
    private boolean[] candidate = new boolean[8];
    private int[] blocks = new int[8];
    private int count;

    /**
     * Adds an id to the batch.
     *
     * @param log the log it is for, whose seed hashes it
     * @param kind its kind, such as {@code 's'} for a subject's
     * @param id its text
     * @param line the line it is on, from 1
     */
    public void add(IdLog log, char kind, String id, int line) {
      if (count == candidate.length) {
        keys = Arrays.copyOf(keys, 2 * keys.length);
        candidate = Arrays.copyOf(candidate, 2 * candidate.length);
        blocks = Arrays.copyOf(blocks, 2 * blocks.length);
      }
      IdHash.hash128(log.seed, kind, id, keys, 2 * count);
      // The lowest bit set: a key of zeros is an empty slot.
      keys[2 * count] |= 1L;
      keys[2 * count + 1] = (keys[2 * count + 1] & ~LINE) | (line & LINE);
      count++;
    }

    /** The ids in the batch. */
    public int size() {
      return count;
    }

    /**
     * Tells whether the id at {@code index} is a candidate, once the batch is added: one that
     * may have been seen before, settled by {@link IdLog#firstLines()}.
     *
     * @param index the id's place in the batch
     * @return whether it is a candidate
     */
    public boolean candidate(int index) {
      return candidate[index];
    }

    /** Empties the batch. */
    public void clear() {
      count = 0;
    }
  }

  /**
   * Adds the ids of a batch, in its order, and tells of each whether it is a candidate.
   *
   * @param batch the ids
   */
  synchronized void add(Batch batch) {
    long[] keys = batch.keys;
    long[] bits = filter;
    int blocks = bits.length >>> 3;
    int[] at = batch.blocks;
    // Each id's block looked at first, all at once: the memory they are in comes together,
    // not one id after another.
    long touch = 0;
    for (int i = 0; i < batch.count; i++) {
      at[i] = block(keys[2 * i], blocks);
      touch += bits[at[i]];
    }
    touched += touch;
    for (int i = 0; i < batch.count; i++) {
      long high = keys[2 * i];
      long low = keys[2 * i + 1];
      boolean seen = put(filter, high, low);
      batch.candidate[i] = seen;
      if (seen) {
        if (2 * candidateCount == candidates.length) {
          candidates = Arrays.copyOf(candidates, 2 * candidates.length);
        }
        candidates[2 * candidateCount] = high;
        candidates[2 * candidateCount + 1] = low;
        candidateCount++;
      }
      append(high, low);
    }
  }

  /** The first word of an id's block in a filter of {@code blocks} blocks. */
  private static int block(long high, int blocks) {
    return (int) (((high >>> 32) * blocks) >>> 32) << 3;
  }

  /**
   * Sets an id's bits in the filter.
   *
   * @return whether they were all set already
   */
  private static boolean put(long[] filter, long high, long low) {
    int block = block(high, filter.length >>> 3);
    // Six bit positions of 9 bits each within the block's 512, from bits the log keeps.
    long bits = (high & LINE) | (low & ~LINE);
    boolean all = true;
    for (int k = 0; k < 6; k++) {
      int bit = (int) (bits >>> (9 * k)) & 511;
      int word = block + (bit >>> 6);
      long mask = 1L << bit;
      all &= (filter[word] & mask) != 0;
      filter[word] |= mask;
    }
    return all;
  }

  private void append(long high, long low) {
    int chunk = (int) (count >>> CHUNK_BITS);
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, 2 * chunks.length);
    }
    long[] ids = chunks[chunk];
    if (ids == null) {
      ids = new long[2 * CHUNK];
      chunks[chunk] = ids;
    }
    int at = (int) (count & (CHUNK - 1));
    ids[2 * at] = high;
    ids[2 * at + 1] = low;
    count++;
    if (count > capacity) {
      grow();
    }
  }

  /** Doubles the filter, putting every id of the log into the new one. */
  private void grow() {
    long[] bigger = new long[filter.length * 2];
    for (long i = 0; i < count; i++) {
      long[] ids = chunks[(int) (i >>> CHUNK_BITS)];
      int at = (int) (i & (CHUNK - 1));
      put(bigger, ids[2 * at], ids[2 * at + 1]);
    }
    filter = bigger;
    capacity *= 2;
  }

  /**
   * Settles the candidates of a file read in order, in one pass over the log.
   *
   * @return for each candidate, in the order added, the line its id was first on if that is an
   *     earlier line, else 0
   */
  public synchronized int[] firstLines() {
    int[] firsts = new int[candidateCount];
    settle(firsts);
    for (int c = 0; c < candidateCount; c++) {
      int line = (int) (candidates[2 * c + 1] & LINE);
      firsts[c] = firsts[c] < line ? firsts[c] : 0;
    }
    return firsts;
  }

  /**
   * Tells, in one pass over the log, whether an id was added twice: for a file read in parts,
   * whose lines are each part's own.
   *
   * @return whether a candidate's id is in the log twice or more
   */
  public synchronized boolean anyTwice() {
    int[] seen = settle(new int[candidateCount]);
    for (int count : seen) {
      if (count > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts the candidates' ids in the log, in one pass: for each candidate, how often its id is
   * there (returned) and the least line it is on (put in {@code firsts}).
   */
  private int[] settle(int[] firsts) {
    if (candidateCount == 0) {
      return new int[0];
    }
    // The candidates' keys, open addressing: the first line of each, and how often it is seen.
    int size = Integer.highestOneBit(4 * candidateCount) * 2;
    long[] keys = new long[2 * size];
    int[] lines = new int[size];
    int[] seen = new int[size];
    for (int c = 0; c < candidateCount; c++) {
      slot(keys, candidates[2 * c], candidates[2 * c + 1], true);
    }
    for (long i = 0; i < count; i++) {
      long[] ids = chunks[(int) (i >>> CHUNK_BITS)];
      int at = (int) (i & (CHUNK - 1));
      int slot = slot(keys, ids[2 * at], ids[2 * at + 1], false);
      if (slot >= 0) {
        int line = (int) (ids[2 * at + 1] & LINE);
        lines[slot] = seen[slot] == 0 ? line : Math.min(lines[slot], line);
        seen[slot]++;
      }
    }
    int[] counts = new int[candidateCount];
    for (int c = 0; c < candidateCount; c++) {
      int slot = slot(keys, candidates[2 * c], candidates[2 * c + 1], false);
      firsts[c] = lines[slot];
      counts[c] = seen[slot];
    }
    return counts;
  }

  /**
   * The slot of a key (its hash, whose first half is never 0) in a table of keys: where it is,
   * or, if {@code put}, where it is put; -1 if it is not there and not put.
   */
  private static int slot(long[] keys, long high, long low, boolean put) {
    int mask = keys.length / 2 - 1;
    long key = low & ~LINE;
    for (int at = (int) (high ^ (high >>> 29)) & mask; ; at = (at + 1) & mask) {
      if (keys[2 * at] == high && keys[2 * at + 1] == key) {
        return at;
      }
      if (keys[2 * at] == 0) {
        if (put) {
          keys[2 * at] = high;
          keys[2 * at + 1] = key;
          return at;
        }
        return -1;
      }
    }
  }
}

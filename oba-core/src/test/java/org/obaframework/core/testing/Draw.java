package org.obaframework.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that generators written as plain
 * code still shrink: every choice is a draw that QuickTheories records and can shrink.
 */
public final class Draw {
  private final RandomnessSource in;

  /**
   * Wraps a randomness source.
   *
   * @param in the source a generator was given
   */
  public Draw(RandomnessSource in) {
    this.in = in;
  }

  /** Returns an int from {@code min} to {@code max}, both inclusive. */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    return min == max ? min : Generate.range(min, max).generate(in);
  }

  /** Returns true with roughly the given percentage. */
  public boolean percent(int percent) {
    return between(0, 99) < percent;
  }

  /** Returns true or false, evenly. */
  public boolean bool() {
    return between(0, 1) == 1;
  }

  /** Returns one element of a non-empty list. */
  public <T> T pick(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return items.get(between(0, items.size() - 1));
  }

  /** Returns one of the given values. */
  @SafeVarargs
  public final <T> T pick(T... items) {
    if (items.length == 0) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return items[between(0, items.length - 1)];
  }

  /** Returns one constant of an enum. */
  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  /** Returns a random ordering of the items (a Fisher-Yates shuffle driven by the source). */
  public <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, between(0, i));
    }
    return copy;
  }

  /**
   * Returns between {@code min} and {@code max} distinct elements of {@code items}, in random order
   * (capped at the number of items).
   */
  public <T> List<T> some(List<T> items, int min, int max) {
    int size = between(Math.min(min, items.size()), Math.min(max, items.size()));
    return shuffled(items).subList(0, size);
  }

  /** Returns a random position at which to insert into a list of the given size. */
  public int insertionPoint(int size) {
    return between(0, size);
  }
}
